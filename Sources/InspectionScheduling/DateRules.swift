import CivilCalendar
import ScenarioModel

/// The calendar's date rules as flat arrays by working-day index, for building large models quickly:
/// `WorkingCalendar.canStart` answers the same questions through dictionaries keyed by codes and dates.
struct DateRules {
    /// Per team (scenario order): whether it is available on each working day.
    private let available: [[Bool]]
    /// Per unit code with blackouts: whether it is blacked out on each working day.
    private let blackedOut: [String: [Bool]]

    init(calendar: WorkingCalendar, scenario: Scenario) {
        let n = calendar.workingDays.count
        available = scenario.teams.map { team in
            var row = [Bool](repeating: true, count: n)
            for d in calendar.teamUnavailable[team.code] ?? [] {
                if let i = calendar.workingDayIndex[d] { row[i] = false }
            }
            return row
        }
        var black: [String: [Bool]] = [:]
        for (unit, dates) in calendar.unitBlackouts {
            var row = [Bool](repeating: false, count: n)
            for d in dates {
                if let i = calendar.workingDayIndex[d] { row[i] = true }
            }
            black[unit] = row
        }
        blackedOut = black
    }

    /// The unit's blackout row, or `nil` when it has none.
    func blackouts(of unit: String) -> [Bool]? { blackedOut[unit] }

    /// Whether team `team` (scenario index) is available on the `count` working days from index `first`.
    func isFree(team: Int, from first: Int, count: Int) -> Bool {
        let row = available[team]
        guard first >= 0, first + count <= row.count else { return false }
        for i in first..<(first + count) where !row[i] { return false }
        return true
    }
}
