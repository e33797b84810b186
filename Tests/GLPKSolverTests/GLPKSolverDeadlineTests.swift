import Foundation
import MILP
import Testing

@testable import GLPKSolver

extension GLPKBackendTests {
    /// The solver-level deadline: a solve returns by its deadline plus ``GLPKSolver/returnGrace(forTimeLimit:)``
    /// even when GLPK sits in a step that checks no clock (simulated by the test-only delay of the solve thread).
    ///
    /// The deadline is on a ``MILP/ManualClock`` that the test moves past the deadline once the solve has reached
    /// the state under test (seen through the progress callback), so nothing here depends on the machine's speed.
    @Suite struct GLPKSolverDeadlineTests {
        static func delayed(_ seconds: Double, at point: GLPKTestDelayPoint) -> GLPKSolver {
            var solver = GLPKSolver()
            solver.testDelay = (seconds, point)
            return solver
        }

        /// Solves with a stalled solve thread and a deadline on a manual clock, which is moved an hour on as soon as
        /// `due` holds for a progress snapshot; checks that the call came back only after that (so by the deadline
        /// machinery, not by GLPK finishing first).
        static func stalledSolve(
            _ m: MILPModel, stall: Double, at point: GLPKTestDelayPoint, options: SolveOptions,
            due: @escaping @Sendable (SolveProgress) -> Bool = { _ in true }
        ) throws -> SolveResult {
            let limit = try #require(options.timeLimitSeconds)
            let clock = ManualClock()
            var o = options
            o.timeLimitSeconds = nil
            o.deadline = Deadline(after: limit, clock: clock)
            o.progress = { p in if due(p), clock.now() < 3_600 { clock.advance(by: 3_600) } }
            let r = try delayed(stall, at: point).solve(m, options: o)
            #expect(clock.now() >= 3_600, "the call returned before its deadline passed")
            return r
        }

