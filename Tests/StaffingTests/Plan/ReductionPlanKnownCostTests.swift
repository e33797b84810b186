import GLPKSolver
import MILP
import ScenarioModel
import Staffing
import Testing

/// The least-cost reduction plan of a roster small enough to work out by hand, solved by GLPK (the production
/// backend) and compared with the hand-worked cost, not with another run of a solver.
@Suite struct ReductionPlanKnownCostTests {
    let asOf = date(2024, 1, 1)

    /// Centre A: five public employees for 2 posts (coefficients 2, 3, 4, 5, 6; born 1980, 10 years of social
    /// insurance on 1/1/2024), so 3 must go by the deadline 31/12/2024. Centre B: one person for 2 posts, so it can
    /// take one transfer. Measures: transfer and resignation; transfers between any units.
    ///
    /// A resignation on 31/12/2024 (ND 29/2023): social-insurance years 10 + 365/365.25, rounded down to half years =
    /// 10.5; months = 3 + 1.5 × 10.5 = 18.75; base salary 2,340,000 from 1/7/2024. So each coefficient point costs
    /// 18.75 × 2,340,000 = 43,875,000: P1 87,750,000, P2 131,625,000, P3 175,500,000, P4 219,375,000,
    /// P5 263,250,000. Nobody born in 1980 is within reach of early retirement, and it is not allowed here anyway.
    static func roster(transferPenalty: Double) -> Scenario {
        let staff = [("P1", 2.0), ("P2", 3.0), ("P3", 4.0), ("P4", 5.0), ("P5", 6.0)].map {
            person($0.0, unit: "A", category: .publicEmployee, coefficient: $0.1)
        }
        var s = centreScenario(
            staffA: staff, staffB: [person("Q1", unit: "B", category: .publicEmployee)],
            measures: [.transfer, .resignation])
        s.staffing.transferPenaltyVND = transferPenalty
        return s
    }

    /// Penalty 10,000,000: one transfer (penalty only, no money) plus the two cheapest resignations,
    /// 10,000,000 + 87,750,000 + 131,625,000 = 229,375,000, beats three resignations (394,875,000). Money paid:
    /// 219,375,000. Which of P3–P5 moves is a tie (same penalty), so it is not asserted.
    @Test func oneTransferAndTheTwoCheapestResignations() throws {
        let s = Self.roster(transferPenalty: 10_000_000)
        let plan = try ReductionPlanner.plan(scenario: s, rules: .vnDefault, asOf: asOf, solver: GLPKSolver())
        #expect(plan.termination == .optimal)
        #expect(plan.exits.map(\.id) == ["P1", "P2"])
        #expect(plan.exits.allSatisfy { $0.kind == .resignation })
        #expect(plan.exits.map(\.costVND) == [87_750_000, 131_625_000])
        #expect(plan.transfers.count == 1)
        #expect(plan.transfers.allSatisfy { ["P3", "P4", "P5"].contains($0.id) && $0.to == "B" })
        #expect(plan.totalCostVND == 219_375_000)
        let parts = plan.objectiveBreakdown
        #expect(parts.costVND + parts.transferPenaltiesVND == 229_375_000)
        #expect(parts.shortfallPeople == 0 && plan.isComplete)
    }

    /// Penalty 200,000,000: a transfer now weighs more than P3's resignation (175,500,000), so the three cheapest
    /// resign: 87,750,000 + 131,625,000 + 175,500,000 = 394,875,000 (the next best, a transfer with P1 and P2,
    /// weighs 200,000,000 + 219,375,000 = 419,375,000).
    @Test func aHeavyPenaltyTurnsTheTransferIntoAResignation() throws {
        let s = Self.roster(transferPenalty: 200_000_000)
        let plan = try ReductionPlanner.plan(scenario: s, rules: .vnDefault, asOf: asOf, solver: GLPKSolver())
        #expect(plan.termination == .optimal)
        #expect(plan.transfers.isEmpty)
        #expect(plan.exits.map(\.id) == ["P1", "P2", "P3"])
        #expect(plan.totalCostVND == 394_875_000)
        #expect(plan.isComplete)
    }
}
