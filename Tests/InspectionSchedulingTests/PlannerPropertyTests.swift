import CivilCalendar
import InspectionScheduling
import MILP
import ScenarioModel
import Testing

@Suite(.enabled(if: GlpsolSolver.isAvailable)) struct PlannerPropertyTests {
    @Test(arguments: 1...40)
    func matchesExhaustiveSearchOnTinyScenarios(seed: Int) throws {
        let s = randomScenario(seed: UInt64(seed))
        let cal = WorkingCalendar(scenario: s, holidays: [])
        let plan = try InspectionPlanner.plan(scenario: s, holidays: [], solver: GlpsolSolver())
        let brute = bruteForceOptimum(s)
        if let brute {
            #expect(plan.status == .optimal, "seed \(seed): \(plan.status) \(plan.unmet.map(\.kind))")
            #expect(PlanValidator.violations(plan, scenario: s, calendar: cal) == [], "seed \(seed)")
            #expect(plan.targets.allSatisfy { $0.isMet })
            let measured = ScheduleObjective.value(plan.objectiveTerms, priority: 1, balance: s.inspection.objective.balance, bundling: 0)
            #expect(abs(measured - brute.objective) < 1e-6, "seed \(seed): plan \(measured) vs exhaustive \(brute.objective); \(plan.inspections) vs \(brute.plan)")
            #expect(abs((plan.objective ?? .nan) - brute.objective) < 1e-6, "seed \(seed): model objective \(plan.objective ?? .nan)")
        } else {
            #expect(plan.status == .infeasible, "seed \(seed): \(plan.status)")
            #expect(!plan.unmet.isEmpty)
            #expect(PlanValidator.violations(plan, scenario: s, calendar: cal, checkTargets: false) == [], "seed \(seed)")
        }
    }
}
