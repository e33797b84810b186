/// Why the solver stopped. Kept apart from *what it has* (see ``SolveResult/hasFeasiblePoint``).
public enum TerminationStatus: String, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The search finished and the incumbent is proven optimal (within the solver's tolerances).
    case optimal
    /// The time limit was reached. There may or may not be a feasible point; check the result.
    case timeLimit = "time-limit"
    /// The work limit (``SolveOptions/nodeLimit``) was reached with a feasible point; optimality is not proven.
    case workLimit = "work-limit"
    /// The relative MIP gap limit was reached with a feasible point.
    case gapLimit = "gap-limit"
    /// The model is proven to have no feasible point.
    case infeasible
    /// The objective is proven unbounded (or the LP relaxation is dual infeasible).
    case unbounded
    /// A limit stopped the search before any feasible point was found.
    case noFeasiblePointFound = "no-feasible-point-found"
    /// The caller asked the solver to stop (cancellation or an interrupt).
    case interrupted

    public var description: String { rawValue }
}
