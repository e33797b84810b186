import CivilCalendar
import GLPKSolver
import MILP
import ScenarioGenerator
import ScenarioModel
import Synchronization
import Testing

@testable import InspectionScheduling

/// The level search (``PlannerOptions/levelSearchNodes``): the first solve of a per-team model first looks for a plan
/// at the best objective level its LP bound allows.
@Suite struct LevelSearchPlanningTests {
    /// What the planner asked of each solve.
    struct Request: Sendable {
        var levelSearchNodes: Int?
        var step: Double?
        var started: Bool
        var nodeLimit: Int?
    }

    /// A GLPK solver that records each solve's request.
    final class Recorder: MILPSolver {
        let requests = Mutex<[Request]>([])

        func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
            let request = Request(
                levelSearchNodes: options.levelSearchNodes, step: options.stopWhenBoundWithin,
                started: options.startingSolution != nil, nodeLimit: options.nodeLimit)
            requests.withLock { $0.append(request) }
            return try GLPKSolver().solve(model, options: options)
        }
    }

    /// A small generated district: one region, two teams, per-team columns.
    static func scenario() throws -> Scenario {
        try ScenarioGenerator.generate(GeneratorOptions(units: 40, teams: 2, seed: 11))
    }

    @Test func theFirstSolveAsksForItWithTheObjectiveStep() throws {
        let recorder = Recorder()
        let plan = try InspectionPlanner.plan(
            scenario: try Self.scenario(), holidays: [], solver: recorder,
            options: PlannerOptions(timeLimitSeconds: 120))
        let requests = recorder.requests.withLock { $0 }
        let asked = requests.filter { $0.levelSearchNodes != nil }
        #expect(asked.count == 1, "the cold solve of round 0 only")
        let first = try #require(asked.first)
        #expect(first.levelSearchNodes == PlannerOptions.defaultLevelSearchNodes)
        #expect(first.step != nil, "the level grid is the objective's step")
        #expect(!first.started, "a starting plan would turn the level search off")
        #expect(plan.status == .optimal)
    }

    @Test func underAWorkLimitItKeepsItsOwnBudget() throws {
        let recorder = Recorder()
        _ = try InspectionPlanner.plan(
            scenario: try Self.scenario(), holidays: [], solver: recorder,
            options: PlannerOptions(timeLimitSeconds: 120, workLimit: 400))
        let asked = recorder.requests.withLock { $0 }.filter { $0.levelSearchNodes != nil }
        #expect(asked.count == 1)
        #expect(asked.first?.levelSearchNodes == PlannerOptions.defaultLevelSearchNodes)
        #expect(asked.first?.nodeLimit == 400)
    }

    @Test func zeroOrNilTurnsItOff() throws {
        for nodes in [0, nil] as [Int?] {
            let recorder = Recorder()
            var options = PlannerOptions(timeLimitSeconds: 120)
            options.levelSearchNodes = nodes
            _ = try InspectionPlanner.plan(
                scenario: try Self.scenario(), holidays: [], solver: recorder, options: options)
            #expect(recorder.requests.withLock { $0 }.allSatisfy { $0.levelSearchNodes == nil })
        }
    }

    /// A generated district with the default weights, planned with and without the level search: the same proven
    /// optimum, and a plan that keeps every rule. (Most generated districts are far harder to prove than this one or
    /// Thạch Hà; the shipped Thạch Hà scenarios are checked through their committed reports.)
    @Test func itKeepsTheOptimum() throws {
        let s = try Self.scenario()
        let cal = WorkingCalendar(scenario: s, holidays: [])
        var without = PlannerOptions(timeLimitSeconds: 300)
        without.levelSearchNodes = nil
        let plain = try InspectionPlanner.plan(scenario: s, holidays: [], solver: GLPKSolver(), options: without)
        let leveled = try InspectionPlanner.plan(
            scenario: s, holidays: [], solver: GLPKSolver(), options: PlannerOptions(timeLimitSeconds: 300))
        #expect(plain.status == .optimal)
        #expect(leveled.status == .optimal)
        let a = try #require(leveled.objective), b = try #require(plain.objective)
        #expect(abs(a - b) < 1e-6)
        #expect(PlanValidator.violations(leveled, scenario: s, calendar: cal) == [])
    }
}
