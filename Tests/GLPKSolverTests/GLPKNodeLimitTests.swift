import CGLPKShim
import MILP
import Testing

@testable import GLPKSolver

extension GLPKBackendTests {
    /// The deterministic work limit (``MILP/SolveOptions/nodeLimit``) and the objective-step stop
    /// (``MILP/SolveOptions/stopWhenBoundWithin``), both checked inside GLPK's callback on the solve thread.
    @Suite struct GLPKNodeLimitTests {
        /// A safety net only: every solve here ends by its node limit or its proof long before.
        static let safetyNet = 300.0

        @Test func stopsOnceTheSearchHasExactlyTheLimitOfNodes() throws {
            // Branching creates nodes in pairs, so the tree holds 1, 3, 5, … nodes: an odd limit is met exactly.
            let (m, greedy) = TestModels.hardKnapsack(items: 60, dimensions: 5)
            for start in [nil, greedy] {
                let options = SolveOptions(timeLimitSeconds: Self.safetyNet, startingSolution: start, nodeLimit: 41)
                let r = try GLPKSolver().solve(m, options: options)
                #expect(r.termination == .workLimit)
                #expect(r.nodeCount == 41)
                #expect(r.hasFeasiblePoint)
                #expect(m.violations(at: r.values).isEmpty)
                let bound = try #require(r.bestBound), objective = try #require(r.objective)
                #expect(bound >= objective - 1e-6, "a limit-stopped search keeps a valid bound")
                #expect((r.relativeGap ?? 0) > 0, "the work limit stops before the proof")
            }
        }

        @Test func neverGrowsTheTreePastAnEvenLimit() throws {
            // A branching that would take the tree from 39 to 41 nodes is not made under a limit of 40.
            let (m, greedy) = TestModels.hardKnapsack(items: 60, dimensions: 5)
            let r = try GLPKSolver().solve(
                m, options: SolveOptions(timeLimitSeconds: Self.safetyNet, startingSolution: greedy, nodeLimit: 40))
            #expect(r.termination == .workLimit)
            #expect(r.nodeCount == 39)
        }

        @Test func aStalledSolveThreadGivesTheSameResult() throws {
            // The solve thread sleeps in the callback after its first incumbent (a stand-in for a slow or busy
            // machine); with a work limit, where the search stops and what it returns do not change.
            let (m, greedy) = TestModels.hardKnapsack(items: 60, dimensions: 5)
            for start in [nil, greedy] {
                let options = SolveOptions(timeLimitSeconds: Self.safetyNet, startingSolution: start, nodeLimit: 61)
                let normal = try GLPKSolver().solve(m, options: options)
                var slow = GLPKSolver()
                slow.testDelay = (0.6, .afterFirstIncumbent)
                let stalled = try slow.solve(m, options: options)
                #expect(normal.termination == .workLimit)
                #expect(stalled.termination == normal.termination)
                #expect(stalled.nodeCount == normal.nodeCount)
                #expect(stalled.objective == normal.objective)
                #expect(stalled.bestBound == normal.bestBound)
                #expect(stalled.values == normal.values)
            }
        }

        @Test func proximitySearchIsLeftOutUnderAWorkLimit() {
            // GLPK's proximity search has a clock for its only limit (none at all when it is given 0 ms).
            let solver = GLPKSolver(proximitySearchSeconds: 30)
            #expect(solver.cOptions(SolveOptions(timeLimitSeconds: 60), isMIP: true).ps_tm_lim_ms > 0)
            let limited = solver.cOptions(SolveOptions(timeLimitSeconds: 60, nodeLimit: 500), isMIP: true)
            #expect(limited.ps_tm_lim_ms == 0)
            #expect(limited.node_limit == 500)
        }

        @Test func theBoundStopEndsTheSearchAtTheFirstCloseEnoughBound() throws {
            // With a step wider than any gap, the first callback that knows an incumbent and a bound stops the search
            // (the root, right after the starting plan is taken): a gap stop, not a proof, and not a user stop.
            let (m, greedy) = TestModels.hardKnapsack(items: 60, dimensions: 5)
            var options = SolveOptions(timeLimitSeconds: Self.safetyNet, startingSolution: greedy)
            options.stopWhenBoundWithin = 1e9
            let r = try GLPKSolver().solve(m, options: options)
            #expect(r.termination == .gapLimit)
            #expect(r.nodeCount == 1)
            #expect(r.objective == m.objectiveValue(at: greedy))
            let bound = try #require(r.bestBound)
            #expect(bound > r.objective ?? .infinity, "the knapsack's LP bound is above the greedy plan")

            // A step narrower than the gap there does not stop it: the work limit does.
            options.stopWhenBoundWithin = 1e-3
            options.nodeLimit = 21
            let limited = try GLPKSolver().solve(m, options: options)
            #expect(limited.termination == .workLimit)
            #expect(limited.nodeCount == 21)
        }
    }
}
