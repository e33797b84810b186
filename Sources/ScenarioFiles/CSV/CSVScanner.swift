/// Splits CSV text into records of positioned fields: the scanning phase of `CSVReader.parse`.
struct CSVScanner {
    let file: String
    let delimiter: Unicode.Scalar
    let limits: CSVReader.Limits
    let issues: IssueCollector

    private var records: [CSVReader.Record] = []
    private var fields: [CSVTable.Field] = []
    private var value = ""
    private var line = 1
    private var column = 1
    private var fieldLine = 1
    private var fieldColumn = 1
    private var recordLine = 1
    private var inQuotes = false
    private var wasQuoted = false
    private var afterQuote = false
    private var quoteLine = 0
    private var quoteColumn = 0
    private var pendingCR = false
    private var failed = false

    init(file: String, delimiter: Unicode.Scalar, limits: CSVReader.Limits, issues: IssueCollector) {
        self.file = file
        self.delimiter = delimiter
        self.limits = limits
        self.issues = issues
    }

    /// The records of the text (blank lines and rows of empty cells skipped), or `nil` when the text is unusable.
    mutating func scan(_ text: String) -> [CSVReader.Record]? {
        for scalar in text.unicodeScalars {
            if pendingCR {
                pendingCR = false
                if scalar == "\n" { continue }
            }
            if inQuotes {
                quoted(scalar)
            } else {
                unquoted(scalar)
            }
            if failed { return nil }
            if value.utf8.count > limits.maxFieldLength {
                issues.add(
                    ScenarioIssue(
                        file: file, line: fieldLine, column: fieldColumn,
                        message: t(
                            "Ô dài quá \(limits.maxFieldLength) ký tự.",
                            "A cell is longer than \(limits.maxFieldLength) bytes."),
                        hint: t(
                            "Kiểm tra dấu ngoặc kép bị thiếu hoặc dữ liệu bị dán nhầm.",
                            "Check for a missing quote or pasted data.")))
                return nil
            }
        }
        if inQuotes {
            issues.add(
                ScenarioIssue(
                    file: file, line: quoteLine, column: quoteColumn,
                    message: t(
                        "Dấu ngoặc kép mở ở đây không được đóng (tệp bị cắt hoặc thiếu dấu \").",
                        "The quote opened here is never closed (the file is truncated or a \" is missing)."),
                    hint: t(
                        "Thêm dấu ngoặc kép đóng cuối ô, hoặc viết dấu ngoặc kép trong ô thành \"\".",
                        "Add the closing quote at the end of the cell, or write quotes inside a cell as \"\".")))
            return nil
        }
        if !(value.isEmpty && fields.isEmpty && !wasQuoted) { endRecord() }
        return records
    }

    private mutating func quoted(_ scalar: Unicode.Scalar) {
        if scalar == "\"" {
            inQuotes = false
            afterQuote = true
        } else if scalar == "\r" {
            pendingCR = true
            value.unicodeScalars.append("\n")
        } else {
            value.unicodeScalars.append(scalar)
        }
        if scalar == "\n" || scalar == "\r" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    private mutating func unquoted(_ scalar: Unicode.Scalar) {
        if scalar == delimiter {
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
                issues.add(
                    ScenarioIssue(
                        file: file, line: line,
                        message: t(
                            "Tệp có quá nhiều dòng (giới hạn \(limits.maxRows)).",
                            "The file has too many rows (the limit is \(limits.maxRows))."),
                        hint: t(
                            "Tách dữ liệu hoặc kiểm tra xem tệp có bị lặp dòng không.",
                            "Split the data, or check that the file is not repeating rows.")))
                failed = true
            }
        } else if scalar == "\"" {
            quote()
        } else {
            if afterQuote && scalar != " " && scalar != "\t" {
                issues.add(
                    ScenarioIssue(
                        file: file, line: line, column: column,
                        message: t("Có ký tự sau dấu ngoặc kép đóng.", "There is text after a closing quote."),
                        hint: t(
                            "Đặt cả ô trong dấu ngoặc kép và viết dấu ngoặc kép bên trong thành \"\".",
                            "Put the whole cell in quotes and write quotes inside it as \"\".")))
                afterQuote = false
            }
            if !afterQuote { value.unicodeScalars.append(scalar) }
            column += 1
        }
    }

    /// A quote outside a quoted field: a doubled quote, the opening quote, or a plain character inside text.
    private mutating func quote() {
        if afterQuote {
            // A doubled quote inside a quoted field: `"a""b"`.
            value.unicodeScalars.append("\"")
            inQuotes = true
            afterQuote = false
        } else if value.isEmpty && !wasQuoted {
            inQuotes = true
            wasQuoted = true
            quoteLine = line
            quoteColumn = column
        } else {
            value.unicodeScalars.append("\"")
        }
        column += 1
    }

    private mutating func endField() {
        fields.append(CSVTable.Field(value: value, line: fieldLine, column: fieldColumn, quoted: wasQuoted))
        value = ""
        wasQuoted = false
        afterQuote = false
    }

    private mutating func endRecord() {
        endField()
        // Blank lines and rows of empty cells (Excel writes `,,,,` for cleared rows) are skipped.
        let blank = fields.allSatisfy { $0.value.allSatisfy { $0 == " " || $0 == "\t" } }
        if !blank { records.append(CSVReader.Record(line: recordLine, fields: fields)) }
        fields = []
    }
}
