import CivilCalendar
import ScenarioModel

/// The limits of the objective modes, read from the contract alone:
/// - **`max_share`**: a target group's inspected units are at most floor(max_share × units), or more only as far as
///   units that must be inspected anyway (not excluded, and `must_inspect`, due under `rotation_years` or pinned)
///   force it.
/// - **`max_days`**: a team's inspections add up to at most `max_days` days in the year.
/// - **`reserve_share`** (reserve mode): in each month, a team's inspections starting in it take at most
///   floor(2 × (1 − reserve_share) × D) half-days, D being, summed over the ISO weeks, the least of the team's free
///   working dates of the week inside the month, `days_per_week`, and its free working dates of the whole week.
/// - **Team-dates**: the distinct (team, date) pairs a calendar occupies; targets mode uses the fewest.
extension IndependentPlanChecker {
    /// The limit breaks of a calendar: `max_share`, `max_days` and the reserve.
    public func limitBreaks(_ visits: [CheckedPlan.Visit]) -> [String] {
        var out: [String] = []
        let inspected = Set(visits.map(\.unit))
        let pinned = Set(scenario.pins.map(\.unit))
        for (target, group) in zip(targetsByGroup, targetGroups) {
            guard let share = target.maxShare else { continue }
            let scaled = (share * 100_000).rounded() * Double(group.units.count)
            let cap = Int((scaled / 100_000 + 1e-9).rounded(.down))
            let forced = group.units.compactMap { units[$0] }.filter {
                !$0.exclude && (mustInspect($0) || pinned.contains($0.code))
            }.count
            let planned = group.units.filter(inspected.contains).count
            if planned > max(cap, forced) {
                out.append("target \(group.name): \(planned) > max_share limit \(max(cap, forced))")
            }
        }
        for team in scenario.teams {
            let mine = visits.filter { $0.team == team.code }
            if let most = team.maxDays, mine.reduce(0, { $0 + $1.days }) > most + 1e-9 {
                out.append("\(team.code) works more than max_days \(most)")
            }
            let weights = scenario.inspection.objective
            guard weights.mode == .reserve, let share = weights.reserveShare, share > 0 else { continue }
            for month in 1...12 {
                let used = mine.filter { $0.date.month == month }.reduce(0) { $0 + 2 * $1.days }
                let room = Int((2 * (1 - share) * Double(monthDates(of: team, month: month)) + 1e-9).rounded(.down))
                if used > Double(room) + 1e-9 {
                    out.append("\(team.code) uses \(used) half-days in month \(month), reserve leaves \(room)")
                }
            }
        }
        return out
    }

    /// The target of each target group, in the order of ``targetGroups``.
    var targetsByGroup: [InspectionTarget] {
        scenario.inspection.targets.flatMap { target -> [InspectionTarget] in
            guard target.scope == .region else { return [target] }
            var regions: [String?] = []
            for unit in scenario.units where target.kinds.contains(unit.kind) && !regions.contains(unit.region) {
                regions.append(unit.region)
            }
            return regions.map { _ in target }
        }
    }

    /// The dates a team may use in a month (see the reading of `reserve_share` above).
    public func monthDates(of team: Team, month: Int) -> Int {
        var weeks: [String: (inMonth: Int, all: Int)] = [:]
        for day in workingDays where !isUnavailable(team: team.code, on: day) {
            let key = "\(day.isoWeek.year)-\(day.isoWeek.week)"
            var entry = weeks[key] ?? (0, 0)
            entry.all += 1
            if day.month == month { entry.inMonth += 1 }
            weeks[key] = entry
        }
        return weeks.values.reduce(0) { $0 + min($1.inMonth, team.daysPerWeek, $1.all) }
    }

    /// The distinct (team, date) pairs a calendar occupies.
    public func teamDates(_ visits: [CheckedPlan.Visit]) -> Int {
        Set(visits.flatMap { visit in visit.dates.map { "\(visit.team)|\($0)" } }).count
    }

    /// The half-day slots a calendar takes: twice its days.
    public func halfDays(_ visits: [CheckedPlan.Visit]) -> Double {
        visits.reduce(0) { $0 + 2 * $1.days }
    }

    /// The weekday (1 = Monday … 5 = Friday) histogram of a calendar's start dates.
    public func weekdayCounts(_ visits: [CheckedPlan.Visit]) -> [Int] {
        var counts = [Int](repeating: 0, count: 5)
        for visit in visits where (1...5).contains(visit.date.weekday) { counts[visit.date.weekday - 1] += 1 }
        return counts
    }
}
