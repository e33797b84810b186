import CivilCalendar
import InspectionScheduling
import Localization
import Staffing

/// Renders `comparison.html`: several scenarios side by side (a table, coverage and staffing charts) and what differs
/// from the first scenario. Self-contained, printable on A4, deterministic.
public enum ComparisonHTML {
    /// Renders the page.
    public static func render(_ comparison: ScenarioComparison, language: Language) -> String {
        let vi = language == .vi
        var body: [String] = []
        body.append(contentsOf: header(comparison, language))
        body.append(contentsOf: keyFigures(comparison, language))
        body.append(contentsOf: charts(comparison, language))
        body.append(contentsOf: differences(comparison, language))
        body.append(
            "<footer>\(vi ? "Lập bằng cchc từ các tệp của phương án." : "Produced by cchc from the scenario files.")</footer>"
        )
        return HTML.page(title: vi ? "So sánh các phương án" : "Scenario comparison", language: language, body: body)
    }

    /// The page header: the office, the title and which scenario is the baseline.
    static func header(_ comparison: ScenarioComparison, _ language: Language) -> [String] {
        let vi = language == .vi
        let cols = comparison.columns
        var body: [String] = []
        body.append("<header class=\"doc\">")
        body.append(
            "<div class=\"agency\">\(vi ? "Phòng Nội vụ — Báo cáo lãnh đạo" : "Internal Affairs Office — leadership report")</div>"
        )
        body.append("<h1>\(vi ? "So sánh các phương án" : "Scenario comparison")</h1>")
        body.append(
            "<p class=\"sub\">"
                + HTML.escape(
                    vi
                        ? "Phương án gốc: \(cols.first?.name ?? "—"). Các ô tô màu là số liệu khác phương án gốc."
                        : "Baseline: \(cols.first?.name ?? "—"). Shaded cells differ from the baseline.") + "</p>")
        body.append("</header>")
        return body
    }

    /// Section 1: the numbered scenarios and the table of key figures, cells that differ from the baseline shaded.
    static func keyFigures(_ comparison: ScenarioComparison, _ language: Language) -> [String] {
        let vi = language == .vi
        let cols = comparison.columns
        var body: [String] = []
        body.append("<section class=\"first\" id=\"table\">")
        body.append("<h2>\(vi ? "1. Số liệu chính" : "1. Key figures")</h2>")
        body.append(
            "<ol>"
                + cols.map {
                    "<li><b>\(HTML.escape($0.name))</b> <span class=\"sub\">(\(HTML.escape($0.id)))</span></li>"
                }.joined() + "</ol>")
        body.append("<table>")
        body.append(
            "<thead><tr><th></th>" + cols.indices.map { "<th class=\"num\">[\($0 + 1)]</th>" }.joined()
                + "</tr></thead>")
        body.append("<tbody>")
        for row in ComparisonTable.rows(comparison, language) {
            if row.heading {
                body.append("<tr class=\"head\"><td colspan=\"\(cols.count + 1)\">\(HTML.escape(row.label))</td></tr>")
            } else {
                let base = row.cells.first
                body.append(
                    "<tr><td>\(HTML.escape(row.label))</td>"
                        + row.cells.enumerated().map { i, c in
                            "<td class=\"num\(i > 0 && c != base ? " diff" : "")\">\(HTML.escape(c))</td>"
                        }.joined() + "</tr>")
            }
        }
        body.append("</tbody></table>")
        body.append("</section>")
        return body
    }

    /// Section 2: one coverage chart per target, then inspection team-days and reduction cost per scenario.
    static func charts(_ comparison: ScenarioComparison, _ language: Language) -> [String] {
        let vi = language == .vi
        var body: [String] = []
        body.append("<section id=\"charts\">")
        body.append("<h2>\(vi ? "2. Biểu đồ" : "2. Charts")</h2>")
        for label in comparison.targetLabels {
            body.append(contentsOf: coverageChart(comparison.columns, label: label, language))
        }
        body.append(contentsOf: teamDaysChart(comparison.columns, language))
        body.append(contentsOf: costChart(comparison.columns, language))
        body.append("</section>")
        return body
    }

