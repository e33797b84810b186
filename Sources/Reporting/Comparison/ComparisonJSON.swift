import Foundation

/// Renders a comparison as the one JSON object `cchc compare --json` prints: keys sorted, so equal comparisons give
/// equal text.
public enum ComparisonJSON {
    /// Renders the comparison as pretty-printed JSON with sorted keys.
    public static func render(_ comparison: ScenarioComparison) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(comparison), as: UTF8.self)
    }
}
