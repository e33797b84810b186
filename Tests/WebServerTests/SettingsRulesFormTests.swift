import Foundation
import Hummingbird
import HummingbirdTesting
import ScenarioModel
import Testing

@testable import WebServer

/// The settings forms of the objective modes' rules: weekday rules and the reserve share (season form), and each
/// target's maximum share (targets form). Each is written to `scenario.yaml`, read back by the loader, shown again on
/// the page, and removed when emptied.
@Suite struct SettingsRulesFormTests {
    /// The season form's fields with the weekday table and the reserve share.
    static func seasonForm(version: String, csrf: String, extra: [(String, String)]) -> [(String, String)] {
        PageRoutesTests.seasonForm(version: version, to: "2026-10-31", csrf: csrf)
            + [("weekdays_shown", "1"), ("objective_reserve_share", "")] + extra
    }

    @Test func weekdayRulesAndTheReserveAreSavedShownAndRemoved() async throws {
        let workspace = try TestWorkspace(label: "pages")
        defer { workspace.remove() }
        let library = workspace.services.library
        let id = workspace.scenario
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            var (body, headers) = formRequest(
                Self.seasonForm(
                    version: try library.version(id), csrf: planner.csrf,
                    extra: [
                        ("weekday_avoid_mon", "1"), ("weekday_prefer_wed", "1"), ("weekday_prefer_thu", "1"),
                        ("objective_reserve_share", "20"),
                    ]), planner.read)
            var response = try await client.execute(
                uri: "/kich-ban/\(id)/cai-dat/thoi-gian", method: .post, headers: headers, body: body)
            #expect(response.status == .seeOther)
            let saved = try library.open(id).scenario.inspection
            #expect(saved.weekdays == WeekdaySettings(avoid: [1], prefer: [3, 4]))
            #expect(saved.objective.reserveShare == 0.2)
            let page = try await client.execute(uri: "/kich-ban/\(id)/cai-dat", method: .get, headers: planner.read)
            let html = text(page)
            #expect(html.contains(#"name="weekday_avoid_mon" value="1" aria-label="Tránh Thứ Hai" checked"#))
            #expect(html.contains(#"name="weekday_prefer_thu" value="1" aria-label="Ưu tiên Thứ Năm" checked"#))
            #expect(!html.contains(#"name="weekday_avoid_tue" value="1" aria-label="Tránh Thứ Ba" checked"#))
            #expect(html.contains(#"name="objective_reserve_share" value="20""#))
            // Nothing ticked and no reserve: both keys leave the file.
            (body, headers) = formRequest(
                Self.seasonForm(version: try library.version(id), csrf: planner.csrf, extra: []), planner.read)
            response = try await client.execute(
                uri: "/kich-ban/\(id)/cai-dat/thoi-gian", method: .post, headers: headers, body: body)
            #expect(response.status == .seeOther)
            let cleared = try library.open(id).scenario.inspection
            #expect(cleared.weekdays == nil && cleared.objective.reserveShare == nil)
            let yaml = String(decoding: try library.file(id, named: "scenario.yaml"), as: UTF8.self)
            #expect(!yaml.contains("  weekdays:\n") && !yaml.contains("    reserve_share:"))
        }
    }

    @Test func aReserveOfAHundredPercentIsRefusedNamingTheField() async throws {
        let workspace = try TestWorkspace(label: "pages")
        defer { workspace.remove() }
        let library = workspace.services.library
        let id = workspace.scenario
        let before = String(decoding: try library.file(id, named: "scenario.yaml"), as: UTF8.self)
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            let (body, headers) = formRequest(
                Self.seasonForm(
                    version: try library.version(id), csrf: planner.csrf, extra: [("objective_reserve_share", "100")]),
                planner.read)
            let response = try await client.execute(
                uri: "/kich-ban/\(id)/cai-dat/thoi-gian", method: .post, headers: headers, body: body)
            #expect(response.status == .unprocessableContent)
            #expect(text(response).contains("Ngày dự phòng mỗi tháng"))
        }
        #expect(String(decoding: try library.file(id, named: "scenario.yaml"), as: UTF8.self) == before)
    }

    @Test func aTargetsMaximumShareIsSavedShownCheckedAndRemoved() async throws {
        let workspace = try TestWorkspace(label: "pages")
        defer { workspace.remove() }
        let library = workspace.services.library
        let id = workspace.scenario
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            func post(_ maximum: String) async throws -> TestResponse {
                let (body, headers) = formRequest(
                    [
                        ("version", try library.version(id)), ("_csrf", planner.csrf), ("target_name_0", "Xã"),
                        ("target_kinds_0", "commune"), ("target_share_0", "50"), ("target_max_0", maximum),
                    ], planner.read)
                return try await client.execute(
                    uri: "/kich-ban/\(id)/cai-dat/chi-tieu", method: .post, headers: headers, body: body)
            }
            #expect(try await post("80").status == .seeOther)
            #expect(try library.open(id).scenario.inspection.targets.first?.maxShare == 0.8)
            let page = try await client.execute(uri: "/kich-ban/\(id)/cai-dat", method: .get, headers: planner.read)
            #expect(text(page).contains(#"name="target_max_0" id="target-max-0" value="80""#))
            let below = try await post("40")
            #expect(below.status == .unprocessableContent)
            #expect(text(below).contains("tỷ lệ tối đa phải từ tỷ lệ tối thiểu (50 %) đến 100"))
            #expect(try await post("").status == .seeOther)
            let target = try #require(try library.open(id).scenario.inspection.targets.first)
            #expect(target.minShare == 0.5 && target.maxShare == nil)
        }
    }
}
