import Foundation
import InspectionScheduling

/// Renders a plan as the JSON object `cchc schedule --json` prints: keys sorted, so equal plans give equal text.
public enum InspectionPlanJSON {
    /// Renders the plan as pretty-printed JSON with sorted keys.
    public static func render(_ plan: InspectionPlan) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(plan), as: UTF8.self)
    }
}
