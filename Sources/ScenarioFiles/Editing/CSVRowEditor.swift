import Foundation
import Localization

/// Edits the rows of a scenario CSV file (`teams.csv`, `pins.csv`) by column name: every column and every row it
/// does not touch is written back as it was read, with the file's own separator.
public struct CSVRowEditor: Sendable {
    /// The column names, in file order.
    public private(set) var header: [String]
    /// The data rows, one value per column.
    public private(set) var rows: [[String]]
    /// The column separator.
    public let delimiter: Character

    /// Reads `text`, the contents of `file` (named in errors).
    ///
    /// - Throws: ``ScenarioError`` naming the file and line when the text is not a table.
    public init(text: String, file: String) throws(ScenarioError) {
        let issues = IssueCollector(limit: 20)
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        guard let table = CSVReader.parse(body, file: file, issues: issues), issues.issues.isEmpty else {
            throw issues.error()
        }
        header = table.header
        rows = table.rows.map { row in
            table.header.indices.map { row.fields.indices.contains($0) ? row.fields[$0].value : "" }
        }
        delimiter = table.delimiter ?? ","
    }

    /// An empty file with these columns.
    public init(header: [String], delimiter: Character = ",") {
        self.header = header
        rows = []
        self.delimiter = delimiter
    }

    /// The value of `column` in each row (`""` where the column is missing).
    public func values(of column: String) -> [String] {
        guard let index = header.firstIndex(of: column) else { return rows.map { _ in "" } }
        return rows.map { $0[index] }
    }

    /// Sets the row whose `key` column equals `row[key]`: changes the columns `row` names, keeps the others; appends
    /// the row when none matches. A column not in the header is added at the end.
    public mutating func upsert(_ row: [String: String], key: String) {
        addColumns(row.keys.sorted())
        let keyIndex = header.firstIndex(of: key)
        let keyValue = row[key]
        if let keyIndex, let keyValue, let index = rows.firstIndex(where: { $0[keyIndex] == keyValue }) {
            for (column, value) in row { rows[index][header.firstIndex(of: column)!] = value }
        } else {
            rows.append(header.map { row[$0] ?? "" })
        }
    }

    /// Removes the rows whose `column` equals `value`; returns how many.
    @discardableResult
    public mutating func removeRows(where column: String, equals value: String) -> Int {
        guard let index = header.firstIndex(of: column) else { return 0 }
        let before = rows.count
        rows.removeAll { $0[index] == value }
        return before - rows.count
    }

    /// Replaces every row: each keeps the columns it names, and the values of columns it does not name from the
    /// old row with the same `key` value (so a form showing only some columns loses none).
    public mutating func replaceRows(_ newRows: [[String: String]], key: String) {
        addColumns(newRows.flatMap(\.keys).sorted())
        let keyIndex = header.firstIndex(of: key)
        let old = rows
        rows = newRows.map { row in
            let previous = keyIndex.flatMap { k in old.first { $0[k] == row[key] } }
            return header.indices.map { row[header[$0]] ?? previous?[$0] ?? "" }
        }
    }

    /// The file's text: a header line and one line per row, a cell quoted only when it holds the separator, a quote
    /// or a line break.
    public func text() -> String {
        ([header] + rows).map { $0.map(cell).joined(separator: String(delimiter)) + "\n" }.joined()
    }

    private func cell(_ value: String) -> String {
        guard value.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private mutating func addColumns(_ columns: [String]) {
        for column in columns where !header.contains(column) {
            header.append(column)
            for index in rows.indices { rows[index].append("") }
        }
    }
}
