import CivilCalendar
import Foundation
import Localization
import Testing
import Tracking

@testable import WebPages

/// The tracking and scorecard pages, on a small hand-worked year: three communes, two to inspect.
@Suite struct TrackingPagesTests {
    let pages = WebPages.bundled
    let who = Provenance(by: "lan", at: "2026-03-20T08:00:00Z")

    func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }

    func context(_ language: Language = .vi, role: String = "planner") -> PageContext {
        PageContext(
            language: language, userName: "lan", role: role, csrfToken: "tok123", path: "/kich-ban/thu/theo-doi")
    }

    /// Plan: xa-a on 2 March, xa-b on 9 March, xa-c on 6 April; 2 of the 3 communes required. On 20 March xa-a
    /// is done and xa-b postponed: done 1, planned 3, still possible 1 + 2 open units that fit in 10 team-days = 3,
    /// reachable; xa-b is overdue (its date passed, postponed). Own plans: only xa-a issued its CCHC plan (1/3).
    func report() -> TrackingReport {
        let plan = [
            PlannedVisit(unit: "xa-a", team: "d1", date: day(3, 2), days: 1),
            PlannedVisit(unit: "xa-b", team: "d1", date: day(3, 9), days: 1),
            PlannedVisit(unit: "xa-c", team: "d1", date: day(4, 6), days: 1),
        ]
        let events = [
            InspectionEvent(id: 1, unit: "xa-a", outcome: .done, date: day(3, 2), team: "d1", provenance: who),
            InspectionEvent(id: 2, unit: "xa-b", outcome: .postponed, date: day(3, 9), provenance: who),
        ]
        let progress = InspectionTracking.progress(
            TrackingInput(
                targets: [TrackedTarget(name: "Xã, thị trấn", units: ["xa-a", "xa-b", "xa-c"], required: 2)],
                plan: plan, events: events, asOf: day(3, 20), remainingCapacity: 10,
                durations: ["xa-a": 1, "xa-b": 1, "xa-c": 1]))
        let own = SelfPlanTracking.status(
            units: ["xa-a", "xa-b", "xa-c"],
            events: [
                SelfPlanEvent(
                    id: 1, unit: "xa-a", kind: .cchcPlan, number: "15/KH-UBND", date: day(1, 20), provenance: who)
            ], due: day(1, 31), asOf: day(3, 20))
        return TrackingReport(progress: progress, selfPlans: own, planSource: "inspection-calendar.csv")
    }

    func page(_ report: TrackingReport?) -> WebPages.TrackingPage {
        WebPages.TrackingPage(
            id: "thu", name: "Thử nghiệm", report: report,
            units: [("xa-a", "Xã An"), ("xa-b", "Xã Bình"), ("xa-c", "Xã Cường")], teams: [("d1", "Đoàn 1")],
            year: 2026)
    }

    @Test func statusPageShowsTheHandWorkedFigures() {
        let html = pages.tracking(context: context(), page(report()))
        #expect(html.contains("<html lang=\"vi\">"))
        #expect(
            html.contains(
                "<th scope=\"row\">Xã, thị trấn</th><td class=\"num required\">2</td><td class=\"num planned\">3</td>"
                    + "<td class=\"num done\">1</td><td class=\"num possible\">3</td>"))
        #expect(html.contains("Còn đạt được chỉ tiêu cả năm."))
        #expect(html.contains("<p class=\"bad\" id=\"overdue-list\">xa-b</p>"))
        #expect(html.contains("data-unit=\"xa-a\"><th scope=\"row\">xa-a</th><td>2026-03-02</td><td>d1</td>"))
        #expect(html.contains("<td class=\"status\">Đã kiểm tra</td>"))
        #expect(html.contains("<td class=\"status\">Hoãn</td>"))
        #expect(html.contains("<th scope=\"row\">Kế hoạch CCHC</th><td class=\"num\">1</td><td class=\"num\">3</td>"))
        #expect(html.contains("<td class=\"bad\">xa-b, xa-c</td>"))
        #expect(html.contains("id=\"tab-tracking\""))
    }

    @Test func plannersGetTheFormsWithTheCSRFFieldAndViewersDoNot() {
        let planner = pages.tracking(context: context(), page(report()))
        #expect(planner.contains("action=\"/kich-ban/thu/theo-doi/kiem-tra\""))
        #expect(planner.contains("action=\"/kich-ban/thu/theo-doi/ke-hoach\""))
        #expect(planner.contains("enctype=\"multipart/form-data\""))
        #expect(planner.components(separatedBy: "name=\"_csrf\" value=\"tok123\"").count - 1 == 4)
        #expect(planner.contains("min=\"2026-01-01\" max=\"2026-12-31\""))
        for role in ["viewer", "hr"] {
            let reader = pages.tracking(context: context(role: role), page(report()))
            #expect(!reader.contains("/theo-doi/kiem-tra"))
            #expect(!reader.contains("/theo-doi/nhap"))
            #expect(reader.contains("id=\"read-only\""))
        }
    }

    @Test func englishOnRequest() {
        let html = pages.tracking(context: context(.en), page(report()))
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("targets are still reachable."))
        #expect(html.contains("<td class=\"status\">Postponed</td>"))
    }

    /// II.6: files settled on time, a ratio summed over the units: (98 + 50) / (100 + 50) = 148/150 = 98.7 %,
    /// under the 99 % target; xa-a (98 %) pulls it down. II.13 has no data: shown as missing, never 0.
    @Test func scorecardSumsTheRatioAndShowsMissingDataAsMissing() {
        let q1 = Period(year: 2026, quarter: 1)!
        let indicators = [
            Indicator(
                id: "II.6", name: "Hồ sơ giải quyết đúng hạn", target: 0.99, comparison: .atLeast, level: .all,
                compute: .ratio, source: "Mục II.6"),
            Indicator(
                id: "II.13", name: "Sáng kiến cấp huyện", target: 10, comparison: .atLeast, level: .district,
                compute: .value, source: "Mục II.13"),
        ]
        let values = [
            IndicatorValue(id: 1, unit: "xa-a", indicator: "II.6", period: q1, numerator: 98, denominator: 100),
            IndicatorValue(id: 2, unit: "xa-b", indicator: "II.6", period: q1, numerator: 50, denominator: 50),
        ]
        let card = ScorecardComputation.scorecard(
            indicators: indicators,
            units: [ScorecardUnit(code: "xa-a", level: .commune), ScorecardUnit(code: "xa-b", level: .commune)],
            values: values, selfPlans: [])
        let html = pages.scorecard(
            context: context(), WebPages.ScorecardPage(id: "thu", name: "Thử nghiệm", scorecard: card))
        #expect(html.contains("id=\"scorecard-period\">2026-Q1<"))
        #expect(html.contains("98,7"))
        #expect(html.contains("<td class=\"bad\">Chưa đạt</td>"))
        #expect(html.contains("<td class=\"small\">xa-a</td>"))
        #expect(html.contains("<td class=\"num value muted\">chưa có số liệu</td>"))
        #expect(!html.contains("<td class=\"num value\">0"))
        #expect(html.contains("action=\"/kich-ban/thu/chi-so/nhap\""))
        let viewer = pages.scorecard(
            context: context(.en, role: "viewer"), WebPages.ScorecardPage(id: "thu", name: "x", scorecard: card))
        #expect(viewer.contains("no data"))
        #expect(!viewer.contains("/chi-so/nhap"))
    }
}
