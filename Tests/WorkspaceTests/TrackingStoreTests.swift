import CivilCalendar
import Dispatch
import Foundation
import GRDB
import Testing
import Tracking

@testable import Workspace

@Suite struct TrackingStoreTests {
    let by = Provenance(by: "tester", at: "2022-07-01T08:00:00Z")

    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("cchc-store-\(UUID().uuidString)")
    }

    func event(_ unit: String, _ outcome: InspectionOutcome, _ date: String) -> InspectionEvent {
        InspectionEvent(unit: unit, outcome: outcome, date: CivilDate(iso: date), provenance: by)
    }

    @Test func opensWithNamedMigrationsInWALMode() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try TrackingStore(folder: folder)
        #expect(
            try store.appliedMigrations() == [
                "v1-tracking-events", "v1-tracking-append-only", "v2-accounts", "v2-audit", "v2-runs",
            ])
        #expect(try store.journalMode() == "wal")
        #expect(TrackingStore.exists(in: folder))
        // Opening again applies nothing twice.
        #expect(try TrackingStore(folder: folder).appliedMigrations().count == 5)
    }

    @Test func aCorrectionAddsAnEventAndTheOldOneStays() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try TrackingStore(folder: folder)
        let first = try store.record(event("a", .postponed, "2022-05-10"), scenario: "s")
        let second = try store.record(event("a", .done, "2022-05-20"), scenario: "s")
        #expect(second.id! > first.id!)
        let events = try store.inspectionEvents(scenario: "s")
        #expect(events.map(\.outcome) == [.postponed, .done])
        #expect(events[0].provenance == by)
        #expect(try store.inspectionEvents(scenario: "other").isEmpty)
        // The tables refuse changes and deletions.
        #expect(throws: (any Error).self) {
            try store.pool.write { db in try db.execute(sql: "UPDATE inspection_event SET status = 'done'") }
        }
        #expect(throws: (any Error).self) {
            try store.pool.write { db in try db.execute(sql: "DELETE FROM inspection_event") }
        }
        #expect(try store.inspectionEvents(scenario: "s").count == 2)
    }

    @Test func theSameFileIsImportedOnceAndARefusedImportChangesNothing() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try TrackingStore(folder: folder)
        var batch = ImportBatch(
            kind: "inspections", fileName: "q2.csv", digest: "d1", provenance: by,
            inspections: [event("a", .done, "2022-05-02"), event("b", .cancelled, "2022-05-03")])
        batch.plan = [PlannedVisit(unit: "a", team: "T1", date: CivilDate(iso: "2022-05-02")!, days: 1)]
        try store.importBatch(batch, scenario: "s")
        var again = batch
        again.fileName = "q2-copy.csv"
        again.inspections.append(event("c", .done, "2022-05-04"))
        #expect(
            throws: WorkspaceError.duplicateImport(
                file: "q2-copy.csv", previousFile: "q2.csv", previousAt: by.at, previousBy: by.by)
        ) {
            try store.importBatch(again, scenario: "s")
        }
        #expect(try store.inspectionEvents(scenario: "s").map(\.unit) == ["a", "b"])
        #expect(try store.currentPlan(scenario: "s")?.visits.count == 1)
        // The same bytes for another scenario are a different import.
        try store.importBatch(batch, scenario: "t")
        #expect(try store.inspectionEvents(scenario: "t").count == 2)
    }

    @Test func backupIsConsistentWhileAnotherConnectionWrites() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try TrackingStore(folder: folder)
        try store.record(event("a", .done, "2022-05-02"), scenario: "s")
        let writer = try TrackingStore(folder: folder)  // another process's connection, e.g. the web server
        let inTransaction = DispatchSemaphore(value: 0)
        let backupDone = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? writer.pool.write { db in
                _ = try TrackingStore.insert(event("b", .done, "2022-05-03"), scenario: "s", batch: nil, db)
                inTransaction.signal()
                backupDone.wait()
            }
            finished.signal()
        }
        inTransaction.wait()
        let copy = folder.appendingPathComponent("backup.sqlite")
        try store.backup(to: copy)
        backupDone.signal()
        finished.wait()
        // The copy holds what was committed when it started; the store has the write too.
        let copied = try DatabaseQueue(path: copy.path)
        #expect(try copied.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM inspection_event") } == 1)
        #expect(try copied.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") } == "ok")
        #expect(try store.inspectionEvents(scenario: "s").count == 2)
        // A second backup over the first replaces it whole.
        try store.backup(to: copy)
        let replaced = try DatabaseQueue(path: copy.path)
        #expect(try replaced.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM inspection_event") } == 2)
    }
}
