import Foundation
import GLPKSolver
import MILP
import Testing

extension GLPKBackendTests {
    /// Time limit, gap, progress, stop and warm start on a hard random multi-dimensional knapsack.
    @Suite struct GLPKSolverLimitsTests {
        let solver = GLPKSolver()

        @Test func timeLimitWithIncumbent() throws {
            let (m, greedy) = TestModels.hardKnapsack()
            let r = try solver.solve(m, options: SolveOptions(timeLimitSeconds: 0.2, startingSolution: greedy))
            #expect(r.termination == .timeLimit)
            #expect(r.hasFeasiblePoint)
            #expect(r.values.count == m.variables.count)
            #expect(m.violations(at: r.values).isEmpty)
            let gap = try #require(r.relativeGap)
            #expect(gap > 0)
            let bound = try #require(r.bestBound)
            #expect(bound >= (r.objective ?? .infinity) - 1e-6)
            #expect((r.objective ?? 0) >= m.objectiveValue(at: greedy) - 1e-6)
            #expect(r.wallSeconds < 2)
        }

        @Test func coldTimeLimitStillReportsAStatus() throws {
            let (m, _) = TestModels.hardKnapsack(seed: 11)
            let r = try solver.solve(m, options: SolveOptions(timeLimitSeconds: 0.2))
            #expect(r.termination == .timeLimit || r.termination == .noFeasiblePointFound)
            #expect(r.hasFeasiblePoint == !r.values.isEmpty)
            if r.hasFeasiblePoint { #expect(m.violations(at: r.values).isEmpty) }
        }

        @Test func gapLimitStopsEarly() throws {
            let (m, greedy) = TestModels.hardKnapsack()
            let r = try solver.solve(m, options: SolveOptions(timeLimitSeconds: 20, relativeGap: 0.05, startingSolution: greedy))
            #expect(r.termination == .gapLimit || r.termination == .optimal)
            #expect((r.relativeGap ?? 1) <= 0.05 + 1e-9)
        }

        @Test func progressReportsIncumbentAndBound() throws {
            let (m, greedy) = TestModels.hardKnapsack()
            let seen = Recorder<SolveProgress>()
            let r = try solver.solve(
                m,
                options: SolveOptions(timeLimitSeconds: 0.8, startingSolution: greedy, progress: { seen.append($0) })
            )
            let calls = seen.values
            #expect(calls.count >= 2)
            #expect(calls.contains { $0.incumbent != nil && $0.bound != nil && $0.gap != nil })
            #expect(calls.contains { ($0.nodeCount ?? 0) > 0 })
            let last = try #require(calls.last)
            #expect(abs((last.incumbent ?? 0) - (r.objective ?? -1)) < 1e-6)
        }

        @Test func stopFlagInterrupts() throws {
            let (m, greedy) = TestModels.hardKnapsack()
            let began = Date()
            let r = try solver.solve(
                m,
                options: SolveOptions(
                    timeLimitSeconds: 30, startingSolution: greedy, shouldStop: { Date().timeIntervalSince(began) > 0.3 }
                )
            )
            #expect(r.termination == .interrupted)
            #expect(r.hasFeasiblePoint)
            #expect(m.violations(at: r.values).isEmpty)
            #expect(r.wallSeconds < 3)
        }

        @Test func feasibleStartingSolutionIsAccepted() throws {
            let (m, greedy) = TestModels.hardKnapsack()
            let r = try solver.solve(m, options: SolveOptions(timeLimitSeconds: 0.3, startingSolution: greedy))
            #expect(r.log.contains("starting solution accepted"))
            #expect((r.objective ?? 0) >= m.objectiveValue(at: greedy) - 1e-6)
        }

        @Test func infeasibleStartingSolutionIsIgnored() throws {
            let m = TestModels.tinyMILP()
            let r = try solver.solve(m, options: SolveOptions(startingSolution: [100, 100]))
            #expect(r.termination == .optimal)
            #expect(abs((r.objective ?? 0) - 20) < 1e-9)
            #expect(r.log.contains("starting solution ignored"))
        }

        @Test func warmStartWithoutPresolveSolvesToOptimality() throws {
            let m = TestModels.tinyMILP()
            let r = try solver.solve(m, options: SolveOptions(startingSolution: [0, 0]))
            #expect(r.termination == .optimal)
            #expect(abs((r.objective ?? 0) - 20) < 1e-9)
        }
    }
}

/// A thread-safe list, filled from the progress callback.
final class Recorder<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [T] = []
    func append(_ item: T) { lock.withLock { items.append(item) } }
    var values: [T] { lock.withLock { items } }
}

extension GLPKBackendTests.GLPKSolverLimitsTests {
    @Test func asyncSolveMatchesSyncSolve() async throws {
        let r = try await GLPKSolver().solveAsync(TestModels.tinyMILP(), options: SolveOptions())
        #expect(r.termination == .optimal)
        #expect(r.objective == 20)
    }

    @Test func cancellingTheTaskInterruptsTheSearch() async throws {
        let (m, greedy) = TestModels.hardKnapsack()
        let task = Task {
            try await GLPKSolver().solveAsync(m, options: SolveOptions(timeLimitSeconds: 30, startingSolution: greedy))
        }
        try await Task.sleep(for: .milliseconds(400))
        task.cancel()
        let r = try await task.value
        #expect(r.termination == .interrupted)
        #expect(r.hasFeasiblePoint)
        #expect(r.wallSeconds < 5)
    }
}
