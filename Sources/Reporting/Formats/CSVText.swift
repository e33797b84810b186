/// Writing CSV the way Excel reads it.
public enum CSVText {
    /// The UTF-8 byte-order mark Excel needs to read UTF-8 (Vietnamese) text correctly.
    public static let byteOrderMark = "\u{FEFF}"

    /// Quotes a field when it holds a comma, a quote, a line break, or leading/trailing spaces.
    public static func field(_ text: String) -> String {
        let needsQuotes =
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// One CSV line (without the line break).
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    /// A whole CSV document with CRLF line breaks (what Excel writes), optionally with the BOM.
    public static func document(header: [String], rows: [[String]], byteOrderMark bom: Bool = true) -> String {
        var out = bom ? byteOrderMark : ""
        out += line(header) + "\r\n"
        for row in rows { out += line(row) + "\r\n" }
        return out
    }
}
