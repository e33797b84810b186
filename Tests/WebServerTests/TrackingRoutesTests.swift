import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Tracking
import WebServer
import Workspace

/// The tracking pages and API: planners record, readers only read, bad data and duplicate imports change nothing.
@Suite struct TrackingRoutesTests {
    /// The inspection outcomes the workspace store holds for the test scenario.
    func recorded(_ workspace: TestWorkspace) throws -> [InspectionEvent] {
        try TrackingStore(folder: workspace.root).inspectionEvents(scenario: workspace.scenario)
    }

    /// A form body with the CSRF field.
    func form(_ fields: [(String, String)], csrf: String) -> ByteBuffer {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let pairs = ([("_csrf", csrf)] + fields).map {
            "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.1)"
        }
        return ByteBuffer(string: pairs.joined(separator: "&"))
    }

    @Test func aPlannerRecordsAnInspectionAndTheStatusPageShowsItDone() async throws {
        let workspace = try TestWorkspace(label: "track")
        defer { workspace.remove() }
        let id = workspace.scenario
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            let before = try await client.execute(uri: "/kich-ban/\(id)/theo-doi", method: .get, headers: planner.read)
            #expect(before.status == .ok)
            #expect(String(buffer: before.body).contains("Chưa có cuộc kiểm tra nào."))
            var headers = planner.read
            headers[.contentType] = "application/x-www-form-urlencoded"
            let post = try await client.execute(
                uri: "/kich-ban/\(id)/theo-doi/kiem-tra", method: .post, headers: headers,
                body: form(
                    [
                        ("unit", "xa-a"), ("status", "done"), ("date", "2026-03-02"), ("score", "87,5"),
                        ("findings", "Niêm yết đủ thủ tục"),
                    ], csrf: planner.csrf))
            #expect(post.status == .seeOther)
            #expect(post.headers[.location] == "/kich-ban/\(id)/theo-doi?ok=inspection-recorded")
            let after = try await client.execute(
                uri: "/kich-ban/\(id)/theo-doi?ok=inspection-recorded", method: .get, headers: planner.read)
            let html = String(buffer: after.body)
            #expect(html.contains("Đã ghi kết quả kiểm tra."))
            #expect(
                html.contains(
                    "data-unit=\"xa-a\"><th scope=\"row\">xa-a</th><td>—</td><td>—</td>"
                        + "<td class=\"status\">Đã kiểm tra</td><td>2026-03-02</td>"))
            let api = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/tracking", method: .get, headers: planner.read)
            #expect(api.status == .ok)
            let inspections = jsonObject(api)["inspections"] as? [[String: Any]] ?? []
            #expect(inspections.count == 1)
            #expect(inspections.first?["status"] as? String == "done")
        }
        let events = try recorded(workspace)
        #expect(events.count == 1)
        #expect(events.first?.provenance.by == "planner")
        #expect(events.first?.score == 87.5)
        #expect(events.first?.findings == "Niêm yết đủ thủ tục")
    }

    @Test func aViewersPostIsRefusedWith403AndRecordsNothing() async throws {
        let workspace = try TestWorkspace(label: "track")
        defer { workspace.remove() }
        let id = workspace.scenario
        try await workspace.application().test(.router) { client in
            for role in ["viewer", "hr"] {
                let reader = try await signIn(client, role)
                var headers = reader.read
                headers[.contentType] = "application/x-www-form-urlencoded"
                let page = try await client.execute(
                    uri: "/kich-ban/\(id)/theo-doi/kiem-tra", method: .post, headers: headers,
                    body: form([("unit", "xa-a"), ("status", "done")], csrf: reader.csrf))
                #expect(page.status == .forbidden)
                var json = reader.write
                json[.contentType] = "application/json"
                let api = try await client.execute(
                    uri: "/api/v1/scenarios/\(id)/tracking/inspections", method: .post, headers: json,
                    body: ByteBuffer(string: #"{"unit": "xa-a", "status": "done"}"#))
                #expect(api.status == .forbidden)
                let read = try await client.execute(
                    uri: "/kich-ban/\(id)/theo-doi", method: .get, headers: reader.read)
                #expect(read.status == .ok)
                #expect(!String(buffer: read.body).contains("id=\"inspection-form\""))
            }
        }
        #expect(try recorded(workspace).isEmpty)
    }

    @Test func aBadUnitIsRefusedWith422AndRecordsNothing() async throws {
        let workspace = try TestWorkspace(label: "track")
        defer { workspace.remove() }
        let id = workspace.scenario
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            var json = planner.write
            json[.contentType] = "application/json"
            let api = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/tracking/inspections", method: .post, headers: json,
                body: ByteBuffer(string: #"{"unit": "xa-z", "status": "done", "date": "2026-03-02"}"#))
            #expect(api.status == .unprocessableContent)
            #expect(errorCode(api) == "invalid_data")
            var headers = planner.read
            headers[.contentType] = "application/x-www-form-urlencoded"
            let page = try await client.execute(
                uri: "/kich-ban/\(id)/theo-doi/kiem-tra", method: .post, headers: headers,
                body: form([("unit", "xa-z"), ("status", "done")], csrf: planner.csrf))
            #expect(page.status == .unprocessableContent)
            #expect(String(buffer: page.body).contains("Không có đơn vị `xa-z` trong kịch bản."))
            let good = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/tracking/inspections", method: .post, headers: json,
                body: ByteBuffer(string: #"{"unit": "xa-a", "status": "postponed", "date": "2026-03-02"}"#))
            #expect(good.status == .created)
            #expect(jsonObject(good)["by"] as? String == "planner")
        }
        let events = try recorded(workspace)
        #expect(events.map(\.unit) == ["xa-a"])
    }

    @Test func aDuplicateImportIsRefusedAndABadFileNamesItsPlace() async throws {
        let workspace = try TestWorkspace(label: "track")
        defer { workspace.remove() }
        let id = workspace.scenario
        let plans = Data("unit,kind,number,date\nxa-a,cchc-plan,15/KH-UBND,2026-01-20\n".utf8)
        let bad = Data(
            "unit,kind,number,date\nxa-a,cchc-plan,16/KH-UBND,2026-01-21\nxa-z,cchc-plan,1/KH,2026-01-22\n".utf8)
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            let upload = { (data: Data, name: String) async throws -> TestResponse in
                let (body, contentType) = multipart(file: data, fileName: name, name: "")
                var headers = planner.write
                headers[.contentType] = contentType
                return try await client.execute(
                    uri: "/kich-ban/\(id)/theo-doi/nhap", method: .post, headers: headers, body: body)
            }
            let first = try await upload(plans, "ke-hoach.csv")
            #expect(first.status == .seeOther)
            let again = try await upload(plans, "ke-hoach-ban-sao.csv")
            #expect(again.status == .conflict)
            #expect(String(buffer: again.body).contains("đã được nhập"))
            let wrong = try await upload(bad, "sai.csv")
            #expect(wrong.status == .unprocessableContent)
            let html = String(buffer: wrong.body)
            #expect(html.contains("sai.csv"))
            #expect(html.contains("xa-z"))
        }
        let store = try TrackingStore(folder: workspace.root)
        let own = try store.selfPlanEvents(scenario: id)
        #expect(own.map(\.number) == ["15/KH-UBND"])
        #expect(own.first?.provenance.by == "planner")
    }
}
