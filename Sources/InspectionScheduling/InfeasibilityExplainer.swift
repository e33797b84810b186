import CivilCalendar
import MILP
import ScenarioModel

/// What an infeasible plan misses, and the least extra capacity that would fix it, as facts for the reports.
public enum InfeasibilityExplainer {
    /// Target shortfalls, pins that cannot be kept and must-inspect units left out.
    public static func shortfalls(
        plan: InspectionPlan, model sm: ScheduleModel, scenario: Scenario, calendar: WorkingCalendar
    ) -> [UnmetItem] {
        var out: [UnmetItem] = []
        for c in plan.targets where !c.isMet {
            out.append(
                UnmetItem(
                    .targetShortfall(required: c.required, planned: c.planned, total: c.total), subject: c.name,
                    region: c.region, shortBy: Double(c.required - c.planned)))
        }
        let kept = Set(plan.inspections.map { "\($0.unit)|\($0.team)|\($0.date)" })
        for (fi, f) in sm.fixed.enumerated() where !kept.contains("\(f.unit)|\(f.team)|\(f.date)") {
            let why =
                sm.invalidFixed.contains(fi)
                ? fixedReason(f, scenario: scenario, calendar: calendar, earlier: sm.fixed[..<fi])
                : (.capacity, nil)
            out.append(
                UnmetItem(
                    .pinConflict(past: f.origin == .past, date: f.date, reason: why.0, blockedOn: why.1),
                    subject: f.unit,
                    team: f.team, months: [f.date.month]))
        }
        let inspected = Set(plan.inspections.map(\.unit))
        for unit in scenario.units where ScheduleRules.mustInspect(unit, in: scenario) && !inspected.contains(unit.code)
        {
            let hasColumn = sm.candidates.contains { scenario.units[$0.unit].code == unit.code }
            let why: UnmetItem.MustInspectConflict =
                unit.exclude ? .excluded : !hasColumn ? .noValidDate : .notEnoughDays
            out.append(
                UnmetItem(
                    .mustInspectConflict(name: unit.name, rotationDue: !unit.mustInspect, reason: why),
                    subject: unit.code,
                    region: unit.region))
        }
        return out
    }

    /// Why an invalid fixed inspection cannot be kept, with the day the team is away or the unit blacked out.
    static func fixedReason(
        _ f: FixedInspection, scenario: Scenario, calendar: WorkingCalendar, earlier: ArraySlice<FixedInspection>
    ) -> (UnmetItem.FixedConflict, CivilDate?) {
        guard let unit = scenario.unit(f.unit) else { return (.unknownUnit, nil) }
        guard let team = scenario.team(f.team) else { return (.unknownTeam, nil) }
        if earlier.contains(where: { $0.unit == f.unit }) { return (.duplicateUnit, nil) }
        if unit.exclude { return (.unitExcluded, nil) }
        if team.excludedUnits.contains(unit.code) { return (.conflictOfInterest, nil) }
        if let r = team.region, unit.region != r { return (.outsideRegion, nil) }
        let days = ScheduleRules.duration(of: unit, in: scenario)
        guard let dates = calendar.occupiedDates(start: f.date, days: days) else { return (.notWorkingDay, nil) }
        if let d = dates.first(where: { !calendar.isAvailable(team: team.code, on: $0) }) {
            return (.teamUnavailable, d)
        }
        if let d = dates.first(where: { calendar.isBlackedOut(unit: unit.code, on: $0) }) { return (.blackedOut, d) }
        return (.dateRule, nil)
    }

    /// Solves the extra-capacity model and states the least extra team-days per team and months; adds an
    /// "add a team" item when one more team (like the first team, always available) would make the plan feasible.
    /// - Returns: The items and the number of solves made.
    public static func extraCapacity(
        scenario: Scenario, calendar: WorkingCalendar, fixed: [FixedInspection], earliestStart: CivilDate?,
        solver: any MILPSolver, timeLimit: Double?
    ) throws(SolverError) -> ([UnmetItem], Int) {
        var out: [UnmetItem] = []
        let sm = ScheduleModelBuilder(
            scenario: scenario, calendar: calendar, fixed: fixed, earliestStart: earliestStart, mode: .extraCapacity
        ).build()
        let r = try solver.solve(sm.model, options: SolveOptions(timeLimitSeconds: timeLimit))
        var solves = 1
        var capacityFixes = false
        if r.hasFeasiblePoint, sm.slackTotal(r.values) < 1e-6 {
            var byTeam: [Int: (days: Int, months: Set<Int>)] = [:]
            for e in sm.extraCapacity {
                let n = Int(r.values[e.variable.index].rounded())
                guard n > 0 else { continue }
                let months = Set(sm.buckets.filter { $0.week == e.week }.map(\.month))
                byTeam[e.team, default: (0, [])].days += n
                byTeam[e.team]!.months.formUnion(months)
            }
            for t in byTeam.keys.sorted() {
                let team = scenario.teams[t], v = byTeam[t]!
                out.append(
                    UnmetItem(
                        .extraCapacity(teamName: team.name), subject: team.code, region: team.region, team: team.code,
                        months: v.months.sorted(), shortBy: Double(v.days)))
            }
            capacityFixes = !byTeam.isEmpty
        }
        // One more team.
        if let model = scenario.teams.first {
            var s2 = scenario
            let region = sm.targetGroups.first { $0.region != nil }?.region ?? model.region
            var n = scenario.teams.count + 1
            while scenario.team("T\(n)") != nil { n += 1 }
            let code = "T\(n)"
            s2.teams.append(Team(code: code, name: "Đoàn bổ sung", daysPerWeek: model.daysPerWeek, region: region))
            // The calendar needs no change: the new team has no unavailability.
            let sm3 = ScheduleModelBuilder(scenario: s2, calendar: calendar, fixed: fixed, earliestStart: earliestStart)
                .build()
            let r2 = try solver.solve(sm3.model, options: SolveOptions(timeLimitSeconds: timeLimit))
            solves += 1
            if r2.hasFeasiblePoint, sm3.slackTotal(r2.values) < 1e-6, sm3.invalidFixed.isEmpty {
                out.append(
                    UnmetItem(
                        .addTeam(daysPerWeek: model.daysPerWeek, alternative: capacityFixes), subject: code,
                        region: region,
                        team: model.code))
            }
        }
        return (out, solves)
    }
}
