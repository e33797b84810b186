import CivilCalendar
import Foundation
import GLPKSolver
import InspectionScheduling
import PlanningTestSupport
import ScenarioModel
import Testing

/// Objective values worked out by hand, so that a test fails when the planner and its own measures agree on a wrong
/// number.
@Suite struct KnownOptimaTests {
    /// Two independent regions in the week of Monday 2 March 2026 (5 working days, one balanced month).
    ///
    /// Region A: commune XA (priority 3) with school SA (2) and health station HA (1); team TA of region A, 2 days a
    /// week.
    /// Region B: commune XB (2) with school SB (1); team TB of region B, 1 day a week. Each region must inspect its
    /// commune (`min_share: 1`, `scope: region`).
    ///
    /// By hand: TA has two dates, enough for XA (one day) and SA + HA (half a day each on one date): 6 points, and
    /// with XA and the two units on consecutive days of the week, 2 pairs. TB's one date goes to XB (the target), so
    /// SB is left out: 2 points. Nothing better exists: every unit of A is in, and B has one date for one full day.
    static func twoRegions(balance: Double) -> Scenario {
        func unit(_ code: String, _ kind: UnitKind, in commune: String?, region: String, priority: Double)
            -> ScenarioModel.Unit
        {
            ScenarioModel.Unit(code: code, name: code, kind: kind, commune: commune, region: region, priority: priority)
        }
        return tinyScenario(
            units: [
                unit("XA", .commune, in: nil, region: "A", priority: 3),
                unit("SA", .school, in: "XA", region: "A", priority: 2),
                unit("HA", .healthStation, in: "XA", region: "A", priority: 1),
                unit("XB", .commune, in: nil, region: "B", priority: 2),
                unit("SB", .school, in: "XB", region: "B", priority: 1),
            ],
            teams: [
                Team(code: "TA", name: "Đoàn A", daysPerWeek: 2, region: "A"),
                Team(code: "TB", name: "Đoàn B", daysPerWeek: 1, region: "B"),
            ],
            targets: [InspectionTarget(name: "Xã", kinds: [.commune], minShare: 1, scope: .region)],
            weights: ObjectiveWeights(priority: 1, balance: balance, bundling: 0.05))
    }

    static func planBothWays(_ s: Scenario) throws -> (regional: CheckedPlan, single: CheckedPlan) {
        let regional = try RegionalPlanner.planRegions(scenario: s, holidays: [], solver: GLPKSolver())
        #expect(regional.regions.map(\.region) == ["A", "B"], "the scenario is split")
        let single = try InspectionPlanner.plan(scenario: s, holidays: [], solver: GLPKSolver())
        return (
            try CheckedPlan.decode(json: JSONEncoder().encode(regional.plan)),
            try CheckedPlan.decode(json: JSONEncoder().encode(single))
        )
    }

    /// Without the balance term the objective is additive over regions, so the regional optimum is the single-model
    /// optimum: (3 + 2 + 1 + 2) + 0.05 × 2 = 8.1.
    @Test func regionalOptimumEqualsTheSingleModelOptimum() throws {
        let s = Self.twoRegions(balance: 0)
        let checker = IndependentPlanChecker(scenario: s, holidays: [])
        #expect(checker.splitsIntoRegions)
        let (regional, single) = try Self.planBothWays(s)
        for plan in [regional, single] {
            #expect(plan.status == "optimal")
            #expect(checker.violations(of: plan) == [])
            #expect(abs((plan.objective ?? 0) - 8.1) < 1e-9, "\(plan.objective ?? .nan)")
            #expect(abs(checker.measure(plan.inspections).value - 8.1) < 1e-9)
            #expect(Set(plan.inspections.map(\.unit)) == ["XA", "SA", "HA", "XB"])
        }
    }

    /// With balance 0.1 the two objectives differ by definition, and by exactly the cross-region team spread.
    ///
    /// Regional: each region has one team, so no team spread; one balanced month, so no month spread: 8.1 as above.
    /// One model: TA works 2 days and TB 1, a team spread of 1 day: 8.1 − 0.1 × 1 = 8.0. Cutting TA to 1.5 days (XA and
    /// SA only) gives 7 points + 1 pair − 0.1 × 0.5 = 7.0, worse; so 8.0 is the single-model optimum.
    @Test func balanceIsMeasuredWithinEachRegion() throws {
        let s = Self.twoRegions(balance: 0.1)
        let checker = IndependentPlanChecker(scenario: s, holidays: [])
        let (regional, single) = try Self.planBothWays(s)
        #expect(regional.status == "optimal" && single.status == "optimal")
        #expect(checker.violations(of: regional) == [] && checker.violations(of: single) == [])
        #expect(abs((regional.objective ?? 0) - 8.1) < 1e-9, "\(regional.objective ?? .nan)")
        #expect(abs((single.objective ?? 0) - 8.0) < 1e-9, "\(single.objective ?? .nan)")
        #expect(abs(checker.measure(regional.inspections, byRegion: true).value - 8.1) < 1e-9)
        #expect(abs(checker.measure(single.inspections, byRegion: false).value - 8.0) < 1e-9)
        #expect(single.objectiveTerms.teamSpread == 1 && regional.objectiveTerms.teamSpread == 0)
    }
}
