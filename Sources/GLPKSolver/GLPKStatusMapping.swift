import CGLPK
import MILP

/// Turns what GLPK returned into a ``TerminationStatus`` plus "has a feasible point", in one table.
enum GLPKStatusMapping {
    /// The verdict for one solve.
    enum Outcome: Equatable {
        /// A normal result.
        case result(TerminationStatus, hasFeasiblePoint: Bool)
        /// A solver failure to report as an error.
        case failure(GLPKReturnCode)
    }

    /// Which routine produced the code.
    enum Phase: Int32 {
        /// `glp_simplex` (a pure LP, or the root LP of a warm start, which ended the solve).
        case simplex = 1
        /// `glp_intopt`.
        case intopt = 2
    }

    /// Maps a return code and the solution status to an outcome.
    ///
    /// - Parameters:
    ///   - phase: The routine whose code this is.
    ///   - code: Its return code.
    ///   - status: `glp_get_status` after `glp_simplex`, or `glp_mip_status` after `glp_intopt`.
    ///   - isMIP: Whether the model has integer columns (an LP point of a MIP is not a feasible point).
    static func outcome(phase: Phase, code: GLPKReturnCode, status: Int32, isMIP: Bool) -> Outcome {
        switch phase {
        case .simplex:
            let point = !isMIP && (status == GLP_OPT || status == GLP_FEAS)
            switch (code, status) {
            case (.success, GLP_OPT) where !isMIP: return .result(.optimal, hasFeasiblePoint: true)
            case (.success, GLP_NOFEAS), (.noPrimalFeasible, _): return .result(.infeasible, hasFeasiblePoint: false)
            case (.success, GLP_UNBND), (.noDualFeasible, _): return .result(.unbounded, hasFeasiblePoint: false)
            case (.timeLimit, _), (.iterationLimit, _):
                return point
                    ? .result(.timeLimit, hasFeasiblePoint: true)
                    : .result(.noFeasiblePointFound, hasFeasiblePoint: false)
            case (.success, _): return .failure(.solverFailed)
            default: return .failure(code)
            }
        case .intopt:
            let point = status == GLP_OPT || status == GLP_FEAS
            switch (code, status) {
            case (.success, GLP_OPT): return .result(.optimal, hasFeasiblePoint: true)
            case (.success, GLP_NOFEAS), (.noPrimalFeasible, _): return .result(.infeasible, hasFeasiblePoint: false)
            case (.noDualFeasible, _): return .result(.unbounded, hasFeasiblePoint: false)
            case (.success, GLP_FEAS), (.mipGapReached, _): return .result(.gapLimit, hasFeasiblePoint: point)
            case (.timeLimit, _):
                return point
                    ? .result(.timeLimit, hasFeasiblePoint: true)
                    : .result(.noFeasiblePointFound, hasFeasiblePoint: false)
            case (.stopped, _): return .result(.interrupted, hasFeasiblePoint: point)
            default: return .failure(code == .success ? .solverFailed : code)
            }
        }
    }
}
