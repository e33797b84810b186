import Localization

/// The spreadsheet conventions found in one table file: what `cchc validate` reports so that a user can see how
/// their file was read (a Vietnamese Excel export: `;`, dd/mm/yyyy, decimal comma).
public struct DetectedConventions: Hashable, Sendable {
    /// The file's container.
    public enum Format: Hashable, Sendable {
        /// A CSV text file.
        case csv
        /// An Excel workbook, read from one sheet.
        case xlsx(sheet: String)
    }

    /// How a CSV file's bytes are encoded.
    public enum Encoding: String, Hashable, Sendable {
        case utf8 = "UTF-8"
        case utf8BOM = "UTF-8 BOM"
        case utf16LittleEndian = "UTF-16 LE"
        case utf16BigEndian = "UTF-16 BE"
        case windows1258 = "Windows-1258"
    }

    /// How dates are written.
    public enum DateStyle: String, Hashable, Sendable {
        /// `2022-03-15`.
        case iso = "yyyy-mm-dd"
        /// `15/03/2022` (day first, the Vietnamese convention).
        case dayMonthYear = "dd/mm/yyyy"
        /// Workbook cells holding dates (serial numbers with a date format).
        case excelDate = "Excel date"
    }

    /// How decimal numbers are written.
    public enum DecimalSeparator: String, Hashable, Sendable {
        /// `4.32`.
        case point
        /// `4,32`.
        case comma
    }

    /// What the file is: the key that named it (`units`, `teams`, `staffing.positions` is `positions`, …).
    public var role: String
    /// The file, as shown in messages.
    public var file: String
    /// CSV or a workbook sheet.
    public var format: Format
    /// The text encoding (CSV only).
    public var encoding: Encoding?
    /// The column separator (CSV only).
    public var delimiter: Character?
    /// The date styles met, in the order first met (none when the file holds no dates).
    public var dateStyles: [DateStyle] = []
    /// The decimal separators met, in the order first met (none when the file holds no decimal fractions).
    public var decimalSeparators: [DecimalSeparator] = []
    /// Whether decimal commas were read from quoted cells of a comma-separated file (`"4,32"` → 4.32).
    public var quotedDecimalCommas = false
    /// Columns whose header was a Vietnamese (or other accepted) spelling, as `written → canonical`.
    public var renamedColumns: [String: String] = [:]

    /// One line describing the conventions, e.g. `CSV UTF-8 BOM, dấu phân cách ";", ngày dd/mm/yyyy, số thập phân ","`.
    public func formatted(language: Language) -> String {
        let vi = language == .vi
        var parts: [String] = []
        switch format {
        case .csv:
            parts.append("CSV " + (encoding?.rawValue ?? "UTF-8"))
            if let delimiter {
                let name = delimiter == ";" ? (vi ? "chấm phẩy" : "semicolon") : (vi ? "phẩy" : "comma")
                parts.append(
                    vi
                        ? "phân cách cột \"\(delimiter)\" (\(name))"
                        : "column separator \"\(delimiter)\" (\(name))")
            }
        case .xlsx(let sheet):
            parts.append(vi ? "Excel .xlsx, trang \"\(sheet)\"" : "Excel .xlsx, sheet \"\(sheet)\"")
        }
        if dateStyles.contains(.excelDate) { parts.append(vi ? "ô ngày của Excel" : "Excel date cells") }
        let textDates = dateStyles.filter { $0 != .excelDate }.map(\.rawValue)
        if !textDates.isEmpty { parts.append((vi ? "ngày " : "dates ") + textDates.joined(separator: " + ")) }
        if !decimalSeparators.isEmpty {
            let marks = decimalSeparators.map { $0 == .comma ? "\",\"" : "\".\"" }.joined(separator: " + ")
            var text = (vi ? "dấu thập phân " : "decimal separator ") + marks
            if quotedDecimalCommas {
                text +=
                    vi
                    ? " (dấu phẩy trong ô có ngoặc kép, ví dụ \"4,32\" đọc là 4.32)"
                    : " (commas in quoted cells, e.g. \"4,32\" read as 4.32)"
            }
            parts.append(text)
        }
        if !renamedColumns.isEmpty {
            parts.append(
                vi
                    ? "tiêu đề tiếng Việt (\(renamedColumns.count) cột)"
                    : "Vietnamese headers (\(renamedColumns.count) columns)")
        }
        return parts.joined(separator: ", ")
    }
}

/// Records the conventions met while one table is decoded, and reports a file that mixes two of them.
final class ConventionTracker {
    private(set) var conventions: DetectedConventions
    private var firstDate: [DetectedConventions.DateStyle: String] = [:]
    private var firstDecimal: [DetectedConventions.DecimalSeparator: String] = [:]
    private var reportedDates = false
    private var reportedDecimals = false

    init(_ conventions: DetectedConventions) { self.conventions = conventions }

    /// Notes the headers read as another column (`Ngày sinh` → `birth_date`).
    func noteRenamedColumns(_ renamed: [String: String]) { conventions.renamedColumns = renamed }

    /// Notes a date written in a style; returns the problem when the file already used the other text style.
    func noteDate(_ style: DetectedConventions.DateStyle, at place: String) -> ValueParsing.Failure? {
        if firstDate[style] == nil {
            firstDate[style] = place
            conventions.dateStyles.append(style)
        }
        let other: DetectedConventions.DateStyle = style == .iso ? .dayMonthYear : .iso
        guard style != .excelDate, !reportedDates, let otherPlace = firstDate[other] else { return nil }
        reportedDates = true
        return ValueParsing.Failure(
            message: t(
                "Tệp trộn hai cách viết ngày: \(other.rawValue) (đầu tiên ở \(otherPlace)) và \(style.rawValue) "
                    + "(ở đây).",
                "The file mixes two ways of writing dates: \(other.rawValue) (first at \(otherPlace)) and "
                    + "\(style.rawValue) (here)."),
            hint: t(
                "Viết mọi ngày trong tệp theo một cách: dd/mm/yyyy (như Excel tiếng Việt) hoặc yyyy-mm-dd.",
                "Write every date of the file one way: dd/mm/yyyy (as Vietnamese Excel does) or yyyy-mm-dd."))
    }

    /// Notes a decimal fraction; returns the problem when the file already used the other separator.
    func noteDecimal(_ separator: DetectedConventions.DecimalSeparator, quoted: Bool, at place: String)
        -> ValueParsing.Failure?
    {
        if firstDecimal[separator] == nil {
            firstDecimal[separator] = place
            conventions.decimalSeparators.append(separator)
        }
        if separator == .comma && quoted && conventions.delimiter == "," { conventions.quotedDecimalCommas = true }
        let other: DetectedConventions.DecimalSeparator = separator == .point ? .comma : .point
        guard !reportedDecimals, let otherPlace = firstDecimal[other] else { return nil }
        reportedDecimals = true
        let mark = other == .comma ? "," : "."
        return ValueParsing.Failure(
            message: t(
                "Tệp trộn dấu thập phân \",\" và \".\" (\"\(mark)\" đầu tiên ở "
                    + "\(otherPlace)): không biết dấu chấm ở đây là phần thập phân hay phân cách hàng nghìn.",
                "The file mixes the decimal separators \",\" and \".\" (\"\(mark)\" first at "
                    + "\(otherPlace)): a point here may be a decimal point or a thousands separator."),
            hint: t(
                "Viết mọi số thập phân trong tệp với cùng một dấu (Excel tiếng Việt dùng dấu phẩy: 4,32).",
                "Write every decimal of the file with the same separator (Vietnamese Excel uses a comma: 4,32)."))
    }
}
