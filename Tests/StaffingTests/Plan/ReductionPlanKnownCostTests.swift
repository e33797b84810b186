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
    /// A resignation on 31/12/2024 (ND 29/2023): social insurance 120 months + the 12 whole months of 2024 = 11 years;
    /// months = 3 + 1.5 × 11 = 19.5; base salary 2,340,000 from 1/7/2024. So each coefficient point costs
    /// 19.5 × 2,340,000 = 45,630,000: P1 91,260,000, P2 136,890,000, P3 182,520,000, P4 228,150,000,
    /// P5 273,780,000. Nobody born in 1980 is within reach of early retirement, and it is not allowed here anyway.
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
    /// 10,000,000 + 91,260,000 + 136,890,000 = 238,150,000, beats three resignations (410,670,000). Money paid:
    /// 228,150,000. Which of P3–P5 moves is a tie (same penalty), so it is not asserted.
    @Test func oneTransferAndTheTwoCheapestResignations() throws {
        let s = Self.roster(transferPenalty: 10_000_000)
        let plan = try ReductionPlanner.plan(scenario: s, rules: .vnDefault, asOf: asOf, solver: GLPKSolver())
        #expect(plan.termination == .optimal)
        #expect(plan.exits.map(\.id) == ["P1", "P2"])
        #expect(plan.exits.allSatisfy { $0.kind == .resignation })
        #expect(plan.exits.map(\.costVND) == [91_260_000, 136_890_000])
        #expect(plan.transfers.count == 1)
        #expect(plan.transfers.allSatisfy { ["P3", "P4", "P5"].contains($0.id) && $0.to == "B" })
        #expect(plan.totalCostVND == 228_150_000)
        let parts = plan.objectiveBreakdown
        #expect(parts.costVND + parts.transferPenaltiesVND == 238_150_000)
        #expect(parts.shortfallPeople == 0 && plan.isComplete)
    }

    /// Penalty 200,000,000: a transfer now weighs more than P3's resignation (182,520,000), so the three cheapest
    /// resign: 91,260,000 + 136,890,000 + 182,520,000 = 410,670,000 (the next best, a transfer with P1 and P2,
    /// weighs 200,000,000 + 228,150,000 = 428,150,000).
    @Test func aHeavyPenaltyTurnsTheTransferIntoAResignation() throws {
        let s = Self.roster(transferPenalty: 200_000_000)
        let plan = try ReductionPlanner.plan(scenario: s, rules: .vnDefault, asOf: asOf, solver: GLPKSolver())
        #expect(plan.termination == .optimal)
        #expect(plan.transfers.isEmpty)
        #expect(plan.exits.map(\.id) == ["P1", "P2", "P3"])
        #expect(plan.totalCostVND == 410_670_000)
        #expect(plan.isComplete)
    }
}
