/// A MILP solver. Domain code receives one as a parameter; the CLI picks the live GLPK backend and tests pass a fake.
public protocol MILPSolver: Sendable {
    /// Solves a model.
    ///
    /// - Parameters:
    ///   - model: The model; validated before any solver call.
    ///   - options: Limits, callbacks and a starting solution.
    /// - Returns: Why the solver stopped and what it has. Infeasible, unbounded and time-limited runs are results.
    /// - Throws: ``SolverError`` for an invalid model or a solver failure.
    func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult
}

/// A failure to solve: bad input or a solver fault. Infeasibility is *not* an error.
public enum SolverError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The model failed validation; nothing was passed to the solver.
    case invalidModel([String])
    /// The solver raised a fatal internal error, caught before it could end the process.
    case fatal(String)
    /// The solver returned a failure code.
    case failure(routine: String, code: Int, message: String)
    /// The model is larger than the configured limits allow.
    case tooLarge(String)

    public var description: String {
        switch self {
        case .invalidModel(let problems):
            let shown = problems.prefix(10).joined(separator: "\n  - ")
            let more = problems.count > 10 ? "\n  … and \(problems.count - 10) more" : ""
            return "invalid model:\n  - \(shown)\(more)"
        case .fatal(let message): return "solver fatal error (caught): \(message)"
        case .failure(let routine, let code, let message): return "\(routine) failed with code \(code): \(message)"
        case .tooLarge(let message): return "model too large: \(message)"
        }
    }
}
