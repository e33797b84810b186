import InspectionScheduling
import Localization

/// Draws the coverage of each target group in SVG: the group's size as a track, the planned units as a bar, the
/// requirement as a marker.
enum CoverageBarsSVG {
    static func render(_ targets: [TargetCoverage], language: Language) -> String {
        let vi = language == .vi
        let width = 1000.0, left = 300.0, right = 150.0, rowH = 34.0, top = 8.0
        let height = top + Double(max(targets.count, 1)) * rowH + 8
        let plotW = width - left - right
        var s: [String] = []
        s.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(HTML.n(width)) \(HTML.n(height))\" role=\"img\" aria-label=\"\(vi ? "Bao phủ chỉ tiêu" : "Target coverage")\">"
        )
        for (i, t) in targets.enumerated() {
            let y = top + Double(i) * rowH
            let total = max(t.total, 1)
            func x(_ v: Int) -> Double { left + plotW * Double(v) / Double(total) }
            let label = t.name + (t.region.map { " — \($0)" } ?? "")
            let colour = t.isMet ? "#1e8449" : "#c0392b"
            s.append(
                "<g><title>\(HTML.escape(label + ": " + (vi ? "kế hoạch \(t.planned), tối thiểu \(t.required), tổng số \(t.total)" : "planned \(t.planned), required \(t.required), total \(t.total)")))</title>"
            )
            s.append(
                "<text class=\"lbl\" x=\"\(HTML.n(left - 8))\" y=\"\(HTML.n(y + 21))\" text-anchor=\"end\">\(HTML.escape(HTML.truncate(label, 48)))</text>"
            )
            s.append(
                "<rect x=\"\(HTML.n(left))\" y=\"\(HTML.n(y + 8))\" width=\"\(HTML.n(plotW))\" height=\"18\" fill=\"#eaecee\"/>"
            )
            s.append(
                "<rect x=\"\(HTML.n(left))\" y=\"\(HTML.n(y + 8))\" width=\"\(HTML.n(x(min(t.planned, total)) - left))\" height=\"18\" fill=\"\(colour)\"/>"
            )
            s.append(
                "<line x1=\"\(HTML.n(x(t.required)))\" y1=\"\(HTML.n(y + 3))\" x2=\"\(HTML.n(x(t.required)))\" y2=\"\(HTML.n(y + 31))\" stroke=\"#17202a\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>"
            )
            let share =
                t.total > 0 ? Vocabulary.percent(Double(t.planned) / Double(t.total), decimals: 0, language) : "—"
            s.append(
                "<text class=\"lbl\" x=\"\(HTML.n(width - right + 8))\" y=\"\(HTML.n(y + 21))\">\(t.planned) / \(t.required) / \(t.total) (\(share))</text>"
            )
            s.append("</g>")
        }
        s.append("</svg>")
        return s.joined(separator: "\n")
    }

    static func legend(_ language: Language) -> String {
        let vi = language == .vi
        return "<div class=\"legend\"><span class=\"sw\" style=\"background:#1e8449\"></span>"
            + (vi ? "Đơn vị được kiểm tra (đạt)" : "Units planned (met)")
            + "<span class=\"sw\" style=\"background:#c0392b\"></span>" + (vi ? "(chưa đạt)" : "(not met)")
            + "<span class=\"sw\" style=\"background:#eaecee\"></span>" + (vi ? "Tổng số đơn vị" : "All units")
            + " &nbsp; ┆ " + (vi ? "mức tối thiểu" : "required minimum")
            + " &nbsp; — " + (vi ? "số liệu: kế hoạch / tối thiểu / tổng số" : "figures: planned / required / total")
            + "</div>"
    }
}
