import MILP
import ScenarioModel

/// The rows of the objective modes and limits: team-date counters (targets mode), the effort limit found by the
/// first phase of targets mode, the reserve per team and month, each team's yearly days and each target's maximum.
extension ScheduleModelBuilder.ModelDraft {
    /// Targets mode: the effort of a plan, `(S + 1)·Σ dates + Σ half-day slots`, where `S` bounds the slots of any
    /// plan: fewer team-dates always win, then fewer half-day slots. Each date counter is at least half the
    /// half-day slots of its team group and bucket.
    func effortTerms(_ context: BuildContext) -> [LinearTerm] {
        let weight = Self.effortDateWeight(context)
        var terms = dateCounters.map { LinearTerm($0, weight) }
        for cand in candidates { terms.append(LinearTerm(cand.variable, 2 * cand.days)) }
        return terms
    }

    /// The weight of one team-date in the effort: one more than the half-day slots of all units together.
    static func effortDateWeight(_ context: BuildContext) -> Double {
        2 * context.units.reduce(0.0) { $0 + ScheduleRules.duration(of: $1, in: context.scenario) } + 1
    }

    /// Targets mode, second phase: the effort may not exceed the least effort the first phase proved.
    mutating func addEffortLimitRow(_ context: BuildContext) {
        guard let limit = context.builder.effortLimit else { return }
        model.addConstraint("effort", effortTerms(context), .lessOrEqual(limit))
    }

    /// Reserve mode: per team group and month, the half-day slots of the month's inspections (counted in the month
    /// they start) stay within ``ScheduleRules/reserveSlotLimit(team:month:calendar:share:)`` summed over the group.
    mutating func addReserveRows(_ context: BuildContext) {
        let weights = context.weights
        guard weights.effectiveMode == .reserve, let share = weights.reserveShare, share > 0 else { return }
        for g in context.teamGroups.indices {
            var byMonth: [Int: [LinearTerm]] = [:]
            for c in byGroup[g] {
                let cand = candidates[c]
                byMonth[context.buckets[cand.bucket].month, default: []].append(
                    LinearTerm(cand.variable, 2 * cand.days))
            }
            for month in byMonth.keys.sorted() {
                let limit = context.teamGroups[g].reduce(0) {
                    $0
                        + ScheduleRules.reserveSlotLimit(
                            team: context.teams[$1], month: month, calendar: context.calendar, share: share)
                }
                model.addConstraint(
                    "reserve_\(context.groupCode(g))_m\(month)", byMonth[month]!, .lessOrEqual(Double(limit)))
            }
        }
    }

    /// `max_days`: per team group whose teams all have a yearly limit, the inspection days stay within their sum;
    /// `max_share`: per target group with a maximum, the inspected units stay within it.
    mutating func addLimitRows(_ context: BuildContext) {
        for (g, members) in context.teamGroups.enumerated() {
            let limits = members.compactMap { context.teams[$0].maxDays }
            guard limits.count == members.count, !byGroup[g].isEmpty else { continue }
            let terms = byGroup[g].map { LinearTerm(candidates[$0].variable, candidates[$0].days) }
            model.addConstraint("maxdays_\(context.groupCode(g))", terms, .lessOrEqual(limits.reduce(0, +)))
        }
        let fixedUnits = Set(context.builder.fixed.map(\.unit))
        for (g, group) in targetGroups.enumerated() {
            guard
                let maximum = ScheduleRules.maximumCount(of: group, in: context.scenario, fixedUnits: fixedUnits)
            else { continue }
            let terms = group.units.flatMap { (byUnit[$0] ?? []).map { LinearTerm(candidates[$0].variable) } }
            guard !terms.isEmpty else { continue }
            model.addConstraint("targetmax_\(g)", terms, .lessOrEqual(Double(maximum)))
        }
    }
}
