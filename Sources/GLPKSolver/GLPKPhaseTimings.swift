/// Seconds spent in each phase of one GLPK solve (for benchmarks and diagnostics).
public struct GLPKPhaseTimings: Sendable, Hashable {
    /// ``MILP/MILPModel/validate()`` (Swift).
    public var validate: Double = 0
    /// Copying the model into flat 1-based arrays (Swift).
    public var arrays: Double = 0
    /// Creating the GLPK problem: rows, columns, bounds, names and `glp_load_matrix` (C).
    public var load: Double = 0
    /// `glp_simplex` and `glp_intopt` (C).
    public var solve: Double = 0

    /// Creates zeroed timings.
    public init() {}
}