    /// The coverage of one target in each scenario: planned against the required minimum and the total.
    static func coverageChart(_ cols: [ComparisonColumn], label: String, _ language: Language) -> [String] {
        let vi = language == .vi
        let bars = cols.enumerated().map { i, c -> Bar in
            let t = c.inspection.coverage.first { $0.label == label }
            return Bar(
                label: "[\(i + 1)] " + c.name, value: Double(t?.planned ?? 0),
                marker: t.map { Double($0.required) },
                text: t.map { "\($0.planned) / \($0.required) / \($0.total)" } ?? "—", good: t?.met ?? false)
        }
        return [
            "<figure><h3>\(HTML.escape((vi ? "Bao phủ: " : "Coverage: ") + label))</h3>",
            barChart(
                bars,
                maximum: Double(
                    cols.compactMap { $0.inspection.coverage.first { $0.label == label }?.total }.max() ?? 1),
                language),
            "<figcaption>\(vi ? "Kế hoạch / tối thiểu / tổng số; vạch đứt: mức tối thiểu" : "Planned / required / total; dashed mark: required minimum")</figcaption></figure>",
        ]
    }

    /// Inspection team-days and teams in each scenario.
    static func teamDaysChart(_ cols: [ComparisonColumn], _ language: Language) -> [String] {
        let vi = language == .vi
        let days = cols.enumerated().map { i, c in
            Bar(
                label: "[\(i + 1)] " + c.name, value: c.inspection.teamDays, marker: nil,
                text: Vocabulary.days(c.inspection.teamDays, language)
                    + (vi ? " ngày, \(c.inspection.teams) đoàn" : " days, \(c.inspection.teams) teams"), good: true)
        }
        return [
            "<figure><h3>\(vi ? "Ngày-đoàn kiểm tra" : "Inspection team-days")</h3>",
            barChart(days, maximum: days.map(\.value).max() ?? 1, language),
            "</figure>",
        ]
    }

    /// The cost of the staff reduction in each scenario, red where surplus remains at a deadline.
    static func costChart(_ cols: [ComparisonColumn], _ language: Language) -> [String] {
        let vi = language == .vi
        let cost = cols.enumerated().map { i, c in
            Bar(
                label: "[\(i + 1)] " + c.name, value: c.staffing.costVND, marker: nil,
                text: StaffingVocabulary.vnd(c.staffing.costVND, language)
                    + (vi
                        ? " đ; \(c.staffing.exits) nghỉ, \(c.staffing.transfers) điều động"
                        : " VND; \(c.staffing.exits) exits, \(c.staffing.transfers) transfers"),
                good: c.staffing.unresolved == 0)
        }
        return [
            "<figure><h3>\(vi ? "Kinh phí tinh giản" : "Reduction cost")</h3>",
            barChart(cost, maximum: cost.map(\.value).max() ?? 1, language),
            "<figcaption>\(vi ? "Màu đỏ: còn người thừa định mức tại hạn" : "Red: some surplus remains at a deadline")</figcaption></figure>",
        ]
    }

    /// Section 3: for each scenario after the first, how its calendar and staffing measures differ from the baseline.
    static func differences(_ comparison: ScenarioComparison, _ language: Language) -> [String] {
        let vi = language == .vi
        var body: [String] = []
        body.append("<section id=\"differences\">")
        body.append("<h2>\(vi ? "3. Khác biệt so với phương án gốc" : "3. Differences from the baseline")</h2>")
        if comparison.differences.isEmpty {
            body.append("<p>\(vi ? "Chỉ có một phương án." : "Only one scenario.")</p>")
        }
        for d in comparison.differences {
            let name = comparison.columns.first { $0.id == d.other }?.name ?? d.other
            body.append(contentsOf: difference(d, name: name, language))
        }
        body.append(
            "<p class=\"sub\">\(vi ? "+ chỉ có ở phương án này; − chỉ có ở phương án gốc; ~ khác đoàn, ngày hoặc hình thức." : "+ only in this scenario; − only in the baseline; ~ different team, date or measure.")</p>"
        )
        body.append("</section>")
        return body
    }

