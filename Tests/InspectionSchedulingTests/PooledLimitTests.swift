import CivilCalendar
import Foundation
import GLPKSolver
import InspectionScheduling
import PlanningTestSupport
import ScenarioModel
import Testing

/// Pooled teams share one model whose limits are summed over the pool (`max_days`, `reserve_share`), so sharing the
/// pool's work among its teams afterwards must keep each team's own limit.
@Suite struct PooledLimitTests {
    /// Six whole-day communes (priorities 6 down to 1) in the week of 2 March 2026, two teams of one region, pooled.
    static func sixCommunes(teams: [Team], unavailability: [Unavailability] = [], weights: ObjectiveWeights)
        -> Scenario
    {
        tinyScenario(
            units: (1...6).map { commune("X\($0)", priority: Double(7 - $0)) }, teams: teams,
            unavailability: unavailability, weights: weights)
    }

    static func pooledPlan(_ s: Scenario) throws -> (plan: CheckedPlan, days: [String: Double]) {
        let plan = try InspectionPlanner.plan(
            scenario: s, holidays: [], solver: GLPKSolver(), options: PlannerOptions(poolTeams: true))
        let checked = try CheckedPlan.decode(json: JSONEncoder().encode(plan))
        var days: [String: Double] = [:]
        for visit in checked.inspections { days[visit.team, default: 0] += visit.days }
        return (checked, days)
    }

    /// T1 may work one day in the year and T2 three; the pool may work four. Sharing by load alone gave T1 two of
    /// the four communes.
    @Test func eachTeamKeepsItsOwnMaxDays() throws {
        let s = Self.sixCommunes(
            teams: [Team(code: "T1", name: "Đoàn 1", maxDays: 1), Team(code: "T2", name: "Đoàn 2", maxDays: 3)],
            weights: ObjectiveWeights(priority: 1, balance: 0, bundling: 0, mode: .coverage))
        #expect(InspectionPlanner.poolsTeams(s, calendar: WorkingCalendar(scenario: s, holidays: []), requested: true))
        let (plan, days) = try Self.pooledPlan(s)
        let checker = IndependentPlanChecker(scenario: s, holidays: [])
        #expect(checker.violations(of: plan) == [])
        #expect(days["T1"] == 1 && days["T2"] == 3, "\(days)")
        #expect(Set(plan.inspections.map(\.unit)) == ["X1", "X2", "X3", "X4"])
    }

    /// Reserve mode, `reserve_share: 0.4`: T1 is away three days of the week, so it may fill ⌊2 × 0.6 × 2⌋ = 2
    /// half-days (one commune); T2 ⌊2 × 0.6 × 5⌋ = 6 (three). The pool's row allows eight half-days, four communes.
    @Test func eachTeamKeepsItsOwnReserve() throws {
        let away = Unavailability(team: "T1", dates: DateSpan(from: day("2026-03-04"), to: day("2026-03-06")))
        let s = Self.sixCommunes(
            teams: [Team(code: "T1", name: "Đoàn 1"), Team(code: "T2", name: "Đoàn 2")], unavailability: [away],
            weights: ObjectiveWeights(priority: 1, balance: 0, bundling: 0, mode: .reserve, reserveShare: 0.4))
        let checker = IndependentPlanChecker(scenario: s, holidays: [])
        #expect(checker.monthDates(of: s.teams[0], month: 3) == 2)
        let (plan, days) = try Self.pooledPlan(s)
        #expect(checker.violations(of: plan) == [])
        #expect(days["T1"] == 1 && days["T2"] == 3, "\(days)")
    }
}
