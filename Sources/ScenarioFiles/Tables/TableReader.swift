import CivilCalendar
import Foundation
import Localization

/// Typed access to the cells of a table (CSV or workbook sheet), reporting every problem with its row, place
/// (line:column or sheet!cell) and column name. Columns are looked up by their canonical English names; a
/// Vietnamese header (`Ngày sinh`) is found as its canonical column (`birth_date`).
struct TableReader {
    let table: CSVTable
    let issues: IssueCollector
    /// The conventions met in this file (date style, decimal separator), reported by `cchc validate`.
    let conventions: ConventionTracker

    /// A reader without column aliases (e.g. a calendar the tool wrote itself).
    init(table: CSVTable, issues: IssueCollector, conventions: ConventionTracker? = nil) {
        self.table = table
        self.issues = issues
        self.conventions =
            conventions
            ?? ConventionTracker(
                DetectedConventions(
                    role: "", file: table.file, format: table.sheet.map { .xlsx(sheet: $0) } ?? .csv,
                    delimiter: table.delimiter))
    }

    /// A reader whose columns may be named in Vietnamese for the table role (`units`, `staff`, …). Reports two
    /// headers that name the same column.
    init(table: CSVTable, role: String, issues: IssueCollector, conventions: ConventionTracker) {
        var table = table
        table.resolveColumns(ColumnAliases.lookup(role: role))
        self.init(table: table, issues: issues, conventions: conventions)
        var seen: [String: Int] = [:]
        var renamed: [String: String] = [:]
        for index in table.header.indices where !table.header[index].isEmpty {
            let canonical = table.canonicalName(at: index)
            if canonical != table.header[index] { renamed[table.header[index]] = canonical }
            guard let first = seen[canonical] else {
                seen[canonical] = index
                continue
            }
            if table.header[first] == table.header[index] && table.sheet == nil { continue }  // the CSV reader said so
            issues.add(
                make(
                    line: table.headerLine, column: index + 1, field: canonical,
                    message: t(
                        "Cột `\(table.header[first])` và `\(table.header[index])` cùng là cột `\(canonical)`.",
                        "The columns `\(table.header[first])` and `\(table.header[index])` both mean `\(canonical)`."),
                    hint: t("Xóa hoặc đổi tên một trong hai cột.", "Delete or rename one of them.")))
        }
        conventions.noteRenamedColumns(renamed)
    }

    /// Reports each required column missing from the header; returns whether all are present.
    func requireColumns(_ names: [String], orOneOf alternatives: [String] = []) -> Bool {
        var ok = true
        let role = conventions.conventions.role
        for name in names where table.columnIndex(name) == nil {
            ok = false
            let suggestion = EditDistance.suggestion(for: name, among: table.header.filter { !$0.isEmpty })
            let vietnamese = ColumnAliases.vietnameseName(name, role: role)
            let spelled = vietnamese.map { "`\(name)` (\($0))" } ?? "`\(name)`"
            issues.add(
                make(
                    line: table.headerLine, field: name,
                    message: t("Thiếu cột bắt buộc \(spelled).", "The required column \(spelled) is missing."),
                    hint: suggestion.map {
                        t(
                            "Cột `\($0)` có phải là `\(name)` không? Đổi tên tiêu đề cho đúng.",
                            "Is the column `\($0)` meant to be `\(name)`? Rename the header.")
                    }
                        ?? t(
                            "Thêm cột \(spelled) vào dòng tiêu đề (tên tiếng Việt hoặc tiếng Anh đều được).",
                            "Add a \(spelled) column to the header row (the Vietnamese or English name).")))
        }
        if !alternatives.isEmpty, !alternatives.contains(where: { table.columnIndex($0) != nil }) {
            ok = false
            let names = alternatives.map { "`\($0)`" }.joined(separator: " / ")
            issues.add(
                make(
                    line: table.headerLine, field: alternatives.joined(separator: "/"),
                    message: t("Cần một trong các cột \(names).", "One of the columns \(names) is needed."),
                    hint: t("Thêm cột vào dòng tiêu đề.", "Add the column to the header row.")))
        }
        return ok
    }

    /// The field of a cell, if the column is present.
    func field(_ row: CSVTable.Row, _ column: String) -> CSVTable.Field? {
        guard let index = table.columnIndex(column), index < row.fields.count else { return nil }
        return row.fields[index]
    }

