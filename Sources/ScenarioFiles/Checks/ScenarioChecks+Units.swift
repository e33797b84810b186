import CivilCalendar
import ScenarioModel

/// Uniqueness and unit/team references.
extension ScenarioChecks {
    func checkDuplicates() {
        func duplicates<T>(_ key: String, _ rows: [(T, CSVTable.Row)], _ column: String, _ code: (T) -> String) {
            var first: [String: Int] = [:]
            for (value, row) in rows {
                let c = code(value)
                if let previous = first[c] {
                    report(
                        key, row, column,
                        t(
                            "Mã `\(c)` bị trùng (đã có ở dòng dữ liệu \(previous)).",
                            "The code `\(c)` is a duplicate (already on row \(previous))."),
                        t(
                            "Mỗi mã chỉ dùng một lần; đổi mã hoặc xóa dòng trùng.",
                            "Use each code once; change the code or delete the duplicate row."))
                } else {
                    first[c] = row.number
                }
            }
        }
        duplicates("units", tables.units, "code", \.code)
        duplicates("teams", tables.teams, "code", \.code)
        duplicates("staff", tables.staff, "id", \.id)
    }

    func checkUnits() {
        if unitsOK, tables.units.isEmpty, let reader = tables.readers["units"], reader.table.rows.isEmpty {
            issues.add(
                ScenarioIssue(
                    file: reader.table.file, line: 1,
                    message: t("units.csv không có đơn vị nào.", "units.csv holds no units."),
                    hint: t("Thêm mỗi đơn vị một dòng dưới dòng tiêu đề.", "Add one row per unit under the header row.")
                ))
        }
        // Units whose kind is unknown (no duration) are reported once, for their kind, not by every unit naming them.
        let communeLevel = Set(
            tables.units.filter {
                $0.0.kind.isCommuneLevel || declaration.inspection.durationDays[$0.0.kind] == nil
            }.map(\.0.code))
        for (unit, row) in tables.units {
            if let commune = unit.commune, commune != unit.code {
                if unitsOK && !unitCodes.contains(commune) {
                    let (m, h) = unknownUnit(commune)
                    report("units", row, "commune", m, h)
                } else if !communeLevel.contains(commune) {
                    report(
                        "units", row, "commune",
                        t(
                            "`\(commune)` không phải đơn vị cấp xã (commune, town hoặc ward).",
                            "`\(commune)` is not a commune-level unit (commune, town or ward)."),
                        t(
                            "Ghi mã (hoặc đúng tên) của xã/thị trấn/phường nơi đơn vị đóng.",
                            "Give the code (or the exact name) of the commune, town or ward the unit lies in."))
                }
            }
            if let last = unit.lastInspected, last > year || last < 1900 {
                report(
                    "units", row, "last_inspected",
                    t(
                        "Năm kiểm tra gần nhất \(last) không hợp lệ (sau năm kế hoạch \(year) hoặc trước 1900).",
                        "The last inspection year \(last) is invalid (after the plan year \(year) or before 1900)."),
                    t(
                        "Ghi năm (4 chữ số) của lần kiểm tra gần nhất, hoặc để trống.",
                        "Write the four-digit year of the last inspection, or leave it empty."))
            }
            if unit.mustInspect && unit.exclude {
                report(
                    "units", row, "exclude",
                    t("Đơn vị vừa `must_inspect` vừa `exclude`.", "The unit is both `must_inspect` and `exclude`."),
                    t("Chọn một trong hai.", "Choose one of the two."))
            }
        }
        // A kind with no duration.
        var reported = Set<UnitKind>()
        for (unit, row) in tables.units
        where declaration.inspection.durationDays[unit.kind] == nil && !reported.contains(unit.kind) {
            reported.insert(unit.kind)
            // Suggest among every spelling of the built-in kinds (`Xã`, `Trạm y tế`, …), which all simply work.
            let spellings = ValueAliases.kinds.filter { $0.1 != unit.kind }.map(\.0)
            let suggestion = EditDistance.suggestion(for: unit.kind.rawValue, among: spellings)
            let newKind = t(
                "Nếu là loại mới (không phải cấp xã: loại mới không thể là `commune` của đơn vị "
                    + "khác), thêm "
                    + "`\(unit.kind): 1` vào `inspection.duration_days` trong scenario.yaml.",
                "If it is a new kind (not commune-level: a new kind cannot be another unit's "
                    + "`commune`), add "
                    + "`\(unit.kind): 1` under `inspection.duration_days` in scenario.yaml.")
            report(
                "units", row, "kind",
                t(
                    "Loại đơn vị `\(unit.kind)` không có thời lượng kiểm tra.",
                    "The unit kind `\(unit.kind)` has no inspection duration."),
                suggestion.map {
                    t("Có phải ý bạn là `\($0)`? \(newKind.vi)", "Did you mean `\($0)`? \(newKind.en)")
                } ?? newKind)
        }
    }

    func checkTeams() {
        let regions = Set(tables.units.compactMap(\.0.region))
        for (team, row) in tables.teams {
            if unitsOK, let region = team.region, !regions.contains(region) {
                let suggestion = EditDistance.suggestion(for: region, among: Array(regions))
                report(
                    "teams", row, "region",
                    t("Không có đơn vị nào thuộc vùng `\(region)`.", "No unit lies in the region `\(region)`."),
                    suggestion.map { t("Có phải ý bạn là `\($0)`?", "Did you mean `\($0)`?") }
                        ?? t(
                            "Dùng một giá trị ở cột `region` của units.csv, hoặc để trống.",
                            "Use a value from units.csv's `region` column, or leave it empty."))
            }
            for code in team.excludedUnits.sorted() where unitsOK && !unitCodes.contains(code) {
                let (m, h) = unknownUnit(code)
                report("teams", row, "excluded_units", m, h)
            }
        }
    }
}
