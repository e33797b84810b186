import CivilCalendar
import Foundation
import Localization

extension XLSXTableReader {
    /// Turns stored cells into text fields, reporting cells that hold no usable value.
    struct CellDecoder {
        let strings: [String]
        let dateStyles: Set<Int>
        let date1904: Bool
        let file: String
        let sheet: String
        let issues: IssueCollector

        /// The cell as a field, or `nil` (with an issue) when it holds an error, a formula without a cached value,
        /// or a date Excel cannot have meant. `column` and `row` name the header and data row in the issue.
        func field(_ cell: XLSXSheetParser.RawCell, column: String? = nil, row: Int? = nil) -> CSVTable.Field? {
            let reference = XLSXCellReference.name(column: cell.column, row: cell.row)
            func make(_ value: String, typed: Bool = false) -> CSVTable.Field {
                CSVTable.Field(value: value, line: cell.row, column: cell.column, cell: reference, typed: typed)
            }
            func refuse(_ message: LocalizedText, _ hint: LocalizedText) -> CSVTable.Field? {
                issues.add(
                    ScenarioIssue(
                        file: file, line: cell.row, field: column, row: row, message: message,
                        hint: hint, sheet: sheet, cell: reference))
                return nil
            }
            guard let value = cell.value, !(cell.hasFormula && value.isEmpty) else {
                return refuse(
                    t(
                        "Ô có công thức nhưng không lưu giá trị đã tính.",
                        "The cell holds a formula but no computed value was saved."),
                    t(
                        "Mở tệp bằng Excel/LibreOffice, tính lại (F9) rồi lưu; hoặc dán giá trị "
                            + "(Paste Special › Values).",
                        "Open the file in Excel/LibreOffice, recalculate (F9) and save; or paste the values "
                            + "(Paste Special › Values)."))
            }
            switch cell.type {
            case "s":
                guard let index = Int(value), strings.indices.contains(index) else {
                    return refuse(
                        t(
                            "Ô trỏ tới chuỗi dùng chung không tồn tại.",
                            "The cell points to a missing shared string."),
                        t("Lưu lại tệp bằng Excel.", "Save the file again in Excel."))
                }
                return make(strings[index])
            case "inlineStr", "str": return make(value)
            case "b": return make(value == "1" ? "yes" : "no", typed: true)
            case "e":
                return refuse(
                    t("Ô chứa lỗi công thức \(value).", "The cell holds the formula error \(value)."),
                    t("Sửa công thức hoặc nhập giá trị.", "Fix the formula or type the value."))
            case "d": return make(String(value.prefix(10)), typed: true)
            default: return number(value, style: cell.style, make: make, refuse: refuse)
            }
        }

        private func number(
            _ value: String, style: Int, make: (String, Bool) -> CSVTable.Field,
            refuse: (LocalizedText, LocalizedText) -> CSVTable.Field?
        ) -> CSVTable.Field? {
            guard let number = Double(value), number.isFinite else {
                return refuse(
                    t("Ô số chứa `\(value)`.", "The number cell holds `\(value)`."),
                    t("Nhập lại giá trị.", "Type the value again."))
            }
            guard dateStyles.contains(style) else {
                let integral = number == number.rounded() && abs(number) < 1e15
                return make(integral ? String(Int(number)) : "\(number)", true)
            }
            let serial = Int(number.rounded(.down))
            if !date1904 && serial == 60 {
                return refuse(
                    t(
                        "Ô chứa ngày 29/02/1900, ngày không có thật (lỗi cũ của Excel).",
                        "The cell holds 29/02/1900, a day that never existed (an old Excel quirk)."),
                    t("Nhập lại ngày đúng.", "Type the right date."))
            }
            let base =
                date1904
                ? CivilDate(year: 1904, month: 1, day: 1)
                : CivilDate(
                    year: 1899, month: 12,
                    day: serial < 60 ? 31 : 30)
            guard serial >= (date1904 ? 0 : 1), serial <= 2_958_465, let base else {
                return refuse(
                    t(
                        "Ô ngày chứa số \(value) ngoài phạm vi ngày.",
                        "The date cell holds \(value), out of range."),
                    t("Nhập lại ngày.", "Type the date again."))
            }
            return make(base.adding(days: serial).description, true)
        }
    }

    /// Builds the table: the first row with a value is the header; a value right of the last header is reported.
    static func table(
        _ rows: [(number: Int, cells: [XLSXSheetParser.RawCell])], cells: CellDecoder, file: String,
        sheet: String, issues: IssueCollector
    ) -> CSVTable? {
        guard let headerRow = rows.first else {
            issues.add(
                ScenarioIssue(
                    file: file, message: t("Trang tính trống.", "The sheet is empty."),
                    hint: t(
                        "Dòng đầu tiên phải là tên các cột.",
                        "The first row must hold the column names."),
                    sheet: sheet, cell: "A1"))
            return nil
        }
        let width = headerRow.cells.map(\.column).max() ?? 0
        var header = Array(repeating: "", count: width)
        for cell in headerRow.cells { header[cell.column - 1] = (cells.field(cell)?.value ?? "").trimmedCell }
        var dataRows: [CSVTable.Row] = []
        for (number, rowCells) in rows.dropFirst() {
            var fields = (1...max(width, 1)).map {
                CSVTable.Field(
                    value: "", line: number, column: $0,
                    cell: XLSXCellReference.name(column: $0, row: number))
            }
            for cell in rowCells {
                let name = cell.column <= width ? header[cell.column - 1] : nil
                guard let field = cells.field(cell, column: name, row: dataRows.count + 1) else { continue }
                guard cell.column <= width else {
                    if !field.value.trimmedCell.isEmpty {
                        issues.add(
                            ScenarioIssue(
                                file: file, line: number,
                                message: t(
                                    "Ô có giá trị nhưng cột không có tiêu đề.",
                                    "The cell has a value but its column has no header."),
                                hint: t(
                                    "Thêm tên cột vào dòng tiêu đề, hoặc xóa giá trị.",
                                    "Add a column name to the header row, or clear the value."),
                                sheet: sheet, cell: field.cell))
                    }
                    continue
                }
                fields[cell.column - 1] = field
            }
            if fields.allSatisfy({ $0.value.trimmedCell.isEmpty }) { continue }
            dataRows.append(CSVTable.Row(number: dataRows.count + 1, line: number, fields: fields))
        }
        var table = CSVTable(file: file, header: header, rows: dataRows, delimiter: nil, sheet: sheet)
        table.headerLine = headerRow.number
        return table
    }
}
