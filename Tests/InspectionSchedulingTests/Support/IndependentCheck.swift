import CivilCalendar
import Foundation
import InspectionScheduling
import PlanningTestSupport
import ScenarioModel

/// The hard-rule violations the independent checker finds in a plan's JSON (as `cchc schedule --json` prints it).
func independentViolations(
    _ plan: InspectionPlan, _ s: Scenario, holidays: [CivilDate] = [], checkCoverage: Bool = true
) throws -> [String] {
    let document = try CheckedPlan.decode(json: JSONEncoder().encode(plan))
    return IndependentPlanChecker(scenario: s, holidays: holidays).violations(
        of: document, checkCoverage: checkCoverage)
}