        /// Waits until every abandoned solve thread has ended (they end once their delay is over).
        static func waitForAbandonedThreads(within seconds: Double) -> Bool {
            let end = Date().addingTimeInterval(seconds)
            while Date() < end {
                if GLPKThread.abandonedRunning.load(ordering: .relaxed) == 0 { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }

        @Test func graceIsTenPercentAtLeastHalfASecond() {
            #expect(GLPKSolver.returnGrace(forTimeLimit: 0.05) == 0.5)
            #expect(GLPKSolver.returnGrace(forTimeLimit: 5) == 0.5)
            #expect(GLPKSolver.returnGrace(forTimeLimit: 10) == 1)
            #expect(GLPKSolver.returnGrace(forTimeLimit: 60) == 6)
        }

        /// GLPK stalls right after accepting the starting plan: the call still returns within the grace, with that
        /// plan (copied by the callback as GLPK's incumbent), the root bound and an honest log line. Repeated to
        /// catch flakiness.
        @Test(arguments: 1...4) func stalledSearchReturnsTheIncumbentInTime(run: Int) throws {
            let (m, greedy) = TestModels.hardKnapsack(seed: UInt64(20 + run))
            let r = try Self.stalledSolve(
                m, stall: 2, at: .afterFirstIncumbent,
                options: SolveOptions(timeLimitSeconds: 0.05, startingSolution: greedy),
                due: { $0.incumbent != nil })
            #expect(r.termination == .timeLimit)
            #expect(r.hasFeasiblePoint)
            #expect(r.values.count == m.variables.count)
            #expect(m.violations(at: r.values).isEmpty)
            #expect((r.objective ?? 0) >= m.objectiveValue(at: greedy) - 1e-6)
            let bound = try #require(r.bestBound)
            #expect(bound >= (r.objective ?? .infinity) - 1e-6)
            #expect(r.relativeGap != nil)
            #expect(r.log.contains("GLPK did not return within the time limit"))
            #expect(r.log.contains("its thread was told to stop"))
            #expect(r.log.contains("returning GLPK's last incumbent"))
        }

        /// Without a starting plan (presolve off, so the search runs on our columns), GLPK's own first incumbent is
        /// what comes back.
        @Test func stalledColdSearchReturnsGLPKsOwnIncumbent() throws {
            let m = TestModels.tinyMILP(scale: 7.3)
            let r = try Self.stalledSolve(
                m, stall: 2, at: .afterFirstIncumbent, options: SolveOptions(timeLimitSeconds: 0.3, presolve: false),
                due: { $0.incumbent != nil })
            #expect(r.termination == .timeLimit)
            #expect(r.hasFeasiblePoint)
            #expect(m.violations(at: r.values).isEmpty)
            #expect(abs((r.objective ?? -1) - m.objectiveValue(at: r.values)) < 1e-9)
            #expect(r.log.contains("returning GLPK's last incumbent"))
        }

        /// GLPK has not even built the model: with a feasible starting plan that plan comes back ...
        @Test func stallBeforeAnyIncumbentReturnsTheStartingPlan() throws {
            let (m, greedy) = TestModels.hardKnapsack()
            let r = try Self.stalledSolve(
                m, stall: 2, at: .beforeBuild, options: SolveOptions(timeLimitSeconds: 0.05, startingSolution: greedy))
            #expect(r.termination == .timeLimit)
            #expect(r.values == greedy)
            #expect(r.objective == m.objectiveValue(at: greedy))
            #expect(r.bestBound == nil)
            #expect(r.log.contains("returning the starting solution"))
        }

        /// ... and without one the status says no point was found, with no values.
        @Test func stallWithoutAnyPointSaysNoFeasiblePoint() throws {
            let (m, _) = TestModels.hardKnapsack()
            let r = try Self.stalledSolve(m, stall: 2, at: .beforeBuild, options: SolveOptions(timeLimitSeconds: 0.05))
            #expect(r.termination == .noFeasiblePointFound)
            #expect(!r.hasFeasiblePoint)
            #expect(r.values.isEmpty)
            #expect(r.objective == nil)
            #expect(r.log.contains("no feasible point was found in time"))
        }

        /// The abandoned threads end on their own once GLPK comes back (each frees its GLPK environment and drops
        /// its monitor reference), and solving goes on normally meanwhile and afterwards.
        @Test func abandonedThreadsFinishAndSolvingGoesOn() throws {
            let (m, greedy) = TestModels.hardKnapsack(seed: 3)
            let slow = Self.delayed(2, at: .afterFirstIncumbent)
            for _ in 0..<3 {
                let clock = ManualClock()
                var o = SolveOptions(startingSolution: greedy)
                o.deadline = Deadline(after: 0.05, clock: clock)
                o.progress = { p in if p.incumbent != nil { clock.advance(by: 3_600) } }
                let r = try slow.solve(m, options: o)
                #expect(r.termination == .timeLimit)
            }
            #expect(GLPKThread.abandonedRunning.load(ordering: .relaxed) > 0)
            let tiny = try GLPKSolver().solve(TestModels.tinyMILP(), options: SolveOptions(timeLimitSeconds: 60))
            #expect(tiny.termination == .optimal)
            #expect(tiny.objective == 20)
            #expect(Self.waitForAbandonedThreads(within: 300))
            let again = try GLPKSolver().solve(m, options: SolveOptions(timeLimitSeconds: 60, startingSolution: greedy))
            #expect(again.hasFeasiblePoint)
            #expect(!again.log.contains("did not return"))
        }

        /// A stop requested while the model is still being built ends the solve before GLPK starts its LP or search
        /// (an abandoned thread therefore ends soon); the feasible starting plan comes back as interrupted.
        @Test func stopRequestedDuringTheBuildSkipsTheSolverRoutines() throws {
            let (m, greedy) = TestModels.hardKnapsack(seed: 5)
            let r = try Self.delayed(0.6, at: .beforeBuild)
                .solve(m, options: SolveOptions(timeLimitSeconds: 30, startingSolution: greedy, shouldStop: { true }))
            #expect(r.termination == .interrupted)
            #expect(r.values == greedy)
            #expect(!r.log.contains("accepted by glp_ios_heur_sol"), "glp_intopt must not have run")
            #expect(r.log.contains("returning the starting solution"))
        }

        /// A solve that returns in time is not affected by the deadline machinery.
        @Test func normalSolveIsUnchanged() throws {
            let r = try GLPKSolver().solve(TestModels.tinyMILP(), options: SolveOptions(timeLimitSeconds: 60))
            #expect(r.termination == .optimal)
            #expect(r.values == [4, 0])
            #expect(!r.log.contains("did not return"))
        }
    }
}
