import CCHCApp
import Foundation
import Localization
import Reporting
import ScenarioFiles
import Testing

@testable import WebPages

/// Writes every page for the shipped Thạch Hà scenario into `$CCHC_PREVIEW_DIR` (with the static files beside
/// them), for `Scripts/preview-pages.sh` to screenshot. Skipped when the variable is not set.
@Suite struct PagePreviewTests {
    static let folder = ProcessInfo.processInfo.environment["CCHC_PREVIEW_DIR"]

    @Test(.enabled(if: folder != nil)) func writePreviewPages() throws {
        let folder = URL(fileURLWithPath: try #require(Self.folder))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in WebPages.assetNames {
            try #require(WebPages.staticAsset(named: name)).data.write(to: folder.appendingPathComponent(name))
        }
        for (name, html) in pages() {
            let local = html.replacingOccurrences(of: "\"/static/", with: "\"")
            try Data(local.utf8).write(to: folder.appendingPathComponent(name + ".html"))
        }
    }

    func pages() -> [(String, String)] {
        let pages = WebPages.bundled
        let results = ThachHa.results
        let scenario = results.loaded.scenario
        let id = "thach-ha-2022"
        func context(_ path: String, role: String = "planner", _ language: Language = .vi) -> PageContext {
            PageContext(language: language, userName: "nguyen.lan", role: role, csrfToken: "t", path: path)
        }
        let items = [
            WebPages.ScenarioItem(id: id, name: scenario.name, year: 2022),
            WebPages.ScenarioItem(
                id: "thach-ha-2022-coverage", name: "Huyện Thạch Hà 2022 - phủ rộng tối đa", year: 2022, extends: id),
        ]
        let problem = ScenarioIssue(
            file: "teams.csv", line: 3, field: "days_per_week", row: 2,
            message: LocalizedText(vi: "“hai” không phải là một số", en: "“hai” is not a number"),
            hint: LocalizedText(vi: "Ghi số ngày mỗi tuần, ví dụ 2", en: "Write the days per week, e.g. 2"))
        let column = ComparisonColumn(
            ComparedScenario(id: id, scenario: scenario, plan: results.plan, staffing: results.staffing))
        var other = column
        other.name = "Huyện Thạch Hà 2022 - phủ rộng tối đa"
        other.inspection.inspections += 19
        other.inspection.teamDays += 15
        var comparison = ScenarioComparison([])
        comparison.columns = [column, other]
        let calendar = { (view: WebPages.CalendarView, selected: String?) in
            WebPages.CalendarPage(id: id, scenario: scenario, plan: results.plan, view: view, selected: selected)
        }
        return [
            ("sign-in", pages.signIn(context: PageContext(language: .vi, path: "/dang-nhap"))),
            ("scenarios", pages.scenarioList(context: context("/"), scenarios: items, canCreate: true)),
            (
                "overview",
                pages.overview(
                    context: context("/kich-ban/\(id)"),
                    WebPages.Overview(
                        id: id, name: scenario.name, year: 2022, version: "3f9a1c", plan: results.plan,
                        staffing: results.staffing, scenario: scenario, downloads: WebPages.downloadNames))
            ),
            (
                "overview-problems",
                pages.overview(
                    context: context("/kich-ban/\(id)"),
                    WebPages.Overview(id: id, name: scenario.name, year: 2022, version: "3f9a1c", problems: [problem]))
            ),
            (
                "settings",
                pages.settings(context: context("/kich-ban/\(id)/cai-dat"), id: id, scenario: scenario, version: "v")
            ),
            ("calendar-team", pages.calendar(context: context("/kich-ban/\(id)/lich"), calendar(.team, nil))),
            ("calendar-month", pages.calendar(context: context("/kich-ban/\(id)/lich"), calendar(.month, nil))),
            ("calendar-unit", pages.calendar(context: context("/kich-ban/\(id)/lich"), calendar(.unit, nil))),
            (
                "calendar-selected",
                pages.calendar(context: context("/kich-ban/\(id)/lich"), calendar(.team, scenario.pins.first?.unit))
            ),
            (
                "staffing",
                pages.staffing(
                    context: context("/kich-ban/\(id)/nhan-su", role: "hr"), id: id, scenario: scenario,
                    report: results.staffing)
            ),
            (
                "run",
                pages.run(
                    context: context("/kich-ban/\(id)/chay/r1"),
                    WebPages.RunView(
                        id: "r1", scenario: id, scenarioName: scenario.name, kind: "schedule", state: "running",
                        incumbent: 127.85, bound: 120.5, gap: 0.0575, elapsed: 12))
            ),
            (
                "compare",
                pages.compare(
                    context: context("/so-sanh"), scenarios: items, a: id, b: "thach-ha-2022-coverage",
                    comparison: comparison)
            ),
            (
                "users",
                pages.users(
                    context: context("/quan-tri/nguoi-dung", role: "admin"),
                    users: [
                        WebPages.UserRow(name: "nguyen.lan", role: "admin", created: "06/12/2026"),
                        WebPages.UserRow(name: "tran.hoa", role: "hr", created: "06/12/2026"),
                        WebPages.UserRow(name: "lanh.dao", role: "viewer", created: "06/12/2026"),
                    ])
            ),
            ("overview-en", pages.signIn(context: PageContext(language: .en, path: "/dang-nhap"))),
        ]
    }
}
