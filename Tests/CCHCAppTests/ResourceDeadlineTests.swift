import CCHCApp
import Foundation
import GLPKSolver
import MILP
import Testing

/// The CLI's resource guard once the command's time is used up, and the solver-level grace it relies on.
@Suite struct ResourceDeadlineTests {
    func model(columns: Int) -> MILPModel {
        var m = MILPModel()
        let vars = (0..<columns).map { m.addVariable("x\($0)", kind: .binary) }
        _ = m.addConstraint("c", vars.map { LinearTerm($0, 1) }, .lessOrEqual(3))
        m.objective = Objective(sense: .maximize, terms: vars.map { LinearTerm($0, 1) })
        return m
    }

    func guarded(_ base: RecordingSolver, deadlineIn: Double, limit: Double) -> ResourceGuardedSolver {
        var s = ResourceGuardedSolver(
            base: base, memoryLimitMiB: nil, ceilingBytes: .max, ceilingReason: "test",
            deadline: Deadline(after: deadlineIn, clock: ManualClock()), shouldStop: { false })
        s.timeLimit = limit
        return s
    }

    @Test func warmSolveWithNoTimeLeftReturnsTheStartingPlanWithoutSolving() throws {
        let base = RecordingSolver()
        let start: [Double] = [1, 1, 0, 0, 0]
        let r = try guarded(base, deadlineIn: -1, limit: 10)
            .solve(model(columns: 5), options: SolveOptions(timeLimitSeconds: 5, startingSolution: start))
        #expect(base.calls.withLock { $0.isEmpty }, "the solver must not be started")
        #expect(r.termination == .timeLimit)
        #expect(r.hasFeasiblePoint)
        #expect(r.values == start)
        #expect(r.objective == 2)
        #expect(r.log.contains("not started"))
    }

    @Test func infeasibleStartingPlanIsNotReturnedAsAPlan() throws {
        let base = RecordingSolver()
        _ = try guarded(base, deadlineIn: -1, limit: 10)
            .solve(model(columns: 5), options: SolveOptions(timeLimitSeconds: 5, startingSolution: [1, 1, 1, 1, 1]))
        #expect(base.calls.withLock { $0.count } == 1, "an infeasible start is left to the solver")
    }

    /// The guard's internal limit plus GLPK's return grace never exceeds the time left, so a solve that GLPK
    /// overruns still hands its best plan back before the command's own deadline.
    @Test(arguments: [0.6, 1.0, 2.0, 5.0, 10.0, 60.0, 600.0])
    func internalLimitPlusGraceFitsTheTimeLeft(left: Double) {
        for cold in [false, true] {
            let limit = ResourceGuardedSolver.internalLimit(remaining: left, cold: cold)
            #expect(
                limit + GLPKSolver.returnGrace(forTimeLimit: limit) <= left + 1e-9,
                "left \(left), cold \(cold): limit \(limit)")
        }
    }
}
