/// Typed access to the cells of a CSV table, reporting every problem with its row, line, column and name.
struct TableReader {
    let table: CSVTable
    let issues: IssueCollector

    /// Reports each required column missing from the header; returns whether all are present.
    func requireColumns(_ names: [String], orOneOf alternatives: [String] = []) -> Bool {
        var ok = true
        for name in names where table.columnIndex(name) == nil {
            ok = false
            let suggestion = EditDistance.suggestion(for: name, among: table.header.filter { !$0.isEmpty })
            issues.add(ScenarioIssue(
                file: table.file, line: 1, field: name,
                message: t("Thiếu cột bắt buộc `\(name)`.", "The required column `\(name)` is missing."),
                hint: suggestion.map { t("Cột `\($0)` có phải là `\(name)` không? Đổi tên tiêu đề cho đúng.",
                                         "Is the column `\($0)` meant to be `\(name)`? Rename the header.") }
                    ?? t("Thêm cột `\(name)` vào dòng tiêu đề.", "Add a `\(name)` column to the header row.")))
        }
        if !alternatives.isEmpty, !alternatives.contains(where: { table.columnIndex($0) != nil }) {
            ok = false
            let names = alternatives.map { "`\($0)`" }.joined(separator: " / ")
            issues.add(ScenarioIssue(
                file: table.file, line: 1, field: alternatives.joined(separator: "/"),
                message: t("Cần một trong các cột \(names).", "One of the columns \(names) is needed."),
                hint: t("Thêm cột vào dòng tiêu đề.", "Add the column to the header row.")))
        }
        return ok
    }

    /// The trimmed text of a cell, or `nil` when the column is absent or the cell empty.
    func text(_ row: CSVTable.Row, _ column: String) -> String? {
        guard let index = table.columnIndex(column), index < row.fields.count else { return nil }
        let value = row.fields[index].value.trimmedCell
        return value.isEmpty ? nil : value
    }

    /// The text of a required cell; reports it when empty.
    func required(_ row: CSVTable.Row, _ column: String) -> String? {
        if let value = text(row, column) { return value }
        report(row, column, t("Ô `\(column)` bắt buộc nhưng đang trống.", "The `\(column)` cell is required but empty."),
               t("Điền giá trị cho cột `\(column)`.", "Fill in the `\(column)` column."))
        return nil
    }

    /// Parses a cell; `nil` when empty (reported if `required`) or invalid (reported).
    func parse<T>(
        _ row: CSVTable.Row, _ column: String, required: Bool = false, _ parser: (String) -> Result<T, ValueParsing.Failure>
    ) -> T? {
        guard let raw = required ? self.required(row, column) : text(row, column) else { return nil }
        switch parser(raw) {
        case .success(let value): return value
        case .failure(let failure):
            report(row, column, failure.message, failure.hint)
            return nil
        }
    }

    /// Reports a problem with a cell.
    func report(_ row: CSVTable.Row, _ column: String, _ message: LocalizedText, _ hint: LocalizedText? = nil) {
        issues.add(issue(row, column, message, hint))
    }

    /// An issue located at a cell (or at the row when the column is absent).
    func issue(_ row: CSVTable.Row, _ column: String, _ message: LocalizedText, _ hint: LocalizedText?) -> ScenarioIssue {
        let field = table.columnIndex(column).flatMap { $0 < row.fields.count ? row.fields[$0] : nil }
        return ScenarioIssue(
            file: table.file, line: field?.line ?? row.line, column: field?.column, field: column, row: row.number,
            message: message, hint: hint)
    }
}

import Foundation
import Localization
