import GLPKSolver
import MILP
import ScenarioModel
import Staffing
import Testing

@Suite struct ReductionPlannerTests {
    let asOf = date(2024, 1, 1)

    /// Checks that the plan's total equals the sum of its measures, and that GLPK (a different solver from the
    /// exhaustive one that made the plan) proves an optimum equal to the total plus the transfer penalties and the
    /// shortfall (so no hidden cost, and the exhaustive plan is optimal), at a feasible point.
    func checkConsistency(_ s: Scenario, _ plan: ReductionPlan) throws {
        #expect(
            plan.totalCostVND == plan.exits.reduce(0) { $0 + $1.costVND } + plan.transfers.reduce(0) { $0 + $1.costVND }
        )
        let built = ReductionModelBuilder(scenario: s, rules: .vnDefault, asOf: asOf).build()
        let result = try GLPKSolver().solve(built.model, options: SolveOptions())
        #expect(result.termination == .optimal)
        #expect(built.model.violations(at: result.values).isEmpty)
        let expected =
            (plan.totalCostVND + Double(plan.transfers.count) * s.staffing.transferPenaltyVND)
            * ReductionModelBuilder.costScale
            + Double(plan.deadlines.reduce(0) { $0 + $1.unresolved }) * ReductionModelBuilder.slackPenalty
        #expect(abs((result.objective ?? .nan) - expected) < 1e-6)
    }

    @Test func transferIsCheapest() throws {
        let s = centreScenario(
            staffA: ["P1", "P2", "P3"].map { person($0, unit: "A", category: .publicEmployee) },
            staffB: [person("Q1", unit: "B", category: .publicEmployee)])
        let plan = try ReductionPlanner.plan(scenario: s, rules: .vnDefault, asOf: asOf, solver: ExhaustiveSolver())
        #expect(plan.transfers.count == 1)
        #expect(plan.exits.isEmpty)
        #expect(plan.isComplete)
        try checkConsistency(s, plan)
    }

    @Test func cheapestExitsWithTheirFormulas() throws {
        // 4 people for 2 posts, no receiving unit: the two lowest-paid resign.
        let staff = [("P1", 2.0), ("P2", 3.0), ("P3", 4.0), ("P4", 5.0)].map {
            person($0.0, unit: "A", category: .publicEmployee, coefficient: $0.1)
        }
        let s = centreScenario(staffA: staff, measures: [.resignation, .earlyRetirement])
        let plan = try ReductionPlanner.plan(scenario: s, rules: .vnDefault, asOf: asOf, solver: ExhaustiveSolver())
        #expect(plan.exits.map(\.id) == ["P1", "P2"])
        #expect(plan.exits.allSatisfy { $0.kind == .resignation && $0.date == date(2024, 12, 31) })
        // 10 insurance years on 1/1/2024 + 12 whole months of 2024 = 11 years:
        // (3 + 1.5 × 11) × 2 × 2,340,000 = 91,260,000 and × 3 = 136,890,000.
        #expect(plan.exits.map(\.costVND) == [91_260_000, 136_890_000])
        #expect(plan.totalCostVND == 228_150_000)
        #expect(plan.exits[0].formula == "(3 + 1.5 × 11) × 2 × 2,340,000 = 91,260,000")
        #expect(plan.exits[0].citation.document == "NĐ 29/2023/NĐ-CP")
        try checkConsistency(s, plan)
    }

    @Test func onlyAnEarlyRetirementCanClear() throws {
        // B is full, resignation is not allowed: only P1 (3 years before retirement, 26 SI years) can leave.
        let s = centreScenario(
            staffA: [
                person("P1", unit: "A", category: .publicEmployee, born: date(1966, 3, 15), insurance: 25.5),
                person("P2", unit: "A", category: .publicEmployee), person("P3", unit: "A", category: .publicEmployee),
            ],
            staffB: [
                person("Q1", unit: "B", category: .publicEmployee), person("Q2", unit: "B", category: .publicEmployee),
            ],
            measures: [.transfer, .earlyRetirement])
        let plan = try ReductionPlanner.plan(scenario: s, rules: .vnDefault, asOf: asOf, solver: ExhaustiveSolver())
        #expect(plan.transfers.isEmpty)
        #expect(plan.exits.map(\.id) == ["P1"])
        #expect(plan.exits.first?.kind == .earlyRetirement)
        #expect(plan.exits.first?.costVND == 121_095_000)
        #expect(plan.isComplete)
        try checkConsistency(s, plan)
    }

    @Test func impossibleDeadlineReportsTheShortfall() throws {
        // Same, but P1 is protected: nobody can leave, A stays 1 above quota at its deadline.
        let s = centreScenario(
            staffA: [
                person("P1", unit: "A", category: .publicEmployee, born: date(1966, 3, 15), insurance: 25.5),
                person("P2", unit: "A", category: .publicEmployee), person("P3", unit: "A", category: .publicEmployee),
            ],
            staffB: [
                person("Q1", unit: "B", category: .publicEmployee), person("Q2", unit: "B", category: .publicEmployee),
            ],
            measures: [.transfer, .earlyRetirement], protected: ["P1"])
        let plan = try ReductionPlanner.plan(scenario: s, rules: .vnDefault, asOf: asOf, solver: ExhaustiveSolver())
        #expect(plan.exits.isEmpty && plan.transfers.isEmpty)
        #expect(!plan.isComplete)
        #expect(plan.deadlines.map(\.unit) == ["A"])
        #expect(plan.deadlines.first?.unresolved == 1)
        #expect(plan.deadlines.first?.date == date(2024, 12, 31))
        try checkConsistency(s, plan)
    }

    @Test func exitDateIsTheCheapestEligibleYear() throws {
        // Deadline 31/12/2026; P1 retires 31/12/2027. Early retirement on 31/12/2024 (3 years early, ND 29, 26.5
        // insurance years): (9 + 5 + 0.5 × 6.5) = 17.25 months; on 31/12/2025 (2 years early, ND 154 [U], 27.5
        // years): (6 + 5 + 0.5 × 7.5) = 14.75 months;
        // on 31/12/2026 only 1 year early: not eligible. The plan picks 2025.
        var s = centreScenario(
            staffA: [
                person("P1", unit: "A", category: .publicEmployee, born: date(1966, 3, 15), insurance: 25.5),
                person("P2", unit: "A", category: .publicEmployee), person("P3", unit: "A", category: .publicEmployee),
            ],
            staffB: [
                person("Q1", unit: "B", category: .publicEmployee), person("Q2", unit: "B", category: .publicEmployee),
            ],
            measures: [.earlyRetirement])
        s.staffing.deadline = date(2026, 12, 31)
        let built = ReductionModelBuilder(scenario: s, rules: .vnDefault, asOf: asOf).build()
        #expect(built.model.variables.filter { $0.name.hasPrefix("e_") }.map(\.name) == ["e_P1_2024", "e_P1_2025"])
        let plan = try ReductionPlanner.plan(scenario: s, rules: .vnDefault, asOf: asOf, solver: ExhaustiveSolver())
        #expect(plan.exits.map(\.date) == [date(2025, 12, 31)])
        #expect(plan.exits.first?.costVND == 14.75 * 3.0 * 2_340_000)
        #expect(plan.exits.first?.unconfirmed == true)
        #expect(plan.isComplete)
    }

    @Test func midYearDeadlineDatesTheMeasures() throws {
        var s = centreScenario(
            staffA: ["P1", "P2", "P3"].map { person($0, unit: "A", category: .publicEmployee) },
            staffB: [person("Q1", unit: "B", category: .publicEmployee)])
        s.staffing.deadline = date(2024, 6, 30)
        let plan = try ReductionPlanner.plan(scenario: s, rules: .vnDefault, asOf: asOf, solver: ExhaustiveSolver())
        #expect(plan.transfers.map(\.date) == [date(2024, 6, 30)])
        #expect(plan.deadlines.map(\.date) == [date(2024, 6, 30)])
        #expect(plan.isComplete)
    }

    @Test func pastDeadlineIsCheckedAtTheFirstYearEnd() throws {
        var s = centreScenario(
            staffA: ["P1", "P2", "P3"].map { person($0, unit: "A", category: .publicEmployee) },
            staffB: [person("Q1", unit: "B", category: .publicEmployee)])
        s.staffing.deadline = date(2023, 12, 31)
        let plan = try ReductionPlanner.plan(scenario: s, rules: .vnDefault, asOf: asOf, solver: ExhaustiveSolver())
        #expect(plan.transfers.map(\.date) == [date(2024, 12, 31)])
        #expect(plan.deadlines.first?.surplusBeforePlan == 1)
        #expect(plan.isComplete)
    }

    @Test func mergerDeadlineIsWithinFiveYears() {
        // "Within 5 years" of the merger: the same day 5 years later, not the end of that year (was 31/12/2025).
        var s = centreScenario(staffA: [])
        s.staffing.deadline = nil
        s.units[0].mergedOn = date(2020, 1, 1)
        let d = UnitDeadline.all(for: s, fallbackYear: 2024)
        #expect(d.map(\.date) == [date(2025, 1, 1), date(2025, 1, 1)])
        #expect(d.map(\.basis) == ["merger", "latest"])
    }
}
