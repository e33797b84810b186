/// A parsed CSV file: the header and the data rows, each field with its position.
public struct CSVTable: Sendable {
    /// One cell.
    public struct Field: Sendable {
        /// The text, unquoted, exactly as written (Vietnamese text is not normalised).
        public var value: String
        /// The 1-based line where the field starts.
        public var line: Int
        /// The 1-based column (in Unicode scalars) where the field starts.
        public var column: Int
    }

    /// One data row.
    public struct Row: Sendable {
        /// The data row number: 1 for the first row after the header.
        public var number: Int
        /// The 1-based line where the row starts.
        public var line: Int
        /// The fields, in header order (missing trailing fields are absent).
        public var fields: [Field]
    }

    /// The file, as shown in messages.
    public var file: String
    /// The header names, trimmed.
    public var header: [String] {
        didSet { indexByName = Self.index(header) }
    }
    /// The data rows (blank lines skipped).
    public var rows: [Row]

    private var indexByName: [String: Int]

    /// Creates a table.
    public init(file: String, header: [String], rows: [Row]) {
        self.file = file
        self.header = header
        self.rows = rows
        indexByName = Self.index(header)
    }

    private static func index(_ header: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() where index[name] == nil { index[name] = i }
        return index
    }

    /// The index of a column by name (the first one when repeated), if present.
    public func columnIndex(_ name: String) -> Int? { indexByName[name] }
}
