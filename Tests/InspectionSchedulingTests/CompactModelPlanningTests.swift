import CivilCalendar
import GLPKSolver
import MILP
import ScenarioModel
import Synchronization
import Testing

@testable import InspectionScheduling

/// The compact model (``ScheduleModelBuilder/compactLinks``, ``PlannerOptions/compactFirst``): aggregated bundling
/// rows with their cut families, tried by the first solve's level search before the full model.
@Suite struct CompactModelPlanningTests {
    /// What the planner asked of each solve, and of which model.
    struct Request: Sendable {
        var levelSearchNodes: Int?
        var levelSearchOnly: Bool
        var cutFamilies: Int
        var rows: Int
        var termination: TerminationStatus
    }

    /// A GLPK solver that records each solve.
    final class Recorder: MILPSolver {
        let requests = Mutex<[Request]>([])

        func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
            let r = try GLPKSolver().solve(model, options: options)
            let request = Request(
                levelSearchNodes: options.levelSearchNodes, levelSearchOnly: options.levelSearchOnly,
                cutFamilies: model.minimumSumCuts.count, rows: model.constraints.count, termination: r.termination)
            requests.withLock { $0.append(request) }
            return r
        }
    }

    /// The Thạch-Hà-like district with the bundling weight of the shipped scenarios.
    static func district() -> Scenario {
        var s = thachHaLike()
        s.inspection.objective.bundling = 0.05
        return s
    }

    static func models(_ s: Scenario) -> (full: ScheduleModel, compact: ScheduleModel) {
        let cal = WorkingCalendar(scenario: s, holidays: [])
        var builder = ScheduleModelBuilder(scenario: s, calendar: cal)
        let full = builder.build()
        builder.compactLinks = true
        return (full, builder.build())
    }

    /// The compact model has the full model's candidate columns, a cut family per bundle and no link columns; the
    /// links' rows go.
    @Test func theCompactModelReplacesTheLinksByCutFamilies() throws {
        var s = Self.district()
        s.inspection.durationDays[.centre] = 0.5
        let (full, compact) = Self.models(s)
        #expect(compact.candidates.count == full.candidates.count)
        #expect(full.model.minimumSumCuts.isEmpty && full.model.variables.contains { $0.name.hasPrefix("link_") })
        #expect(!compact.bundles.isEmpty && compact.model.minimumSumCuts.count == compact.bundles.count)
        #expect(!compact.model.variables.contains { $0.name.hasPrefix("link_") })
        #expect(compact.model.constraints.count * 2 < full.model.constraints.count)
    }

    /// A unit beside its commune that takes a whole day keeps its bundle's disaggregated links (the aggregated rows
    /// are exact for half-day units only).
    @Test func aWholeDayUnitBesideItsCommuneKeepsTheLinks() throws {
        var s = Self.district()
        s.inspection.durationDays[.centre] = 1
        // Centres beside the first eleven communes only.
        for i in s.units.indices where s.units[i].kind == .centre && s.units[i].code > "C11" {
            s.units[i].commune = nil
        }
        let (_, compact) = Self.models(s)
        #expect(!compact.model.minimumSumCuts.isEmpty)
        #expect(compact.model.minimumSumCuts.count < compact.bundles.count)
        #expect(compact.model.variables.contains { $0.name.hasPrefix("link_") })
    }

    /// The level-search requests of a plan of property scenario `seed`, and the plan.
    static func planned(seed: Int, levelSearchNodes: Int? = PlannerOptions.defaultLevelSearchNodes) throws
        -> (requests: [Request], plan: InspectionPlan, reference: InspectionPlan, scenario: PropertyScenario)
    {
        let c = propertyScenario(seed: seed)
        let recorder = Recorder()
        var options = PlannerOptions(timeLimitSeconds: 120)
        options.levelSearchNodes = levelSearchNodes
        let plan = try InspectionPlanner.plan(
            scenario: c.scenario, holidays: c.holidays, solver: recorder, options: options)
        var without = PlannerOptions(timeLimitSeconds: 120)
        without.compactFirst = false
        let reference = try InspectionPlanner.plan(
            scenario: c.scenario, holidays: c.holidays, solver: GLPKSolver(), options: without)
        return (recorder.requests.withLock { $0 }.filter { $0.levelSearchNodes != nil }, plan, reference, c)
    }

    /// Where the compact model settles the first solve, its plan is kept: one level search, on the compact model,
    /// the plan reports that model, and it is the plan without the compact model's optimum.
    @Test func theFirstSolveTriesTheCompactModelAndKeepsItsProvenPlan() throws {
        var kept = 0
        for seed in 0..<24 {
            let (asked, plan, reference, c) = try Self.planned(seed: seed)
            guard let first = asked.first, first.cutFamilies > 0 else { continue }
            #expect(first.levelSearchOnly, "seed \(seed)")
            guard first.termination != .interrupted else { continue }
            kept += 1
            #expect(asked.count == 1, "seed \(seed): settled by the compact model")
            #expect(plan.status == reference.status, "seed \(seed): \(plan.status) against \(reference.status)")
            #expect(plan.model.constraints == first.rows, "seed \(seed): the plan reports the model it came from")
            #expect(abs((plan.objective ?? 0) - (reference.objective ?? 1)) < 1e-6, "seed \(seed)")
            #expect(
                try independentViolations(plan, c.scenario, holidays: c.holidays)
                    == independentViolations(reference, c.scenario, holidays: c.holidays), "seed \(seed)")
        }
        #expect(kept >= 3, "\(kept) seeds settled by the compact model")
    }

    /// With a level search of one node the compact model often cannot settle: the full model follows, as without
    /// it, and proves the same optimum.
    @Test func whenTheCompactModelDoesNotSettleTheFullModelFollows() throws {
        var followed = 0
        for seed in 0..<24 {
            let (asked, plan, reference, _) = try Self.planned(seed: seed, levelSearchNodes: 1)
            guard let first = asked.first, first.cutFamilies > 0, first.termination == .interrupted else { continue }
            followed += 1
            #expect(asked.count == 2, "seed \(seed)")
            #expect(asked.last?.levelSearchOnly == false && asked.last?.cutFamilies == 0, "seed \(seed)")
            #expect(plan.status == reference.status, "seed \(seed)")
            if plan.status == .optimal {
                #expect(abs((plan.objective ?? 0) - (reference.objective ?? 1)) < 1e-6, "seed \(seed)")
            }
        }
        #expect(followed >= 1, "no seed left the compact model undecided")
    }

    /// The property scenarios with bundling, planned with and without the compact model: the same optimum, and
    /// plans that keep every rule.
    @Test(arguments: 0..<24)
    func withAndWithoutTheCompactModelTheSameOptimum(seed: Int) throws {
        let c = propertyScenario(seed: seed)
        guard c.scenario.inspection.objective.bundling > 0 else { return }
        var without = PlannerOptions(timeLimitSeconds: 120)
        without.compactFirst = false
        let plain = try InspectionPlanner.plan(
            scenario: c.scenario, holidays: c.holidays, solver: GLPKSolver(), options: without)
        let compact = try InspectionPlanner.plan(
            scenario: c.scenario, holidays: c.holidays, solver: GLPKSolver(),
            options: PlannerOptions(timeLimitSeconds: 120))
        #expect(plain.status == compact.status, "seed \(seed)")
        if let a = compact.objective, let b = plain.objective, plain.status == .optimal {
            #expect(abs(a - b) < 1e-6, "seed \(seed): \(a) against \(b)")
        }
        #expect(
            try independentViolations(compact, c.scenario, holidays: c.holidays)
                == independentViolations(plain, c.scenario, holidays: c.holidays), "seed \(seed)")
    }
}
