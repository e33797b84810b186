import CivilCalendar
import ScenarioModel

/// Whole-plan checks: each inspection, the teams' days and weeks, and the plan-wide rules.
extension IndependentPlanChecker {
    /// Every hard-rule violation of a plan document, in plain English; empty when the calendar keeps every rule.
    ///
    /// - Parameters:
    ///   - plan: The decoded plan.
    ///   - checkCoverage: Whether to check the targets, must-inspect units and pins (turn off for an infeasible plan,
    ///     whose calendar is a compromise that keeps only the date and capacity rules).
    public func violations(of plan: CheckedPlan, checkCoverage: Bool = true) -> [String] {
        violations(of: plan.inspections, checkCoverage: checkCoverage)
    }

    /// Every hard-rule violation of a calendar.
    public func violations(of visits: [CheckedPlan.Visit], checkCoverage: Bool = true) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        var work: [String: [CivilDate: Double]] = [:]  // team → date → share of the day
        for visit in visits {
            guard let unit = units[visit.unit] else { out.append("unknown unit \(visit.unit)"); continue }
            guard let team = teams[visit.team] else { out.append("unknown team \(visit.team)"); continue }
            if !seen.insert(unit.code).inserted { out.append("\(unit.code) is inspected more than once") }
            out += ruleBreaks(of: visit, unit: unit, team: team)
            // A team's day: half a day for a half-day inspection, whole dates for anything longer.
            for date in visit.dates { work[team.code, default: [:]][date, default: 0] += visit.days <= 0.5 ? 0.5 : 1 }
        }
        out += capacityBreaks(work)
        out += limitBreaks(visits)
        if checkCoverage { out += coverageBreaks(visits, inspected: seen) }
        return out.sorted()
    }

    /// The rules one inspection breaks on its own.
    func ruleBreaks(of visit: CheckedPlan.Visit, unit: Unit, team: Team) -> [String] {
        var out: [String] = []
        let code = unit.code
        if unit.exclude { out.append("\(code) is excluded (exclude: yes) but inspected") }
        if team.excludedUnits.contains(code) { out.append("\(team.code) may not inspect \(code) (excluded_units)") }
        if let region = team.region, unit.region != region {
            out.append("\(team.code) of region \(region) inspects \(code) of region \(unit.region ?? "none")")
        }
        guard let days = duration(of: unit) else { return out + ["kind \(unit.kind) of \(code) has no duration"] }
        if abs(visit.days - days) > 1e-9 { out.append("\(code) lasts \(visit.days) days, duration_days says \(days)") }
        if let dates = occupiedDates(start: visit.date, days: days) {
            if visit.dates != dates { out.append("\(code) occupies \(visit.dates), expected \(dates)") }
        } else {
            out.append("\(code) starts on \(visit.date), which is no working day of the season (or runs past it)")
        }
        if !staysInOneWeekAndMonth(visit.dates) {
            out.append("\(code) runs over two ISO weeks or months: \(visit.dates)")
        }
        for date in visit.dates {
            if date.year != scenario.year { out.append("\(code) on \(date), outside \(scenario.year)") }
            if date.weekday > 5 { out.append("\(code) on \(date), a weekend") }
            if let weekdays = scenario.inspection.weekdays, !weekdays.allowed.isEmpty,
                !weekdays.allowed.contains(date.weekday)
            {
                out.append("\(code) on \(date), a weekday not allowed")
            }
            if holidays.contains(date) { out.append("\(code) on \(date), a day off") }
            if let season = scenario.inspection.season, date < season.from || date > season.to {
                out.append("\(code) on \(date), outside the season")
            }
            if isUnavailable(team: team.code, on: date) { out.append("\(team.code) is unavailable on \(date)") }
            if isBlackedOut(unit: unit, on: date) { out.append("\(code) is blacked out on \(date)") }
        }
        return out
    }

    /// One day of work per team and date; at most `days_per_week` dates per team and ISO week.
    func capacityBreaks(_ work: [String: [CivilDate: Double]]) -> [String] {
        var out: [String] = []
        for team in scenario.teams {
            var datesInWeek: [String: Int] = [:]
            for (date, share) in work[team.code, default: [:]] {
                if share > 1 + 1e-9 { out.append("\(team.code) has \(share) days of work on \(date)") }
                let week = date.isoWeek
                datesInWeek["\(week.year)-W\(week.week)", default: 0] += 1
            }
            for (week, n) in datesInWeek where n > team.daysPerWeek {
                out.append("\(team.code) works on \(n) dates in \(week), days_per_week is \(team.daysPerWeek)")
            }
        }
        return out
    }

    /// Targets, must-inspect units (`must_inspect` and rotation) and pins.
    func coverageBreaks(_ visits: [CheckedPlan.Visit], inspected: Set<String>) -> [String] {
        var out: [String] = []
        for group in targetGroups {
            let planned = group.units.filter(inspected.contains).count
            if planned < group.required {
                out.append(
                    "target \(group.name)\(group.region.map { " (\($0))" } ?? ""): \(planned) < \(group.required)")
            }
        }
        for unit in scenario.units where mustInspect(unit) && !inspected.contains(unit.code) {
            out.append("\(unit.code) must be inspected (must_inspect or rotation_years) but is not")
        }
        for pin in scenario.pins
        where !visits.contains(where: { $0.unit == pin.unit && $0.team == pin.team && $0.date == pin.date }) {
            out.append("pin \(pin.unit) by \(pin.team) on \(pin.date) is not kept")
        }
        return out
    }
}
