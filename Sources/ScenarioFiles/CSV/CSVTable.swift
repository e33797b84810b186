import Foundation

/// A parsed table file (CSV, or one sheet of an Excel workbook): the header and the data rows, each field with its
/// position.
public struct CSVTable: Sendable {
    /// One cell.
    public struct Field: Sendable {
        /// The text, unquoted, exactly as written (Vietnamese text is not normalised).
        public var value: String
        /// The 1-based line where the field starts (in a workbook: the sheet's row number).
        public var line: Int
        /// The 1-based column (in Unicode scalars) where the field starts (in a workbook: the column number).
        public var column: Int
        /// Whether the CSV field was written in double quotes.
        public var quoted = false
        /// The workbook cell reference (`C12`), for cells read from an Excel sheet.
        public var cell: String?
        /// Whether the value came from a typed workbook cell (a date or a number), so it carries no text convention.
        public var typed = false

        /// Creates a field.
        public init(
            value: String, line: Int, column: Int, quoted: Bool = false, cell: String? = nil, typed: Bool = false
        ) {
            self.value = value
            self.line = line
            self.column = column
            self.quoted = quoted
            self.cell = cell
            self.typed = typed
        }
    }

    /// One data row.
    public struct Row: Sendable {
        /// The data row number: 1 for the first row after the header.
        public var number: Int
        /// The 1-based line where the row starts (in a workbook: the sheet's row number).
        public var line: Int
        /// The fields, in header order (missing trailing fields are absent).
        public var fields: [Field]
    }

    /// The file, as shown in messages.
    public var file: String
    /// The header names, trimmed, as written.
    public var header: [String] {
        didSet { indexByName = Self.index(header, aliases: aliases) }
    }
    /// The data rows (blank lines skipped).
    public var rows: [Row]
    /// The column separator of a CSV file (`,` or `;`); `nil` for a workbook sheet.
    public var delimiter: Character?
    /// The workbook sheet the table was read from; `nil` for a CSV file.
    public var sheet: String?
    /// The sheet row of the header (1 for CSV).
    public var headerLine = 1

    private var aliases: [String: String] = [:]
    private var indexByName: [String: Int]

    /// Creates a table.
    public init(file: String, header: [String], rows: [Row], delimiter: Character? = ",", sheet: String? = nil) {
        self.file = file
        self.header = header
        self.rows = rows
        self.delimiter = delimiter
        self.sheet = sheet
        indexByName = Self.index(header, aliases: [:])
    }

    /// Makes the columns findable by their canonical names through other spellings, e.g. `Mã` → `code`.
    /// - Parameter aliases: Normalised spelling (see `ColumnAliases.normalised`) → canonical column name.
    mutating func resolveColumns(_ aliases: [String: String]) {
        self.aliases = aliases
        indexByName = Self.index(header, aliases: aliases)
    }

    private static func index(_ header: [String], aliases: [String: String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            let canonical = aliases[ColumnAliases.normalised(name)] ?? name
            if index[canonical] == nil { index[canonical] = i }
            if index[name] == nil { index[name] = i }
        }
        return index
    }

    /// The canonical column name of a header cell (itself when it is no known spelling).
    func canonicalName(at index: Int) -> String {
        aliases[ColumnAliases.normalised(header[index])] ?? header[index]
    }

    /// The index of a column by name (the first one when repeated), if present.
    public func columnIndex(_ name: String) -> Int? { indexByName[name] }

    /// The header as written for a canonical column name, for messages (`Ngày sinh` for `birth_date`).
    func writtenName(_ name: String) -> String {
        guard let index = indexByName[name], header[index] != name else { return name }
        return "\(header[index])"
    }
}
