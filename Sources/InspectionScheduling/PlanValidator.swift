import CivilCalendar
import ScenarioModel

/// An independent check of a calendar against every hard rule. It shares no code with the model builder except the
/// scenario reading in ``ScheduleRules`` and the calendar.
public enum PlanValidator {
    /// The hard-rule violations of a calendar, in plain English; empty when the calendar keeps every rule.
    ///
    /// - Parameter checkTargets: Whether to check the coverage targets, must-inspect units and pins (turn off to
    ///   check only the date and capacity rules of a plan known to be infeasible).
    public static func violations(
        _ plan: InspectionPlan, scenario: Scenario, calendar: WorkingCalendar, checkTargets: Bool = true
    ) -> [String] {
        violations(plan.inspections, scenario: scenario, calendar: calendar, checkTargets: checkTargets)
    }

    /// The hard-rule violations of a list of inspections.
    public static func violations(
        _ inspections: [PlannedInspection], scenario: Scenario, calendar: WorkingCalendar, checkTargets: Bool = true
    ) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        var work: [String: [CivilDate: Double]] = [:]  // team -> date -> days of work
        for i in inspections {
            guard let unit = scenario.unit(i.unit) else { out.append("unknown unit \(i.unit)"); continue }
            guard let team = scenario.team(i.team) else { out.append("unknown team \(i.team)"); continue }
            if !seen.insert(i.unit).inserted { out.append("unit \(i.unit) is inspected more than once") }
            if unit.exclude { out.append("unit \(i.unit) is excluded but inspected") }
            if team.excludedUnits.contains(unit.code) {
                out.append("team \(team.code) may not inspect \(unit.code) (conflict)")
            }
            if let r = team.region, unit.region != r {
                out.append("team \(team.code) (region \(r)) inspects \(unit.code) outside it")
            }
            let days = ScheduleRules.duration(of: unit, in: scenario)
            if i.days != days { out.append("\(unit.code) lasts \(i.days) days, expected \(days)") }
            guard let dates = calendar.occupiedDates(start: i.date, days: days) else {
                out.append("\(unit.code) starts on \(i.date), not a working day (or runs past the year)")
                continue
            }
            if dates != i.dates { out.append("\(unit.code) lists dates \(i.dates), expected \(dates)") }
            for d in dates {
                if !calendar.isAvailable(team: team.code, on: d) {
                    out.append("team \(team.code) is unavailable on \(d) (\(unit.code))")
                }
                if calendar.isBlackedOut(unit: unit.code, on: d) { out.append("\(unit.code) is blacked out on \(d)") }
                work[team.code, default: [:]][d, default: 0] += days <= 0.5 ? 0.5 : 1
            }
        }
        for team in scenario.teams {
            guard let dates = work[team.code] else { continue }
            var perWeek: [Int: Int] = [:]
            for (d, w) in dates {
                if w > 1 + 1e-9 { out.append("team \(team.code) has \(w) days of work on \(d)") }
                perWeek[WorkingCalendar.weekKey(d), default: 0] += 1
            }
            for (w, n) in perWeek where n > team.daysPerWeek {
                out.append("team \(team.code) works \(n) dates in ISO week \(w) (limit \(team.daysPerWeek))")
            }
        }
        guard checkTargets else { return out.sorted() }
        for c in PlanMetrics.coverage(inspections, scenario: scenario) where !c.isMet {
            out.append("target \(c.name)\(c.region.map { " (\($0))" } ?? ""): \(c.planned) < \(c.required)")
        }
        for unit in scenario.units where ScheduleRules.mustInspect(unit, in: scenario) && !seen.contains(unit.code) {
            out.append("must-inspect unit \(unit.code) is not inspected")
        }
        for pin in scenario.pins
        where !inspections.contains(where: { $0.unit == pin.unit && $0.team == pin.team && $0.date == pin.date }) {
            out.append("pin \(pin.unit)/\(pin.team)/\(pin.date) is not kept")
        }
        return out.sorted()
    }
}
