import CCHCApp
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WebServer
import ZIPFoundation

@Suite struct SecurityTests {
    @Test func anUnauthenticatedRequestIsRefusedWith401AndChangesNothing() async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let before = try workspace.scenarioFiles()
        let id = workspace.scenario
        try await workspace.application().test(.router) { client in
            let list = try await client.execute(uri: "/api/v1/scenarios", method: .get)
            #expect(list.status == .unauthorized)
            #expect(errorCode(list) == "unauthenticated")
            let save = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/files/teams.csv", method: .put, headers: [.ifMatch: "x"],
                body: ByteBuffer(string: "id,name\n"))
            #expect(save.status == .unauthorized)
            let run = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/runs", method: .post, body: ByteBuffer(string: #"{"kind":"schedule"}"#))
            #expect(run.status == .unauthorized)
            let forged = try await client.execute(
                uri: "/api/v1/scenarios", method: .get,
                headers: [.cookie: "cchc_session=\(String(repeating: "a", count: 64))"])
            #expect(forged.status == .unauthorized)
        }
        #expect(try workspace.scenarioFiles() == before)
        #expect(await workspace.services.runs.list().isEmpty)
    }

    @Test func aWrongRoleIsRefusedWith403AndChangesNothing() async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let before = try workspace.scenarioFiles()
        let id = workspace.scenario
        let version = try workspace.services.library.version(id)
        try await workspace.application().test(.router) { client in
            let viewer = try await signIn(client, "viewer")
            let read = try await client.execute(uri: "/api/v1/scenarios", method: .get, headers: viewer.read)
            #expect(read.status == .ok)
            var headers = viewer.write
            headers[.contentType] = "application/json"
            let run = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/runs", method: .post, headers: headers,
                body: ByteBuffer(string: #"{"kind":"schedule","time_limit":5}"#))
            #expect(run.status == .forbidden)
            #expect(errorCode(run) == "forbidden")
            let hr = try await signIn(client, "hr")
            var save = hr.write
            save[.ifMatch] = version
            let teams = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/files/teams.csv", method: .put, headers: save,
                body: ByteBuffer(string: "id,name\n"))
            #expect(teams.status == .forbidden)
            let planner = try await signIn(client, "planner")
            let users = try await client.execute(uri: "/api/v1/users", method: .get, headers: planner.read)
            #expect(users.status == .forbidden)
            var staffing = planner.write
            staffing[.contentType] = "application/json"
            let staffingRun = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/runs", method: .post, headers: staffing,
                body: ByteBuffer(string: #"{"kind":"staffing"}"#))
            #expect(staffingRun.status == .forbidden)
        }
        #expect(try workspace.scenarioFiles() == before)
        #expect(await workspace.services.runs.list().isEmpty)
    }

    @Test func aMissingOrWrongCSRFTokenIsRefusedWith403AndChangesNothing() async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let before = try workspace.scenarioFiles()
        let id = workspace.scenario
        let version = try workspace.services.library.version(id)
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            let missing = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/files/teams.csv", method: .put,
                headers: [.cookie: planner.cookie, .ifMatch: version], body: ByteBuffer(string: "id,name\n"))
            #expect(missing.status == .forbidden)
            #expect(errorCode(missing) == "csrf")
            let wrong = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/files/teams.csv", method: .put,
                headers: [.cookie: planner.cookie, .ifMatch: version, .csrfToken: String(repeating: "0", count: 64)],
                body: ByteBuffer(string: "id,name\n"))
            #expect(wrong.status == .forbidden)
            let signOut = try await client.execute(
                uri: "/api/v1/session", method: .delete, headers: [.cookie: planner.cookie])
            #expect(signOut.status == .forbidden)
            let still = try await client.execute(uri: "/api/v1/session", method: .get, headers: planner.read)
            #expect(still.status == .ok)
            let out = try await client.execute(uri: "/api/v1/session", method: .delete, headers: planner.write)
            #expect(out.status == .noContent)
            let gone = try await client.execute(uri: "/api/v1/session", method: .get, headers: planner.read)
            #expect(gone.status == .unauthorized)
        }
        #expect(try workspace.scenarioFiles() == before)
    }

    @Test func aStaleSaveIsRefusedWith409AndTheFirstSaveIsKept() async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let id = workspace.scenario
        let library = workspace.services.library
        let original = try library.file(id, named: "teams.csv")
        let version = try library.version(id)
        let first = original + Data("\n".utf8)
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            var headers = planner.write
            headers[.ifMatch] = "\"\(version)\""
            let saved = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/files/teams.csv", method: .put, headers: headers,
                body: ByteBuffer(bytes: first))
            #expect(saved.status == .ok)
            #expect(jsonObject(saved)["version"] as? String == (try library.version(id)))
            let stale = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/files/teams.csv", method: .put, headers: headers,
                body: ByteBuffer(string: "id,name\nT9,Đoàn chín\n"))
            #expect(stale.status == .conflict)
            #expect(errorCode(stale) == "stale_version")
        }
        #expect(try library.file(id, named: "teams.csv") == first)
        let history = try library.history(id)
        #expect(history.count == 1)
        #expect(history.first?.version == version)
        let kept = library.scenariosFolder.appendingPathComponent(id).appendingPathComponent(".history")
            .appendingPathComponent(history[0].id).appendingPathComponent("teams.csv")
        #expect(try Data(contentsOf: kept) == original)
        let events = try workspace.services.audit.events(subject: id).filter { $0.action == "scenario.save" }
        #expect(events.count == 1)
        #expect(events.first?.user == "planner" && events.first?.before == version)
    }

    @Test(arguments: [
        "/api/v1/scenarios/..%2F..%2Fetc/validation", "/api/v1/scenarios/%2Fetc%2Fpasswd",
        "/api/v1/scenarios/..%2FScenarios/plan", "/api/v1/scenarios/SCENARIO/files/..%2F..%2Fcchc.sqlite",
        "/api/v1/scenarios/SCENARIO/files/%2Fetc%2Fpasswd", "/api/v1/scenarios/SCENARIO/files/scenario.yaml",
        "/api/v1/runs/..%2F..%2Fcchc.sqlite",
    ])
    func aPathInAParameterIsRefusedWith404(_ uri: String) async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let before = try workspace.scenarioFiles()
        let path = uri.replacingOccurrences(of: "SCENARIO", with: workspace.scenario)
        try await workspace.application().test(.router) { client in
            let admin = try await signIn(client, "admin")
            let response = try await client.execute(uri: path, method: .get, headers: admin.read)
            #expect(response.status == .notFound)
            #expect(errorCode(response) == "not_found")
            var headers = admin.write
            headers[.ifMatch] = try workspace.services.library.version(workspace.scenario)
            let write = try await client.execute(
                uri: "/api/v1/scenarios/\(workspace.scenario)/files/..%2Fevil.csv", method: .put, headers: headers,
                body: ByteBuffer(string: "x\n"))
            #expect(write.status == .notFound)
        }
        #expect(try workspace.scenarioFiles() == before)
        #expect(
            !FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("Scenarios/evil.csv").path))
    }

    @Test func aZipBombIsRefusedWith422AndNoScenarioIsMade() async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let before = try workspace.scenarioFiles()
        let bomb = try zipBomb()
        #expect(bomb.count < 200_000)
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            let (body, contentType) = multipart(file: bomb, fileName: "bom.xlsx", name: "Bom")
            var headers = planner.write
            headers[.contentType] = contentType
            let response = try await client.execute(
                uri: "/api/v1/scenarios", method: .post, headers: headers, body: body)
            #expect(response.status == .unprocessableContent)
            #expect(errorCode(response) == "invalid_scenario" || errorCode(response) == "bad_upload")
        }
        #expect(try workspace.scenarioFiles() == before)
        #expect(workspace.services.library.list().map(\.id) == [workspace.scenario])
    }

    @Test func aTwentyMegabyteUploadIsRefusedWith413AndNoScenarioIsMade() async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let before = try workspace.scenarioFiles()
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            let big = Data(unitList.utf8) + Data(repeating: 0x20, count: 20 << 20)
            let (body, contentType) = multipart(file: big, fileName: "lon.csv", name: "Lớn")
            var headers = planner.write
            headers[.contentType] = contentType
            let response = try await client.execute(
                uri: "/api/v1/scenarios", method: .post, headers: headers, body: body)
            #expect(response.status == .contentTooLarge)
            #expect(errorCode(response) == "too_large")
        }
        #expect(try workspace.scenarioFiles() == before)
        #expect(workspace.services.library.list().map(\.id) == [workspace.scenario])
    }

    @Test func signInsAreLimitedPerAccountAndTheCookieIsHttpOnlyAndStrict() async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        try await workspace.application().test(.router) { client in
            let good = try await client.execute(
                uri: "/api/v1/session", method: .post,
                body: ByteBuffer(string: #"{"username":"viewer","password":"\#(testPassword)"}"#))
            let cookie = good.headers[.setCookie] ?? ""
            #expect(cookie.hasPrefix("cchc_session="))
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
            for _ in 0..<Accounts.maxFailuresPerAccount {
                let wrong = try await client.execute(
                    uri: "/api/v1/session", method: .post,
                    body: ByteBuffer(string: #"{"username":"planner","password":"sai-mat-khau"}"#))
                #expect(wrong.status == .unauthorized)
            }
            let locked = try await client.execute(
                uri: "/api/v1/session", method: .post,
                body: ByteBuffer(string: #"{"username":"planner","password":"\#(testPassword)"}"#))
            #expect(locked.status == .tooManyRequests)
            #expect(locked.headers[.retryAfter] == "\(Accounts.attemptWindow)")
            let bad = try await client.execute(
                uri: "/api/v1/session", method: .post, body: ByteBuffer(string: #"{"username":1}"#))
            #expect(bad.status == .badRequest)
        }
    }
}

/// An `.xlsx` whose one sheet inflates from a few kilobytes to 64 MB of spaces.
func zipBomb() throws -> Data {
    let archive = try Archive(accessMode: .create)
    let size = 64 << 20
    let chunk = Data(repeating: 0x20, count: 1 << 20)
    try archive.addEntry(
        with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate,
        provider: { _, length in chunk.prefix(length) })
    try archive.addEntry(
        with: "[Content_Types].xml", type: .file, uncompressedSize: Int64(5), compressionMethod: .none,
        provider: { _, _ in Data("<x/>\n".utf8) })
    return archive.data ?? Data()
}
