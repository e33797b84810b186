import MILP
import ScenarioModel

/// The spread and symmetry rows of the scheduling model.
extension ScheduleModelBuilder.ModelDraft {
    /// Finds the balanced months and, when the balance weight is positive, adds the spread rows in integer half-days:
    /// `Tmax ≥ 2·L ≥ Tmin` over the team groups with work (a pool's load counts as the average of its active teams,
    /// a relaxation: the busiest team has at least, the least busy at most, its pool's average), when there are two
    /// teams to compare; `Mmax ≥ 2·L ≥ Mmin` over the balanced months, when there are two.
    mutating func addSpreadRows(_ context: BuildContext) {
        var monthDays: [Int: Int] = [:]
        for d in context.calendar.workingDays { monthDays[d.month, default: 0] += 1 }
        balancedMonths = monthDays.keys.sorted().filter {
            monthDays[$0]! >= ScheduleObjective.balancedMonthMinimumWorkingDays
        }
        guard context.weights.balance > 0 else { return }
        var sv = ScheduleModel.SpreadVariables(
            teams: teamsWithWork, activeTeams: teamsWithWork.map { max(1, activeMembers[$0].count) })
        if teamsWithWork.count > 1 || teamsWithWork.contains(where: { activeMembers[$0].count > 1 }) {
            let loads = teamsWithWork.map { g in
                let share = 2 / Double(max(1, activeMembers[g].count))
                return (
                    tag: context.groupCode(g),
                    terms: candidates.filter { $0.team == g }.map { LinearTerm($0.variable, share * $0.days) }
                )
            }
            let range = addLoadRange("team", rows: ("tmax", "tmin"), loads: loads, context)
            sv.tMax = range.hi
            sv.tMin = range.lo
        }
        if balancedMonths.count > 1 {
            let loads = balancedMonths.map { month in
                (
                    tag: "\(month)",
                    terms: candidates.filter { context.buckets[$0.bucket].month == month }
                        .map { LinearTerm($0.variable, 2 * $0.days) }
                )
            }
            let range = addLoadRange("month", rows: ("mmax", "mmin"), loads: loads, context)
            sv.mMax = range.hi
            sv.mMin = range.lo
        }
        spread = sv
    }

    /// Adds integer `hi` and `lo` (`<kind>_load_max_halfdays`, `<kind>_load_min_halfdays`), the rows `hi ≥ load`
    /// (`<rows.max>_<tag>`) and `load ≥ lo` (`<rows.min>_<tag>`) for every load, and `−balance·(hi − lo)/2` to the
    /// objective.
    private mutating func addLoadRange(
        _ kind: String, rows: (max: String, min: String), loads: [(tag: String, terms: [LinearTerm])],
        _ context: BuildContext
    ) -> (hi: VariableID, lo: VariableID) {
        let hi = model.addVariable("\(kind)_load_max_halfdays", kind: .integer, lowerBound: 0)
        let lo = model.addVariable("\(kind)_load_min_halfdays", kind: .integer, lowerBound: 0)
        for (tag, load) in loads {
            let negated = load.map { LinearTerm($0.variable, -$0.coefficient) }
            model.addConstraint("\(rows.max)_\(tag)", [LinearTerm(hi)] + negated, .greaterOrEqual(0))
            model.addConstraint("\(rows.min)_\(tag)", load + [LinearTerm(lo, -1)], .greaterOrEqual(0))
        }
        let balance = context.weights.balance
        objective += [LinearTerm(hi, -balance / 2), LinearTerm(lo, balance / 2)]
        return (hi, lo)
    }

    /// Adds the symmetry rows of per-team models: among identical teams with work (same capacity, region,
    /// exclusions and unavailability; no fixed or previously announced inspection), in file order, each carries at
    /// least the load (in days) of the next.
    mutating func addSymmetryRows(_ context: BuildContext) {
        let teams = context.teams
        let fixedTeams = Set(context.builder.fixed.map(\.team)).union(context.builder.previous.values.map(\.team))
        var lastOfSignature: [String: Int] = [:]
        var classes: [String: [Int]] = [:]
        for t in teamsWithWork where !context.builder.poolTeams && !fixedTeams.contains(teams[t].code) {
            let sig = signature(of: teams[t], context)
            if let prev = lastOfSignature[sig] {
                let a = candidates.filter { $0.team == prev }.map { LinearTerm($0.variable, $0.days) }
                let b = candidates.filter { $0.team == t }.map { LinearTerm($0.variable, -$0.days) }
                model.addConstraint("sym_\(teams[prev].code)_\(teams[t].code)", a + b, .greaterOrEqual(0))
            }
            lastOfSignature[sig] = t
            classes[sig, default: []].append(t)
        }
        symmetryClasses = classes.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }

    /// What makes two teams interchangeable: capacity, region, exclusions and unavailable dates.
    private func signature(of team: Team, _ context: BuildContext) -> String {
        let unavailable = (context.calendar.teamUnavailable[team.code] ?? []).sorted().map(\.description)
        return "\(team.daysPerWeek)|\(team.region ?? "-")|\(team.excludedUnits.sorted().joined(separator: ","))|"
            + unavailable.joined(separator: ",")
    }
}
