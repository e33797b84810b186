import CivilCalendar
import Foundation
import Localization
import Tracking

extension TrackingFileReader {
    static let outcomeSpellings: [(String, InspectionOutcome)] = [
        ("done", .done), ("đã kiểm tra", .done), ("đã thực hiện", .done), ("hoàn thành", .done), ("xong", .done),
        ("postponed", .postponed), ("hoãn", .postponed), ("tạm hoãn", .postponed), ("lùi", .postponed),
        ("cancelled", .cancelled), ("canceled", .cancelled), ("hủy", .cancelled), ("huỷ", .cancelled),
        ("hủy bỏ", .cancelled),
    ]

    static let kindSpellings: [(String, SelfPlanKind)] = [
        ("cchc-plan", .cchcPlan), ("kế hoạch cchc", .cchcPlan), ("kế hoạch cải cách hành chính", .cchcPlan),
        ("cchc", .cchcPlan), ("self-inspection", .selfInspection), ("kế hoạch tự kiểm tra", .selfInspection),
        ("tự kiểm tra", .selfInspection),
    ]

    /// The unit a row names, by code or by name; reports an unknown one.
    static func unit(_ reader: TableReader, _ row: CSVTable.Row, context: Context, trackedOnly: Bool) -> TrackingUnit? {
        guard let text = reader.required(row, "unit") else { return nil }
        let candidates = context.units.filter { !trackedOnly || $0.tracked }
        let key = ColumnAliases.normalised(text)
        if let hit = candidates.first(where: { $0.code == text })
            ?? candidates.first(where: { ColumnAliases.normalised($0.name) == key })
        {
            return hit
        }
        let close = EditDistance.suggestion(for: text, among: candidates.map(\.code) + candidates.map(\.name))
        reader.report(
            row, "unit", t("Không có đơn vị `\(text)` trong kịch bản.", "There is no unit `\(text)` in the scenario."),
            close.map { t("Có phải là `\($0)`?", "Did you mean `\($0)`?") }
                ?? t("Dùng mã hoặc tên đơn vị trong units.csv.", "Use a unit code or name from units.csv."))
        return nil
    }

    /// A date cell that must fall in the plan year.
    static func date(
        _ reader: TableReader, _ row: CSVTable.Row, _ column: String, context: Context, required: Bool = false
    ) -> CivilDate?? {
        guard reader.text(row, column) != nil || required else { return .some(nil) }
        guard let date = reader.date(row, column, required: required) else { return nil }
        guard date.year == context.year else {
            reader.report(
                row, column,
                t(
                    "Ngày \(date) không thuộc năm kế hoạch \(context.year).",
                    "The date \(date) is not in the plan year \(context.year)."),
                t("Sửa ngày cho đúng năm \(context.year).", "Fix the date to fall in \(context.year)."))
            return nil
        }
        return .some(date)
    }

    static func selfPlans(_ reader: TableReader, context: Context, issues: IssueCollector) -> [SelfPlanEvent] {
        guard reader.requireColumns(["unit", "kind", "number", "date"]) else { return [] }
        var rows: [SelfPlanEvent] = []
        for row in reader.table.rows {
            let unit = unit(reader, row, context: context, trackedOnly: true)
            let kind = reader.parse(row, "kind", required: true) { ValueParsing.choice($0, kindSpellings) }
            let number = reader.required(row, "number")
            let date = date(reader, row, "date", context: context, required: true)
            guard let unit, let kind, let number, let date = date ?? nil else { continue }
            rows.append(
                SelfPlanEvent(
                    unit: unit.code, kind: kind, number: number, date: date, provenance: context.provenance))
        }
        return rows
    }

    static func calendar(_ reader: TableReader, context: Context, issues: IssueCollector) -> TrackingFileContents {
        guard reader.requireColumns(["unit", "status"]) else { return .calendar(plan: [], events: []) }
        var plan: [PlannedVisit] = []
        var events: [InspectionEvent] = []
        let hasPlan = ["date", "team", "days"].allSatisfy { reader.table.columnIndex($0) != nil }
        for row in reader.table.rows {
            guard let unit = unit(reader, row, context: context, trackedOnly: true) else { continue }
            let planned = date(reader, row, "date", context: context)
            let team = reader.text(row, "team").flatMap { teamCode($0, context: context) }
            if hasPlan, let team, let planned = planned ?? nil, let days = reader.number(row, "days") {
                plan.append(PlannedVisit(unit: unit.code, team: team, date: planned, days: days))
            }
            guard reader.text(row, "status") != nil else { continue }
            let outcome = reader.parse(row, "status") { ValueParsing.choice($0, outcomeSpellings) }
            let actual = date(reader, row, "actual_date", context: context)
            let score = reader.number(row, "score")
            if let score, !(0...100).contains(score) {
                reader.report(
                    row, "score", t("Điểm \(score) ngoài khoảng 0–100.", "The score \(score) is outside 0–100."),
                    t("Ghi điểm từ 0 đến 100.", "Write a score from 0 to 100."))
                continue
            }
            guard let outcome, let actual, let planned else { continue }
            events.append(
                InspectionEvent(
                    unit: unit.code, outcome: outcome, date: actual ?? planned, team: team, score: score,
                    findings: reader.text(row, "findings"), provenance: context.provenance))
        }
        return .calendar(plan: hasPlan ? plan : [], events: events)
    }

