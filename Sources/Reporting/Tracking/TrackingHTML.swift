import CivilCalendar
import Localization
import Tracking

/// The sections `index.html` gains when the workspace holds tracking data: where the year's inspections and the
/// units' own plans stand, and the scorecard with a chart per indicator over the periods.
public enum TrackingHTML {
    /// The sections, as HTML lines.
    public static func sections(_ report: TrackingReport?, _ scorecard: Scorecard?, language: Language) -> [String] {
        var out: [String] = []
        if let report { out += status(report, language) }
        if let scorecard { out += indicators(scorecard, language) }
        return out
    }

    static func status(_ report: TrackingReport, _ language: Language) -> [String] {
        let vi = language == .vi
        let p = report.progress
        var s = [
            "<section id=\"tracking\">",
            "<h2>\(vi ? "Theo dõi thực hiện đến ngày \(p.asOf.vietnameseDescription)" : "Progress as of \(p.asOf)")</h2>",
        ]
        let yes = "<span class=\"yes\">✓</span>"
        let no = "<span class=\"no\">✗</span>"
        let rows = p.targets.map { t in
            [
                HTML.escape(t.name + (t.region.map { " — \($0)" } ?? "")), "\(t.required)", "\(t.planned)", "\(t.done)",
                "\(t.possible)", t.reachable ? yes : no,
            ]
        }
        s += HTML.table(
            [
                vi ? "Nhóm đơn vị" : "Group", vi ? "Tối thiểu" : "Required", vi ? "Kế hoạch" : "Planned",
                vi ? "Đã kiểm tra" : "Done", vi ? "Còn có thể" : "Possible", vi ? "Còn đạt được" : "Reachable",
            ], rows, numeric: [1, 2, 3, 4])
        s.append(
            "<p>"
                + HTML.escape(
                    (vi ? "Quá hạn: " : "Overdue: ") + (p.overdue.isEmpty ? "—" : p.overdue.joined(separator: ", ")))
                + "</p>")
        let selfRows = report.selfPlans.map { st in
            [
                HTML.escape(
                    st.kind == .cchcPlan
                        ? (vi ? "Kế hoạch CCHC" : "CCHC plan") : (vi ? "Kế hoạch tự kiểm tra" : "Self-inspection plan")),
                "\(st.issued)", "\(st.total)", HTML.escape(st.due.map { $0.vietnameseDescription } ?? "—"),
                HTML.escape(st.missing.isEmpty ? "—" : st.missing.joined(separator: ", ")),
            ]
        }
        s += HTML.table(
            [
                vi ? "Kế hoạch của đơn vị" : "Units' own plan", vi ? "Đã ban hành" : "Issued", vi ? "Tổng số" : "Total",
                vi ? "Hạn" : "Due", vi ? "Chưa ban hành" : "Missing",
            ], selfRows, numeric: [1, 2])
        s.append("</section>")
        return s
    }

    static func indicators(_ scorecard: Scorecard, _ language: Language) -> [String] {
        let vi = language == .vi
        var s = [
            "<section id=\"scorecard\">",
            "<h2>\(vi ? "Bảng chỉ tiêu CCHC" : "CCHC scorecard")"
                + (scorecard.period.map { " — \($0)" } ?? "") + "</h2>",
        ]
        let rows = scorecard.indicators.map { r -> [String] in
            let i = r.indicator
            let met = r.met.map { $0 ? "<span class=\"yes\">✓</span>" : "<span class=\"no\">✗</span>" } ?? "—"
            return [
                HTML.escape(i.id), HTML.escape(i.name + (i.reconstructed ? " [U]" : "")),
                HTML.escape(TrackingText.value(r.value, i, language)), HTML.escape(TrackingText.target(i, language)),
                met, sparkline(r, language),
                HTML.escape(r.pullingDown.prefix(5).joined(separator: ", ") + (r.pullingDown.count > 5 ? ", …" : "")),
            ]
        }
        s += HTML.table(
            [
                vi ? "Mã" : "Id", vi ? "Chỉ tiêu" : "Indicator", vi ? "Giá trị" : "Value", vi ? "Mục tiêu" : "Target",
                vi ? "Đạt" : "Met", vi ? "Theo kỳ" : "By period", vi ? "Kéo xuống" : "Pulling down",
            ], rows, numeric: [2, 3])
        s.append(
            "<p class=\"sub\">"
                + (vi
                    ? "Tỷ lệ = tổng tử số / tổng mẫu số của các đơn vị (không lấy trung bình các tỷ lệ). Kỳ không có số liệu để trống, không tính là 0."
                    : "Ratio = the units' summed numerators / summed denominators (never an average of percentages). A period without data is left blank, never counted as 0.")
                + "</p>")
        s.append("</section>")
        return s
    }

    /// A small line chart of an indicator over the periods: points with data joined, missing periods left as
    /// gaps, the target as a dashed line.
    static func sparkline(_ result: IndicatorResult, _ language: Language) -> String {
        let width = 160.0, height = 40.0, pad = 4.0
        let values = result.periods.compactMap(\.value)
        let i = result.indicator
        let top = max(values.max() ?? 0, i.upper ?? i.target, i.isShare ? 1 : 0)
        let bottom = min(values.min() ?? 0, i.target, 0)
        let span = max(top - bottom, 1e-9)
        let count = max(result.periods.count, 1)
        func x(_ index: Int) -> Double {
            count == 1 ? width / 2 : pad + (width - 2 * pad) * Double(index) / Double(count - 1)
        }
        func y(_ v: Double) -> Double { height - pad - (height - 2 * pad) * (v - bottom) / span }
        var s = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(HTML.n(width))\" height=\"\(HTML.n(height))\" viewBox=\"0 0 \(HTML.n(width)) \(HTML.n(height))\" role=\"img\" aria-label=\"\(HTML.escape(i.id))\">",
            "<line x1=\"0\" y1=\"\(HTML.n(y(i.target)))\" x2=\"\(HTML.n(width))\" y2=\"\(HTML.n(y(i.target)))\" stroke=\"#17202a\" stroke-dasharray=\"3 2\"/>",
        ]
        var segment: [String] = []
        func flush() {
            if segment.count > 1 {
                s.append(
                    "<polyline fill=\"none\" stroke=\"\(HTML.seriesColour(0))\" stroke-width=\"2\" points=\"\(segment.joined(separator: " "))\"/>"
                )
            }
            segment = []
        }
        for (index, point) in result.periods.enumerated() {
            guard let v = point.value else {
                flush()
                continue
            }
            segment.append("\(HTML.n(x(index))),\(HTML.n(y(v)))")
            let colour = i.meets(v) ? "#1e8449" : "#c0392b"
            s.append(
                "<circle cx=\"\(HTML.n(x(index)))\" cy=\"\(HTML.n(y(v)))\" r=\"3\" fill=\"\(colour)\"><title>\(HTML.escape("\(point.period): \(TrackingText.value(v, i, language))"))</title></circle>"
            )
        }
        flush()
        s.append("</svg>")
        return s.joined()
    }
}
