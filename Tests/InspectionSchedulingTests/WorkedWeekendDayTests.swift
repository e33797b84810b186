import CivilCalendar
import GLPKSolver
import InspectionScheduling
import ScenarioModel
import Testing

/// A weekend day worked in exchange for a swapped weekday is a working day of the calendar.
@Suite struct WorkedWeekendDayTests {
    /// Week of 29/4/2024: Monday 29/4 off by the swap, 30/4 and 1/5 holidays, Saturday 4/5 worked. Working days
    /// from 29/4 to 5/5: Thursday 2/5, Friday 3/5 and Saturday 4/5.
    @Test func workedSaturdayIsAWorkingDay() {
        let season = DateSpan(from: day("2024-04-29"), to: day("2024-05-05"))
        var scenario = tinyScenario(units: [commune("X1")], season: season)
        scenario.year = 2024
        let off = [day("2024-04-29"), day("2024-04-30"), day("2024-05-01")]
        let calendar = WorkingCalendar(scenario: scenario, holidays: off, workedWeekendDays: [day("2024-05-04")])
        #expect(calendar.workingDays == [day("2024-05-02"), day("2024-05-03"), day("2024-05-04")])
        #expect(calendar.nextWorkingDay(after: day("2024-05-03")) == day("2024-05-04"))
        let plain = WorkingCalendar(scenario: scenario, holidays: off)
        #expect(plain.workingDays == [day("2024-05-02"), day("2024-05-03")])
    }

    /// The planner states where the holidays come from.
    @Test func plannerNotesTheHolidaySource() throws {
        var options = PlannerOptions(workLimit: 100)
        options.holidaySource = .rule
        let plan = try InspectionPlanner.plan(
            scenario: tinyScenario(units: [commune("X1")]), holidays: [], solver: GLPKSolver(), options: options)
        #expect(plan.notes.contains(.holidaysByRule(year: 2026)))
    }
}
