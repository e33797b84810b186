import CCHCApp
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WebServer

/// A form body (`application/x-www-form-urlencoded`) and its headers on top of `headers`.
func formRequest(_ fields: [(String, String)], _ headers: HTTPFields) -> (ByteBuffer, HTTPFields) {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    let body = fields.map { key, value in
        "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
    }.joined(separator: "&")
    var all = headers
    all[.contentType] = "application/x-www-form-urlencoded"
    return (ByteBuffer(string: body), all)
}

/// The text of an answer.
func text(_ response: TestResponse) -> String { String(buffer: response.body) }

@Suite struct PageRoutesTests {
    /// The season form's fields, with the season ending on `to`.
    static func seasonForm(version: String, to: String, csrf: String?) -> [(String, String)] {
        var fields = [
            ("version", version), ("season_from", "2026-04-01"), ("season_to", to), ("holidays_builtin", "1"),
            ("holidays_extra", ""), ("holidays_remove", ""), ("objective_mode", "targets"),
        ]
        if let csrf { fields.append(("_csrf", csrf)) }
        return fields
    }

    func yaml(_ workspace: TestWorkspace) throws -> String {
        String(decoding: try workspace.services.library.file(workspace.scenario, named: "scenario.yaml"), as: UTF8.self)
    }

    @Test func anUnauthenticatedPageRedirectsToSignInWithTheWayBack() async throws {
        let workspace = try TestWorkspace(label: "pages")
        defer { workspace.remove() }
        try await workspace.application().test(.router) { client in
            let page = try await client.execute(uri: "/kich-ban/\(workspace.scenario)/lich", method: .get)
            #expect(page.status == .seeOther)
            let location = page.headers[.location] ?? ""
            #expect(location.hasPrefix("/dang-nhap?next="))
            #expect(location.removingPercentEncoding?.contains("/kich-ban/\(workspace.scenario)/lich") == true)
            let form = try await client.execute(uri: "/dang-nhap", method: .get)
            #expect(form.status == .ok)
            #expect(text(form).contains("name=\"password\""))
        }
    }

    @Test func theSignInFormSetsAnHttpOnlySameSiteStrictCookie() async throws {
        let workspace = try TestWorkspace(label: "pages")
        defer { workspace.remove() }
        try await workspace.application().test(.router) { client in
            let (body, headers) = formRequest(
                [("username", "planner"), ("password", testPassword), ("next", "/kich-ban/\(workspace.scenario)")], [:])
            let response = try await client.execute(uri: "/dang-nhap", method: .post, headers: headers, body: body)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/kich-ban/\(workspace.scenario)")
            let cookie = response.headers[.setCookie] ?? ""
            #expect(cookie.hasPrefix("cchc_session="))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            let session = String(cookie.split(separator: ";").first ?? "")
            let list = try await client.execute(uri: "/", method: .get, headers: [.cookie: session])
            #expect(list.status == .ok)
            let (wrongBody, wrongHeaders) = formRequest([("username", "planner"), ("password", "sai")], [:])
            let wrong = try await client.execute(
                uri: "/dang-nhap", method: .post, headers: wrongHeaders, body: wrongBody)
            #expect(wrong.status == .unauthorized)
            #expect(wrong.headers[.setCookie] == nil)
        }
    }

    @Test func aViewersSettingsSaveIsRefusedWith403AndChangesNothing() async throws {
        let workspace = try TestWorkspace(label: "pages")
        defer { workspace.remove() }
        let before = try yaml(workspace)
        let version = try workspace.services.library.version(workspace.scenario)
        try await workspace.application().test(.router) { client in
            let viewer = try await signIn(client, "viewer")
            let (body, headers) = formRequest(
                Self.seasonForm(version: version, to: "2026-10-31", csrf: viewer.csrf), viewer.read)
            let response = try await client.execute(
                uri: "/kich-ban/\(workspace.scenario)/cai-dat/thoi-gian", method: .post, headers: headers, body: body)
            #expect(response.status == .forbidden)
        }
        #expect(try yaml(workspace) == before)
    }

