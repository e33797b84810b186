import ScenarioModel

/// Decodes `units.csv`.
enum UnitsTable {
    static func decode(_ reader: TableReader) -> [(Unit, CSVTable.Row)]? {
        guard reader.requireColumns(["code", "name", "kind"]) else { return nil }
        var result: [(Unit, CSVTable.Row)] = []
        for row in reader.table.rows {
            let code = reader.required(row, "code")
            let name = reader.required(row, "name")
            let kind = reader.required(row, "kind")
            var priority: Double = 1
            if let p = reader.parse(row, "priority", ValueParsing.number) {
                if p > 1_000_000 {
                    reader.report(row, "priority", t("Độ ưu tiên quá lớn (\(p)); tối đa 1.000.000.", "The priority is too large (\(p)); at most 1,000,000."),
                                  t("Dùng thang điểm nhỏ, ví dụ 1–10.", "Use a small scale, e.g. 1–10."))
                } else if p <= 0 {
                    reader.report(row, "priority", t("Độ ưu tiên phải lớn hơn 0 (đang là \(p)).", "The priority must be greater than 0 (it is \(p))."),
                                  t("Dùng số dương, mặc định 1; muốn không kiểm tra thì đặt `exclude` là yes.",
                                    "Use a positive number, 1 by default; to skip a unit set `exclude` to yes."))
                } else {
                    priority = p
                }
            }
            let lastInspected = reader.parse(row, "last_inspected", ValueParsing.integer)
            let mustInspect = reader.parse(row, "must_inspect", ValueParsing.bool) ?? false
            let exclude = reader.parse(row, "exclude", ValueParsing.bool) ?? false
            let communeClass = reader.parse(row, "class") { ValueParsing.choice($0, CommuneClass.allCases.map { ($0.rawValue, $0) }) }
            let population = nonNegative(reader, row, "population", reader.parse(row, "population", ValueParsing.integer))
            let area = nonNegative(reader, row, "area_km2", reader.parse(row, "area_km2", ValueParsing.number))
            let mergedOn = reader.parse(row, "merged_on", ValueParsing.date)
            let mergedFrom = reader.text(row, "merged_from").map(ValueParsing.list) ?? []
            let level = reader.parse(row, "school_level") { ValueParsing.choice($0, SchoolLevel.allCases.map { ($0.rawValue, $0) }) }
            let classes = nonNegative(reader, row, "classes", reader.parse(row, "classes", ValueParsing.integer))
            guard let code, let name, let kind else { continue }
            let unit = Unit(
                code: code, name: name, kind: UnitKind(rawValue: kind), commune: reader.text(row, "commune"),
                region: reader.text(row, "region"), priority: priority, lastInspected: lastInspected,
                mustInspect: mustInspect, exclude: exclude, communeClass: communeClass, population: population,
                areaKm2: area, mergedOn: mergedOn, mergedFrom: mergedFrom, schoolLevel: level, classes: classes)
            result.append((unit, row))
        }
        return result
    }

    static func nonNegative<T: Numeric & Comparable>(_ reader: TableReader, _ row: CSVTable.Row, _ column: String, _ value: T?) -> T? {
        guard let value else { return nil }
        if value < 0 {
            reader.report(row, column, t("Giá trị âm không hợp lệ: \(value).", "A negative value is not allowed: \(value)."),
                          t("Dùng số không âm.", "Use a number that is zero or more."))
            return nil
        }
        return value
    }
}
