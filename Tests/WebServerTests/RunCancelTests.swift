import CCHCApp
import Foundation
import Hummingbird
import HummingbirdTesting
import ScenarioGenerator
import Testing
import WebServer

@Suite struct RunCancelTests {
    /// A generated 150-unit calendar asked for a proof of optimality, which GLPK cannot give within the hour: the run
    /// is still solving when it is cancelled. A second run waits queued behind it (one solver slot) and is cancelled
    /// first. Both end cancelled, nothing is written, and the test synchronises on the runs' states, never on time.
    @Test func queuedAndRunningRunsAreCancelledAndWriteNothing() async throws {
        let workspace = try TestWorkspace(label: "cancel")
        defer { workspace.remove() }
        let services = try WebServices(workspace: workspace.root, bcryptCost: 4, maxConcurrentRuns: 1)
        _ = try Workbench.generate(
            GeneratorOptions(units: 150, teams: 3, seed: 1),
            into: workspace.root.appendingPathComponent("Scenarios/g150"), force: false)
        let runs = services.runs
        let long = try await runs.submit(scenario: "g150", kind: .schedule, timeLimit: 3600, by: "planner")
        let waiting = try await runs.submit(
            scenario: workspace.scenario, kind: .schedule, timeLimit: 60, by: "planner")
        for await snapshot in try await runs.updates(long) where snapshot.state == .running { break }
        #expect(try await runs.status(waiting).state == .queued)
        try await Application(router: WebServer.buildRouter(services)).test(.router) { client in
            let viewer = try await signIn(client, "viewer")
            let refused = try await client.execute(
                uri: "/api/v1/runs/\(long)/cancel", method: .post, headers: viewer.write)
            #expect(refused.status == .forbidden)
            let planner = try await signIn(client, "planner")
            let queued = try await client.execute(
                uri: "/api/v1/runs/\(waiting)/cancel", method: .post, headers: planner.write)
            #expect(queued.status == .accepted)
            #expect(jsonObject(queued)["state"] as? String == "cancelled")
            let running = try await client.execute(
                uri: "/api/v1/runs/\(long)/cancel", method: .post, headers: planner.write)
            #expect(running.status == .accepted)
        }
        let final = try await runs.waitUntilFinished(long)
        #expect(final.state == .cancelled, "\(final.message)")
        #expect(try await runs.status(waiting).state == .cancelled)
        let reports = workspace.root.appendingPathComponent("Reports")
        let written = (try? FileManager.default.subpathsOfDirectory(atPath: reports.path)) ?? []
        #expect(written.filter { !$0.hasSuffix(".cchc-scenario") && $0.contains(".") }.isEmpty, "\(written)")
    }
}
