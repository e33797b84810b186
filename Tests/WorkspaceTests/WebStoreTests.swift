import Foundation
import GRDB
import Testing

@testable import Workspace

@Suite struct WebStoreTests {
    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("cchc-webstore-\(UUID().uuidString)")
    }

    @Test func theAuditLogOnlyGrows() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try TrackingStore(folder: folder)
        let log = AuditLog(store)
        let first = try log.record(
            AuditEvent(
                at: "2026-12-06T20:00:00Z", user: "lan", action: "scenario.save", subject: "kb", before: "v1",
                after: "v2", detail: "teams.csv"))
        try log.record(AuditEvent(at: "2026-12-06T20:01:00Z", user: "minh", action: "user.add", subject: "hoa"))
        #expect(try log.events(subject: "kb") == [first])
        #expect(try log.events().map(\.user) == ["lan", "minh"])
        #expect(throws: (any Error).self) {
            try store.pool.write { db in try db.execute(sql: "UPDATE audit_event SET user_name = 'x'") }
        }
        #expect(throws: (any Error).self) {
            try store.pool.write { db in try db.execute(sql: "DELETE FROM audit_event") }
        }
        #expect(try log.events().count == 2)
    }

    @Test func failedSignInsAreCountedSinceTheLastSuccess() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let accounts = AccountStore(try TrackingStore(folder: folder))
        #expect(try accounts.addUser(StoredUser(name: "lan", role: "planner", passwordHash: "h", createdAt: "t")))
        #expect(try !accounts.addUser(StoredUser(name: "lan", role: "viewer", passwordHash: "h", createdAt: "t")))
        for minute in 0..<3 {
            try accounts.recordAttempt(
                user: "lan", address: "10.0.0.5", succeeded: false, at: "2026-12-06T20:0\(minute):00Z")
        }
        #expect(try accounts.failures(user: "lan", address: "10.0.0.5", since: "2026-12-06T19:00:00Z") == (3, 3))
        #expect(try accounts.failures(user: "lan", address: "10.0.0.5", since: "2026-12-06T20:01:00Z") == (2, 2))
        try accounts.recordAttempt(user: "lan", address: "10.0.0.5", succeeded: true, at: "2026-12-06T20:04:00Z")
        try accounts.recordAttempt(user: "lan", address: "10.0.0.6", succeeded: false, at: "2026-12-06T20:05:00Z")
        #expect(try accounts.failures(user: "lan", address: "10.0.0.5", since: "2026-12-06T19:00:00Z") == (1, 0))
        #expect(try accounts.removeUser(named: "lan"))
        #expect(try accounts.user(named: "lan") == nil)
    }

    @Test func unfinishedRunsFailOnRestartAndFinishedOnesStay() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runs = RunStore(try TrackingStore(folder: folder))
        for (id, state) in [("a", "queued"), ("b", "running"), ("c", "finished")] {
            try runs.save(
                StoredRun(
                    id: id, scenario: "kb", kind: "schedule", state: state, timeLimit: 10, submittedBy: "lan",
                    submittedAt: "2026-12-06T20:00:0\(id == "a" ? 1 : id == "b" ? 2 : 3)Z"))
        }
        #expect(try runs.failUnfinished(message: "restart", at: "2026-12-06T21:00:00Z") == 2)
        #expect(try runs.runs(scenario: "kb").map(\.state) == ["finished", "failed", "failed"])
        #expect(try runs.run(id: "b")?.message == "restart")
    }
}
