import Foundation
import ScenarioModel
import Staffing

/// The files `cchc staffing` writes, rendered as strings (the CLI only writes them).
public enum StaffingReportFiles {
    /// `staffing-check.md`, `staffing-projection.csv` and `reduction-plan.md`, in that order.
    ///
    /// - Parameters:
    ///   - report: The analysis.
    ///   - scenario: The scenario (unit names).
    ///   - language: Vietnamese (default for users) or English.
    /// - Returns: `(file name, contents)` pairs.
    public static func render(_ report: StaffingReport, scenario: Scenario, language: ReportLanguage) -> [(name: String, text: String)] {
        [
            ("staffing-check.md", StaffingCheckMarkdown.render(report, scenario: scenario, language: language)),
            ("staffing-projection.csv", StaffingProjectionCSV.render(report, scenario: scenario, language: language)),
            ("reduction-plan.md", ReductionPlanMarkdown.render(report, scenario: scenario, language: language)),
        ]
    }

    /// The `--json` output: the report with sorted keys, pretty-printed, slashes unescaped, ending in a newline.
    ///
    /// - Throws: `EncodingError` if a value cannot be encoded (non-finite numbers).
    public static func json(_ report: StaffingReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
