import Foundation

/// A CSV reader for spreadsheet exports: UTF-8 text (BOM removed by `TextFileDecoder`), comma-separated,
/// fields optionally in double quotes holding commas, newlines and doubled quotes (`""`), lines ending in LF,
/// CRLF or CR. It tracks the line and column of every field and reports structural problems as issues.
enum CSVReader {
    /// Limits that keep a hostile file from exhausting memory or time.
    struct Limits {
        var maxRows = 200_000
        var maxFieldLength = 100_000
        var maxColumns = 1_000
    }

    /// Parses text into a table, adding issues for structural problems. Returns `nil` when the file is unusable.
    static func parse(_ text: String, file: String, issues: IssueCollector, limits: Limits = Limits()) -> CSVTable? {
        var records: [(line: Int, fields: [CSVTable.Field])] = []
        var fields: [CSVTable.Field] = []
        var value = ""
        var line = 1
        var column = 1
        var fieldLine = 1
        var fieldColumn = 1
        var recordLine = 1
        var inQuotes = false
        var wasQuoted = false
        var afterQuote = false
        var quoteLine = 0
        var quoteColumn = 0
        var fieldTooLong = false
        var pendingCR = false
        var failed = false

        func endField() {
            fields.append(CSVTable.Field(value: value, line: fieldLine, column: fieldColumn))
            value = ""
            wasQuoted = false
            afterQuote = false
            fieldTooLong = false
        }
        func endRecord() {
            endField()
            // Blank lines and rows of empty cells (Excel writes `,,,,` for cleared rows) are skipped.
            let blank = fields.allSatisfy { $0.value.allSatisfy { $0 == " " || $0 == "\t" } }
            if !blank { records.append((recordLine, fields)) }
            fields = []
        }

        let scalars = text.unicodeScalars
        for scalar in scalars {
            if failed { break }
            if pendingCR {
                pendingCR = false
                if scalar == "\n" { continue }
            }
            let startOfField = value.isEmpty && !wasQuoted
            if inQuotes {
                if scalar == "\"" {
                    inQuotes = false
                    afterQuote = true
                } else {
                    value.unicodeScalars.append(scalar)
                }
                if scalar == "\n" || scalar == "\r" {
                    if scalar == "\r" { pendingCR = true; value.unicodeScalars.removeLast(); value.unicodeScalars.append("\n") }
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            } else if scalar == "," {
                endField()
                column += 1
                fieldLine = line
                fieldColumn = column
            } else if scalar == "\n" || scalar == "\r" {
                if scalar == "\r" { pendingCR = true }
                endRecord()
                line += 1
                column = 1
                fieldLine = line
                fieldColumn = 1
                recordLine = line
                if records.count > limits.maxRows {
                    issues.add(ScenarioIssue(
                        file: file, line: line,
                        message: t("Tệp có quá nhiều dòng (giới hạn \(limits.maxRows)).",
                                   "The file has too many rows (the limit is \(limits.maxRows))."),
                        hint: t("Tách dữ liệu hoặc kiểm tra xem tệp có bị lặp dòng không.",
                                "Split the data, or check that the file is not repeating rows.")))
                    return nil
                }
            } else if scalar == "\"" {
                if afterQuote {
                    // A doubled quote inside a quoted field: `"a""b"`.
                    value.unicodeScalars.append("\"")
                    inQuotes = true
                    afterQuote = false
                } else if startOfField {
                    inQuotes = true
                    wasQuoted = true
                    quoteLine = line
                    quoteColumn = column
                } else {
                    value.unicodeScalars.append(scalar)
                }
                column += 1
            } else {
                if afterQuote && scalar != " " && scalar != "\t" {
                    issues.add(ScenarioIssue(
                        file: file, line: line, column: column,
                        message: t("Có ký tự sau dấu ngoặc kép đóng.", "There is text after a closing quote."),
                        hint: t("Đặt cả ô trong dấu ngoặc kép và viết dấu ngoặc kép bên trong thành \"\".",
                                "Put the whole cell in quotes and write quotes inside it as \"\".")))
                    afterQuote = false
                }
                if !afterQuote { value.unicodeScalars.append(scalar) }
                column += 1
            }
            if value.utf8.count > limits.maxFieldLength && !fieldTooLong {
                fieldTooLong = true
                issues.add(ScenarioIssue(
                    file: file, line: fieldLine, column: fieldColumn,
                    message: t("Ô dài quá \(limits.maxFieldLength) ký tự.",
                               "A cell is longer than \(limits.maxFieldLength) bytes."),
                    hint: t("Kiểm tra dấu ngoặc kép bị thiếu hoặc dữ liệu bị dán nhầm.",
                            "Check for a missing quote or pasted data.")))
                failed = true
            }
        }
        if failed { return nil }
        if inQuotes {
            issues.add(ScenarioIssue(
                file: file, line: quoteLine, column: quoteColumn,
                message: t("Dấu ngoặc kép mở ở đây không được đóng (tệp bị cắt hoặc thiếu dấu \").",
                           "The quote opened here is never closed (the file is truncated or a \" is missing)."),
                hint: t("Thêm dấu ngoặc kép đóng cuối ô, hoặc viết dấu ngoặc kép trong ô thành \"\".",
                        "Add the closing quote at the end of the cell, or write quotes inside a cell as \"\".")))
            return nil
        }
        if !(value.isEmpty && fields.isEmpty && !wasQuoted) { endRecord() }
        guard let headerRecord = records.first else {
            issues.add(ScenarioIssue(
                file: file, line: 1, column: 1, message: t("Tệp không có dòng tiêu đề.", "The file has no header row."),
                hint: t("Dòng đầu tiên phải là tên các cột, phân cách bằng dấu phẩy.",
                        "The first line must hold the column names, separated by commas.")))
            return nil
        }
        let header = headerRecord.fields.map { $0.value.trimmedCell }
        if header.count == 1, header[0].contains(";") {
            issues.add(ScenarioIssue(
                file: file, line: 1, column: 1,
                message: t("Tệp dùng dấu chấm phẩy (;) để phân cách cột, không phải dấu phẩy.",
                           "The file separates columns with semicolons (;), not commas."),
                hint: t("Lưu lại dạng \"CSV UTF-8 (phân cách bằng dấu phẩy)\", hoặc đổi dấu phân cách danh sách của Windows (Region › Additional settings › List separator) thành dấu phẩy rồi xuất lại.",
                        "Save it again as \"CSV UTF-8 (comma delimited)\", or set Windows' list separator (Region › Additional settings) to a comma and export again.")))
            return nil
        }
        if header.count > limits.maxColumns {
            issues.add(ScenarioIssue(
                file: file, line: 1, column: 1,
                message: t("Dòng tiêu đề có \(header.count) cột (giới hạn \(limits.maxColumns)).",
                           "The header row has \(header.count) columns (the limit is \(limits.maxColumns))."),
                hint: t("Kiểm tra xem có đúng tệp CSV không.", "Check that this is the right CSV file.")))
            return nil
        }
        var seen: [String: Int] = [:]
        for (index, name) in header.enumerated() where !name.isEmpty {
            if let first = seen[name] {
                issues.add(ScenarioIssue(
                    file: file, line: 1, column: headerRecord.fields[index].column, field: name,
                    message: t("Cột `\(name)` xuất hiện hai lần (cột \(first + 1) và \(index + 1)).",
                               "Column `\(name)` appears twice (columns \(first + 1) and \(index + 1))."),
                    hint: t("Xóa hoặc đổi tên một trong hai cột.", "Delete or rename one of them.")))
            } else {
                seen[name] = index
            }
        }
        var rows: [CSVTable.Row] = []
        for (offset, record) in records.dropFirst().enumerated() {
            let number = offset + 1
            if record.fields.count != header.count {
                let extraEmpty = record.fields.count > header.count
                    && record.fields[header.count...].allSatisfy { $0.value.isEmpty }
                if !extraEmpty {
                    issues.add(ScenarioIssue(
                        file: file, line: record.line, row: number,
                        message: t("Dòng có \(record.fields.count) ô nhưng tiêu đề có \(header.count) cột.",
                                   "The row has \(record.fields.count) cells but the header has \(header.count) columns."),
                        hint: record.fields.count > header.count
                            ? t("Đặt ô có dấu phẩy trong dấu ngoặc kép, ví dụ \"Nguyễn Văn A, Phòng Nội vụ\".",
                                "Put a cell that contains commas in quotes, e.g. \"Nguyen Van A, Internal Affairs\".")
                            : t("Bổ sung các ô còn thiếu (tệp có thể bị cắt).",
                                "Add the missing cells (the file may be truncated).")))
                    continue
                }
            }
            rows.append(CSVTable.Row(number: number, line: record.line, fields: record.fields))
        }
        return CSVTable(file: file, header: header, rows: rows)
    }
}
