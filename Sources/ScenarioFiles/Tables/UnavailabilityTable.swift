import CivilCalendar
import ScenarioModel

/// Decodes `unavailability.csv`.
enum UnavailabilityTable {
    static func decode(_ reader: TableReader) -> [(Unavailability, CSVTable.Row)]? {
        guard reader.requireColumns(["team", "from", "to"]) else { return nil }
        var result: [(Unavailability, CSVTable.Row)] = []
        for row in reader.table.rows {
            let team = reader.required(row, "team")
            let from = reader.date(row, "from", required: true)
            let to = reader.date(row, "to", required: true)
            guard let team, let from, let to else { continue }
            result.append(
                (
                    Unavailability(
                        team: team, dates: DateSpan(from: from, to: to), reason: reader.text(row, "reason") ?? ""), row
                ))
        }
        return result
    }
}
