import Localization

/// One problem found in a scenario: where it is, what is wrong and how to fix it.
public struct ScenarioIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem, which sets the CLI's exit status.
    public enum Category: String, Hashable, Sendable {
        /// A file or folder that does not exist (exit status 66).
        case missingFile
        /// Anything else wrong with the data (exit status 65).
        case data
    }

    /// The file, as a path relative to the current directory when possible.
    public var file: String
    /// The 1-based line, when known (for CSV: the physical line where the row starts).
    public var line: Int?
    /// The 1-based column in characters, when known.
    public var column: Int?
    /// The CSV column name or the YAML key path, when the problem concerns one.
    public var field: String?
    /// The CSV data row number (1 = first row after the header), when the problem concerns a row.
    public var row: Int?
    /// What is wrong.
    public var message: LocalizedText
    /// How to fix it.
    public var hint: LocalizedText?
    /// The problem's category.
    public var category: Category
    /// The workbook sheet, for a problem in an Excel file (then `cell` replaces line and column in messages).
    public var sheet: String?
    /// The workbook cell reference (`C12`), for a problem in an Excel file.
    public var cell: String?

    /// Creates an issue.
    public init(
        file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, row: Int? = nil,
        message: LocalizedText, hint: LocalizedText? = nil, category: Category = .data,
        sheet: String? = nil, cell: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.row = row
        self.message = message
        self.hint = hint
        self.category = category
        self.sheet = sheet
        self.cell = cell
    }

    /// `file:line:column: [row N, column `name`] message — fix: hint` (`file:Sheet!C12: …` for a workbook), in
    /// `language`.
    public func formatted(language: Language) -> String {
        var location = file
        if let sheet {
            location += ":\(sheet)" + (cell.map { "!\($0)" } ?? "")
        } else {
            if let line { location += ":\(line)" }
            if let column { location += ":\(column)" }
        }
        var parts: [String] = []
        if let row { parts.append(language == .vi ? "dòng dữ liệu \(row)" : "row \(row)") }
        if let field { parts.append(language == .vi ? "cột/khóa `\(field)`" : "column/key `\(field)`") }
        var text = location + ": "
        if !parts.isEmpty { text += "[" + parts.joined(separator: ", ") + "] " }
        text += message.text(language)
        if let hint { text += (language == .vi ? " — Cách sửa: " : " — How to fix: ") + hint.text(language) }
        return text
    }

    /// The issue in English.
    public var description: String { formatted(language: .en) }
}
