import CGLPK
import CGLPKShim
import Foundation
import MILP

/// GLPK's version string, e.g. "5.0".
public var glpkVersion: String { String(cString: cglpk_version()) }

/// The GLPK backend: solves a ``MILP/MILPModel`` with GLPK 5 (simplex for LPs, branch-and-cut for MILPs).
///
/// Each solve validates the model in Swift, then builds, solves, reads and deletes the GLPK problem in one
/// guarded C call on a dedicated thread that ends with `glp_free_env()`. A GLPK fatal error therefore becomes
/// ``MILP/SolverError/fatal(_:)`` instead of ending the process, and GLPK never prints to stdout (its text is
/// kept in ``MILP/SolveResult/log``). MILP settings: branching and cuts chosen by the model's size (see
/// ``Branching/bySize``), presolve for cold starts; a feasible ``MILP/SolveOptions/startingSolution`` is injected
/// after a root `glp_simplex`, with presolve off.
///
/// Related GLPK documentation: glpk.pdf, §2.8 (`glp_simplex`), §2.10 (`glp_intopt`), §5 (callbacks).
public struct GLPKSolver: MILPSolver {
    /// How much of GLPK's own text to capture in the log.
    public enum LogLevel: Sendable, Hashable {
        /// Nothing (fatal errors are still captured).
        case off
        /// Warnings and errors.
        case errors
        /// GLPK's full output (`GLP_MSG_ALL`; at `GLP_MSG_ON` GLPK's MIP solver prints almost nothing).
        case normal
    }

    /// How GLPK chooses the variable to branch on.
    ///
    /// Related GLPK documentation: glpk.pdf, §2.10.2, `br_tech`.
    public enum Branching: Sendable, Hashable {
        /// By the model's size: Driebeck–Tomlin with cover and clique cuts for models of at most
        /// ``smallModelIntegerColumns`` integer columns, hybrid pseudo-cost with all four cut families above (unless
        /// ``GLPKSolver/cuts`` names the families).
        ///
        /// Measured on this project's 2-core machine: on Thạch Hà 2022 (3,592 integer columns) Driebeck–Tomlin with
        /// cover and clique cuts proved the optimum in 1.9 s (targets mode) and 3.2 s (coverage mode) where hybrid
        /// pseudo-cost with all cuts took 8.4 s and 11.2 s, and under a 1,000-node work limit in 1.9 s and 5.5 s
        /// where the coverage run did not finish within 60 s; on a generated 150-unit region (11,390) it reached a
        /// 0.054 % gap in 30 s against 0.108 %. On a 500-unit per-team model hybrid pseudo-cost reached a 0.01 % gap
        /// in 24 s where Driebeck–Tomlin needed over 120 s.
        case bySize
        /// Hybrid pseudo-cost (`GLP_BR_PCH`): usually closes the gap fastest, but its initialisation at the
        /// root can run for seconds without a callback (so a time limit can be overrun by that much).
        case hybridPseudoCost
        /// Driebeck–Tomlin heuristic (`GLP_BR_DTH`, GLPK's default).
        case driebeckTomlin
        /// Most fractional variable (`GLP_BR_MFV`).
        case mostFractional
    }

    /// Cut families GLPK may generate in branch-and-cut.
    public struct Cuts: OptionSet, Sendable, Hashable {
        /// The shim's bit set (`CGLPK_CUT_*`).
        public let rawValue: Int32
        /// Creates a set from GLPK shim bits.
        public init(rawValue: Int32) { self.rawValue = rawValue }
        /// Gomory mixed-integer cuts (`gmi_cuts`).
        public static let gomory = Cuts(rawValue: CGLPK_CUT_GOMORY)
        /// Mixed-integer rounding cuts (`mir_cuts`).
        public static let mixedIntegerRounding = Cuts(rawValue: CGLPK_CUT_MIR)
        /// Mixed cover cuts (`cov_cuts`).
        public static let cover = Cuts(rawValue: CGLPK_CUT_COVER)
        /// Clique cuts (`clq_cuts`).
        public static let clique = Cuts(rawValue: CGLPK_CUT_CLIQUE)
        /// All four families.
        public static let all: Cuts = [.gomory, .mixedIntegerRounding, .cover, .clique]
    }

