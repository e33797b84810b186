import CivilCalendar
import GLPKSolver
import InspectionScheduling
import MILP
import ScenarioModel
import Testing

@Suite struct ReplanTests {
    @Test func pastStaysFixedAndMovesAreListed() throws {
        let units = (1...6).map { commune("X\($0)", priority: Double($0)) }
        let teams = [Team(code: "T1", name: "1", daysPerWeek: 2)]
        let season = DateSpan(from: day("2026-03-02"), to: day("2026-03-20"))
        let s = tinyScenario(units: units, teams: teams, season: season)
        let first = try InspectionPlanner.plan(scenario: s, holidays: [], solver: GLPKSolver())
        #expect(first.status == .optimal && first.inspections.count == 6)
        let from = day("2026-03-09")
        // The team becomes unavailable on one announced future date.
        let lost = try #require(first.inspections.first { $0.date >= from })
        var s2 = s
        s2.unavailability = [Unavailability(team: "T1", dates: DateSpan(from: lost.date, to: lost.date))]
        let re = try InspectionPlanner.plan(
            scenario: s2, holidays: [], solver: GLPKSolver(),
            options: PlannerOptions(previous: first.inspections, replanFrom: from))
        #expect(re.status == .optimal)
        let pastBefore = first.inspections.filter { $0.date < from }.map { [$0.unit, $0.team, $0.date.description] }
        let pastAfter = re.inspections.filter { $0.date < from }.map { [$0.unit, $0.team, $0.date.description] }
        #expect(pastBefore == pastAfter)
        #expect(re.moved.map(\.unit) == [lost.unit])
        #expect(re.inspections.count == 6)
        #expect(PlanValidator.violations(re, scenario: s2, calendar: WorkingCalendar(scenario: s2, holidays: [])) == [])
    }
}
