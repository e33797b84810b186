import Foundation
import MILP
import ScenarioGenerator
import ScenarioModel
import Synchronization
import Testing

@testable import GLPKSolver
@testable import InspectionScheduling

/// The planner under a work limit (``PlannerOptions/workLimit``): every phase is budgeted in branch-and-cut nodes, so
/// the plan does not depend on how fast the machine is.
@Suite(.serialized) struct WorkLimitTests {
    /// A GLPK solver made slow: its solve thread sleeps in the branch-and-cut callback after the first incumbent, and
    /// every solve starts late. Counts the solves that stopped at the work limit (with or without a plan).
    final class SlowSolver: MILPSolver {
        let base: GLPKSolver
        let delay: Double
        let workLimitStops = Atomic<Int>(0)

        init(delay: Double) {
            var solver = GLPKSolver()
            solver.testDelay = (delay, .afterFirstIncumbent)
            base = solver
            self.delay = delay
        }

        func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
            Thread.sleep(forTimeInterval: delay)
            let r = try base.solve(model, options: options)
            if r.termination == .workLimit || r.termination == .noFeasiblePointFound {
                workLimitStops.add(1, ordering: .relaxed)
            }
            return r
        }
    }

    /// A solver that counts the node limits it was given.
    final class LimitRecorder: MILPSolver {
        let limits = Mutex<[Int?]>([])

        func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
            limits.withLock { $0.append(options.nodeLimit) }
            return try GLPKSolver().solve(model, options: options)
        }
    }

    /// A small generated scenario with two independent regions.
    static func scenario() throws -> Scenario {
        try ScenarioGenerator.generate(GeneratorOptions(units: 60, teams: 2, seed: 5, regions: 2))
    }

    /// The options of both runs: a small work limit (so some solves stop at it) and a generous safety net.
    static let options = PlannerOptions(timeLimitSeconds: 600, workLimit: 5)

    @Test func aSlowSolverGivesTheSamePlan() throws {
        let s = try Self.scenario()
        let normal = try RegionalPlanner.planRegions(
            scenario: s, holidays: [], solver: GLPKSolver(), options: Self.options)
        let slowSolver = SlowSolver(delay: 0.3)
        let slow = try RegionalPlanner.planRegions(scenario: s, holidays: [], solver: slowSolver, options: Self.options)
        #expect(slowSolver.workLimitStops.load(ordering: .relaxed) > 0, "the work limit stopped some solve")
        #expect(normal.regions.count == 2)
        #expect(slow.plan.status == normal.plan.status)
        #expect(slow.plan.objective == normal.plan.objective)
        #expect(slow.plan.bound == normal.plan.bound)
        #expect(slow.plan.inspections == normal.plan.inspections)
        #expect(slow.plan.notes == normal.plan.notes)
        #expect(slow.plan.model == normal.plan.model)
        #expect(normal.plan.status == .optimal || normal.plan.status == .feasible)
    }

    @Test func everySolveGetsTheWorkLimit() throws {
        let s = try Self.scenario()
        let recorder = LimitRecorder()
        let outcome = try RegionalPlanner.planRegions(
            scenario: s, holidays: [], solver: recorder, options: Self.options)
        let limits = recorder.limits.withLock { $0 }
        #expect(!limits.isEmpty)
        #expect(limits.allSatisfy { $0 == 5 })
        #expect(limits.count == outcome.plan.model.solves)
    }

    @Test func aPlanStoppedByTheWorkLimitSaysSo() throws {
        // One node: every solve stops at its first callback, so the plan is the best starting plan.
        let s = try Self.scenario()
        let part = try #require(s.regionParts()?.first)
        let options = PlannerOptions(timeLimitSeconds: 600, workLimit: 1)
        let plan = try InspectionPlanner.plan(scenario: part, holidays: [], solver: GLPKSolver(), options: options)
        #expect(plan.notes.contains(InspectionPlanner.workLimitNote(nodes: 1)))
        #expect(plan.status == .optimal || plan.status == .feasible)
        #expect(!plan.inspections.isEmpty)
        if plan.status == .optimal {
            #expect(plan.gap == 0, "optimal only with a proof")
        } else {
            #expect((plan.gap ?? 0) > 0)
        }
    }
}