    /// How much of GLPK's text goes into ``MILP/SolveResult/log``.
    public var logLevel: LogLevel
    /// Use the dual simplex (with primal fallback) for LPs and root relaxations.
    public var useDualSimplex: Bool
    /// The branching rule.
    public var branching: Branching
    /// The cut families (`nil`: chosen with the branching rule, see ``Branching/bySize``).
    public var cuts: Cuts?
    /// The most integer columns of a model that ``Branching/bySize`` counts as small.
    public static let smallModelIntegerColumns = 20_000
    /// The longest run of GLPK's proximity search heuristic at the root, in seconds (at most a quarter of the
    /// solve's time limit); 0 turns it off. It looks for a better plan near the incumbent by solving MILPs with the
    /// objective turned into a constraint. On Thạch Hà 2022 it found the optimum in 2.4 s (glpsol `--proxy 5`),
    /// where the default heuristics needed 23 s. Its only limit is a clock, so a solve with a work limit
    /// (``MILP/SolveOptions/nodeLimit``) leaves it out.
    public var proximitySearchSeconds: Double
    /// Test aid: makes the solve thread sleep without checking any clock, to prove the time limit holds anyway.
    var testDelay: (seconds: Double, point: GLPKTestDelayPoint)?

    /// How long past its time limit a solve may take before ``solve(_:options:)`` stops waiting for GLPK:
    /// 10 % of the limit, at least 0.5 s.
    ///
    /// GLPK checks its clock only between steps (simplex iterations, nodes, cut rounds); building a large model,
    /// its MIP presolver, cut generation at the root and the strong branching of hybrid pseudo-cost branching check
    /// none. When the limit plus this grace has passed, the solve asks GLPK to stop, leaves its thread to finish on
    /// its own, and returns the last incumbent (or the feasible starting solution) with
    /// ``MILP/TerminationStatus/timeLimit``.
    ///
    /// - Parameter timeLimit: The solve's time limit in seconds.
    /// - Returns: The grace in seconds.
    public static func returnGrace(forTimeLimit timeLimit: Double) -> Double { max(0.5, 0.1 * timeLimit) }

    /// Creates a GLPK solver.
    ///
    /// - Parameters:
    ///   - logLevel: How much GLPK text to capture (never printed). Defaults to warnings and errors.
    ///   - useDualSimplex: Use the dual simplex for LPs. Defaults to the primal simplex.
    ///   - branching: The branching rule. Defaults to the choice by the model's size.
    ///   - cuts: The cut families. Defaults to the choice by the model's size (``Branching/bySize``).
    ///   - proximitySearchSeconds: The proximity search's time at the root (0 = off). Defaults to 30 s (it usually ends by itself much sooner; a limit that ends it early makes the result depend on the machine's speed).
    public init(
        logLevel: LogLevel = .errors, useDualSimplex: Bool = false, branching: Branching = .bySize,
        cuts: Cuts? = nil, proximitySearchSeconds: Double = 30
    ) {
        self.logLevel = logLevel
        self.useDualSimplex = useDualSimplex
        self.branching = branching
        self.cuts = cuts
        self.proximitySearchSeconds = proximitySearchSeconds
    }

