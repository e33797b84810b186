import CivilCalendar
import Foundation
import InspectionScheduling
import Localization
import ScenarioModel
import Staffing
import Testing

@testable import Reporting

@Suite struct ScenarioReportHTMLTests {
    static func page(_ language: Language = .vi) throws -> String {
        let report = try StaffingFixtures.report()
        return ScenarioReportHTML.render(
            scenario: InspectionFixtures.scenario, plan: InspectionFixtures.plan, staffing: report,
            plannedProjection: report.projection, language: language)
    }

    @Test func escapesEverySpecialCharacter() {
        #expect(HTML.escape("<a href='x'>&\"y\"</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;y&quot;&lt;/a&gt;")
        #expect(HTML.escape("Xã Thạch Khê") == "Xã Thạch Khê")
    }

    @Test func isSelfContainedVietnameseAndPrintable() throws {
        let html = try Self.page()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("@media print"))
        #expect(html.contains("break-before: page"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains(" src="))
        // The only URL is the SVG namespace.
        let urls = html.components(separatedBy: "http").count - 1
        let namespaces = html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1
        #expect(urls == namespaces)
        #expect(html.contains("Tóm tắt"))
        #expect(html.contains("Lịch kiểm tra theo đoàn"))
    }

    @Test func showsEverySectionWithItsFigures() throws {
        let html = try Self.page()
        // One Gantt chart per team, one headcount chart per group with a quota, one coverage chart.
        #expect(html.contains("<h3>Đoàn kiểm tra số 1 (T1) — 3 cuộc, 2 ngày</h3>"))
        #expect(html.contains("<h3>Đoàn kiểm tra số 2 (T2) — 2 cuộc, 2,5 ngày</h3>"))
        #expect(html.contains("aria-label=\"Lịch kiểm tra của Đoàn kiểm tra số 1\""))
        #expect(html.contains("aria-label=\"Bao phủ chỉ tiêu\""))
        #expect(html.contains("2 / 1 / 2 (100%)"))
        #expect(html.contains("id=\"headcount\""))
        #expect(html.contains("Số người theo năm so với định mức"))
        // The reduction plan lists the early retirement of S0.
        #expect(html.contains("Nguyễn Văn S0"))
        #expect(html.contains("Nghỉ hưu trước tuổi"))
        // Text from the scenario is escaped, in the chart label and elsewhere.
        #expect(html.contains("&quot;Thể thao&quot;"))
        #expect(!html.contains("\"Thể thao\""))
        let svgs = html.components(separatedBy: "<svg ").count - 1
        #expect(svgs >= 4)
        #expect(html.components(separatedBy: "<svg ").count == html.components(separatedBy: "</svg>").count)
    }

    @Test func ganttBarsSitOnTheirDates() throws {
        let plan = InspectionFixtures.plan
        let scenario = InspectionFixtures.scenario
        let span = GanttChartSVG.range(plan, scenario)
        #expect(span.from == CivilDate(year: 2022, month: 5, day: 1))
        #expect(span.to == CivilDate(year: 2022, month: 9, day: 30))
        let entries = CalendarEntry.entries(of: plan, in: scenario).filter { $0.team.code == "T2" }
        let svg = GanttChartSVG.render(
            team: scenario.teams[1], entries: entries, span: span, scenario: scenario, language: .en)
        // X2 occupies 2022-06-03 and 2022-06-06: two bars, each one day wide.
        let dayWidth = (GanttChartSVG.width - GanttChartSVG.left - GanttChartSVG.right) / 153
        let x1 = GanttChartSVG.left + Double(span.from.days(to: CivilDate(year: 2022, month: 6, day: 3)!)) * dayWidth
        let x2 = GanttChartSVG.left + Double(span.from.days(to: CivilDate(year: 2022, month: 6, day: 6)!)) * dayWidth
        #expect(svg.contains("<rect x=\"\(HTML.n(x1))\" y=\"37\" width=\"\(HTML.n(dayWidth))\""))
        #expect(svg.contains("<rect x=\"\(HTML.n(x2))\" y=\"37\" width=\"\(HTML.n(dayWidth))\""))
        #expect(svg.contains(">Xã Đỉnh Bàn</text>"))
        #expect(svg.contains(">06-03</text>"))
    }

    @Test func headcountTotalsCountOnlyUnitsWithAQuota() throws {
        let rows = [
            ProjectionRow(
                year: 2024, unit: "X", category: .officials, headcount: 19, hires: 0,
                quota: QuotaFigure(
                    value: 18, basis: "b", citation: try #require(StaffingFixtures.report().units.first?.citation))),
            ProjectionRow(year: 2024, unit: "Z", category: .officials, headcount: 5, hires: 0, quota: nil),
        ]
        let points = HeadcountChartSVG.points(group: .officials, projection: rows, planned: nil)
        #expect(points == [HeadcountChartSVG.Point(year: 2024, headcount: 19, planned: nil, quota: 18, unitsOver: 1)])
        #expect(HeadcountChartSVG.step(for: 19) == 5)
        #expect(HeadcountChartSVG.step(for: 430) == 100)
    }

    @Test func englishAndDeterministic() throws {
        let en = try Self.page(.en)
        #expect(en.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(en.contains("Calendar by team"))
        #expect(en.contains("Headcount by year against quota"))
        #expect(try Self.page(.en) == en)
        try expectSnapshot(try Self.page(), named: "index.vi.html")
    }

    @Test func comparisonPageShadesDifferences() throws {
        let c = ScenarioComparison([try ComparisonFixtures.base(), try ComparisonFixtures.variant()])
        let html = ComparisonHTML.render(c, language: .vi)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.contains("So sánh các phương án"))
        #expect(html.contains("Biến thể &lt;4 đoàn&gt;"))
        #expect(html.contains("<td class=\"num diff\">3,5</td>"))
        #expect(html.contains("<td class=\"num\">4,5</td>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("Khác biệt so với phương án gốc"))
        #expect(ComparisonHTML.render(c, language: .vi) == html)
        try expectSnapshot(html, named: "comparison.vi.html")
    }
}
