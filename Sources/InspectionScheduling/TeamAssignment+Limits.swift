import CivilCalendar
import ScenarioModel

/// Each team's own limits while a pool's work is shared among its teams: the pooled model states `max_days` and the
/// reserve of reserve mode once for the whole pool (summed over its teams), so the sharing keeps each team within its
/// own. An inspection no team of its pool can take within them is left unplaced, like one that finds no free date.
struct TeamLimits {
    /// Each team's `max_days`.
    private let maxDays: [Double?]
    /// Reserve mode: each team's half-day slots per month (see ``ScheduleRules/reserveSlotLimit(team:month:calendar:share:)``);
    /// empty otherwise.
    private let monthSlotLimits: [[Int: Int]]
    /// Days of work given to each team so far.
    private var days: [Double]
    /// Half-day slots given to each team so far, per month (of the start date).
    private var monthSlots: [[Int: Int]]

    /// The limits of `scenario`'s teams, nothing given yet.
    init(scenario: Scenario, calendar: WorkingCalendar) {
        let teams = scenario.teams
        maxDays = teams.map(\.maxDays)
        let weights = scenario.inspection.objective
        if weights.effectiveMode == .reserve, let share = weights.reserveShare, share > 0 {
            let months = Set(calendar.workingDays.map(\.month)).sorted()
            monthSlotLimits = teams.map { team in
                Dictionary(
                    uniqueKeysWithValues: months.map {
                        ($0, ScheduleRules.reserveSlotLimit(team: team, month: $0, calendar: calendar, share: share))
                    })
            }
        } else {
            monthSlotLimits = []
        }
        days = [Double](repeating: 0, count: teams.count)
        monthSlots = [[Int: Int]](repeating: [:], count: teams.count)
    }

    /// Whether team `t` may also take inspections of `extraDays` days whose half-day slots start in the given months.
    func allows(team t: Int, extraDays: Double, slotsByMonth: [Int: Int]) -> Bool {
        if let most = maxDays[t], days[t] + extraDays > most + 1e-9 { return false }
        guard !monthSlotLimits.isEmpty else { return true }
        return slotsByMonth.allSatisfy { month, slots in
            (monthSlots[t][month] ?? 0) + slots <= (monthSlotLimits[t][month] ?? 0)
        }
    }

    /// Records an inspection of `days` days (`slots` half-day slots) starting in `month` given to team `t`.
    mutating func record(team t: Int, days added: Double, month: Int, slots: Int) {
        days[t] += added
        monthSlots[t][month, default: 0] += slots
    }
}
