import CivilCalendar
import MILP
import ScenarioModel

/// The columns of the scheduling model and the rows that make its requirements elastic.
extension ScheduleModelBuilder.ModelDraft {
    typealias BuildContext = ScheduleModelBuilder.BuildContext

    /// Adds the inspection columns — fixed inspections first, then the free ones — and indexes them.
    mutating func addColumns(_ context: BuildContext) {
        let fixedUnits = addFixedColumns(context)
        addFreeColumns(context, except: fixedUnits)
        indexColumns(context)
    }

    /// Adds one column per fixed inspection that keeps the hard rules by itself (the first one of each unit); the
    /// others are listed in ``invalidFixed``. Returns the units the columns fix.
    private mutating func addFixedColumns(_ context: BuildContext) -> Set<Int> {
        let units = context.units, teams = context.teams
        var fixedUnits = Set<Int>()
        for (fi, f) in context.builder.fixed.enumerated() {
            guard let u = context.unitIndex[f.unit], let t = context.teamIndex[f.team], !fixedUnits.contains(u) else {
                invalidFixed.append(fi)
                continue
            }
            let unit = units[u], team = teams[t]
            let days = ScheduleRules.duration(of: unit, in: context.scenario)
            guard ScheduleRules.teamMayInspect(team, unit), let b = context.bucketOf[f.date],
                context.calendar.canStart(unit: unit.code, team: team.code, days: days, on: f.date)
            else {
                invalidFixed.append(fi)
                continue
            }
            fixedUnits.insert(u)
            let v = model.addVariable("x_\(unit.code)_\(team.code)_b\(b)_fixed", kind: .binary)
            fixedCandidate[fi] = candidates.count
            candidates.append(
                Candidate(
                    unit: u, team: context.groupOf[t], bucket: b, starts: [f.date], days: days, variable: v,
                    fixed: true,
                    fixedTeam: t))
        }
        return fixedUnits
    }

    /// Adds the free columns: per unit neither fixed nor excluded, team group with a team that may inspect it, and
    /// bucket, when some start date in the bucket (not before the earliest start) passes every date rule.
    private mutating func addFreeColumns(_ context: BuildContext, except fixedUnits: Set<Int>) {
        let calendar = context.calendar, teams = context.teams
        let bucketRange = context.buckets.map {
            (first: calendar.workingDayIndex[$0.dates.first!]!, last: calendar.workingDayIndex[$0.dates.last!]!)
        }
        let earliestIndex =
            context.builder.earliestStart.map { e in
                calendar.workingDays.firstIndex { $0 >= e } ?? calendar.workingDays.count
            } ?? 0
        for (u, unit) in context.units.enumerated() where !fixedUnits.contains(u) && !unit.exclude {
            let days = ScheduleRules.duration(of: unit, in: context.scenario)
            let span = max(1, Int(days.rounded(.up)))
            let blackout = context.rules.blackouts(of: unit.code)
            for (g, members) in context.teamGroups.enumerated()
            where members.contains(where: { ScheduleRules.teamMayInspect(teams[$0], unit) }) {
                let able = members.filter { ScheduleRules.teamMayInspect(teams[$0], unit) }
                for (b, range) in bucketRange.enumerated() {
                    let starts = context.startDates(
                        from: max(range.first, earliestIndex), to: range.last, span: span, blackout: blackout,
                        able: able)
                    guard !starts.isEmpty else { continue }
                    let v = model.addVariable("x_\(unit.code)_\(context.groupCode(g))_b\(b)", kind: .binary)
                    candidates.append(
                        Candidate(
                            unit: u, team: g, bucket: b, starts: starts, days: days, variable: v, fixed: false))
                }
            }
        }
    }

    /// Indexes the columns by unit, by team group and bucket, and by team group, and finds the groups with work and
    /// each group's active teams.
    private mutating func indexColumns(_ context: BuildContext) {
        for (c, cand) in candidates.enumerated() {
            byUnit[cand.unit, default: []].append(c)
            byTeamBucket[.init(team: cand.team, bucket: cand.bucket), default: []].append(c)
        }
        byGroup = Array(repeating: [], count: context.teamGroups.count)
        for (c, cand) in candidates.enumerated() { byGroup[cand.team].append(c) }
        teamsWithWork = context.teamGroups.indices.filter { !byGroup[$0].isEmpty }
        // A pool's load counts as its teams' average, shared among the teams that have a column of their own (teams
        // without one carry no load in any plan): the busiest of them has at least, the least busy at most, the
        // average.
        activeMembers = context.teamGroups.map { members in
            members.count == 1 ? members : members.filter { isActive($0, context) }
        }
    }

