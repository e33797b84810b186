import Foundation
import Staffing

/// Renders a staffing report as the JSON object `cchc staffing --json` prints: keys sorted, so equal reports give
/// equal text.
public enum StaffingReportJSON {
    /// Renders the report as pretty-printed JSON with sorted keys.
    public static func render(_ report: StaffingReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
