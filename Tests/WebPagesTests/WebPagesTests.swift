import CCHCApp
import Foundation
import InspectionScheduling
import Localization
import Reporting
import ScenarioFiles
import ScenarioModel
import Testing

@testable import WebPages

@Suite struct WebPagesTests {
    let pages = WebPages.bundled

    func context(_ language: Language = .vi, role: String = "planner") -> PageContext {
        PageContext(
            language: language, userName: "lan", role: role, csrfToken: "tok123", path: "/kich-ban/thach-ha-2022/lich",
            query: [("xem", "thang")])
    }

    /// How often `needle` occurs in `text`.
    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func signInPageIsVietnameseFirstAndEnglishOnRequest() {
        let vi = pages.signIn(context: PageContext(language: .vi, path: "/dang-nhap"))
        #expect(vi.contains("<html lang=\"vi\">"))
        #expect(vi.contains("Tên đăng nhập"))
        #expect(vi.contains("href=\"/dang-nhap?lang=en\""))
        #expect(!vi.contains("id=\"sign-out\""))
        let en = pages.signIn(context: PageContext(language: .en, path: "/dang-nhap"), error: "Wrong password")
        #expect(en.contains("<html lang=\"en\">"))
        #expect(en.contains("User name"))
        #expect(en.contains("Wrong password"))
    }

    @Test func layoutCarriesUserRoleCSRFAndKeepsQueryOnLanguageSwitch() {
        let html = pages.message(context: context(), heading: "Xin chào", text: "…")
        #expect(html.contains("<meta name=\"csrf-token\" content=\"tok123\">"))
        #expect(html.contains("<strong>lan</strong> · Lập kế hoạch kiểm tra"))
        #expect(html.contains("name=\"_csrf\" value=\"tok123\""))
        #expect(html.contains("href=\"/kich-ban/thach-ha-2022/lich?xem=thang&amp;lang=en\""))
        #expect(!html.contains("id=\"nav-users\""))
        let admin = pages.message(context: context(role: "admin"), heading: "x", text: "y")
        #expect(admin.contains("id=\"nav-users\""))
    }

    @Test func valuesFromFilesAreEscaped() {
        let html = pages.scenarioList(
            context: context(),
            scenarios: [WebPages.ScenarioItem(id: "x", name: "<script>alert(1)</script>", year: 2022)],
            canCreate: true)
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func overviewListsEachProblemWithFilePlaceColumnAndFix() {
        let problem = ScenarioIssue(
            file: "/tmp/ws/Scenarios/a/teams.csv", line: 3, field: "days_per_week", row: 2,
            message: LocalizedText(vi: "Số ngày không hợp lệ", en: "Bad number of days"),
            hint: LocalizedText(vi: "Ghi một số từ 1 đến 5", en: "Write a number from 1 to 5"))
        let html = pages.overview(
            context: context(),
            WebPages.Overview(id: "a", name: "A", year: 2022, problems: [problem], downloads: ["plan.json"]))
        #expect(count("<tr class=\"problem\">", in: html) == 1)
        #expect(
            html.contains(
                "<a href=\"/kich-ban/a/tep/teams.csv\" class=\"fix-link\">teams.csv</a></td><td>dòng 3, dòng dữ liệu 2</td><td><code>days_per_week</code></td>"
            ))
        #expect(html.contains("<td>Ghi một số từ 1 đến 5</td>"))
        #expect(html.contains("id=\"run-calendar\" disabled"))
        #expect(!html.contains("id=\"run-staffing\""))
        #expect(html.contains("href=\"/kich-ban/a/tai-ve/plan.json\""))
        #expect(!html.contains("/tmp/ws"))
    }

