import CCHCApp
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WebServer
import Workspace

@Suite struct APITests {
    @Test func theOpenAPIDocumentListsEveryAPIRouteAndNoOther() async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let router = WebServer.buildRouter(workspace.services)
        let registered = Set(
            router.routes.map { "\($0.method.rawValue.lowercased()) \($0.path.description)" }
                .filter { $0.contains(" /api/v1/") })
        let yaml = try await workspace.application().test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/openapi.yaml", method: .get)
            #expect(response.status == .ok)
            return String(buffer: response.body)
        }
        var documented: Set<String> = []
        var path: String?
        for line in yaml.components(separatedBy: "\n") {
            if line.hasPrefix("  /"), line.hasSuffix(":") {
                path = "/api/v1" + line.dropFirst(2).dropLast()
            } else if !line.hasPrefix(" ") {
                path = nil
            } else if let path, line.hasPrefix("    "), !line.hasPrefix("     "),
                let method = ["get", "post", "put", "delete", "patch"].first(where: { line == "    \($0):" })
            {
                documented.insert("\(method) \(path)")
            }
        }
        #expect(registered.count >= 20)
        #expect(registered.subtracting(documented).isEmpty, "not documented: \(registered.subtracting(documented))")
        #expect(documented.subtracting(registered).isEmpty, "not served: \(documented.subtracting(registered))")
    }

    @Test func aCalendarRunGoesFromQueuedToFinishedAndItsPlanIsServedAndKept() async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let id = workspace.scenario
        let runID = try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            let list = try await client.execute(uri: "/api/v1/scenarios", method: .get, headers: planner.read)
            let entries = try JSONSerialization.jsonObject(with: Data(buffer: list.body)) as? [[String: Any]]
            #expect(entries?.map { $0["id"] as? String } == [id])
            #expect(entries?.first?["year"] as? Int == 2026)
            let noPlan = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/plan", method: .get, headers: planner.read)
            #expect(noPlan.status == .notFound)
            let submitted = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/runs", method: .post, headers: planner.write,
                body: ByteBuffer(string: #"{"kind":"schedule","time_limit":30}"#))
            #expect(submitted.status == .accepted)
            let runID = try #require(jsonObject(submitted)["id"] as? String)
            let final = try await workspace.services.runs.waitUntilFinished(runID)
            #expect(final.state == .finished, "\(final.message)")
            let status = try await client.execute(uri: "/api/v1/runs/\(runID)", method: .get, headers: planner.read)
            #expect(jsonObject(status)["state"] as? String == "finished")
            #expect(jsonObject(status)["submitted_by"] as? String == "planner")
            let plan = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/plan", method: .get, headers: planner.read)
            #expect(plan.status == .ok)
            #expect(jsonObject(plan)["inspections"] is [Any])
            let docx = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/files/inspection-plan.docx", method: .get, headers: planner.read)
            #expect(docx.status == .ok)
            #expect(Data(buffer: docx.body).prefix(2) == Data("PK".utf8))
            let events = try await client.execute(
                uri: "/api/v1/runs/\(runID)/events", method: .get, headers: planner.read)
            let stream = String(buffer: events.body)
            #expect(stream.hasPrefix("event: end\ndata: {"))
            return runID
        }
        let report = workspace.root.appendingPathComponent("Reports").appendingPathComponent(id)
        #expect(FileManager.default.fileExists(atPath: report.appendingPathComponent("plan.json").path))
        let store = try TrackingDesk.open(workspace.root)
        let restarted = RunQueue(library: workspace.services.library, store: store)
        #expect(try await restarted.status(runID).state == .finished)
        let audit = try AuditLog(store).events(subject: id).map(\.action)
        #expect(audit.contains("run.submit"))
    }

    @Test func aRunThatWasRunningWhenTheServerStoppedIsMarkedFailedOnRestart() async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let store = try TrackingDesk.open(workspace.root)
        try RunStore(store).save(
            StoredRun(
                id: "rdead", scenario: workspace.scenario, kind: "schedule", state: "running", timeLimit: 60,
                submittedBy: "planner", submittedAt: "2026-12-06T20:00:00Z"))
        try RunStore(store).save(
            StoredRun(
                id: "rdone", scenario: workspace.scenario, kind: "schedule", state: "finished", timeLimit: 60,
                submittedBy: "planner", submittedAt: "2026-12-06T19:00:00Z", message: "xong"))
        let queue = RunQueue(library: workspace.services.library, store: store)
        let dead = try await queue.status("rdead")
        #expect(dead.state == .failed && dead.message == RunQueue.restartMessage)
        let done = try await queue.status("rdone")
        #expect(done.state == .finished && done.message == "xong")
    }

    @Test func oneRunPerScenarioAtATime() async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let runs = workspace.services.runs
        let first = try await runs.submit(scenario: workspace.scenario, kind: .schedule, timeLimit: 30, by: "planner")
        await #expect(throws: RunQueueError.busy(scenario: workspace.scenario, run: first)) {
            try await runs.submit(scenario: workspace.scenario, kind: .staffing, timeLimit: 30, by: "hr")
        }
        _ = try await runs.waitUntilFinished(first)
    }

    @Test func aVariantExtendsItsScenarioAndAKeptVersionCanBeRestored() async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let id = workspace.scenario
        let library = workspace.services.library
        let original = try library.file(id, named: "teams.csv")
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            var headers = planner.write
            headers[.contentType] = "application/json"
            let made = try await client.execute(
                uri: "/api/v1/scenarios", method: .post, headers: headers,
                body: ByteBuffer(string: #"{"from":"\#(id)","name":"Biến thể hai đoàn"}"#))
            #expect(made.status == .created)
            #expect(jsonObject(made)["id"] as? String == "bien-the-hai-doan")
            #expect(jsonObject(made)["extends"] as? String == id)
            #expect(jsonObject(made)["valid"] as? Bool == true)
            var save = planner.write
            save[.ifMatch] = try library.version(id)
            let saved = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/files/teams.csv", method: .put, headers: save,
                body: ByteBuffer(bytes: original + Data("\n".utf8)))
            #expect(saved.status == .ok)
            let history = try library.history(id)
            let restore = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/history/\(history[0].id)/restore", method: .post,
                headers: planner.write)
            #expect(restore.status == .ok)
        }
        #expect(try library.file(id, named: "teams.csv") == original)
        #expect(try library.history(id).count == 2)
    }

    @Test func aSaveThatBreaksTheScenarioIsRefusedWith422NamingTheProblem() async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let id = workspace.scenario
        let before = try workspace.scenarioFiles()
        try await workspace.application().test(.router) { client in
            let planner = try await signIn(client, "planner")
            var headers = planner.write
            headers[.ifMatch] = try workspace.services.library.version(id)
            let response = try await client.execute(
                uri: "/api/v1/scenarios/\(id)/files/scenario.yaml", method: .put, headers: headers,
                body: ByteBuffer(string: "name: [unclosed\n"))
            #expect(response.status == .unprocessableContent)
            let problems = (jsonObject(response)["error"] as? [String: Any])?["problems"] as? [[String: Any]]
            #expect(problems?.first?["file"] as? String == "scenario.yaml")
        }
        #expect(try workspace.scenarioFiles() == before)
    }
}
