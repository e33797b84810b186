import CCHCApp
import Foundation
import Localization
import Reporting

extension WebPages {
    /// The compare page: two scenario pickers, the summary in words, the key figures side by side, and the
    /// inspections that differ.
    ///
    /// - Parameters:
    ///   - scenarios: Every scenario, for the pickers.
    ///   - a: The baseline's id, if chosen.
    ///   - b: The other scenario's id, if chosen.
    ///   - comparison: The comparison of `a` (baseline) and `b`, when both have results.
    ///   - missing: Why there is no comparison (a scenario without results), if so.
    public func compare(
        context: PageContext, scenarios: [ScenarioItem], a: String?, b: String?, comparison: ScenarioComparison?,
        missing: String? = nil
    ) -> String {
        let model = CompareModel(scenarios: scenarios, a: a, b: b, comparison: comparison, missing: missing, context)
        return page("compare", title: model.t["heading"] ?? "", context: context, model: model, section: "compare")
    }
}

/// The compare template's values.
struct CompareModel {
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }
    struct Row {
        var label: String
        var a: String
        var b: String
        var differs: Bool
    }
    struct Change {
        var unit: String
        var change: String
        var before: String
        var after: String
    }
    var optionsA: [Option]
    var optionsB: [Option]
    var hasComparison: Bool
    var nameA: String
    var nameB: String
    var summary: String
    var rows: [Row]
    var changes: [Change]
    var hasChanges: Bool
    var moreChanges: Int
    var hasMore: Bool { moreChanges > 0 }
    var missing: String?
    var t: [String: String]

    init(
        scenarios: [WebPages.ScenarioItem], a: String?, b: String?, comparison: ScenarioComparison?, missing: String?,
        _ c: PageContext
    ) {
        optionsA = scenarios.map { Option(value: $0.id, label: $0.name, selected: $0.id == a) }
        optionsB = scenarios.map { Option(value: $0.id, label: $0.name, selected: $0.id == b) }
        self.missing = missing
        t = Self.words(c)
        guard let comparison, comparison.columns.count == 2 else {
            hasComparison = false
            (nameA, nameB, summary, rows, changes, hasChanges, moreChanges) = ("", "", "", [], [], false, 0)
            return
        }
        let first = comparison.columns[0]
        let second = comparison.columns[1]
        hasComparison = true
        nameA = first.name
        nameB = second.name
        summary = ComparisonSummary.sentence(from: first, to: second, language: c.language)
        rows = Self.rows(first, second, c)
        let all = comparison.differences.first?.calendar ?? []
        changes = all.prefix(60).map { Self.change($0, c) }
        hasChanges = !changes.isEmpty
        moreChanges = max(0, all.count - 60)
    }

    static func rows(_ a: ComparisonColumn, _ b: ComparisonColumn, _ c: PageContext) -> [Row] {
        func row(_ label: String, _ x: String, _ y: String) -> Row { Row(label: label, a: x, b: y, differs: x != y) }
        let days = { (v: Double) in Vocabulary.days(v, c.language) }
        var rows = [
            row(
                c.t("Trạng thái lịch", "Calendar status"),
                Vocabulary.termination(a.inspection.status.rawValue, c.language),
                Vocabulary.termination(b.inspection.status.rawValue, c.language)),
            row(c.t("Số cuộc kiểm tra", "Inspections"), "\(a.inspection.inspections)", "\(b.inspection.inspections)"),
            row(c.t("Ngày-đoàn", "Team-days"), days(a.inspection.teamDays), days(b.inspection.teamDays)),
        ]
        let labels = (a.inspection.coverage + b.inspection.coverage).map(\.label).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        for label in labels {
            let x = a.inspection.coverage.first { $0.label == label }
            let y = b.inspection.coverage.first { $0.label == label }
            let text = { (f: CoverageFigure?) in
                f.map { "\($0.planned)/\($0.total) (" + c.t("cần ", "need ") + "\($0.required))" } ?? "—"
            }
            rows.append(row(label, text(x), text(y)))
        }
        rows.append(row(c.t("Chưa đáp ứng", "Unmet"), "\(a.inspection.unmet)", "\(b.inspection.unmet)"))
        rows.append(
            row(
                c.t("Vượt định mức trước phương án", "Above quota before the plan"), "\(a.staffing.surplusBeforePlan)",
                "\(b.staffing.surplusBeforePlan)"))
        rows.append(
            row(
                c.t("Còn vượt sau phương án", "Still above after the plan"), "\(a.staffing.unresolved)",
                "\(b.staffing.unresolved)"))
        rows.append(row(c.t("Điều động", "Transfers"), "\(a.staffing.transfers)", "\(b.staffing.transfers)"))
        rows.append(row(c.t("Nghỉ/thôi việc", "Exits"), "\(a.staffing.exits)", "\(b.staffing.exits)"))
        return rows
    }

    static func change(_ change: CalendarChange, _ c: PageContext) -> Change {
        let slot = { (s: CalendarSlot?) in
            s.map { "\($0.team) · " + Vocabulary.date($0.date, c.language) } ?? "—"
        }
        let kind: String
        switch change.change {
        case .added: kind = c.t("thêm", "added")
        case .removed: kind = c.t("bỏ", "removed")
        case .changed: kind = c.t("đổi", "changed")
        }
        return Change(unit: change.name, change: kind, before: slot(change.before), after: slot(change.after))
    }

    static func words(_ c: PageContext) -> [String: String] {
        [
            "heading": c.t("So sánh hai kịch bản", "Compare two scenarios"),
            "a": c.t("Kịch bản gốc", "Baseline"), "b": c.t("Kịch bản so sánh", "Compared with"),
            "submit": c.t("So sánh", "Compare"), "summary": c.t("Tóm tắt", "Summary"),
            "figure": c.t("Chỉ tiêu", "Figure"),
            "changes": c.t("Các cuộc kiểm tra khác nhau", "Inspections that differ"),
            "unit": c.t("Đơn vị", "Unit"), "change": c.t("Thay đổi", "Change"),
            "before": c.t("Kịch bản gốc", "Baseline"), "after": c.t("Kịch bản so sánh", "Other"),
            "more": c.t("thay đổi khác (xem tệp tải về)", "more changes (see the downloads)"),
            "noChanges": c.t("Hai lịch giống nhau.", "The two calendars are the same."),
            "choose": c.t(
                "Chọn hai kịch bản đã có kết quả để so sánh.", "Choose two scenarios with results to compare."),
        ]
    }
}