    /// The team a calendar cell names: its code, its name, or the label the calendar workbook writes (`Đoàn 2`,
    /// `Team 2`: the second team of teams.csv).
    static func teamCode(_ text: String, context: Context) -> String? {
        if let hit = context.teams.first(where: { $0.code == text || $0.name == text }) { return hit.code }
        for prefix in ["đoàn ", "team "] {
            let key = ColumnAliases.normalised(text)
            guard key.hasPrefix(prefix), let number = Int(key.dropFirst(prefix.count)),
                context.teams.indices.contains(number - 1)
            else { continue }
            return context.teams[number - 1].code
        }
        return nil
    }

    /// A share cell: `0.95`, `95%` or `95 %`.
    static func share(_ reader: TableReader, _ row: CSVTable.Row, _ column: String) -> Double? {
        guard let text = reader.text(row, column) else { return nil }
        if text.hasSuffix("%") {
            let number = String(text.dropLast()).trimmedCell.replacingOccurrences(of: ",", with: ".")
            guard let value = Double(number) else {
                reader.report(row, column, t("`\(text)` không phải số.", "`\(text)` is not a number."))
                return nil
            }
            return value / 100
        }
        return reader.number(row, column)
    }

    /// One value row, checked against its indicator: counts not negative, numerator not above denominator, a
    /// share from 0 to 1, the unit at the indicator's level.
    static func checkedValue(
        _ reader: TableReader, _ row: CSVTable.Row, indicator: Indicator, unit: TrackingUnit, period: Period
    ) -> IndicatorValue? {
        let numerator = reader.number(row, "numerator")
        let denominator = reader.number(row, "denominator")
        let value = indicator.isShare ? share(reader, row, "value") : reader.number(row, "value")
        func refuse(_ column: String, _ message: LocalizedText, _ hint: LocalizedText) -> IndicatorValue? {
            reader.report(row, column, message, hint)
            return nil
        }
        if indicator.selfPlan != nil {
            return refuse(
                "indicator",
                t(
                    "Chỉ tiêu \(indicator.id) được tính từ kế hoạch của các đơn vị đã ghi nhận, không nhập số liệu.",
                    "Indicator \(indicator.id) is computed from the units' own plans recorded, not imported."),
                t(
                    "Ghi kế hoạch bằng `cchc track … self-plan` hoặc nhập tệp kế hoạch.",
                    "Record the plans with `cchc track … self-plan` or import a file of them."))
        }
        if indicator.level != .all, unit.level != indicator.level {
            return refuse(
                "unit",
                t(
                    "Chỉ tiêu \(indicator.id) chỉ tính cho cấp \(indicator.level.rawValue); `\(unit.code)` không thuộc cấp đó.",
                    "Indicator \(indicator.id) counts \(indicator.level.rawValue)-level units only; `\(unit.code)` is not one."
                ),
                t("Bỏ dòng này hoặc sửa đơn vị.", "Remove the row or fix the unit."))
        }
        if (numerator == nil) != (denominator == nil) {
            return refuse(
                numerator == nil ? "numerator" : "denominator",
                t("Cần cả tử số và mẫu số.", "Both the numerator and the denominator are needed."),
                t("Điền cả hai cột, hoặc chỉ cột giá trị.", "Fill in both, or the value column only."))
        }
        if let numerator, let denominator {
            if numerator < 0 || denominator < 0 || numerator > denominator {
                return refuse(
                    "numerator",
                    t(
                        "Tử số \(numerator) và mẫu số \(denominator) không hợp lệ (0 ≤ tử số ≤ mẫu số).",
                        "The numerator \(numerator) and denominator \(denominator) are out of range (0 ≤ numerator ≤ denominator)."
                    ),
                    t("Kiểm tra lại hai số đếm.", "Check the two counts."))
            }
        } else if let value {
            if indicator.compute == .ratio {
                return refuse(
                    "value",
                    t(
                        "Chỉ tiêu \(indicator.id) là tỷ lệ cộng dồn: cần tử số và mẫu số, không phải tỷ lệ.",
                        "Indicator \(indicator.id) is a summed ratio: it needs the numerator and denominator, not a share."
                    ),
                    t("Điền cột tử số và mẫu số.", "Fill in the numerator and denominator columns."))
            }
            if indicator.isShare ? !(0...1).contains(value) : value < 0 {
                return refuse(
                    "value",
                    indicator.isShare
                        ? t("Giá trị \(value) ngoài khoảng 0–1.", "The value \(value) is outside 0–1.")
                        : t("Giá trị \(value) không được âm.", "The value \(value) cannot be negative."),
                    t("Tỷ lệ viết 0.95 hoặc 95%.", "Write a share as 0.95 or 95%."))
            }
        } else {
            return refuse(
                "value", t("Dòng không có số liệu.", "The row has no figures."),
                t("Điền tử số và mẫu số, hoặc giá trị.", "Fill in the numerator and denominator, or the value."))
        }
        return IndicatorValue(
            unit: unit.code, indicator: indicator.id, period: period, numerator: numerator, denominator: denominator,
            value: numerator == nil ? value : nil)
    }
}
