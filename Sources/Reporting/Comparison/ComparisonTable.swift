import CivilCalendar
import InspectionScheduling
import Localization
import ScenarioModel
import Staffing

/// Renders a comparison as the plain-text side-by-side table `cchc compare` prints, followed by the lists of calendar
/// entries and staffing measures that differ from the first scenario.
public enum ComparisonTable {
    /// One line of the side-by-side table.
    struct Row {
        /// A section heading instead of figures (cells empty).
        var heading: Bool
        /// The row's label.
        var label: String
        /// One cell per scenario.
        var cells: [String]
    }

    /// Renders the table and the differences.
    public static func render(_ comparison: ScenarioComparison, language: Language) -> String {
        let vi = language == .vi
        var out: [String] = []
        out.append(vi ? "So sánh phương án" : "Scenario comparison")
        out.append("")
        for (i, c) in comparison.columns.enumerated() {
            out.append("  [\(i + 1)] \(c.id): \(c.name)")
        }
        out.append("")
        let rows = rows(comparison, language)
        let header = Row(heading: false, label: "", cells: comparison.columns.indices.map { "[\($0 + 1)]" })
        let labelWidth = rows.map { $0.heading ? 0 : $0.label.count }.max() ?? 0
        var widths = header.cells.map(\.count)
        for r in rows where !r.heading {
            for (i, cell) in r.cells.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ r: Row) -> String {
            var s = pad(r.label, labelWidth)
            for (i, cell) in r.cells.enumerated() { s += "  " + padLeft(cell, widths[i]) }
            return trimTrailing(s)
        }
        out.append(line(header))
        for r in rows {
            if r.heading {
                out.append("")
                out.append(r.label)
            } else {
                out.append(line(r))
            }
        }
        for d in comparison.differences {
            out.append("")
            out.append(contentsOf: differenceLines(d, comparison, language))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The lines listing one scenario's differences from the baseline.
    static func differenceLines(_ d: ScenarioDifferences, _ comparison: ScenarioComparison, _ language: Language)
        -> [String]
    {
        let vi = language == .vi
        var out: [String] = []
        out.append(
            vi ? "Khác biệt của \(d.other) so với \(d.baseline):" : "Differences of \(d.other) from \(d.baseline):")
        out.append(
            (vi ? "  Lịch kiểm tra: \(d.calendar.count) đơn vị" : "  Calendar: \(d.calendar.count) units")
                + breakdown(d.calendar.map(\.change)))
        for c in d.calendar { out.append("    " + calendarText(c, language)) }
        out.append(
            (vi
                ? "  Biện pháp tinh giản: \(d.measures.count) người"
                : "  Staffing measures: \(d.measures.count) people") + breakdown(d.measures.map(\.change)))
        for m in d.measures { out.append("    " + measureText(m, language)) }
        return out
    }

    /// "+ Xã X: T1 05/09/2022" / "~ Xã X: T1 05/09/2022 → T2 06/09/2022" / "− Xã X: T1 05/09/2022".
    static func calendarText(_ c: CalendarChange, _ language: Language) -> String {
        func slot(_ s: CalendarSlot?) -> String {
            guard let s else { return language == .vi ? "(không kiểm tra)" : "(not inspected)" }
            return
                "\(s.team) \(Vocabulary.date(s.date, language)) (\(Vocabulary.days(s.days, language)) \(language == .vi ? "ngày" : "d"))"
        }
        return "\(symbol(c.change)) \(c.name): \(slot(c.before)) → \(slot(c.after))"
    }

    /// "+ Nguyễn Văn A (TH0001): — → Nghỉ hưu trước tuổi 31/12/2022".
    static func measureText(_ m: MeasureChange, _ language: Language) -> String {
        "\(symbol(m.change)) \(m.name) (\(m.id)): \(measure(m.before, language)) → \(measure(m.after, language))"
    }

    /// A measure in words.
    static func measure(_ m: StaffMeasure?, _ language: Language) -> String {
        guard let m else { return language == .vi ? "(không có)" : "(none)" }
        let what: String
        switch m.kind {
        case "transfer": what = (language == .vi ? "Điều động " : "Transfer ") + "\(m.unit) → \(m.to ?? "?")"
        case ExitKind.earlyRetirement.rawValue: what = StaffingVocabulary.exit(.earlyRetirement, language)
        case ExitKind.resignation.rawValue: what = StaffingVocabulary.exit(.resignation, language)
        default: what = m.kind
        }
        return "\(what) \(Vocabulary.date(m.date, language))"
    }

    /// " (+2 −1 ~5)", or "" when there is nothing.
    static func breakdown(_ changes: [ChangeKind]) -> String {
        guard !changes.isEmpty else { return "" }
        let added = changes.filter { $0 == .added }.count
        let removed = changes.filter { $0 == .removed }.count
        return " (+\(added) −\(removed) ~\(changes.count - added - removed))"
    }

    static func symbol(_ k: ChangeKind) -> String {
        switch k {
        case .added: return "+"
        case .removed: return "−"
        case .changed: return "~"
        }
    }

    /// The side-by-side rows (shared with the HTML comparison).
    static func rows(_ comparison: ScenarioComparison, _ language: Language) -> [Row] {
        let vi = language == .vi
        let cols = comparison.columns
        var rows: [Row] = []
        func add(_ label: String, _ cell: (ComparisonColumn) -> String) {
            rows.append(Row(heading: false, label: label, cells: cols.map(cell)))
        }
        func heading(_ label: String) { rows.append(Row(heading: true, label: label, cells: [])) }
        let num = { (v: Double) in Vocabulary.number(v, decimals: 2, language) }

        heading(vi ? "KIỂM TRA CCHC" : "INSPECTIONS")
        add(vi ? "Tình trạng" : "Status") { statusWord($0.inspection.status, language) }
        add(vi ? "Khoảng cách tối ưu" : "Gap") { $0.inspection.gap.map { Vocabulary.percent($0, language) } ?? "—" }
        for label in comparison.targetLabels {
            add((vi ? "Bao phủ: " : "Coverage: ") + label) { c in
                guard let t = c.inspection.coverage.first(where: { $0.label == label }) else { return "—" }
                return "\(t.met ? "✓" : "✗") \(t.planned)/\(t.required)/\(t.total)"
            }
        }
        add(vi ? "Số đoàn" : "Teams") { "\($0.inspection.teams)" }
        add(vi ? "Số cuộc kiểm tra" : "Inspections") { "\($0.inspection.inspections)" }
        add(vi ? "Ngày-đoàn" : "Team-days") { Vocabulary.days($0.inspection.teamDays, language) }
        add(vi ? "Ngày làm việc của các đoàn" : "Team working dates") { c in
            c.inspection.teamDates.map { "\($0)" } ?? "—"
        }
        add(vi ? "Theo thứ (T2/T3/T4/T5/T6)" : "By weekday (Mon/Tue/Wed/Thu/Fri)") { c in
            c.inspection.weekdays.map { $0.map { "\($0)" }.joined(separator: "/") } ?? "—"
        }
        add(vi ? "Chênh lệch giữa các đoàn (ngày)" : "Team spread (days)") { num($0.inspection.teamSpread) }
        add(vi ? "Chênh lệch giữa các tháng (ngày)" : "Month spread (days)") { num($0.inspection.monthSpread) }
        add(vi ? "Tổng điểm ưu tiên được kiểm tra" : "Priority covered") { num($0.inspection.prioritySum) }
        add(vi ? "Yêu cầu chưa đáp ứng" : "Unmet items") { "\($0.inspection.unmet)" }

        heading(vi ? "BIÊN CHẾ, TINH GIẢN" : "STAFFING")
        add(vi ? "Tuyển dụng" : "Hiring") { hiringWord($0.staffing.hiring, language) }
        add(vi ? "Thừa tại hạn (trước phương án)" : "Surplus at deadline (before plan)") {
            "\($0.staffing.surplusBeforePlan)"
        }
        add(vi ? "Còn thừa sau phương án" : "Still above quota after plan") { "\($0.staffing.unresolved)" }
        add(vi ? "Hạn đạt / tổng" : "Deadlines met") { "\($0.staffing.deadlinesMet)/\($0.staffing.deadlines)" }
        add(vi ? "Nghỉ hưu trước tuổi" : "Early retirements") { "\($0.staffing.earlyRetirements)" }
        add(vi ? "Thôi việc" : "Resignations") { "\($0.staffing.resignations)" }
        add(vi ? "Điều động" : "Transfers") { "\($0.staffing.transfers)" }
        add(vi ? "Kinh phí (đồng)" : "Cost (VND)") { StaffingVocabulary.vnd($0.staffing.costVND, language) }
        add(vi ? "Chỉ tiêu tinh giản đạt" : "Reduction targets met") {
            "\($0.staffing.targetsMet)/\($0.staffing.targets)"
        }
        add(vi ? "Tình trạng giải" : "Solver status") { c in
            Vocabulary.termination(c.staffing.termination, language)
                + (c.staffing.gap.map { $0 > 0 ? " (" + Vocabulary.percent($0, language) + ")" : "" } ?? "")
        }
        return rows
    }

    /// A hiring policy in a few words.
    static func hiringWord(_ h: HiringPolicy, _ language: Language) -> String {
        switch (h, language) {
        case (.freeze, .vi): return "dừng tuyển"
        case (.freeze, .en): return "freeze"
        case (.replaceRetirees, .vi): return "thay người nghỉ hưu"
        case (.replaceRetirees, .en): return "replace retirees"
        case (.fillToQuota, .vi): return "tuyển đủ định mức"
        case (.fillToQuota, .en): return "fill to quota"
        }
    }

    /// A plan status in one or two words.
    static func statusWord(_ s: PlanStatus, _ language: Language) -> String {
        switch (s, language) {
        case (.optimal, .vi): return "tối ưu"
        case (.optimal, .en): return "optimal"
        case (.feasible, .vi): return "khả thi"
        case (.feasible, .en): return "feasible"
        case (.infeasible, .vi): return "không khả thi"
        case (.infeasible, .en): return "infeasible"
        case (.noSolution, .vi): return "chưa có"
        case (.noSolution, .en): return "no plan"
        }
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    static func padLeft(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }

    static func trimTrailing(_ s: String) -> String {
        var t = Substring(s)
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }
}
