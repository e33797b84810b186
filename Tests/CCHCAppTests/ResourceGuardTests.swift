import CCHCApp
import Foundation
import MILP
import Synchronization
import Testing

/// A solver that records the options it was called with.
final class RecordingSolver: MILPSolver {
    let calls = Mutex<[SolveOptions]>([])
    func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
        calls.withLock { $0.append(options) }
        return SolveResult(
            termination: .optimal, hasFeasiblePoint: true, objective: 0,
            values: Array(repeating: 0, count: model.variables.count))
    }
}

/// The resource guard in isolation (no GLPK): refusal before solving, memory and time forwarding.
@Suite struct ResourceGuardTests {
    func model(rows: Int, columns: Int) -> MILPModel {
        var m = MILPModel()
        let vars = (0..<columns).map { m.addVariable("x\($0)", kind: .binary) }
        for r in 0..<rows { _ = m.addConstraint("c\(r)", vars.prefix(10).map { LinearTerm($0, 1) }, .lessOrEqual(5)) }
        return m
    }

    func guarded(_ base: RecordingSolver, ceiling: UInt64 = .max, deadlineIn: Double? = nil, limit: Double = 0)
        -> ResourceGuardedSolver
    {
        var s = ResourceGuardedSolver(
            base: base, memoryLimitMiB: 512, ceilingBytes: ceiling, ceilingReason: "--max-memory test",
            deadline: deadlineIn.map { Deadline(after: $0, clock: ManualClock()) }, shouldStop: { false })
        s.timeLimit = limit
        return s
    }

    @Test func refusesAnOversizedModelBeforeTheSolverStarts() throws {
        let base = RecordingSolver()
        let m = model(rows: 2000, columns: 2000)
        #expect(ModelSizeEstimate(m).bytes > 16 << 20)
        #expect(throws: SolverError.self) { try guarded(base, ceiling: 16 << 20).solve(m, options: SolveOptions()) }
        #expect(base.calls.withLock { $0.isEmpty }, "the solver must not be called")
        do {
            _ = try guarded(base, ceiling: 16 << 20).solve(m, options: SolveOptions())
        } catch {
            guard case .tooLarge(let text) = error else { Issue.record("expected tooLarge, got \(error)"); return }
            #expect(
                text.contains("2000 constraints") && text.contains("--max-memory test") && text.contains("not started"))
        }
    }

    /// The time given to the solver only shrinks as time passes, so its checks are upper bounds: no clock reading
    /// can make them fail. The exact rule is checked on ``ResourceGuardedSolver/internalLimit(remaining:cold:)``.
    @Test func forwardsMemoryLimitAndInterruptAndCapsTime() throws {
        let base = RecordingSolver()
        let warm = SolveOptions(timeLimitSeconds: 60, startingSolution: Array(repeating: 0, count: 20))
        _ = try guarded(base, deadlineIn: 10, limit: 10).solve(model(rows: 5, columns: 20), options: warm)
        let o = try #require(base.calls.withLock { $0.first })
        #expect(o.memoryLimitMiB == 512)
        #expect(o.shouldStop != nil)
        let limit = try #require(o.timeLimitSeconds)
        #expect(limit == 8.5, "warm solve limit \(limit) for 10 s left on a clock that does not move")
        #expect(o.deadline?.remaining == 10, "the run's deadline is passed down to the solver")
        // With the run's deadline far away, the caller's own limit is kept.
        _ = try guarded(base, deadlineIn: 1e9, limit: 1e9).solve(model(rows: 5, columns: 20), options: warm)
        #expect(base.calls.withLock { $0.last?.timeLimitSeconds } == 60)
    }

    @Test func coldSolveIsSkippedWhenLittleTimeIsLeft() throws {
        let base = RecordingSolver()
        let r = try guarded(base, deadlineIn: 0.5, limit: 10).solve(
            model(rows: 5, columns: 20), options: SolveOptions(timeLimitSeconds: 5))
        #expect(r.termination == .timeLimit && !r.hasFeasiblePoint)
        #expect(base.calls.withLock { $0.isEmpty })
        // With enough time left it runs, with at most half of it (a warm solve could have 85%).
        _ = try guarded(base, deadlineIn: 1000, limit: 10).solve(
            model(rows: 5, columns: 20), options: SolveOptions(timeLimitSeconds: 2000))
        let limit = try #require(base.calls.withLock { $0.first?.timeLimitSeconds })
        #expect(limit == 500, "cold solve limit \(limit) for 1000 s left on a clock that does not move")
    }

    @Test func internalLimitsAndEstimate() {
        #expect(ResourceGuardedSolver.internalLimit(remaining: 10) == 8.5)
        #expect(ResourceGuardedSolver.internalLimit(remaining: 2) == 1.5)
        #expect(ResourceGuardedSolver.internalLimit(remaining: 0) == 0.01)
        #expect(ResourceGuardedSolver.internalLimit(remaining: 10, cold: true) == 5)
        #expect(SolveWatchdog.grace(for: 5) == 3)
        #expect(SolveWatchdog.grace(for: 60) == 12)
        let small = ModelSizeEstimate(rows: 100, columns: 100, nonzeros: 1000),
            big = ModelSizeEstimate(rows: 1_000_000, columns: 1_000_000, nonzeros: 50_000_000)
        #expect(small.mebibytes < 20)
        #expect(big.mebibytes > 10_000)
        #expect(ResourceGuardedSolver.ceiling(maxMemoryMiB: 100).bytes == 100 << 20)
        if let total = MachineMemory.totalBytes {
            #expect(ResourceGuardedSolver.ceiling(maxMemoryMiB: nil).bytes == total / 10 * 8)
        }
    }
}
