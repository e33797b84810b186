import CivilCalendar
import Foundation
import InspectionScheduling

/// Reads a previous `inspection-calendar.csv` (as written by `cchc schedule`) for re-planning.
///
/// Only the columns `date`, `team`, `unit` and `days` are needed; the rest (names, weekday, session) are ignored,
/// so a calendar edited in Excel (re-saved as CSV UTF-8) still reads.
public enum PreviousPlanReader {
    /// Reads the previous plan's inspections.
    ///
    /// - Parameter url: The CSV file.
    /// - Returns: The inspections, in file order.
    /// - Throws: `ScenarioError` naming the file, line and column of every problem.
    public static func read(_ url: URL) throws -> [PlannedInspection] {
        let file = url.path
        let issues = IssueCollector(limit: 50)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ScenarioError(issues: [
                ScenarioIssue(
                    file: file,
                    message: t("Không tìm thấy tệp lịch trước.", "The previous calendar file does not exist."),
                    hint: t("Kiểm tra đường dẫn của --previous.", "Check the --previous path."), category: .missingFile)
            ])
        }
        let text: String
        switch TextFileDecoder.decode(data, file: file) {
        case .success(let decoded): text = decoded
        case .failure(let issue): throw ScenarioError(issues: [issue])
        }
        guard let table = CSVReader.parse(text, file: file, issues: issues) else { throw issues.error() }
        let reader = TableReader(table: table, issues: issues)
        guard reader.requireColumns(["date", "team", "unit", "days"]) else { throw issues.error() }
        var result: [PlannedInspection] = []
        for row in table.rows {
            let date = reader.parse(row, "date", required: true, ValueParsing.date)
            let team = reader.required(row, "team")
            let unit = reader.required(row, "unit")
            let days = reader.parse(row, "days", required: true, ValueParsing.number)
            if let days, days <= 0 || (days * 2).rounded() != days * 2 {
                reader.report(
                    row, "days", t("Số ngày phải là bội dương của 0,5.", "Days must be a positive multiple of 0.5."))
                continue
            }
            guard let date, let team, let unit, let days else { continue }
            result.append(PlannedInspection(unit: unit, team: team, date: date, days: days))
        }
        if !issues.issues.isEmpty { throw issues.error() }
        return result
    }
}