    @Test func calendarShowsEveryInspectionOnceInEachView() throws {
        let results = ThachHa.results
        let inspections = results.plan.inspections.count
        #expect(inspections > 40)
        let scenario = results.loaded.scenario
        let gantt = pages.calendar(
            context: context(), WebPages.CalendarPage(id: "thach-ha-2022", scenario: scenario, plan: results.plan))
        #expect(count("class=\"chip kind-", in: gantt) == inspections)
        #expect(count("<div class=\"gantt-row\">", in: gantt) == scenario.teams.count)
        let byUnit = pages.calendar(
            context: context(),
            WebPages.CalendarPage(id: "thach-ha-2022", scenario: scenario, plan: results.plan, view: .unit))
        #expect(count("data-unit=", in: byUnit) == inspections)
        let month = pages.calendar(
            context: context(),
            WebPages.CalendarPage(id: "thach-ha-2022", scenario: scenario, plan: results.plan, view: .month))
        let days = results.plan.inspections.map(\.dates.count).reduce(0, +)
        #expect(count("class=\"chip kind-", in: month) == days)
    }

    @Test func selectedInspectionOffersPinAndUnpinForPlannersOnly() throws {
        let results = ThachHa.results
        let scenario = results.loaded.scenario
        let pinned = try #require(scenario.pins.first)
        let page = WebPages.CalendarPage(
            id: "thach-ha-2022", scenario: scenario, plan: results.plan, selected: pinned.unit, version: "v1")
        let planner = pages.calendar(context: context(), page)
        #expect(planner.contains("id=\"pin-form\""))
        #expect(planner.contains("id=\"unpin-submit\""))
        #expect(planner.contains("value=\"\(pinned.date)\""))
        #expect(planner.contains("<option value=\"\(pinned.team)\" selected>"))
        let viewer = pages.calendar(context: context(role: "viewer"), page)
        #expect(!viewer.contains("id=\"pin-form\""))
        #expect(!viewer.contains("id=\"replan\""))
    }

