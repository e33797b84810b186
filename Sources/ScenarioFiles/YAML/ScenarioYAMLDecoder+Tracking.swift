import CivilCalendar
import Foundation

/// What `tracking:` declares: the indicators file and the due date of the units' own plans.
struct TrackingDeclaration {
    var indicators: ScenarioDeclaration.FileReference?
    var selfPlanDue: CivilDate?
    var selfPlanDueOrigin: YAMLOrigin?
}

extension ScenarioYAMLDecoder {
    static let trackingKeys = ["indicators", "self_plan_due"]

    /// Decodes `tracking: {indicators: FILE, self_plan_due: DATE}`.
    func decodeTracking(_ value: YAMLValue) -> TrackingDeclaration? {
        guard let pairs = fields.map(value, "tracking", allowed: Self.trackingKeys) else { return nil }
        let get = { (key: String) in pairs.last { $0.key == key }?.value }
        var declaration = TrackingDeclaration()
        if let file = get("indicators") {
            declaration.indicators = tableReference(file, "tracking.indicators", role: "tracking.indicators")
        }
        if let due = get("self_plan_due") {
            declaration.selfPlanDue = fields.date(due, "tracking.self_plan_due")
            declaration.selfPlanDueOrigin = due.origin
        }
        return declaration
    }
}
