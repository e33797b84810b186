import CivilCalendar
import Foundation
import GLPKSolver
import InspectionScheduling
import MILP
import ScenarioModel
import Testing

/// The Thạch-Hà-like district (130 units, 3 teams, 39 season weeks) with the real GLPK backend. Prints the model size
/// and timings; asserts every hard rule and every target, and honest status.
@Suite struct ThachHaScaleTests {
    @Test(arguments: [
        ObjectiveWeights(priority: 1, balance: 0, bundling: 0),
        ObjectiveWeights(priority: 1, balance: 0.1, bundling: 0),
        ObjectiveWeights(),
    ])
    func thachHaLikeKeepsEveryRule(weights: ObjectiveWeights) throws {
        var s = thachHaLike()
        s.inspection.objective = weights
        let cal = WorkingCalendar(scenario: s, holidays: holidays2026)
        // The priority-only objective is expected proven optimal, so its limit is a generous upper bound only; the
        // others keep the plan found within 20 s, whose status may be either.
        let priorityOnly = weights.balance == 0 && weights.bundling == 0
        let plan = try InspectionPlanner.plan(
            scenario: s, holidays: holidays2026, solver: GLPKSolver(),
            options: PlannerOptions(timeLimitSeconds: priorityOnly ? 600 : 20))
        print(
            "THACHHA weights=\(weights.priority)/\(weights.balance)/\(weights.bundling) status=\(plan.status) obj=\(plan.objective ?? .nan) bound=\(plan.bound ?? .nan) gap=\(plan.gap ?? .nan) model=\(plan.model) timings=\(plan.timings) terms=\(plan.objectiveTerms)"
        )
        #expect(PlanValidator.violations(plan, scenario: s, calendar: cal) == [])
        #expect(plan.status == .optimal || plan.status == .feasible)
        #expect(plan.status != .optimal || plan.gap == 0)
        #expect(plan.targets.allSatisfy { $0.isMet })
        if priorityOnly { #expect(plan.status == .optimal) }
    }
}
