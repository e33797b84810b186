import CivilCalendar

/// A cell of a generated spreadsheet, typed so that Excel stores numbers as numbers and dates as dates.
enum SpreadsheetCell: Equatable {
    case text(String)
    /// A whole number, format `#,##0`.
    case integer(Int)
    /// An amount of money, format `#,##0`.
    case money(Double)
    /// A number with two decimals, format `0.00`.
    case decimal(Double)
    /// A share, format `0.00%`.
    case percent(Double)
    /// A number in Excel's General format, as typed by hand (a year shows as `2024`).
    case general(Double)
    /// A date cell (a serial number in the 1900 date system), format `dd/mm/yyyy`.
    case date(CivilDate)
    case empty
}

/// A drop-down list of values offered in a column (Excel data validation).
struct SpreadsheetList: Equatable {
    /// The values, in order; Excel allows 255 characters in all, and no comma in a value.
    var values: [String]
    /// Whether other values are accepted after a warning (otherwise refused).
    var othersAllowed: Bool
    /// The rows the list covers, below the header.
    var rows = 1_000
}

/// A column: its header and its width in characters.
struct SpreadsheetColumn {
    var title: String
    var width: Double
}

/// One sheet: a bold, frozen header row with an autofilter, then the rows.
struct SpreadsheetSheet {
    var name: String
    var columns: [SpreadsheetColumn]
    var rows: [[SpreadsheetCell]]
    /// Print on landscape A4.
    var landscape = false
    /// Drop-down lists by column index, for the rows below the header.
    var lists: [Int: SpreadsheetList] = [:]
    /// A sheet of prose (instructions): wrapped text, no autofilter.
    var prose = false

    init(name: String, columns: [(String, Double)], rows: [[SpreadsheetCell]], landscape: Bool = false) {
        self.name = name
        self.columns = columns.map { SpreadsheetColumn(title: $0.0, width: $0.1) }
        self.rows = rows
        self.landscape = landscape
    }

    /// A column's width: at least the given one, widened to the longest text of the column (at most 60).
    func fittedWidth(_ column: Int) -> Double {
        let longest = rows.reduce(0) { longest, row in
            guard column < row.count, case .text(let text) = row[column] else { return longest }
            return max(longest, text.count)
        }
        return min(60, max(columns[column].width, Double(longest) + 2))
    }

    /// The lines a row of a prose sheet wraps to in its first column (about 1.1 characters per width unit), or
    /// `nil` for a row of one line.
    func proseLines(row: Int) -> Int? {
        guard case .text(let text)? = rows[row].first, let width = columns.first?.width, width > 0 else { return nil }
        let lines = Int((Double(text.count) / (width * 1.1)).rounded(.up))
        return lines > 1 ? lines : nil
    }

    /// Excel's limits on a sheet name: 1 to 31 characters (counted as Unicode scalars, as libxlsxwriter does), none
    /// of `[ ] : * ? / \`, no apostrophe at either end.
    static func validate(name: String) throws(OfficeDocumentError) {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        if name.isEmpty || name.unicodeScalars.count > 31 {
            throw .invalidValue("the sheet name \"\(name)\" must have 1 to 31 characters")
        }
        if name.contains(where: forbidden.contains) {
            throw .invalidValue("the sheet name \"\(name)\" holds one of [ ] : * ? / \\")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw .invalidValue("the sheet name \"\(name)\" starts or ends with an apostrophe")
        }
    }

    /// Excel's limit on the text of one cell.
    static let maxTextLength = 32_767
    /// Excel's limits on rows and columns of a sheet.
    static let maxRows = 1_048_576
    static let maxColumns = 16_384

    /// Checks the sheet against Excel's limits before anything reaches the library.
    func validate() throws(OfficeDocumentError) {
        try Self.validate(name: name)
        if columns.isEmpty || columns.count > Self.maxColumns {
            throw .invalidValue("the sheet \"\(name)\" has \(columns.count) columns")
        }
        if rows.count + 1 > Self.maxRows {
            throw .invalidValue("the sheet \"\(name)\" has \(rows.count) rows, more than Excel holds")
        }
        for (index, row) in rows.enumerated() where row.count > columns.count {
            throw .invalidValue("row \(index + 2) of the sheet \"\(name)\" has more cells than columns")
        }
        let texts =
            columns.map(\.title) + rows.flatMap { $0.compactMap { if case .text(let s) = $0 { s } else { nil } } }
        if let long = texts.first(where: { $0.unicodeScalars.count > Self.maxTextLength }) {
            let length = long.unicodeScalars.count
            throw .invalidValue("a cell of the sheet \"\(name)\" has \(length) characters, over 32,767")
        }
        for (column, list) in lists {
            let length = list.values.reduce(0) { $0 + $1.unicodeScalars.count + 1 }
            if column >= columns.count || list.values.isEmpty || length > 256
                || list.values.contains(where: { $0.contains(",") })
            {
                throw .invalidValue("the drop-down list of column \(column + 1) of the sheet \"\(name)\" is not valid")
            }
        }
        for row in rows {
            for case .date(let d) in row where !(1900...9999).contains(d.year) {
                throw .invalidValue("the date \(d) of the sheet \"\(name)\" is outside 1900–9999")
            }
        }
    }
}
