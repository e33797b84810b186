import CGLPK
import MILP
import Testing

@testable import GLPKSolver

extension GLPKBackendTests {
    /// The code/status table, case by case.
    @Suite struct GLPKStatusMappingTests {
        typealias M = GLPKStatusMapping

        @Test(arguments: [
            // (phase, code, status, isMIP) -> expected
            (M.Phase.intopt, GLPKReturnCode.success, GLP_OPT, true, M.Outcome.result(.optimal, hasFeasiblePoint: true)),
            (.intopt, .success, GLP_NOFEAS, true, .result(.infeasible, hasFeasiblePoint: false)),
            (.intopt, .noPrimalFeasible, GLP_UNDEF, true, .result(.infeasible, hasFeasiblePoint: false)),
            (.intopt, .noDualFeasible, GLP_UNDEF, true, .result(.unbounded, hasFeasiblePoint: false)),
            (.intopt, .timeLimit, GLP_FEAS, true, .result(.timeLimit, hasFeasiblePoint: true)),
            (.intopt, .timeLimit, GLP_UNDEF, true, .result(.noFeasiblePointFound, hasFeasiblePoint: false)),
            (.intopt, .mipGapReached, GLP_FEAS, true, .result(.gapLimit, hasFeasiblePoint: true)),
            (.intopt, .stopped, GLP_FEAS, true, .result(.interrupted, hasFeasiblePoint: true)),
            (.intopt, .stopped, GLP_UNDEF, true, .result(.interrupted, hasFeasiblePoint: false)),
            (.intopt, .rootLPNotOptimal, GLP_UNDEF, true, .failure(.rootLPNotOptimal)),
            (.intopt, .solverFailed, GLP_UNDEF, true, .failure(.solverFailed)),
            (.simplex, .success, GLP_OPT, false, .result(.optimal, hasFeasiblePoint: true)),
            (.simplex, .success, GLP_NOFEAS, false, .result(.infeasible, hasFeasiblePoint: false)),
            (.simplex, .success, GLP_UNBND, true, .result(.unbounded, hasFeasiblePoint: false)),
            (.simplex, .timeLimit, GLP_FEAS, false, .result(.timeLimit, hasFeasiblePoint: true)),
            (.simplex, .timeLimit, GLP_FEAS, true, .result(.noFeasiblePointFound, hasFeasiblePoint: false)),
            (.simplex, .singularMatrix, GLP_UNDEF, false, .failure(.singularMatrix)),
        ])
        func mapping(phase: M.Phase, code: GLPKReturnCode, status: Int32, isMIP: Bool, expected: M.Outcome) {
            #expect(M.outcome(phase: phase, code: code, status: status, isMIP: isMIP) == expected)
        }

        @Test func returnCodesHaveDescriptions() {
            #expect(GLPKReturnCode.timeLimit.description.contains("GLP_ETMLIM"))
            #expect(GLPKReturnCode(rawValue: 999).description.contains("999"))
        }
    }
}
