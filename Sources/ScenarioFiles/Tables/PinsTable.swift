import ScenarioModel

/// Decodes `pins.csv`.
enum PinsTable {
    static func decode(_ reader: TableReader) -> [(Pin, CSVTable.Row)]? {
        guard reader.requireColumns(["unit", "team", "date"]) else { return nil }
        var result: [(Pin, CSVTable.Row)] = []
        for row in reader.table.rows {
            let unit = reader.required(row, "unit")
            let team = reader.required(row, "team")
            let date = reader.date(row, "date", required: true)
            guard let unit, let team, let date else { continue }
            result.append((Pin(unit: unit, team: team, date: date), row))
        }
        return result
    }
}
