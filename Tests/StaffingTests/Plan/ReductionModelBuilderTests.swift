import MILP
import PlanningTestSupport
import ScenarioModel
import Staffing
import Testing

@Suite struct ReductionModelBuilderTests {
    // Centre A: 3 public employees for 2 approved posts; centre B: 1 for 2. Deadline 31/12/2024.
    let scenario = centreScenario(
        staffA: ["P1", "P2", "P3"].map { person($0, unit: "A", category: .publicEmployee) },
        staffB: [person("Q1", unit: "B", category: .publicEmployee)])

    @Test func handCheckedModel() throws {
        let built = ReductionModelBuilder(scenario: scenario, rules: .vnDefault, asOf: date(2024, 1, 1)).build()
        let m = built.model
        // 3 transfers to B + 3 resignations (nobody is near retirement) + a slack for A and for B in 2024.
        #expect(m.binaryCount == 6)
        #expect(
            Set(m.variables.map(\.name)) == [
                "x_P1_B_2024", "x_P2_B_2024", "x_P3_B_2024", "r_P1_2024", "r_P2_2024", "r_P3_2024",
                "s_A_public-employee_2024", "s_B_public-employee_2024",
            ])
        let capA = try #require(m.constraints.first { $0.name == "cap_A_public-employee_2024" })
        #expect(capA.bounds == .lessOrEqual(-1))  // quota 2 − 3 people
        #expect(capA.terms.count == 7)
        #expect(capA.terms.filter { $0.coefficient == -1 }.count == 7)
        let capB = try #require(m.constraints.first { $0.name == "cap_B_public-employee_2024" })
        #expect(capB.bounds == .lessOrEqual(1))  // quota 2 − 1 person
        #expect(capB.terms.filter { $0.coefficient == 1 }.count == 3)
        #expect(m.constraints.filter { $0.name.hasPrefix("one_") }.count == 3)
        // Objective: penalty 10 (million VND) per transfer; resignation = (3 + 1.5 × 11) × 3 × 2,340,000 VND
        // (120 months of insurance + the 12 whole months of 2024 = 11 years).
        let x = try #require(m.variables.firstIndex { $0.name == "x_P1_B_2024" })
        let r = try #require(m.variables.firstIndex { $0.name == "r_P1_2024" })
        #expect(m.objective.terms.first { $0.variable.index == x }?.coefficient == 10)
        #expect(abs((m.objective.terms.first { $0.variable.index == r }?.coefficient ?? 0) - 136.89) < 1e-9)
        #expect(built.tracked.map(\.unit) == ["A", "B"])
        #expect(built.tracked.map(\.surplusAtDeadline) == [1, -1])
    }

    @Test func protectedAndDisabledMeasuresAreLeftOut() {
        let s = centreScenario(
            staffA: ["P1", "P2", "P3"].map { person($0, unit: "A", category: .publicEmployee) },
            staffB: [person("Q1", unit: "B", category: .publicEmployee)], measures: [.resignation], protected: ["P2"])
        let m = ReductionModelBuilder(scenario: s, rules: .vnDefault, asOf: date(2024, 1, 1)).build().model
        #expect(m.binaryCount == 2)
        #expect(!m.variables.contains { $0.name.hasPrefix("x_") || $0.name.contains("P2") })
    }

    @Test func naturalRetirementBeforeDeadlineNeedsNoMeasure() {
        // P3 retires 30/4/2022 (born 10/1961), before the 31/12/2022 deadline: no surplus remains, so no variables.
        var s = centreScenario(
            staffA: [
                person("P1", unit: "A", category: .publicEmployee), person("P2", unit: "A", category: .publicEmployee),
                person("P3", unit: "A", category: .publicEmployee, born: date(1961, 10, 5)),
            ], year: 2022)
        s.staffing.deadline = date(2022, 12, 31)
        let built = ReductionModelBuilder(scenario: s, rules: .vnDefault, asOf: date(2022, 1, 1)).build()
        #expect(built.model.variables.isEmpty)
    }

    @Test func decoderReadsAFixedSolution() throws {
        let built = ReductionModelBuilder(scenario: scenario, rules: .vnDefault, asOf: date(2024, 1, 1)).build()
        let solver = FixedSolverShim(values: ["x_P2_B_2024": 1])
        let result = try solver.solve(built.model, options: SolveOptions())
        let plan = ReductionPlanDecoder.decode(result, built: built, scenario: scenario)
        #expect(plan.transfers.map(\.id) == ["P2"])
        #expect(plan.transfers.first?.to == "B")
        #expect(plan.exits.isEmpty)
        #expect(plan.totalCostVND == 0)
        #expect(plan.deadlines.map(\.unit) == ["A"])
        #expect(plan.deadlines.first?.unresolved == 0)
    }
}

/// Wraps ``FixedSolver`` so the test reads like the solver call the planner makes.
struct FixedSolverShim {
    let values: [String: Double]
    func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
        try FixedSolver(optimalValuesByName: values).solve(model, options: options)
    }
}
