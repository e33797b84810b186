import CivilCalendar
import Foundation
import GLPKSolver
import InspectionScheduling
import MILP
import ScenarioModel
import Testing

@Suite(.enabled(if: GlpsolSolver.isAvailable)) struct ThachHaScaleTests {
    @Test func thachHaLikeSolvesAndKeepsEveryRule() throws {
        let s = thachHaLike()
        let cal = WorkingCalendar(scenario: s, holidays: holidays2026)
        let plan = try InspectionPlanner.plan(scenario: s, holidays: holidays2026, solver: GLPKSolver(), options: PlannerOptions(timeLimitSeconds: 60))
        print("THACHHA status=\(plan.status) obj=\(plan.objective ?? .nan) bound=\(plan.bound ?? .nan) gap=\(plan.gap ?? .nan) model=\(plan.model) timings=\(plan.timings) terms=\(plan.objectiveTerms) n=\(plan.inspections.count)")
        #expect(PlanValidator.violations(plan, scenario: s, calendar: cal) == [])
        #expect(plan.status == .optimal || plan.status == .feasible)
        #expect(plan.targets.allSatisfy { $0.isMet })
    }
}
