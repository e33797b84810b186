import Foundation

/// A CSV reader for spreadsheet exports: UTF-8 text (BOM removed by `TextFileDecoder`), comma- or
/// semicolon-separated (Excel with Vietnamese regional settings writes `;`), fields optionally in double quotes
/// holding separators, newlines and doubled quotes (`""`), lines ending in LF, CRLF or CR. It tracks the line and
/// column of every field and reports structural problems as issues.
///
/// Parsing runs in phases: the separator is detected from the header line, `CSVScanner` splits the text into
/// records, the header is checked, and the records become rows.
enum CSVReader {
    /// Limits that keep a hostile file from exhausting memory or time.
    struct Limits {
        var maxRows = 200_000
        var maxFieldLength = 100_000
        var maxColumns = 1_000
    }

    /// One physical record: the line where it starts and its fields.
    struct Record {
        var line: Int
        var fields: [CSVTable.Field]
    }

    /// Parses text into a table, adding issues for structural problems. Returns `nil` when the file is unusable.
    /// - Parameter delimiter: The column separator; detected from the header line when `nil`.
    static func parse(
        _ text: String, file: String, issues: IssueCollector, limits: Limits = Limits(), delimiter: Character? = nil
    ) -> CSVTable? {
        guard let delimiter = delimiter ?? detectDelimiter(text, file: file, issues: issues) else { return nil }
        var scanner = CSVScanner(
            file: file, delimiter: delimiter.unicodeScalars.first ?? ",", limits: limits,
            issues: issues)
        guard let records = scanner.scan(text) else { return nil }
        guard let headerRecord = records.first else {
            issues.add(
                ScenarioIssue(
                    file: file, line: 1, column: 1,
                    message: t("Tệp không có dòng tiêu đề.", "The file has no header row."),
                    hint: t(
                        "Dòng đầu tiên phải là tên các cột, phân cách bằng dấu phẩy hoặc dấu chấm phẩy.",
                        "The first line must hold the column names, separated by commas or semicolons.")))
            return nil
        }
        let header = headerRecord.fields.map { $0.value.trimmedCell }
        guard checkHeader(header, headerRecord, file: file, issues: issues, limits: limits) else { return nil }
        let rows = makeRows(
            records.dropFirst(), columns: header.count, file: file, delimiter: delimiter,
            issues: issues)
        return CSVTable(file: file, header: header, rows: rows, delimiter: delimiter)
    }

    /// The column separator: `,` or `;`, whichever occurs outside quotes in the header line. A header with both
    /// is refused (never a guess); a header with neither is a one-column comma file.
    static func detectDelimiter(_ text: String, file: String, issues: IssueCollector) -> Character? {
        var commas = 0
        var semicolons = 0
        var inQuotes = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                inQuotes.toggle()
            } else if !inQuotes {
                if scalar == "\n" || scalar == "\r" { break }
                if scalar == "," { commas += 1 }
                if scalar == ";" { semicolons += 1 }
            }
        }
        if commas > 0 && semicolons > 0 {
            issues.add(
                ScenarioIssue(
                    file: file, line: 1, column: 1,
                    message: t(
                        "Dòng tiêu đề có cả dấu phẩy (\(commas)) và dấu chấm phẩy (\(semicolons)) ngoài ngoặc kép: "
                            + "không xác định được dấu phân cách cột.",
                        "The header row holds both commas (\(commas)) and semicolons (\(semicolons)) outside "
                            + "quotes: the column separator cannot be told."),
                    hint: t(
                        "Phân cách các cột bằng một loại dấu; tên cột có dấu phẩy hoặc chấm phẩy thì đặt trong "
                            + "ngoặc kép.",
                        "Separate the columns with one kind of mark; put a column name holding a comma or semicolon "
                            + "in quotes.")))
            return nil
        }
        return semicolons > 0 ? ";" : ","
    }

    /// Checks the header: not too wide, no column named twice.
    private static func checkHeader(
        _ header: [String], _ record: Record, file: String, issues: IssueCollector, limits: Limits
    ) -> Bool {
        if header.count > limits.maxColumns {
            issues.add(
                ScenarioIssue(
                    file: file, line: 1, column: 1,
                    message: t(
                        "Dòng tiêu đề có \(header.count) cột (giới hạn \(limits.maxColumns)).",
                        "The header row has \(header.count) columns (the limit is \(limits.maxColumns))."),
                    hint: t("Kiểm tra xem có đúng tệp CSV không.", "Check that this is the right CSV file.")))
            return false
        }
        var seen: [String: Int] = [:]
        for (index, name) in header.enumerated() where !name.isEmpty {
            if let first = seen[name] {
                issues.add(
                    ScenarioIssue(
                        file: file, line: 1, column: record.fields[index].column, field: name,
                        message: t(
                            "Cột `\(name)` xuất hiện hai lần (cột \(first + 1) và \(index + 1)).",
                            "Column `\(name)` appears twice (columns \(first + 1) and \(index + 1))."),
                        hint: t("Xóa hoặc đổi tên một trong hai cột.", "Delete or rename one of them.")))
            } else {
                seen[name] = index
            }
        }
        return true
    }

    /// Turns the data records into rows, reporting rows with the wrong number of cells.
    private static func makeRows(
        _ records: ArraySlice<Record>, columns: Int, file: String, delimiter: Character, issues: IssueCollector
    ) -> [CSVTable.Row] {
        var rows: [CSVTable.Row] = []
        for (offset, record) in records.enumerated() {
            let number = offset + 1
            if record.fields.count != columns {
                let extraEmpty =
                    record.fields.count > columns
                    && record.fields[columns...].allSatisfy { $0.value.isEmpty }
                if !extraEmpty {
                    let mark = delimiter == ";" ? t("dấu chấm phẩy", "semicolons") : t("dấu phẩy", "commas")
                    issues.add(
                        ScenarioIssue(
                            file: file, line: record.line, row: number,
                            message: t(
                                "Dòng có \(record.fields.count) ô nhưng tiêu đề có \(columns) cột.",
                                "The row has \(record.fields.count) cells but the header has \(columns) columns."),
                            hint: record.fields.count > columns
                                ? t(
                                    "Đặt ô có \(mark.vi) trong dấu ngoặc kép, ví dụ "
                                        + "\"Nguyễn Văn A\(delimiter) Phòng Nội vụ\".",
                                    "Put a cell that contains \(mark.en) in quotes, e.g. "
                                        + "\"Nguyen Van A\(delimiter) Internal Affairs\".")
                                : t(
                                    "Bổ sung các ô còn thiếu (tệp có thể bị cắt).",
                                    "Add the missing cells (the file may be truncated).")))
                    continue
                }
            }
            rows.append(CSVTable.Row(number: number, line: record.line, fields: record.fields))
        }
        return rows
    }
}
