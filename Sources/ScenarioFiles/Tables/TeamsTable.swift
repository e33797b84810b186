import ScenarioModel

/// Decodes `teams.csv`.
enum TeamsTable {
    static func decode(_ reader: TableReader) -> [(Team, CSVTable.Row)]? {
        guard reader.requireColumns(["code", "name", "days_per_week"]) else { return nil }
        var result: [(Team, CSVTable.Row)] = []
        for row in reader.table.rows {
            let code = reader.required(row, "code")
            let name = reader.required(row, "name")
            var days = reader.parse(row, "days_per_week", required: true, ValueParsing.integer)
            if let d = days, !(1...5).contains(d) {
                reader.report(
                    row, "days_per_week",
                    t(
                        "`days_per_week` phải từ 1 đến 5 (đang là \(d)).",
                        "`days_per_week` must be 1 to 5 (it is \(d))."),
                    t(
                        "Số ngày kiểm tra tối đa trong một tuần làm việc: 1..5.",
                        "The most inspection days in one working week: 1..5."))
                days = nil
            }
            var maxDays = reader.parse(row, "max_days", required: false, ValueParsing.number)
            if let m = maxDays, m < 0 || (2 * m).rounded() != 2 * m {
                reader.report(
                    row, "max_days",
                    t(
                        "`max_days` phải là bội số không âm của 0.5 (đang là \(m)).",
                        "`max_days` must be a non-negative multiple of 0.5 (it is \(m))."),
                    t("Số ngày kiểm tra tối đa trong năm.", "The most inspection days in the year."))
                maxDays = nil
            }
            guard let code, let name, let days else { continue }
            let team = Team(
                code: code, name: name, daysPerWeek: days,
                members: reader.text(row, "members").map(ValueParsing.list) ?? [],
                region: reader.text(row, "region"),
                excludedUnits: Set(reader.text(row, "excluded_units").map(ValueParsing.list) ?? []), maxDays: maxDays)
            result.append((team, row))
        }
        return result
    }
}