    /// Solves a model with GLPK. See ``solveMeasured(_:options:)``.
    public func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
        try solveMeasured(model, options: options).result
    }

    /// Solves a model with GLPK and reports how long each phase took.
    ///
    /// - Parameters:
    ///   - model: The model; validated with ``MILP/MILPModel/validate()`` before any GLPK call.
    ///   - options: Time limit (covers LP and MIP), gap, presolve, starting solution (used only when feasible),
    ///     memory limit, and the progress/stop callbacks, which run on the calling thread about every 0.25 s.
    /// - Returns: The result (infeasible, unbounded and limit-stopped runs are statuses) and the phase timings.
    ///   A limit reached with no incumbent is ``MILP/TerminationStatus/noFeasiblePointFound``. With a time limit the
    ///   call returns by the limit plus ``returnGrace(forTimeLimit:)`` even when GLPK has not returned by then.
    ///   The log then says so, and the result holds the last incumbent GLPK found, or the
    ///   feasible starting solution, or no point (``MILP/TerminationStatus/noFeasiblePointFound``).
    /// - Throws: ``MILP/SolverError/invalidModel(_:)`` before solving; ``MILP/SolverError/fatal(_:)`` when GLPK
    ///   raised a fatal error; ``MILP/SolverError/tooLarge(_:)`` when the memory limit was exceeded;
    ///   ``MILP/SolverError/failure(routine:code:message:)`` for other GLPK failure codes.
    public func solveMeasured(
        _ model: MILPModel, options: SolveOptions
    ) throws(SolverError) -> (result: SolveResult, timings: GLPKPhaseTimings) {
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        var timings = GLPKPhaseTimings()
        try model.validate()
        timings.validate = elapsed()

        let isMIP = model.variables.contains { $0.kind != .continuous }
        var warmStart: [Double]?
        var notes: [String] = []
        if isMIP, let s = options.startingSolution {
            let problems = model.violations(at: s)
            if problems.isEmpty {
                warmStart = s
            } else {
                notes.append("starting solution ignored (infeasible): " + problems.prefix(3).joined(separator: "; "))
            }
        }
        let columnCopies = isMIP ? Int32(clamping: model.variables.count) : 0
        guard let monitorRaw = cglpk_monitor_create_for(columnCopies) else {
            throw SolverError.fatal("cannot allocate the monitor")
        }
        defer { cglpk_monitor_release(monitorRaw) }
        let monitor = GLPKMonitorHandle(raw: monitorRaw)
        cglpk_monitor_retain(monitorRaw)  // the solve thread's reference: it may outlive this call
        var stopRequested = false
        func poll() {
            if !stopRequested, let shouldStop = options.shouldStop, shouldStop() {
                stopRequested = true
                cglpk_monitor_request_stop(monitorRaw)
            }
            if let progress = options.progress { progress(Self.progress(monitorRaw, elapsed: elapsed())) }
        }
        let timeLimit = options.effectiveTimeLimit
        let clock = options.deadline?.clock ?? SystemClock()
        let returnBy = timeLimit.map { limit in
            Deadline(after: max(limit, 0.001) + Self.returnGrace(forTimeLimit: limit), clock: clock)
        }
        let finished = GLPKThread.run(until: returnBy, poll: poll) { [self, warmStart] in
            defer { cglpk_monitor_release(monitor.raw) }
            return Self.solveOnCurrentThread(
                model,
                settings: cOptions(options, isMIP: isMIP, integerColumns: model.binaryCount + model.integerCount),
                start: warmStart, monitor: monitor
            )
        }
        guard let raw = finished else {
            // GLPK is inside a step that checks no clock. Stop it at its next callback and answer now.
            cglpk_monitor_request_stop(monitorRaw)
            if options.progress != nil { poll() }
            var result = Self.abandonedResult(
                model: model, monitor: monitorRaw, isMIP: isMIP, warmStart: warmStart,
                timeLimit: timeLimit ?? 0)
            result.wallSeconds = elapsed()
            timings.solve = result.wallSeconds - timings.validate
            if !notes.isEmpty { result.log = notes.joined(separator: "\n") + "\n" + result.log }
            return (result, timings)
        }
        if options.progress != nil, raw.result.rc != CGLPK_EFATAL { poll() }
        timings.arrays = raw.arraysSeconds
        timings.load = raw.result.seconds_load
        timings.solve = raw.result.seconds_solve
        timings.levelSearch = GLPKLevelSearch(raw.result)
        var result = try Self.makeResult(model: model, raw: raw, isMIP: isMIP, warmStart: warmStart, options: options)
        result.wallSeconds = elapsed()
        if !notes.isEmpty { result.log = notes.joined(separator: "\n") + "\n" + result.log }
        return (result, timings)
    }

    /// Maps the public options to the C options (the pointer to the starting point is filled in later).
    ///
    /// - Parameters:
    ///   - options: The solve's options.
    ///   - isMIP: Whether the model has integer columns.
    ///   - integerColumns: The model's integer columns, for ``Branching/bySize`` (`nil`: unknown, counted as large).
    func cOptions(_ options: SolveOptions, isMIP: Bool, integerColumns: Int? = nil) -> cglpk_options {
        var o = cglpk_options()
        o.mip = isMIP ? 1 : 0
        o.presolve = options.presolve ? 1 : 0
        switch logLevel {
        case .off: o.msg_lev = GLP_MSG_OFF
        case .errors: o.msg_lev = GLP_MSG_ERR
        case .normal: o.msg_lev = GLP_MSG_ALL
        }
        let timeLimit = options.effectiveTimeLimit
        o.time_limit_s = timeLimit.map { max($0, 0.001) } ?? 0  // C: <= 0 means no limit
        o.mip_gap = options.relativeGap ?? 0
        o.mem_limit_mb = Int32(clamping: options.memoryLimitMiB ?? 0)
        o.start = nil
        o.lp_dual = useDualSimplex ? 1 : 0
        let small = integerColumns.map { $0 <= Self.smallModelIntegerColumns } ?? false
        switch branching {
        case .bySize: o.br_tech = small ? GLP_BR_DTH : GLP_BR_PCH
        case .hybridPseudoCost: o.br_tech = GLP_BR_PCH
        case .driebeckTomlin: o.br_tech = GLP_BR_DTH
        case .mostFractional: o.br_tech = GLP_BR_MFV
        }
        o.cuts = (cuts ?? (branching == .bySize && small ? [.cover, .clique] : .all)).rawValue
        var proximity = max(0, proximitySearchSeconds)
        if let limit = timeLimit { proximity = min(proximity, limit / 4) }
        // The proximity search is bounded by a clock only, so a work limit turns it off (in the C shim too).
        if options.nodeLimit != nil { proximity = 0 }
        o.ps_tm_lim_ms = proximity > 0 ? Int32((proximity * 1000).rounded(.up)) : 0
        o.node_limit = options.nodeLimit.map { Int64(max(1, $0)) } ?? 0
        o.stop_bound_within = options.stopWhenBoundWithin.map { max(0, $0) } ?? 0
        o.level_nodes = options.levelSearchNodes.map { Int64(max(0, $0)) } ?? 0
        o.level_only = options.levelSearchOnly && o.level_nodes > 0 ? 1 : 0
        if let delay = testDelay {
            o.test_delay_s = delay.seconds
            o.test_delay_at = delay.point.rawValue
        }
        return o
    }

    private static func progress(_ monitor: OpaquePointer, elapsed: Double) -> SolveProgress {
        var s = cglpk_snapshot()
        cglpk_monitor_read(monitor, &s)
        let incumbent: Double? = s.has_incumbent != 0 ? s.incumbent : nil
        let bound: Double? = s.has_bound != 0 ? s.bound : nil
        var gap: Double?
        if let i = incumbent, let b = bound { gap = SolveResult.gap(objective: i, bound: b) }
        return SolveProgress(
            incumbent: incumbent, bound: bound, gap: gap, elapsedSeconds: elapsed, nodeCount: Int(s.nodes))
    }
}
