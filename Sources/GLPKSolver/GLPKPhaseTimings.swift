import CGLPKShim

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
    /// What the level search did (see ``MILP/SolveOptions/levelSearchNodes``), when it ran.
    public var levelSearch: GLPKLevelSearch?

    /// Creates zeroed timings.
    public init() {}
}

/// What the level search of one GLPK solve did (see ``MILP/SolveOptions/levelSearchNodes``).
public struct GLPKLevelSearch: Sendable, Hashable {
    /// How it ended.
    public enum Outcome: Sendable, Hashable {
        /// It found a point at the level, which is the solve's result, proven optimal.
        case found
        /// No point reaches the level; the usual search followed.
        case noneAtLevel
        /// Its node budget (or the time) ran out first; the usual search followed.
        case undecided
        /// GLPK failed inside it (a fatal error of GLPK's own); the model was solved again without it.
        case failed
    }

    /// How it ended.
    public var outcome: Outcome
    /// The objective level it searched at last.
    public var level: Double
    /// The levels it searched, from the best the LP bound allows down, one step each (the next one only when no point
    /// reaches the one above).
    public var levels: Int
    /// The integer columns fixed by their reduced costs at the last level.
    public var fixedColumns: Int
    /// The rows whose range their duals narrowed at the last level.
    public var narrowedRows: Int
    /// The nodes of its searches, all levels together.
    public var nodes: Int
    /// The rows it added from the model's cut families (``MILP/MILPModel/minimumSumCuts``) before the first level.
    public var cutRows: Int

    /// One line for the solve's log.
    var logLine: String {
        let how: String
        switch outcome {
        case .found: how = "found a point, optimal"
        case .noneAtLevel: how = "no point reaches it; the usual search followed"
        case .undecided: how = "undecided within its budget; the usual search followed"
        case .failed: how = "GLPK failed inside it; the model was solved again without it"
        }
        return "level search, \(levels) level(s), the last at \(level): \(how) (\(fixedColumns) integer columns fixed "
            + "and \(narrowedRows) rows narrowed by the LP duals, \(nodes) nodes"
            + (cutRows > 0 ? ", \(cutRows) cut rows added first)" : ")")
    }

    /// The report of a C result, or `nil` when the level search did not run.
    init?(_ r: cglpk_result) {
        switch r.level_outcome {
        case CGLPK_LEVEL_FOUND: outcome = .found
        case CGLPK_LEVEL_NONE_AT_LEVEL: outcome = .noneAtLevel
        case CGLPK_LEVEL_UNDECIDED: outcome = .undecided
        case CGLPK_LEVEL_FAILED: outcome = .failed
        default: return nil
        }
        level = r.level
        levels = Int(r.level_count)
        fixedColumns = Int(r.level_fixed)
        narrowedRows = Int(r.level_rows)
        nodes = Int(r.level_nodes_used)
        cutRows = Int(r.cut_rows)
    }
}