    /// Whether team `t` has a column of its own: a fixed column of its own, or a column of its group whose unit it
    /// may inspect and on one of whose start dates it is free for the whole inspection.
    private func isActive(_ t: Int, _ context: BuildContext) -> Bool {
        byGroup[context.groupOf[t]].contains { c in
            let cand = candidates[c]
            if let ft = cand.fixedTeam { return ft == t }
            guard ScheduleRules.teamMayInspect(context.teams[t], context.units[cand.unit]) else { return false }
            let span = max(1, Int(cand.days.rounded(.up)))
            return cand.starts.contains {
                context.rules.isFree(team: t, from: context.calendar.workingDayIndex[$0]!, count: span)
            }
        }
    }

    /// Adds the once-per-unit rows: `Σ x + miss = 1` for a must-inspect unit (the slack `miss` penalised), `Σ x ≤ 1`
    /// for another unit with more than one column.
    mutating func addUnitRows(_ context: BuildContext) {
        for (u, unit) in context.units.enumerated() {
            let cols = byUnit[u] ?? []
            let terms = cols.map { LinearTerm(candidates[$0].variable) }
            if ScheduleRules.mustInspect(unit, in: context.scenario) {
                if cols.isEmpty { unschedulable = true }
                let s = model.addVariable("miss_\(unit.code)", kind: .continuous, lowerBound: 0, upperBound: 1)
                mustSlacks.append((u, s))
                objective.append(LinearTerm(s, -context.hardPenalty))
                model.addConstraint("once_\(unit.code)", terms + [LinearTerm(s)], .equal(1))
            } else if cols.count > 1 {
                model.addConstraint("once_\(unit.code)", terms, .lessOrEqual(1))
            }
        }
    }

    /// Adds a row per fixed column: `x + unpin = 1`, the slack `unpin` penalised.
    mutating func addFixedRows(_ context: BuildContext) {
        let fixed = context.builder.fixed
        for fi in fixed.indices {
            guard let c = fixedCandidate[fi] else { continue }
            let s = model.addVariable("unpin_\(fixed[fi].unit)", kind: .continuous, lowerBound: 0, upperBound: 1)
            fixedSlacks.append((fi, s))
            objective.append(LinearTerm(s, -context.hardPenalty))
            model.addConstraint(
                "pin_\(fixed[fi].unit)", [LinearTerm(candidates[c].variable), LinearTerm(s)], .equal(1))
        }
    }

    /// Adds a coverage row per target group: `Σ x + short ≥ required`, the slack `short` penalised.
    mutating func addTargetRows(_ context: BuildContext) {
        targetGroups = ScheduleRules.targetGroups(of: context.scenario)
        for (g, group) in targetGroups.enumerated() {
            let s = model.addVariable(
                "short_\(g)", kind: .continuous, lowerBound: 0, upperBound: Double(group.required))
            targetSlacks.append(s)
            objective.append(LinearTerm(s, -context.hardPenalty))
            if group.units.filter({ byUnit[$0] != nil }).count < group.required { unschedulable = true }
            var terms = group.units.flatMap { (byUnit[$0] ?? []).map { LinearTerm(candidates[$0].variable) } }
            terms.append(LinearTerm(s))
            model.addConstraint("target_\(g)", terms, .greaterOrEqual(Double(group.required)))
        }
    }

    /// Adds the objective's priority term and, when re-planning, the reward for keeping a previously announced
    /// inspection: a column of the same team (group) and bucket whose start dates include the announced one.
    mutating func addPriorityRewards(_ context: BuildContext) {
        let builder = context.builder
        for cand in candidates {
            var coef = context.weights.priority * context.units[cand.unit].priority
            if let prev = builder.previous[context.units[cand.unit].code], let pt = context.teamIndex[prev.team],
                context.teamGroups[cand.team].contains(pt), context.bucketOf[prev.date] == cand.bucket,
                cand.starts.contains(prev.date)
            {
                coef += builder.keepReward
            }
            if coef != 0 { objective.append(LinearTerm(cand.variable, coef)) }
        }
    }
}