    /// One scenario's differences from the baseline: a summary line, then the calendar and measure tables.
    static func difference(_ d: ScenarioDifferences, name: String, _ language: Language) -> [String] {
        let vi = language == .vi
        var body: [String] = []
        body.append("<h3>\(HTML.escape(name))</h3>")
        let cal = ComparisonTable.breakdown(d.calendar.map(\.change)),
            mea = ComparisonTable.breakdown(d.measures.map(\.change))
        body.append(
            "<p>"
                + HTML.escape(
                    vi
                        ? "Lịch kiểm tra: \(d.calendar.count) đơn vị khác\(cal); biện pháp tinh giản: \(d.measures.count) người khác\(mea)."
                        : "Calendar: \(d.calendar.count) units differ\(cal); staffing measures: \(d.measures.count) people differ\(mea)."
                ) + "</p>")
        if !d.calendar.isEmpty {
            let rows = d.calendar.map { c in
                [
                    ComparisonTable.symbol(c.change), HTML.escape(c.name), HTML.escape(slot(c.before, language)),
                    HTML.escape(slot(c.after, language)),
                ]
            }
            body.append(
                contentsOf: HTML.table(
                    ["", vi ? "Đơn vị" : "Unit", vi ? "Phương án gốc" : "Baseline", HTML.escape(name)], rows))
        }
        if !d.measures.isEmpty {
            let rows = d.measures.map { m in
                [
                    ComparisonTable.symbol(m.change), HTML.escape("\(m.name) (\(m.id))"),
                    HTML.escape(ComparisonTable.measure(m.before, language)),
                    HTML.escape(ComparisonTable.measure(m.after, language)),
                ]
            }
            body.append(
                contentsOf: HTML.table(
                    ["", vi ? "Người" : "Person", vi ? "Phương án gốc" : "Baseline", HTML.escape(name)], rows))
        }
        return body
    }

    static func slot(_ s: CalendarSlot?, _ language: Language) -> String {
        guard let s else { return language == .vi ? "(không kiểm tra)" : "(not inspected)" }
        return
            "\(s.team), \(Vocabulary.date(s.date, language)), \(Vocabulary.days(s.days, language)) \(language == .vi ? "ngày" : "d")"
    }

    struct Bar {
        var label: String
        var value: Double
        var marker: Double?
        var text: String
        var good: Bool
    }

    /// A horizontal bar chart, one bar per scenario.
    static func barChart(_ bars: [Bar], maximum: Double, _ language: Language) -> String {
        let width = 1000.0, left = 330.0, right = 260.0, rowH = 28.0
        let height = Double(max(bars.count, 1)) * rowH + 8
        let plotW = width - left - right
        let top = max(maximum, 1)
        var s = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(HTML.n(width)) \(HTML.n(height))\" role=\"img\">"
        ]
        for (i, b) in bars.enumerated() {
            let y = 4 + Double(i) * rowH
            s.append(
                "<text class=\"lbl\" x=\"\(HTML.n(left - 8))\" y=\"\(HTML.n(y + 17))\" text-anchor=\"end\">\(HTML.escape(HTML.truncate(b.label, 50)))</text>"
            )
            s.append(
                "<rect x=\"\(HTML.n(left))\" y=\"\(HTML.n(y + 4))\" width=\"\(HTML.n(plotW))\" height=\"18\" fill=\"#f2f3f4\"/>"
            )
            s.append(
                "<rect x=\"\(HTML.n(left))\" y=\"\(HTML.n(y + 4))\" width=\"\(HTML.n(plotW * min(b.value / top, 1)))\" height=\"18\" fill=\"\(b.good ? HTML.seriesColour(i) : "#c0392b")\"/>"
            )
            if let m = b.marker {
                let x = left + plotW * min(m / top, 1)
                s.append(
                    "<line x1=\"\(HTML.n(x))\" y1=\"\(HTML.n(y))\" x2=\"\(HTML.n(x))\" y2=\"\(HTML.n(y + 26))\" stroke=\"#17202a\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>"
                )
            }
            s.append(
                "<text class=\"lbl\" x=\"\(HTML.n(width - right + 8))\" y=\"\(HTML.n(y + 17))\">\(HTML.escape(b.text))</text>"
            )
        }
        s.append("</svg>")
        return s.joined(separator: "\n")
    }
}
