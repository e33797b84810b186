import MILP

/// A fake ``MILPSolver`` that returns a canned result, for testing domain code without GLPK.
///
/// It records nothing and never touches a real solver; `respond` computes the result from the model,
/// so a test can decode a plan it wrote by hand.
public struct FixedSolver: MILPSolver {
    private let respond: @Sendable (MILPModel) -> SolveResult

    /// Creates a solver that answers every model with `respond(model)`.
    public init(_ respond: @escaping @Sendable (MILPModel) -> SolveResult) {
        self.respond = respond
    }

    /// Creates a solver that reports an optimal solution with the given values (by variable name; others 0).
    public init(optimalValuesByName: [String: Double]) {
        self.respond = { model in
            let values = model.variables.map { optimalValuesByName[$0.name] ?? 0 }
            let objective = model.objectiveValue(at: values)
            return SolveResult(
                termination: .optimal, hasFeasiblePoint: true, objective: objective, bestBound: objective,
                relativeGap: 0, values: values
            )
        }
    }

    public func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
        respond(model)
    }
}