    @Test func comparisonSummarySaysWhatChangedInWords() throws {
        let results = ThachHa.results
        let base = ComparisonColumn(
            ComparedScenario(
                id: "a", scenario: results.loaded.scenario, plan: results.plan, staffing: results.staffing))
        var other = base
        other.inspection.inspections += 19
        other.inspection.teamDays += 15
        let figure = #"{"label": "Xã", "planned": 22, "required": 11, "total": 22, "met": true}"#
        other.inspection.coverage = [try JSONDecoder().decode(CoverageFigure.self, from: Data(figure.utf8))]
        #expect(
            ComparisonSummary.sentence(from: base, to: other, language: .vi)
                == "thêm 19 cuộc, đủ 22/22 xã, +15 ngày-đoàn")
        // A target whose coverage did not change is not repeated.
        #expect(!ComparisonSummary.sentence(from: base, to: base, language: .vi).contains("đủ"))
        #expect(
            ComparisonSummary.sentence(from: other, to: base, language: .en).hasPrefix("19 fewer inspections"))
    }

    @Test func runPageShowsProgressAndOffersCancelOnlyWhileRunning() {
        var run = WebPages.RunView(
            id: "r1", scenario: "a", scenarioName: "A", kind: "schedule", state: "running", incumbent: 127.85,
            bound: 120.5, gap: 0.0575, elapsed: 12)
        let running = pages.run(context: context(), run)
        #expect(running.contains("<dd id=\"run-incumbent\">127,85</dd>"))
        #expect(running.contains("<dd id=\"run-gap\">5,75%</dd>"))
        #expect(running.contains("action=\"/kich-ban/a/chay/r1/huy\""))
        #expect(running.contains("<p id=\"run-done\" hidden>"))
        #expect(running.contains("data-label-finished=\"Đã xong\""))
        run.state = "finished"
        let finished = pages.run(context: context(), run)
        #expect(!finished.contains("id=\"run-cancel\""))
        #expect(finished.contains("<p id=\"run-done\">"))
        #expect(finished.contains("href=\"/kich-ban/a/lich\" id=\"run-result\""))
    }

    @Test func settingsFormsAreReadOnlyForRolesWithoutTheRight() {
        let scenario = ThachHa.results.loaded.scenario
        let planner = pages.settings(context: context(), id: "t", scenario: scenario, version: "v9")
        #expect(planner.contains("id=\"save-targets\""))
        #expect(planner.contains("value=\"Xã, thị trấn\""))
        #expect(planner.contains("id=\"staffing-hiring\" name=\"hiring\" disabled"))
        #expect(count("name=\"version\" value=\"v9\"", in: planner) == 6)
        let hr = pages.settings(context: context(role: "hr"), id: "t", scenario: scenario, version: "v9")
        #expect(hr.contains("id=\"save-staffing\""))
        #expect(!hr.contains("id=\"save-season\""))
        #expect(hr.contains("<fieldset disabled>"))
    }

    @Test func fileEditorListsOnlyTheProblemsOfItsFile() {
        let issue = { (file: String) in
            ScenarioIssue(file: file, line: 2, message: LocalizedText(vi: "Sai ở \(file)", en: "Wrong in \(file)"))
        }
        let html = pages.fileEditor(
            context: context(), id: "a", name: "teams.csv", text: "code,name\nT1,<b>\n", version: "v1",
            problems: [issue("/w/Scenarios/a/teams.csv"), issue("/w/Scenarios/a/pins.csv")])
        #expect(count("<tr class=\"problem\">", in: html) == 1)
        #expect(html.contains("Sai ở /w/Scenarios/a/teams.csv"))
        #expect(html.contains("code,name\nT1,&lt;b&gt;\n</textarea>"))
        #expect(html.contains("action=\"/kich-ban/a/tep/teams.csv\""))
    }

    /// Every page of a scenario shows the same seven tabs in the same order, and marks its own as current.
    @Test func everyScenarioPageShowsTheSameTabsWithItsOwnCurrent() throws {
        let results = ThachHa.results
        let scenario = results.loaded.scenario
        let id = "thach-ha-2022"
        let rendered: [(String, String)] = [
            (
                "overview",
                pages.overview(context: context(), WebPages.Overview(id: id, name: scenario.name, year: 2022))
            ),
            ("settings", pages.settings(context: context(), id: id, scenario: scenario, version: "v1")),
            (
                "calendar",
                pages.calendar(
                    context: context(), WebPages.CalendarPage(id: id, scenario: scenario, plan: results.plan))
            ),
            ("staffing", pages.staffing(context: context(), id: id, scenario: scenario, report: nil)),
            (
                "history",
                pages.history(
                    context: context(), id: id, name: scenario.name, version: "v1", rows: [], canRestore: true)
            ),
        ]
        let order = ["overview", "settings", "calendar", "staffing", "tracking", "scorecard", "history"]
        for (current, html) in rendered {
            let positions = try order.map { tab in
                try #require(html.range(of: "id=\"tab-\(tab)\"")?.lowerBound, "\(current): no tab \(tab)")
            }
            #expect(positions == positions.sorted(), "\(current): tabs out of order")
            let start = try #require(html.range(of: "<nav class=\"tabs\"")?.lowerBound)
            let tabs = String(html[start...]).components(separatedBy: "</nav>")[0]
            #expect(count("aria-current=\"page\"", in: tabs) == 1, "\(current)")
            #expect(html.contains("id=\"tab-\(current)\" aria-current=\"page\""), "\(current)")
            #expect(html.contains("href=\"/kich-ban/\(id)/lich-su\" id=\"tab-history\""), "\(current)")
        }
    }

    @Test func staticAssetsComeFromAFixedList() {
        #expect(WebPages.staticAsset(named: "app.css")?.contentType == "text/css; charset=utf-8")
        #expect(WebPages.staticAsset(named: "app.js") != nil)
        #expect(WebPages.staticAsset(named: "../Package.swift") == nil)
        #expect(WebPages.staticAsset(named: "layout.mustache") == nil)
    }
}
