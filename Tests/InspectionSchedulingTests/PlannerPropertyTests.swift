import CivilCalendar
import Foundation
import GLPKSolver
import InspectionScheduling
import MILP
import PlanningTestSupport
import ScenarioModel
import Testing

/// The planner's headline claim, checked independently: on tiny seeded scenarios, the plan GLPK proves optimal is as
/// good as the best calendar found by trying them all, where "lawful" and "as good" are decided by
/// ``IndependentPlanChecker`` (written from the format contract, sharing no code with the scheduler) on the plan's
/// JSON.
@Suite struct PlannerPropertyTests {
    static let seeds = Array(1...96)

    @Test(arguments: seeds)
    func optimumEqualsTheExhaustiveOptimum(seed: Int) throws {
        let case_ = propertyScenario(seed: seed)
        let s = case_.scenario
        let checker = IndependentPlanChecker(scenario: s, holidays: case_.holidays)
        let plan = try RegionalPlanner.plan(
            scenario: s, holidays: case_.holidays, solver: GLPKSolver(), options: PlannerOptions(timeLimitSeconds: 60))
        let document = try CheckedPlan.decode(json: JSONEncoder().encode(plan))
        let search = ExhaustiveInspectionSearch(checker: checker)
        guard
            let optima = search.optima([{ checker.measure($0).value }, { checker.measure($0, byRegion: false).value }])
        else {
            #expect(
                document.status == "infeasible",
                "seed \(seed): no lawful calendar exists, the plan says \(document.status)")
            #expect(checker.violations(of: document, checkCoverage: false) == [], "seed \(seed)")
            return
        }
        let best = optima[0].value
        expectProvenOrHonest(document, optimum: best, seed: seed, bundling: s.inspection.objective.bundling)
        // Three measures of the plan and the exhaustive optimum all agree: the MILP's own objective, the terms the
        // planner measured on its calendar, and the checker's measure of the calendar it printed.
        let mine = checker.measure(document.inspections)
        let w = s.inspection.objective
        let t = document.objectiveTerms
        let reported =
            w.priority * t.prioritySum - w.balance * (t.teamSpread + t.monthSpread) + w.bundling
            * Double(t.bundledPairs)
        #expect(abs(mine.value - best) < 1e-6, "seed \(seed): plan \(mine) vs exhaustive \(best) \(optima[0].visits)")
        #expect(
            abs((document.objective ?? .nan) - best) < 1e-6,
            "seed \(seed): MILP objective \(document.objective ?? .nan)")
        #expect(abs(reported - best) < 1e-6, "seed \(seed): terms \(t) give \(reported), exhaustive \(best)")
        #expect(
            abs(t.prioritySum - mine.prioritySum) < 1e-9 && t.bundledPairs == mine.pairs,
            "seed \(seed): \(t) vs \(mine)")
        #expect(
            abs(t.teamSpread - mine.teamSpread) < 1e-9 && abs(t.monthSpread - mine.monthSpread) < 1e-9, "seed \(seed)")
        // A region-split scenario planned as one model is optimal for the whole-scenario objective.
        if checker.splitsIntoRegions {
            let single = try InspectionPlanner.plan(
                scenario: s, holidays: case_.holidays, solver: GLPKSolver(),
                options: PlannerOptions(timeLimitSeconds: 60))
            let whole = try CheckedPlan.decode(json: JSONEncoder().encode(single))
            expectProvenOrHonest(whole, optimum: optima[1].value, seed: seed, bundling: s.inspection.objective.bundling)
            #expect(checker.violations(of: whole) == [], "seed \(seed)")
            #expect(
                abs((whole.objective ?? .nan) - optima[1].value) < 1e-6,
                "seed \(seed): one model \(whole.objective ?? .nan)")
            #expect(
                abs(checker.measure(whole.inspections, byRegion: false).value - optima[1].value) < 1e-6, "seed \(seed)")
        }
    }

    /// The plan is proven optimal, or else honestly "feasible" with a bound at least the optimum.
    ///
    /// The proof can be missing although the value is the optimum: the planner's aggregated model may count bundled
    /// pairs that no placement of the days achieves, and its bound then stays above the optimum. The known issue
    /// records each seed where that happens, so the count stays visible in every run.
    /// Without the bundling term nothing is aggregated that the placement can miss, so the proof is required.
    func expectProvenOrHonest(_ plan: CheckedPlan, optimum: Double, seed: Int, bundling: Double) {
        guard bundling > 0 else {
            #expect(plan.status == "optimal", "seed \(seed): \(plan.status), no bundling")
            return
        }
        #expect(plan.status == "optimal" || plan.status == "feasible", "seed \(seed): \(plan.status)")
        #expect(
            (plan.bound ?? .infinity) >= optimum - 1e-6, "seed \(seed): bound \(plan.bound ?? .nan) below \(optimum)")
        withKnownIssue(
            "optimal plan not proven optimal (aggregated pair count above the placed calendar's)", isIntermittent: true
        ) {
            #expect(
                plan.status == "optimal",
                "seed \(seed): \(plan.status), bound \(plan.bound ?? .nan), optimum \(optimum)")
        }
    }

    /// The seeds cover every feature the property is meant to exercise, several times each.
    @Test func seedsCoverEveryFeature() {
        var counts: [String: Int] = [:]
        for seed in Self.seeds {
            let c = propertyScenario(seed: seed)
            let s = c.scenario
            let checker = IndependentPlanChecker(scenario: s, holidays: c.holidays)
            func count(_ feature: String, _ present: Bool) { if present { counts[feature, default: 0] += 1 } }
            count("independent regions", checker.splitsIntoRegions)
            count("regions that do not split", !s.regions.isEmpty && !checker.splitsIntoRegions)
            count("multi-day inspection", s.units.contains { (checker.duration(of: $0) ?? 0) > 1 })
            count("rotation due", s.units.contains { !$0.mustInspect && checker.mustInspect($0) })
            count(
                "holiday in the season", c.holidays.contains { d in s.inspection.season.map { $0.contains(d) } ?? true }
            )
            count("blackout", !s.inspection.blackouts.isEmpty)
            count("pin", !s.pins.isEmpty)
            count("unavailability", !s.unavailability.isEmpty)
            count(
                "excluded units", s.units.contains(where: \.exclude) || s.teams.contains { !$0.excludedUnits.isEmpty })
            count("bundling", s.inspection.objective.bundling > 0)
            count("balance", s.inspection.objective.balance > 0)
            count("priority weight other than 1", s.inspection.objective.priority != 1)
            count("a kind of the scenario's own", s.units.contains { !UnitKind.builtIn.contains($0.kind) })
            count("two weeks", checker.workingDays.count > 5)
            count("across a month end", Set(checker.workingDays.map(\.month)).count > 1)
            // What the exhaustive optimum looks like: the property must see both outcomes and the rich terms.
            let best = ExhaustiveInspectionSearch(checker: checker).optima([{ checker.measure($0).value }])?.first
            count("no lawful calendar", best == nil)
            count("independent regions with a lawful calendar", best != nil && checker.splitsIntoRegions)
            count("bundled pairs in the optimum", best.map { checker.measure($0.visits).pairs > 0 } ?? false)
            count("multi-day inspection in the optimum", best?.visits.contains { $0.dates.count > 1 } ?? false)
        }
        #expect(counts.count == 19, "\(counts)")
        for (feature, n) in counts { #expect(n >= 5, "\(feature): \(n) seeds") }
    }
}
