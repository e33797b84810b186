/// A snapshot of a running branch-and-cut search, delivered to ``SolveOptions/progress``.
public struct SolveProgress: Sendable, Hashable {
    /// The best feasible objective so far, if any.
    public var incumbent: Double?
    /// The best proven bound so far, if known.
    public var bound: Double?
    /// The relative gap between them, if both are known.
    public var gap: Double?
    /// Seconds since the solve started.
    public var elapsedSeconds: Double
    /// Nodes explored so far, if known.
    public var nodeCount: Int?

    /// Creates a progress snapshot.
    public init(incumbent: Double?, bound: Double?, gap: Double?, elapsedSeconds: Double, nodeCount: Int? = nil) {
        self.incumbent = incumbent
        self.bound = bound
        self.gap = gap
        self.elapsedSeconds = elapsedSeconds
        self.nodeCount = nodeCount
    }
}

/// How a solve should run.
public struct SolveOptions: Sendable {
    /// The wall-clock limit in seconds for the whole solve (LP and MIP), or `nil` for none.
    public var timeLimitSeconds: Double?
    /// Stop when the relative gap between incumbent and bound is at most this (e.g. 0.005 = 0.5 %).
    /// `nil` means prove optimality (within the solver's default tolerance).
    public var relativeGap: Double?
    /// Whether to run the MIP presolver. Turned off automatically when a starting solution is injected.
    public var presolve: Bool
    /// An optional starting solution, indexed like ``MILPModel/variables``. It is injected only when it is feasible.
    public var startingSolution: [Double]?
    /// A memory limit for the solver in MiB, or `nil` for none. Exceeding it ends the solve with an error.
    public var memoryLimitMiB: Int?
    /// Called periodically (about every 0.25 s) from a monitor thread while the solve runs.
    public var progress: (@Sendable (SolveProgress) -> Void)?
    /// Polled by the solver; when it returns true the solve stops and reports ``TerminationStatus/interrupted``.
    public var shouldStop: (@Sendable () -> Bool)?
    /// The run's deadline: the solve stops by it (and returns by it plus the solver's grace period) even when
    /// ``timeLimitSeconds`` would allow more. Its clock is the one the solver measures the grace period on.
    public var deadline: Deadline?
    /// A deterministic work limit: the branch-and-cut search stops once it has this many nodes, and reports
    /// ``TerminationStatus/workLimit``; clock-bounded heuristics are left out, so the result does not depend on the
    /// machine's speed. `nil`: none (the time limit, if any, still applies as a safety net either way).
    public var nodeLimit: Int?
    /// Stop as soon as the best bound is less than this far from the incumbent, less a tolerance of
    /// 10⁻⁶ × max(1, |incumbent|) (objective values in steps of this size make the incumbent optimal then). Checked
    /// by the solver itself, so where it stops does not depend on timing; reported as
    /// ``TerminationStatus/gapLimit``. `nil`: none.
    public var stopWhenBoundWithin: Double?
    /// With ``stopWhenBoundWithin`` as the objective's step and no ``startingSolution``: before the usual search, a
    /// search within this many nodes for a point at the best level the LP relaxation allows (the best value on the
    /// step grid, objective constant + k × step, not beyond the LP bound). Columns whose reduced costs rule them out
    /// at that level are fixed first, so the search is far smaller. A point found there is optimal, since the LP
    /// bound is less than one step above it. Otherwise the usual search runs on the model as given. Solvers without
    /// it ignore it. `nil`: none.
    public var levelSearchNodes: Int?
    /// With ``levelSearchNodes``: stop when the level search does not settle the model, instead of going on with the
    /// usual search (the result then has no point and ``TerminationStatus/interrupted``). For a first try on a
    /// smaller model of the same problem. Solvers without the level search ignore it.
    public var levelSearchOnly = false

    /// Creates options. The defaults prove optimality with presolve on and no limits.
    public init(
        timeLimitSeconds: Double? = nil, relativeGap: Double? = nil, presolve: Bool = true,
        startingSolution: [Double]? = nil, memoryLimitMiB: Int? = nil,
        progress: (@Sendable (SolveProgress) -> Void)? = nil, shouldStop: (@Sendable () -> Bool)? = nil,
        nodeLimit: Int? = nil
    ) {
        self.timeLimitSeconds = timeLimitSeconds
        self.relativeGap = relativeGap
        self.presolve = presolve
        self.startingSolution = startingSolution
        self.memoryLimitMiB = memoryLimitMiB
        self.progress = progress
        self.shouldStop = shouldStop
        self.nodeLimit = nodeLimit
    }

    /// The seconds this solve may take: the smaller of ``timeLimitSeconds`` and what is left of ``deadline``
    /// (never below a millisecond), or `nil` when neither is set.
    public var effectiveTimeLimit: Double? {
        let left = deadline.map { max(0.001, $0.remaining) }
        switch (timeLimitSeconds, left) {
        case (let limit?, let left?): return min(limit, left)
        case (let limit?, nil): return limit
        case (nil, let left?): return left
        case (nil, nil): return nil
        }
    }
}
