import CivilCalendar
import ScenarioModel

/// Measures a calendar: target coverage, loads per team and month, and the objective's terms. Pure.
public enum PlanMetrics {
    /// Coverage of every target group.
    public static func coverage(_ inspections: [PlannedInspection], scenario: Scenario) -> [TargetCoverage] {
        let inspected = Set(inspections.map(\.unit))
        return ScheduleRules.targetGroups(of: scenario).map { g in
            TargetCoverage(
                name: g.name, region: g.region, required: g.required,
                planned: g.units.filter { inspected.contains(scenario.units[$0].code) }.count, total: g.units.count
            )
        }
    }

    /// Load per team (scenario order), each with its months.
    public static func teamLoads(_ inspections: [PlannedInspection], scenario: Scenario) -> [TeamLoad] {
        scenario.teams.map { team in
            let mine = inspections.filter { $0.team == team.code }
            var months: [Int: Double] = [:]
            for i in mine { months[i.date.month, default: 0] += i.days }
            return TeamLoad(
                team: team.code, days: mine.reduce(0) { $0 + $1.days }, inspections: mine.count,
                months: months.keys.sorted().map { MonthLoad(month: $0, days: months[$0]!) }
            )
        }
    }

    /// How many inspections start on each weekday, Monday to Friday.
    public static func weekdayCounts(_ inspections: [PlannedInspection]) -> [Int] {
        var counts = [Int](repeating: 0, count: 5)
        for i in inspections where (1...5).contains(i.date.weekday) { counts[i.date.weekday - 1] += 1 }
        return counts
    }

    /// The team-dates (distinct team and date) that inspections occupy on the given ISO weekdays.
    public static func avoidedTeamDates(_ inspections: [PlannedInspection], weekdays: Set<Int>) -> Int {
        guard !weekdays.isEmpty else { return 0 }
        struct TeamDate: Hashable { var team: String; var date: CivilDate }
        var seen: Set<TeamDate> = []
        for i in inspections {
            for d in i.dates where weekdays.contains(d.weekday) { seen.insert(TeamDate(team: i.team, date: d)) }
        }
        return seen.count
    }

    /// Load per month of the calendar (months with at least one working day), all teams.
    public static func monthLoads(_ inspections: [PlannedInspection], calendar: WorkingCalendar) -> [MonthLoad] {
        var months: [Int: Double] = [:]
        for d in calendar.workingDays where months[d.month] == nil { months[d.month] = 0 }
        for i in inspections { months[i.date.month, default: 0] += i.days }
        return months.keys.sorted().map { MonthLoad(month: $0, days: months[$0]!) }
    }

    /// The objective's terms as defined by ``ScheduleObjective``. The team spread covers the teams that have at least
    /// one valid (unit, start date) pair.
    public static func terms(_ inspections: [PlannedInspection], scenario: Scenario, calendar: WorkingCalendar)
        -> ObjectiveTerms
    {
        let byCode = Dictionary(scenario.units.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let priority = inspections.reduce(0.0) { $0 + (byCode[$1.unit]?.priority ?? 0) }
        // Teams that can inspect at least one unit on some working day.
        let activeTeams = scenario.teams.filter { team in
            scenario.units.contains { unit in
                ScheduleRules.teamMayInspect(team, unit)
                    && calendar.workingDays.contains {
                        calendar.canStart(
                            unit: unit.code, team: team.code, days: ScheduleRules.duration(of: unit, in: scenario),
                            on: $0)
                    }
            }
        }
        let loads = activeTeams.map { t in inspections.filter { $0.team == t.code }.reduce(0.0) { $0 + $1.days } }
        let teamSpread = loads.count > 1 ? loads.max()! - loads.min()! : 0
        var monthDays: [Int: Int] = [:]
        for d in calendar.workingDays { monthDays[d.month, default: 0] += 1 }
        let balanced = monthDays.keys.sorted().filter {
            monthDays[$0]! >= ScheduleObjective.balancedMonthMinimumWorkingDays
        }
        let mLoads = balanced.map { m in inspections.filter { $0.date.month == m }.reduce(0.0) { $0 + $1.days } }
        let monthSpread = mLoads.count > 1 ? mLoads.max()! - mLoads.min()! : 0
        var pairs = 0
        for i in inspections.indices {
            for j in inspections.indices where j > i {
                let a = inspections[i], b = inspections[j]
                guard a.team == b.team, let ua = byCode[a.unit], let ub = byCode[b.unit],
                    let ca = ScheduleRules.communeKey(of: ua), ca == ScheduleRules.communeKey(of: ub),
                    (ca == ua.code) != (ca == ub.code),  // the commune's own inspection and one of its units
                    a.date.month == b.date.month, WorkingCalendar.weekKey(a.date) == WorkingCalendar.weekKey(b.date),
                    let ia = calendar.workingDayIndex[a.date], let ib = calendar.workingDayIndex[b.date],
                    abs(ia - ib) <= 1
                else { continue }
                pairs += 1
            }
        }
        return ObjectiveTerms(
            prioritySum: priority, teamSpread: teamSpread, monthSpread: monthSpread, bundledPairs: pairs)
    }
}
