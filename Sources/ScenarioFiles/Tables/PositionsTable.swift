import ScenarioModel

/// Decodes `positions.csv`, the approved job-position framework.
enum PositionsTable {
    static func decode(_ reader: TableReader) -> [(PositionQuota, CSVTable.Row)]? {
        guard reader.requireColumns(["position", "category", "approved"], orOneOf: ["unit", "kind"]) else { return nil }
        var result: [(PositionQuota, CSVTable.Row)] = []
        for row in reader.table.rows {
            let unit = reader.text(row, "unit")
            let kind = reader.text(row, "kind")
            if (unit == nil) == (kind == nil) {
                reader.report(
                    row, unit == nil ? "unit" : "kind",
                    t(
                        "Mỗi dòng cần đúng một trong `unit` hoặc `kind`.",
                        "Each row needs exactly one of `unit` or `kind`."),
                    t(
                        "Điền mã đơn vị vào `unit`, hoặc loại đơn vị vào `kind`, không điền cả hai.",
                        "Fill in a unit code in `unit` or a unit kind in `kind`, not both."))
            }
            let position = reader.required(row, "position")
            let category = reader.parse(row, "category", required: true) {
                ValueParsing.choice($0, StaffTable.categories)
            }
            let approved = UnitsTable.nonNegative(
                reader, row, "approved", reader.parse(row, "approved", required: true, ValueParsing.integer))
            let qualification =
                reader.parse(row, "qualification") { ValueParsing.choice($0, StaffTable.qualifications) }
                ?? Qualification.none
            guard let position, let category, let approved, (unit == nil) != (kind == nil) else { continue }
            let scope: PositionQuota.Scope = unit.map { .unit($0) } ?? .kind(ValueAliases.canonicalKind(kind ?? ""))
            result.append(
                (
                    PositionQuota(
                        scope: scope, position: position, category: category, approved: approved,
                        qualification: qualification), row
                ))
        }
        return result
    }
}
