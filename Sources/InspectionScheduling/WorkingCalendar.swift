import CivilCalendar
import ScenarioModel

/// The working calendar of one planning year: which dates are working days, when each team is available,
/// and which dates each unit is blacked out.
///
/// Pure: built from a scenario and a holiday list passed in (the Vietnamese holiday calendar lives elsewhere).
/// Working days are Monday–Friday of the scenario year, minus `holidays`, plus the weekend days worked in exchange for
/// a swapped weekday (announced arrangements), inside `season` when one is given.
public struct WorkingCalendar: Hashable, Sendable {
    /// The planning year.
    public let year: Int
    /// The working days, in order.
    public let workingDays: [CivilDate]
    /// Position of each working day in ``workingDays``.
    public let workingDayIndex: [CivilDate: Int]
    /// Per team code: the dates of ``workingDays`` on which the team is unavailable.
    public let teamUnavailable: [String: Set<CivilDate>]
    /// Per unit code: the dates of ``workingDays`` on which the unit is blacked out.
    public let unitBlackouts: [String: Set<CivilDate>]

    /// Builds the calendar of a scenario.
    ///
    /// - Parameters:
    ///   - scenario: The scenario (its year, season, unavailability and blackouts are used).
    ///   - holidays: Non-working dates (public holidays and extra days off), already resolved by the caller.
    ///   - workedWeekendDays: Saturdays or Sundays worked in exchange for a swapped weekday off: working days.
    public init(scenario: Scenario, holidays: some Sequence<CivilDate>, workedWeekendDays: [CivilDate] = []) {
        let holidaySet = Set(holidays)
        let worked = Set(workedWeekendDays)
        let year = scenario.year
        self.year = year
        let first = CivilDate(year: year, month: 1, day: 1)!
        let last = CivilDate(year: year, month: 12, day: 31)!
        var days: [CivilDate] = []
        for n in first.dayNumber...last.dayNumber {
            let d = CivilDate(dayNumber: n)
            if (d.isWeekend && !worked.contains(d)) || holidaySet.contains(d) { continue }
            if let season = scenario.inspection.season, !season.contains(d) { continue }
            if let weekdays = scenario.inspection.weekdays, !weekdays.allows(d.weekday) { continue }
            days.append(d)
        }
        workingDays = days
        var index: [CivilDate: Int] = [:]
        for (i, d) in days.enumerated() { index[d] = i }
        workingDayIndex = index
        var unavailable: [String: Set<CivilDate>] = [:]
        for u in scenario.unavailability {
            for d in days where u.dates.contains(d) { unavailable[u.team, default: []].insert(d) }
        }
        teamUnavailable = unavailable
        var blackouts: [String: Set<CivilDate>] = [:]
        for b in scenario.inspection.blackouts {
            let covered = days.filter { b.dates.contains($0) }
            guard !covered.isEmpty else { continue }
            for unit in scenario.units where b.covers(unit) { blackouts[unit.code, default: []].formUnion(covered) }
        }
        unitBlackouts = blackouts
    }

    /// Whether `date` is a working day of the plan.
    public func isWorkingDay(_ date: CivilDate) -> Bool { workingDayIndex[date] != nil }

    /// Whether the team can work on `date` (a working day on which it is available).
    public func isAvailable(team: String, on date: CivilDate) -> Bool {
        isWorkingDay(date) && !(teamUnavailable[team]?.contains(date) ?? false)
    }

    /// Whether the unit is blacked out on `date`.
    public func isBlackedOut(unit: String, on date: CivilDate) -> Bool {
        unitBlackouts[unit]?.contains(date) ?? false
    }

    /// The working day after `date`, if any.
    public func nextWorkingDay(after date: CivilDate) -> CivilDate? {
        guard let i = workingDayIndex[date], i + 1 < workingDays.count else { return nil }
        return workingDays[i + 1]
    }

    /// The dates an inspection of `days` days starting on `start` occupies: one date for up to a whole day, otherwise
    /// that many consecutive working days (weekends and holidays are skipped). `nil` when the year runs out or `start`
    /// is not a working day.
    public func occupiedDates(start: CivilDate, days: Double) -> [CivilDate]? {
        guard let i = workingDayIndex[start] else { return nil }
        let n = max(1, Int(days.rounded(.up)))
        guard i + n <= workingDays.count else { return nil }
        return Array(workingDays[i..<(i + n)])
    }

    /// Whether a team may start inspecting a unit of the given duration on `start`: every occupied date is a working day
    /// on which the team is available and the unit is not blacked out.
    public func canStart(unit: String, team: String, days: Double, on start: CivilDate) -> Bool {
        guard let dates = occupiedDates(start: start, days: days) else { return false }
        return dates.allSatisfy { isAvailable(team: team, on: $0) && !isBlackedOut(unit: unit, on: $0) }
    }

    /// The ISO-week key of a date: `year * 100 + week`, which sorts chronologically.
    public static func weekKey(_ date: CivilDate) -> Int {
        let w = date.isoWeek
        return w.year * 100 + w.week
    }

    /// The working days grouped by ISO week, in order.
    public var weeks: [(key: Int, days: [CivilDate])] {
        var out: [(key: Int, days: [CivilDate])] = []
        for d in workingDays {
            let k = WorkingCalendar.weekKey(d)
            if out.last?.key == k { out[out.count - 1].days.append(d) } else { out.append((k, [d])) }
        }
        return out
    }
}