    /// The trimmed text of a cell, or `nil` when the column is absent or the cell empty.
    func text(_ row: CSVTable.Row, _ column: String) -> String? {
        guard let field = field(row, column) else { return nil }
        let value = field.value.trimmedCell
        return value.isEmpty ? nil : value
    }

    /// The text of a required cell; reports it when empty.
    func required(_ row: CSVTable.Row, _ column: String) -> String? {
        if let value = text(row, column) { return value }
        let name = table.writtenName(column)
        report(
            row, column, t("Ô `\(name)` bắt buộc nhưng đang trống.", "The `\(name)` cell is required but empty."),
            t("Điền giá trị cho cột `\(name)`.", "Fill in the `\(name)` column."))
        return nil
    }

    /// Parses a cell; `nil` when empty (reported if `required`) or invalid (reported).
    func parse<T>(
        _ row: CSVTable.Row, _ column: String, required: Bool = false,
        _ parser: (String) -> Result<T, ValueParsing.Failure>
    ) -> T? {
        guard let raw = required ? self.required(row, column) : text(row, column) else { return nil }
        switch parser(raw) {
        case .success(let value): return value
        case .failure(let failure):
            report(row, column, failure.message, failure.hint)
            return nil
        }
    }

    /// A date cell: a workbook date, `YYYY-MM-DD` or `dd/mm/yyyy`. Notes the style; a file mixing styles is
    /// reported at the first cell of the second style.
    func date(_ row: CSVTable.Row, _ column: String, required: Bool = false) -> CivilDate? {
        guard let parsed = parse(row, column, required: required, ValueParsing.spreadsheetDate),
            let field = field(row, column)
        else { return nil }
        let style: DetectedConventions.DateStyle = field.typed ? .excelDate : parsed.1
        if let failure = conventions.noteDate(style, at: place(field, row)) {
            report(row, column, failure.message, failure.hint)
            return nil
        }
        return parsed.0
    }

    /// A number cell. A decimal comma is read where it cannot be a column separator: in a `;`-separated file, in
    /// a quoted cell of a `,`-separated file, or in a text cell of a workbook.
    func number(_ row: CSVTable.Row, _ column: String, required: Bool = false) -> Double? {
        guard let field = field(row, column) else {
            return parse(row, column, required: required, ValueParsing.number)
        }
        let commaAllowed = table.delimiter == ";" || table.delimiter == nil || field.quoted
        guard
            let parsed = parse(
                row, column, required: required,
                {
                    ValueParsing.spreadsheetNumber($0, decimalComma: commaAllowed)
                })
        else { return nil }
        if let separator = parsed.1, !field.typed,
            let failure = conventions.noteDecimal(separator, quoted: field.quoted, at: place(field, row))
        {
            report(row, column, failure.message, failure.hint)
            return nil
        }
        return parsed.0
    }

    /// Reports a problem with a cell.
    func report(_ row: CSVTable.Row, _ column: String, _ message: LocalizedText, _ hint: LocalizedText? = nil) {
        issues.add(issue(row, column, message, hint))
    }

    /// An issue located at a cell (or at the row when the column is absent).
    func issue(_ row: CSVTable.Row, _ column: String, _ message: LocalizedText, _ hint: LocalizedText?) -> ScenarioIssue
    {
        let field = field(row, column)
        var issue = make(
            line: field?.line ?? row.line, column: field?.column, field: table.writtenName(column),
            row: row.number, message: message, hint: hint)
        if table.sheet != nil { issue.cell = field?.cell ?? "A\(row.line)" }
        return issue
    }

    /// An issue in this table's file: line and column for CSV, sheet and cell for a workbook.
    func make(
        line: Int, column: Int? = nil, field: String? = nil, row: Int? = nil, message: LocalizedText,
        hint: LocalizedText?
    ) -> ScenarioIssue {
        ScenarioIssue(
            file: table.file, line: line, column: table.sheet == nil ? column : nil, field: field, row: row,
            message: message, hint: hint, sheet: table.sheet,
            cell: table.sheet == nil ? nil : XLSXCellReference.name(column: column ?? 1, row: line))
    }

    /// Where a cell is, for messages that point at another cell: `line 4` or `Đơn vị!C4`.
    func place(_ field: CSVTable.Field, _ row: CSVTable.Row) -> String {
        if let sheet = table.sheet { return "\(sheet)!\(field.cell ?? "A\(row.line)")" }
        return "\(field.line):\(field.column)"
    }
}
