import Foundation
import GLPKSolver
import MILP
import Testing

extension GLPKBackendTests {
    /// Time limit, gap, progress, stop and warm start on a hard random multi-dimensional knapsack (no proof of
    /// optimality within minutes). No assertion reads a clock: a time limit is checked by the status it gives and a
    /// generous upper bound on the wall time, and stops are requested on observed states, never after a delay.
    @Suite struct GLPKSolverLimitsTests {
        /// Hybrid pseudo-cost branching with all cuts: the settings under which the knapsack stays hard. The default
        /// settings for a model this small (Driebeck–Tomlin with cover and clique cuts) prove it in well under a
        /// second, before a stop requested on an observed state can arrive.
        let solver = GLPKSolver(branching: .hybridPseudoCost, cuts: .all)

        /// An upper bound on the wall time of a solve with time limit `limit` that no machine, however loaded,
        /// should reach: it catches a limit that is ignored, not a slow machine.
        static func generousBound(_ limit: Double) -> Double { limit + 30 }

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
            #expect(r.wallSeconds < Self.generousBound(0.2))
        }

        @Test func coldTimeLimitStillReportsAStatus() throws {
            let (m, _) = TestModels.hardKnapsack(seed: 11)
            let r = try solver.solve(m, options: SolveOptions(timeLimitSeconds: 0.2))
            #expect(r.termination == .timeLimit || r.termination == .noFeasiblePointFound)
            #expect(r.hasFeasiblePoint == !r.values.isEmpty)
            if r.hasFeasiblePoint { #expect(m.violations(at: r.values).isEmpty) }
            #expect(r.wallSeconds < Self.generousBound(0.2))
        }

        @Test func gapLimitStopsEarly() throws {
            let (m, greedy) = TestModels.hardKnapsack()
            let r = try solver.solve(
                m, options: SolveOptions(timeLimitSeconds: 600, relativeGap: 0.05, startingSolution: greedy))
            #expect(r.termination == .gapLimit || r.termination == .optimal)
            #expect((r.relativeGap ?? 1) <= 0.05 + 1e-9)
        }

        /// The search runs until the progress callback has reported branching with an incumbent and a bound, then is
        /// stopped; the last report agrees with the result.
        @Test func progressReportsIncumbentAndBound() throws {
            let (m, greedy) = TestModels.hardKnapsack()
            let seen = Recorder<SolveProgress>()
            let r = try solver.solve(
                m,
                options: SolveOptions(
                    timeLimitSeconds: 600, startingSolution: greedy, progress: { seen.append($0) },
                    shouldStop: { seen.values.contains { ($0.nodeCount ?? 0) > 0 && $0.gap != nil } })
            )
            #expect(r.termination == .interrupted)
            let calls = seen.values
            #expect(calls.count >= 2)
            #expect(calls.contains { $0.incumbent != nil && $0.bound != nil && $0.gap != nil })
            #expect(calls.contains { ($0.nodeCount ?? 0) > 0 })
            let last = try #require(calls.last)
            #expect(abs((last.incumbent ?? 0) - (r.objective ?? -1)) < 1e-6)
        }

        /// The stop flag, raised once the search is seen branching, ends it with its incumbent (a limit that had
        /// been reached instead would give `.timeLimit`).
        @Test func stopFlagInterrupts() throws {
            let (m, greedy) = TestModels.hardKnapsack()
            let branching = Recorder<Bool>()
            let r = try solver.solve(
                m,
                options: SolveOptions(
                    timeLimitSeconds: 600, startingSolution: greedy,
                    progress: { if ($0.nodeCount ?? 0) > 0 { branching.append(true) } },
                    shouldStop: { !branching.values.isEmpty }
                )
            )
            #expect(r.termination == .interrupted)
            #expect(!branching.values.isEmpty)
            #expect(r.hasFeasiblePoint)
            #expect(m.violations(at: r.values).isEmpty)
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

    /// The task is cancelled once the search is seen branching (no sleep): the search stops with its incumbent.
    @Test func cancellingTheTaskInterruptsTheSearch() async throws {
        let (m, greedy) = TestModels.hardKnapsack()
        let (branching, signal) = AsyncStream<Void>.makeStream()
        let task = Task {
            defer { signal.finish() }  // a search that never branched must not leave the wait below hanging
            return try await GLPKSolver(branching: .hybridPseudoCost, cuts: .all).solveAsync(
                m,
                options: SolveOptions(
                    timeLimitSeconds: 600, startingSolution: greedy,
                    progress: { if ($0.nodeCount ?? 0) > 0 { signal.yield() } }))
        }
        var iterator = branching.makeAsyncIterator()
        _ = await iterator.next()
        task.cancel()
        let r = try await task.value
        #expect(r.termination == .interrupted)
        #expect(r.hasFeasiblePoint)
        #expect(m.violations(at: r.values).isEmpty)
    }
}