    @Test func aPlannersSaveWithoutTheCSRFFieldIsRefusedWith403() async throws {
        let workspace = try TestWorkspace(label: "pages")
        defer { workspace.remove() }
        let before = try yaml(workspace)
        let version = try workspace.services.library.version(workspace.scenario)
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            let (body, headers) = formRequest(
                Self.seasonForm(version: version, to: "2026-10-31", csrf: nil), planner.read)
            let response = try await client.execute(
                uri: "/kich-ban/\(workspace.scenario)/cai-dat/thoi-gian", method: .post, headers: headers, body: body)
            #expect(response.status == .forbidden)
            let (wrongBody, wrongHeaders) = formRequest(
                Self.seasonForm(version: version, to: "2026-10-31", csrf: "sai-ma"), planner.read)
            let wrong = try await client.execute(
                uri: "/kich-ban/\(workspace.scenario)/cai-dat/thoi-gian", method: .post, headers: wrongHeaders,
                body: wrongBody)
            #expect(wrong.status == .forbidden)
        }
        #expect(try yaml(workspace) == before)
    }

    @Test func aStaleSaveIsRefusedWith409InVietnameseAndTheFileIsUnchanged() async throws {
        let workspace = try TestWorkspace(label: "pages")
        defer { workspace.remove() }
        let before = try yaml(workspace)
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            let (body, headers) = formRequest(
                Self.seasonForm(version: "0123456789ab", to: "2026-10-31", csrf: planner.csrf), planner.read)
            let response = try await client.execute(
                uri: "/kich-ban/\(workspace.scenario)/cai-dat/thoi-gian", method: .post, headers: headers, body: body)
            #expect(response.status == .conflict)
            #expect(text(response).contains("Kịch bản đã được người khác sửa"))
        }
        #expect(try yaml(workspace) == before)
    }

    @Test func aPlannersSettingsSaveKeepsTheCommentsAndTheKeysTheFormDoesNotShow() async throws {
        let workspace = try TestWorkspace(label: "pages")
        defer { workspace.remove() }
        let library = workspace.services.library
        let id = workspace.scenario
        // A target limited by a maximum share, which the targets form does not show.
        let started = try yaml(workspace)
        let limited = started.replacingOccurrences(
            of: "      scope: all\n", with: "      scope: all\n      max_share: 0.9\n")
        #expect(limited != started)
        try library.save(
            id: id, files: ["scenario.yaml": Data(limited.utf8)], expectedVersion: try library.version(id), by: "test")
        let before = try yaml(workspace)
        let comments = before.components(separatedBy: "\n").filter {
            $0.trimmingCharacters(in: .whitespaces).hasPrefix("#")
        }
        #expect(comments.count > 5)
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            let (body, headers) = formRequest(
                [
                    ("version", try library.version(id)), ("_csrf", planner.csrf), ("target_name_0", "Xã"),
                    ("target_kinds_0", "commune"), ("target_share_0", "60"),
                ], planner.read)
            let response = try await client.execute(
                uri: "/kich-ban/\(id)/cai-dat/chi-tieu", method: .post, headers: headers, body: body)
            #expect(response.status == .seeOther)
        }
        let after = try yaml(workspace)
        #expect(
            after.components(separatedBy: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
                == comments)
        let target = try #require(try library.open(id).scenario.inspection.targets.first)
        #expect(target.minShare == 0.6 && target.maxShare == 0.9)
    }

    @Test func aPlannersPinIsWrittenAndTheCalendarMarksItPinned() async throws {
        let workspace = try TestWorkspace(label: "pages")
        defer { workspace.remove() }
        let id = workspace.scenario
        let version = try workspace.services.library.version(id)
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            let (body, headers) = formRequest(
                [
                    ("_csrf", planner.csrf), ("version", version), ("unit", "xa-a"), ("team", "D1"),
                    ("date", "2026-05-12"),
                ], planner.read)
            let response = try await client.execute(
                uri: "/kich-ban/\(id)/lich/ghim", method: .post, headers: headers, body: body)
            #expect(response.status == .seeOther)
            let pins = String(decoding: try workspace.services.library.file(id, named: "pins.csv"), as: UTF8.self)
            #expect(pins.contains("xa-a,D1,2026-05-12"))
            let page = try await client.execute(
                uri: "/kich-ban/\(id)/lich?chon=xa-a", method: .get, headers: planner.read)
            #expect(page.status == .ok)
            #expect(text(page).contains("class=\"pin-mark\""))
            #expect(text(page).contains("id=\"unpin-submit\""))
        }
    }

    @Test func pathsInTheURLAreNotFound() async throws {
        let workspace = try TestWorkspace(label: "pages")
        defer { workspace.remove() }
        try await workspace.application().test(.router) { client in
            let viewer = try await signIn(client, "viewer")
            for uri in ["/static/../Package.swift", "/static/..%2F..%2FPackage.swift", "/kich-ban/..%2F..%2Fetc/lich"] {
                let response = try await client.execute(uri: uri, method: .get, headers: viewer.read)
                #expect(response.status == .notFound, "\(uri)")
                #expect(!text(response).contains("swift-tools-version"))
            }
        }
    }

    @Test func englishIsAskedWithLangEn() async throws {
        let workspace = try TestWorkspace(label: "pages")
        defer { workspace.remove() }
        try await workspace.application().test(.router) { client in
            let viewer = try await signIn(client, "viewer")
            let english = try await client.execute(uri: "/?lang=en", method: .get, headers: viewer.read)
            #expect(text(english).contains("Planning scenarios"))
            let vietnamese = try await client.execute(uri: "/", method: .get, headers: viewer.read)
            #expect(text(vietnamese).contains("Các kịch bản kế hoạch"))
            let history = try await client.execute(
                uri: "/kich-ban/\(workspace.scenario)/lich-su?lang=en", method: .get, headers: viewer.read)
            #expect(text(history).contains("Version history"))
        }
    }

    @Test func theHistoryPageListsKeptVersionsAndAPlannerRestoresOne() async throws {
        let workspace = try TestWorkspace(label: "pages")
        defer { workspace.remove() }
        let library = workspace.services.library
        let id = workspace.scenario
        let original = try yaml(workspace)
        let changed = original.replacingOccurrences(of: "2026-11-30", with: "2026-10-30")
        #expect(changed != original)
        try library.save(
            id: id, files: ["scenario.yaml": Data(changed.utf8)], expectedVersion: try library.version(id),
            by: "planner", action: "scenario.settings")
        let entry = try #require(try library.history(id).first)
        try await workspace.application().test(.router) { client in
            let viewer = try await signIn(client, "viewer")
            let page = try await client.execute(uri: "/kich-ban/\(id)/lich-su", method: .get, headers: viewer.read)
            #expect(page.status == .ok)
            #expect(text(page).contains("sửa cài đặt") && text(page).contains("<td>planner</td>"))
            #expect(!text(page).contains("id=\"restore-"))
            let overview = try await client.execute(uri: "/kich-ban/\(id)", method: .get, headers: viewer.read)
            #expect(text(overview).contains("href=\"/kich-ban/\(id)/lich-su\""))
            let restoreFields = [("_csrf", viewer.csrf), ("entry", entry.id), ("version", try library.version(id))]
            let (viewerBody, viewerHeaders) = formRequest(restoreFields, viewer.read)
            let refused = try await client.execute(
                uri: "/kich-ban/\(id)/lich-su/khoi-phuc", method: .post, headers: viewerHeaders, body: viewerBody)
            #expect(refused.status == .forbidden)
            let planner = try await signIn(client, "planner")
            let (staleBody, staleHeaders) = formRequest(
                [("_csrf", planner.csrf), ("entry", entry.id), ("version", "0123456789ab")], planner.read)
            let stale = try await client.execute(
                uri: "/kich-ban/\(id)/lich-su/khoi-phuc", method: .post, headers: staleHeaders, body: staleBody)
            #expect(stale.status == .conflict)
            let plannerPage = try await client.execute(
                uri: "/kich-ban/\(id)/lich-su", method: .get, headers: planner.read)
            #expect(text(plannerPage).contains("id=\"restore-\(entry.id)\""))
            let (body, headers) = formRequest(
                [("_csrf", planner.csrf), ("entry", entry.id), ("version", try library.version(id))], planner.read)
            let restored = try await client.execute(
                uri: "/kich-ban/\(id)/lich-su/khoi-phuc", method: .post, headers: headers, body: body)
            #expect(restored.status == .seeOther)
        }
        #expect(try yaml(workspace) == original)
        #expect(try library.history(id).count == 2)
    }
}
