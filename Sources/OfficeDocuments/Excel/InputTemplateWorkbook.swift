import CivilCalendar
import Foundation
import ScenarioFiles

/// The blank input workbook of `cchc template`: a "Hướng dẫn" (instructions) sheet, then one sheet per input table
/// with the Vietnamese headers the loader reads, drop-down lists on enumerated columns and one example row. The
/// sheets bear the names the loader looks for by default (`Đơn vị` for units, …), so `units: mau.xlsx` and
/// `cchc init … --units mau.xlsx` read the right sheet without naming it.
enum InputTemplateWorkbook {
    static func sheets(year: Int, rows: [String: [[InputTables.Value?]]] = [:]) -> [SpreadsheetSheet] {
        let tables = InputTables.tables(year: year)
        return [instructions(tables)] + tables.map { sheet($0, rows: rows[$0.role]) }
    }

    static func cell(_ value: InputTables.Value?) -> SpreadsheetCell {
        switch value {
        case .text(let text)?: .text(text)
        case .number(let value)?: .general(value)
        case .date(let date)?: .date(date)
        case nil: .empty
        }
    }

    /// A table's sheet: its example row, or the rows given.
    static func sheet(_ table: InputTables.Table, rows: [[InputTables.Value?]]? = nil) -> SpreadsheetSheet {
        let columns = table.columns.map { ($0.header, max(10, Double($0.header.count) + 4)) }
        let cells = rows?.map { $0.map(cell) } ?? [table.columns.map { cell($0.example) }]
        var sheet = SpreadsheetSheet(name: table.sheet, columns: columns, rows: cells, landscape: true)
        for (index, column) in table.columns.enumerated() where !column.choices.isEmpty {
            sheet.lists[index] = SpreadsheetList(values: column.choices, othersAllowed: column.othersAllowed)
        }
        return sheet
    }

    static func instructions(_ tables: [InputTables.Table]) -> SpreadsheetSheet {
        var lines = [
            "Mẫu này dùng để nhập dữ liệu cho công cụ lập kế hoạch kiểm tra công tác cải cách hành chính (cchc).",
            "Mỗi trang tính là một bảng. Giữ nguyên dòng tiêu đề (dòng 1); sửa hoặc xóa dòng ví dụ (dòng 2); "
                + "mỗi dòng tiếp theo là một đơn vị, một đoàn, một cán bộ…",
            "Cột có mũi tên: chọn giá trị trong danh sách. Ngày ghi theo dạng ngày/tháng/năm (ví dụ 15/04/2026). "
                + "Có/Không: để trống nghĩa là Không.",
            "Chỉ trang Đơn vị là bắt buộc; các trang khác có thể để nguyên hoặc xóa. Tên trang tính không được đổi "
                + "nếu kịch bản trỏ tới trang đó.",
            "Sau khi điền trang Đơn vị, tạo kịch bản bằng lệnh:",
            "    cchc init <thư mục kịch bản> --units <tệp này>.xlsx --sheet \"Đơn vị\"",
            "rồi sửa teams.csv (các đoàn kiểm tra), chạy cchc validate <thư mục> để kiểm tra và cchc schedule "
                + "<thư mục> để lập lịch. Kết quả: lịch kiểm tra (Excel) và dự thảo kế hoạch (Word).",
            "Có thể dùng các trang khác trong scenario.yaml, ví dụ: teams: {file: du-lieu.xlsx, sheet: \"Đoàn\"}.",
        ]
        for table in tables {
            lines.append("")
            lines.append("Trang \"\(table.sheet)\" (\(table.role)): \(table.note)")
            for column in table.columns {
                let mark = column.required ? " (bắt buộc)" : ""
                let choices =
                    column.choices.isEmpty
                    ? ""
                    : " Giá trị: \(column.choices.joined(separator: ", "))\(column.othersAllowed ? " hoặc loại khác" : "")."
                lines.append("  • \(column.header)\(mark): \(column.note)\(choices)")
            }
        }
        var sheet = SpreadsheetSheet(
            name: "Hướng dẫn", columns: [("Hướng dẫn sử dụng mẫu nhập liệu", 72)],
            rows: lines.map { [$0.isEmpty ? .empty : .text($0)] })
        sheet.prose = true
        return sheet
    }
}

extension OfficeReports {
    /// The blank input workbook of `cchc template`: one sheet per input table (units first), Vietnamese headers,
    /// drop-down lists, one example row each (dates in `year`), and a Vietnamese instructions sheet.
    ///
    /// - Parameters:
    ///   - rows: Rows to write instead of the example row, by table role (`units`, …), one value per column of
    ///     ``InputTables`` (a filled-in template, e.g. for tests and conversions).
    public static func inputTemplate(
        year: Int, rows: [String: [[InputTables.Value?]]] = [:]
    ) throws(OfficeDocumentError) -> Data {
        try XLSXWriter.data(
            InputTemplateWorkbook.sheets(year: year, rows: rows), created: CivilDate(year: year, month: 1, day: 1)!)
    }
}
