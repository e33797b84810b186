import Foundation
import ScenarioModel

/// Decodes `units.csv`.
enum UnitsTable {
    static func decode(_ reader: TableReader) -> [(ScenarioModel.Unit, CSVTable.Row)]? {
        guard reader.requireColumns(["code", "name", "kind"]) else { return nil }
        var result: [(ScenarioModel.Unit, CSVTable.Row)] = []
        for row in reader.table.rows {
            let code = reader.required(row, "code")
            let name = reader.required(row, "name")
            let kind = reader.required(row, "kind").map(kindAndLevel)
            let priority = self.priority(reader, row)
            let lastInspected = reader.parse(row, "last_inspected", ValueParsing.integer)
            let mustInspect = reader.parse(row, "must_inspect", ValueParsing.bool) ?? false
            let exclude = reader.parse(row, "exclude", ValueParsing.bool) ?? false
            let communeClass = reader.parse(row, "class") { ValueParsing.choice($0, ValueAliases.communeClasses) }
            let population = nonNegative(
                reader, row, "population", reader.parse(row, "population", ValueParsing.integer))
            let area = nonNegative(reader, row, "area_km2", reader.number(row, "area_km2"))
            let mergedOn = reader.date(row, "merged_on")
            let mergedFrom = reader.text(row, "merged_from").map(ValueParsing.list) ?? []
            var level = reader.parse(row, "school_level") { ValueParsing.choice($0, ValueAliases.schoolLevels) }
            let classes = nonNegative(reader, row, "classes", reader.parse(row, "classes", ValueParsing.integer))
            guard let code, let name, let kind else { continue }
            if let kindLevel = kind.1 {
                let written = reader.text(row, "kind") ?? ""
                if let level, level != kindLevel {
                    reader.report(
                        row, "school_level",
                        t(
                            "Cấp học `\(level.rawValue)` khác với loại `\(written)`.",
                            "The school level `\(level.rawValue)` differs from the kind `\(written)`."),
                        t(
                            "Để trống cấp học, hoặc ghi loại là `Trường học`.",
                            "Leave the school level empty, or write the kind as `school`."))
                }
                level = level ?? kindLevel
            }
            var unit = ScenarioModel.Unit(
                code: code, name: name, kind: kind.0, commune: reader.text(row, "commune"),
                region: reader.text(row, "region"), priority: priority, lastInspected: lastInspected,
                mustInspect: mustInspect, exclude: exclude, communeClass: communeClass, population: population,
                areaKm2: area, mergedOn: mergedOn, mergedFrom: mergedFrom, schoolLevel: level, classes: classes)
            decodeStaffingColumns(reader, row, into: &unit)
            result.append((unit, row))
        }
        resolveCommuneNames(&result, reader)
        return result
    }

    /// The optional staffing columns: `regular_police`, `quota_cbcc`, `quota_part_time`.
    static func decodeStaffingColumns(_ reader: TableReader, _ row: CSVTable.Row, into unit: inout ScenarioModel.Unit) {
        unit.regularPolice = reader.parse(row, "regular_police", ValueParsing.bool)
        unit.quotaOfficials = nonNegative(
            reader, row, "quota_cbcc", reader.parse(row, "quota_cbcc", ValueParsing.integer))
        unit.quotaPartTime = nonNegative(
            reader, row, "quota_part_time", reader.parse(row, "quota_part_time", ValueParsing.integer))
    }

    /// A kind cell: a built-in kind in English or Vietnamese (`Xã`, `Trường Tiểu học` → school, primary), or a
    /// kind of the user's own, kept as written.
    static func kindAndLevel(_ text: String) -> (UnitKind, SchoolLevel?) {
        ValueAliases.kind(text) ?? (UnitKind(rawValue: text), nil)
    }

    private static func priority(_ reader: TableReader, _ row: CSVTable.Row) -> Double {
        guard let p = reader.number(row, "priority") else { return 1 }
        if p > 1_000_000 {
            reader.report(
                row, "priority",
                t(
                    "Độ ưu tiên quá lớn (\(p)); tối đa 1.000.000.",
                    "The priority is too large (\(p)); at most 1,000,000."),
                t("Dùng thang điểm nhỏ, ví dụ 1–10.", "Use a small scale, e.g. 1–10."))
        } else if p <= 0 {
            reader.report(
                row, "priority",
                t(
                    "Độ ưu tiên phải lớn hơn 0 (đang là \(p)).",
                    "The priority must be greater than 0 (it is \(p))."),
                t(
                    "Dùng số dương, mặc định 1; muốn không kiểm tra thì đặt `exclude` là yes.",
                    "Use a positive number, 1 by default; to skip a unit set `exclude` to yes."))
        } else {
            return p
        }
        return 1
    }

    /// A unit's commune may be given by the commune's code or by its exact name (`Xã Đỉnh Bàn`): a name that is
    /// no code is replaced by the code of the one commune-level unit of that name. A name shared by several
    /// units is reported with the candidates; an unknown one is left for the reference checks.
    static func resolveCommuneNames(_ units: inout [(ScenarioModel.Unit, CSVTable.Row)], _ reader: TableReader) {
        let codes = Set(units.map(\.0.code))
        // Commune-level units first; a unit of another kind is found only when no commune-level one has the name
        // (its kind is then reported, e.g. a misspelt `Xa`, and not every unit that names it).
        var byName: [String: [String]] = [:]
        var otherByName: [String: [String]] = [:]
        for (unit, _) in units {
            let key = unit.name.precomposedStringWithCanonicalMapping
            if unit.kind.isCommuneLevel {
                byName[key, default: []].append(unit.code)
            } else {
                otherByName[key, default: []].append(unit.code)
            }
        }
        byName.merge(otherByName) { communeLevel, _ in communeLevel }
        for index in units.indices {
            guard let commune = units[index].0.commune, !codes.contains(commune),
                let candidates = byName[commune.precomposedStringWithCanonicalMapping]
            else { continue }
            if candidates.count == 1 {
                units[index].0.commune = candidates[0]
            } else {
                let list = candidates.joined(separator: ", ")
                reader.report(
                    units[index].1, "commune",
                    t(
                        "Có \(candidates.count) đơn vị cấp xã tên `\(commune)` (mã \(list)).",
                        "\(candidates.count) commune-level units are named `\(commune)` (codes \(list))."),
                    t(
                        "Ghi mã của xã thay cho tên, ví dụ `\(candidates[0])`.",
                        "Give the commune's code instead of its name, e.g. `\(candidates[0])`."))
                units[index].0.commune = nil
            }
        }
    }

    static func nonNegative<T: Numeric & Comparable>(
        _ reader: TableReader, _ row: CSVTable.Row, _ column: String, _ value: T?
    ) -> T? {
        guard let value else { return nil }
        if value < 0 {
            reader.report(
                row, column, t("Giá trị âm không hợp lệ: \(value).", "A negative value is not allowed: \(value)."),
                t("Dùng số không âm.", "Use a number that is zero or more."))
            return nil
        }
        return value
    }
}
