import CivilCalendar
import Localization
import Tracking

/// Plain-text summaries of the tracking status and the scorecard, for the terminal.
public enum TrackingText {
    /// An indicator's value as text: a percentage for shares, a number for counts, "no data" when missing.
    public static func value(_ value: Double?, _ indicator: Indicator, _ language: Language) -> String {
        guard let value else { return language == .vi ? "chưa có số liệu" : "no data" }
        return indicator.isShare
            ? Vocabulary.percent(value, decimals: 1, language) : Vocabulary.number(value, decimals: 1, language)
    }

    /// The target as text: `≥ 99%`, `≤ 5`, `10–15`.
    public static func target(_ indicator: Indicator, _ language: Language) -> String {
        let show = { (v: Double) in
            indicator.isShare
                ? Vocabulary.percent(v, decimals: 1, language) : Vocabulary.number(v, decimals: 1, language)
        }
        switch indicator.comparison {
        case .atLeast: return "≥ " + show(indicator.target)
        case .atMost: return "≤ " + show(indicator.target)
        case .range: return show(indicator.target) + "–" + show(indicator.upper ?? indicator.target)
        }
    }

    /// The status of the year.
    public static func render(_ report: TrackingReport, language: Language) -> String {
        let vi = language == .vi
        let p = report.progress
        var lines: [String] = []
        lines.append(
            vi
                ? "Tình hình kiểm tra đến ngày \(p.asOf.vietnameseDescription) (lịch theo dõi: \(report.planSource))"
                : "Inspections as of \(p.asOf) (plan tracked: \(report.planSource))")
        for t in p.targets {
            let name = t.name + (t.region.map { " — \($0)" } ?? "")
            lines.append(
                vi
                    ? "- \(name): tối thiểu \(t.required), kế hoạch \(t.planned), đã kiểm tra \(t.done), còn có thể \(t.possible) — \(t.reachable ? "còn đạt được" : "KHÔNG còn đạt được")"
                    : "- \(name): required \(t.required), planned \(t.planned), done \(t.done), possible \(t.possible) — \(t.reachable ? "reachable" : "NOT reachable")"
            )
        }
        let counts = Dictionary(grouping: p.inspections, by: \.status).mapValues(\.count)
        let order = ["done", "postponed", "cancelled", "planned"]
        let names =
            vi
            ? ["done": "đã kiểm tra", "postponed": "hoãn", "cancelled": "hủy", "planned": "chưa ghi nhận"]
            : ["done": "done", "postponed": "postponed", "cancelled": "cancelled", "planned": "not recorded"]
        lines.append(
            (vi ? "Các cuộc kiểm tra: " : "Inspections: ")
                + order.map { "\(counts[$0] ?? 0) \(names[$0]!)" }.joined(separator: ", "))
        lines.append(
            (vi ? "Quá hạn (\(p.overdue.count)): " : "Overdue (\(p.overdue.count)): ")
                + (p.overdue.isEmpty ? "—" : p.overdue.joined(separator: ", ")))
        let capacity = Vocabulary.number(p.remainingCapacity, decimals: 1, language)
        let needed = Vocabulary.number(p.neededCapacity, decimals: 1, language)
        lines.append(
            vi
                ? "Còn \(capacity) ngày-đoàn; các chỉ tiêu cần ít nhất \(needed) → \(p.reachable ? "chỉ tiêu năm còn đạt được" : "chỉ tiêu năm KHÔNG còn đạt được")"
                : "\(capacity) team-days left; the targets need at least \(needed) → \(p.reachable ? "the year's targets are still reachable" : "the year's targets are NOT reachable")"
        )
        for s in report.selfPlans {
            let kind =
                s.kind == .cchcPlan
                ? (vi ? "Kế hoạch CCHC của đơn vị" : "Units' CCHC plans")
                : (vi ? "Kế hoạch tự kiểm tra" : "Self-inspection plans")
            let due = s.due.map { vi ? " (hạn \($0.vietnameseDescription))" : " (due \($0))" } ?? ""
            let missing = s.missing.prefix(10).joined(separator: ", ") + (s.missing.count > 10 ? ", …" : "")
            lines.append(
                "\(kind): \(s.issued)/\(s.total)" + (vi ? " đã ban hành" : " issued") + due
                    + (s.missing.isEmpty ? "" : (vi ? "; chưa: " : "; missing: ") + missing)
                    + (s.overdue ? (vi ? " — QUÁ HẠN" : " — OVERDUE") : ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The scorecard.
    public static func render(_ scorecard: Scorecard, language: Language) -> String {
        let vi = language == .vi
        var lines: [String] = [
            (vi ? "Bảng chỉ tiêu CCHC, kỳ " : "CCHC scorecard, period ")
                + (scorecard.period?.description ?? (vi ? "(chưa có số liệu)" : "(no data)"))
        ]
        for r in scorecard.indicators {
            let i = r.indicator
            let met: String
            switch r.met {
            case true?: met = vi ? "đạt" : "met"
            case false?: met = vi ? "CHƯA ĐẠT" : "NOT MET"
            case nil: met = vi ? "thiếu số liệu" : "missing data"
            }
            let trend = r.periods.map { "\($0.period): \(value($0.value, i, language))" }.joined(separator: " → ")
            var line =
                "\(i.id) \(i.name)\(i.reconstructed ? " [U]" : ""): \(value(r.value, i, language)) / \(target(i, language)) — \(met)"
            if !trend.isEmpty { line += "\n    " + (vi ? "Diễn biến: " : "Trend: ") + trend }
            if !r.pullingDown.isEmpty {
                line +=
                    "\n    " + (vi ? "Kéo chỉ tiêu xuống: " : "Pulling it down: ")
                    + r.pullingDown.prefix(8).joined(separator: ", ") + (r.pullingDown.count > 8 ? ", …" : "")
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
