import Localization
import Staffing

/// Draws headcount by year against the quota for one category group in SVG: bars without and with the reduction
/// plan, and the quota as a line with points. Only units with a quota are counted, so the figures compare.
enum HeadcountChartSVG {
    /// One year's totals.
    struct Point: Hashable {
        var year: Int
        var headcount: Int
        var planned: Int?
        var quota: Int
        /// Units above their quota on 31 December (with the plan when given).
        var unitsOver: Int
    }

    /// Totals per year of the rows of `group` that have a quota.
    static func points(group: QuotaGroup, projection: [ProjectionRow], planned: [ProjectionRow]?) -> [Point] {
        let years = Set(projection.map(\.year)).sorted()
        guard projection.contains(where: { $0.category == group && $0.quota != nil && $0.headcount > 0 }) else {
            return []
        }
        return years.compactMap { year in
            let rows = projection.filter { $0.year == year && $0.category == group && $0.quota != nil }
            guard !rows.isEmpty else { return nil }
            let p = planned.map { ps in
                ps.filter { $0.year == year && $0.category == group && $0.quota != nil }.reduce(0) { $0 + $1.headcount }
            }
            let counted =
                planned.map { ps in ps.filter { $0.year == year && $0.category == group && $0.quota != nil } } ?? rows
            return Point(
                year: year, headcount: rows.reduce(0) { $0 + $1.headcount }, planned: p,
                quota: rows.reduce(0) { $0 + ($1.quota ?? 0) },
                unitsOver: counted.filter { ($0.surplus ?? 0) > 0 }.count)
        }
    }

    /// A "nice" tick step for a maximum value: 1, 2 or 5 × 10^k giving at most about 6 ticks.
    static func step(for maximum: Double) -> Double {
        var unit = 1.0
        while maximum / unit > 60 { unit *= 10 }
        for f in [1.0, 2.0, 5.0, 10.0] where maximum / (unit * f) <= 6 { return unit * f }
        return unit * 10
    }

    /// The SVG chart.
    static func render(title: String, points: [Point], language: Language) -> String {
        let vi = language == .vi
        let width = 1000.0, height = 240.0, left = 56.0, right = 16.0, top = 16.0, bottom = 36.0
        let maxValue = Double(points.map { max($0.headcount, $0.quota, $0.planned ?? 0) }.max() ?? 1)
        let tick = step(for: max(maxValue, 1))
        let maxTick = (max(maxValue, 1) / tick).rounded(.up) * tick
        let plotH = height - top - bottom, plotW = width - left - right
        func y(_ v: Double) -> Double { top + plotH * (1 - v / maxTick) }
        let slot = plotW / Double(max(points.count, 1))
        let hasPlan = points.contains { $0.planned != nil }
        let barW = min(slot * (hasPlan ? 0.32 : 0.5), 60)
        var s: [String] = []
        s.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(HTML.n(width)) \(HTML.n(height))\" role=\"img\" aria-label=\"\(HTML.escape(title))\">"
        )
        var v = 0.0
        while v <= maxTick + 1e-9 {
            s.append(
                "<line class=\"grid\" x1=\"\(HTML.n(left))\" y1=\"\(HTML.n(y(v)))\" x2=\"\(HTML.n(width - right))\" y2=\"\(HTML.n(y(v)))\"/>"
            )
            s.append(
                "<text class=\"tick\" x=\"\(HTML.n(left - 6))\" y=\"\(HTML.n(y(v) + 3))\" text-anchor=\"end\">\(Vocabulary.number(v, decimals: 0, language))</text>"
            )
            v += tick
        }
        s.append(
            "<line class=\"axis\" x1=\"\(HTML.n(left))\" y1=\"\(HTML.n(y(0)))\" x2=\"\(HTML.n(width - right))\" y2=\"\(HTML.n(y(0)))\"/>"
        )
        var quotaPath: [String] = []
        for (i, p) in points.enumerated() {
            let cx = left + slot * (Double(i) + 0.5)
            let x0 = hasPlan ? cx - barW - 2 : cx - barW / 2
            s.append(
                "<g><title>\(HTML.escape("\(p.year): " + (vi ? "không có phương án \(p.headcount)" : "without the plan \(p.headcount)") + (p.planned.map { vi ? ", có phương án \($0)" : ", with the plan \($0)" } ?? "") + (vi ? ", định mức \(p.quota)" : ", quota \(p.quota)")))</title>"
            )
            s.append(
                "<rect x=\"\(HTML.n(x0))\" y=\"\(HTML.n(y(Double(p.headcount))))\" width=\"\(HTML.n(barW))\" height=\"\(HTML.n(y(0) - y(Double(p.headcount))))\" fill=\"#aed6f1\"/>"
            )
            s.append(
                "<text class=\"tick\" x=\"\(HTML.n(x0 + barW / 2))\" y=\"\(HTML.n(y(Double(p.headcount)) - 3))\" text-anchor=\"middle\">\(p.headcount)</text>"
            )
            if let planned = p.planned {
                let x1 = cx + 2
                s.append(
                    "<rect x=\"\(HTML.n(x1))\" y=\"\(HTML.n(y(Double(planned))))\" width=\"\(HTML.n(barW))\" height=\"\(HTML.n(y(0) - y(Double(planned))))\" fill=\"#1f5fa8\"/>"
                )
                s.append(
                    "<text class=\"tick\" x=\"\(HTML.n(x1 + barW / 2))\" y=\"\(HTML.n(y(Double(planned)) - 3))\" text-anchor=\"middle\">\(planned)</text>"
                )
            }
            s.append("</g>")
            s.append(
                "<text class=\"lbl\" x=\"\(HTML.n(cx))\" y=\"\(HTML.n(height - bottom + 16))\" text-anchor=\"middle\">\(p.year)</text>"
            )
            quotaPath.append("\(i == 0 ? "M" : "L")\(HTML.n(cx)) \(HTML.n(y(Double(p.quota))))")
        }
        if !points.isEmpty {
            s.append(
                "<path d=\"\(quotaPath.joined(separator: " "))\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2.5\"/>"
            )
            for (i, p) in points.enumerated() {
                let cx = left + slot * (Double(i) + 0.5)
                s.append(
                    "<circle cx=\"\(HTML.n(cx))\" cy=\"\(HTML.n(y(Double(p.quota))))\" r=\"4\" fill=\"#c0392b\"><title>\(HTML.escape((vi ? "Định mức " : "Quota ") + "\(p.year): \(p.quota)"))</title></circle>"
                )
            }
        }
        s.append("</svg>")
        return s.joined(separator: "\n")
    }

    /// The legend line.
    static func legend(hasPlan: Bool, _ language: Language) -> String {
        let vi = language == .vi
        var parts = [
            "<span class=\"sw\" style=\"background:#aed6f1\"></span>"
                + (vi ? "Số người, chưa có phương án" : "Headcount without the plan")
        ]
        if hasPlan {
            parts.append(
                "<span class=\"sw\" style=\"background:#1f5fa8\"></span>"
                    + (vi ? "Số người, có phương án tinh giản" : "Headcount with the reduction plan"))
        }
        parts.append(
            "<span class=\"sw\" style=\"background:#c0392b\"></span>" + (vi ? "Định mức (biên chế được giao)" : "Quota")
        )
        return "<div class=\"legend\">" + parts.joined() + "</div>"
    }
}
