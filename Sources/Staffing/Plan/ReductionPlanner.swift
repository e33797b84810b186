import CivilCalendar
import MILP
import ScenarioModel

/// Builds, solves and decodes the least-cost reduction plan.
public enum ReductionPlanner {
    /// Plans the reduction.
    ///
    /// - Parameters:
    ///   - scenario: The scenario; its `staffing` settings choose measures, penalties, protected staff and transfers.
    ///   - rules: The rules.
    ///   - asOf: The start date.
    ///   - solver: The MILP solver (GLPK in the CLI, a fake in tests).
    ///   - options: Solve options (default: prove optimality, 60 s limit).
    /// - Returns: The plan. When no unit is above quota the solver is not called and the plan is empty.
    /// - Throws: ``SolverError`` when the solver fails.
    public static func plan(
        scenario: Scenario, rules: StaffingRuleSet, asOf: CivilDate, solver: any MILPSolver,
        options: SolveOptions = SolveOptions(timeLimitSeconds: 60)
    ) throws(SolverError) -> ReductionPlan {
        let built = ReductionModelBuilder(scenario: scenario, rules: rules, asOf: asOf).build()
        let result: SolveResult
        if built.model.variables.isEmpty {
            result = SolveResult(termination: .optimal, hasFeasiblePoint: true, objective: 0, values: [])
        } else {
            result = try solver.solve(built.model, options: options)
        }
        return ReductionPlanDecoder.decode(result, built: built, scenario: scenario)
    }
}
