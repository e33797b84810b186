/// The outcome of one solve: why it stopped, and what it has.
///
/// A result is a value, never an error: infeasible and time-limited runs are statuses.
/// Read ``values`` only when ``hasFeasiblePoint`` is true.
public struct SolveResult: Sendable, Hashable {
    /// Why the solver stopped.
    public var termination: TerminationStatus
    /// Whether a feasible point (the incumbent) exists.
    public var hasFeasiblePoint: Bool
    /// The incumbent's objective value, including the objective constant.
    public var objective: Double?
    /// The best proven bound on the optimum (for a maximisation an upper bound, for a minimisation a lower bound).
    public var bestBound: Double?
    /// `|bound − objective| / max(|objective|, ε)`, or `nil` when either is unknown.
    public var relativeGap: Double?
    /// The incumbent's values indexed like ``MILPModel/variables``; empty when there is no feasible point.
    public var values: [Double]
    /// The number of branch-and-bound nodes explored, where the solver reports it.
    public var nodeCount: Int?
    /// Wall-clock seconds spent inside ``MILPSolver/solve(_:options:)``.
    public var wallSeconds: Double
    /// The solver's captured log text (never printed to stdout).
    public var log: String

    /// Creates a result.
    public init(
        termination: TerminationStatus, hasFeasiblePoint: Bool, objective: Double? = nil, bestBound: Double? = nil,
        relativeGap: Double? = nil, values: [Double] = [], nodeCount: Int? = nil, wallSeconds: Double = 0,
        log: String = ""
    ) {
        self.termination = termination
        self.hasFeasiblePoint = hasFeasiblePoint
        self.objective = objective
        self.bestBound = bestBound
        self.relativeGap = relativeGap
        self.values = values
        self.nodeCount = nodeCount
        self.wallSeconds = wallSeconds
        self.log = log
    }

    /// The value of one variable in the incumbent, or `nil` when there is none.
    public subscript(variable: VariableID) -> Double? {
        hasFeasiblePoint && variable.index < values.count ? values[variable.index] : nil
    }

    /// Whether an integer or binary variable is 1 (or, for other values, rounds to at least 1) in the incumbent.
    public func isOn(_ variable: VariableID) -> Bool {
        (self[variable] ?? 0) > 0.5
    }

    /// Computes the relative gap between an objective and a bound the way ``relativeGap`` is defined.
    public static func gap(objective: Double, bound: Double) -> Double {
        abs(bound - objective) / max(abs(objective), 1e-9)
    }
}
