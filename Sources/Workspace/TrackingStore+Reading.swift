import CivilCalendar
import Foundation
import GRDB
import Tracking

extension TrackingStore {
    /// Every inspection event of a scenario, oldest first.
    public func inspectionEvents(scenario: String) throws(WorkspaceError) -> [InspectionEvent] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM inspection_event WHERE scenario = ? ORDER BY id", arguments: [scenario]
            ).map { row in
                InspectionEvent(
                    id: row["id"], unit: row["unit"],
                    outcome: InspectionOutcome(rawValue: row["status"]) ?? .postponed,
                    date: (row["date"] as String?).flatMap { CivilDate(iso: $0) }, team: row["team"],
                    score: row["score"], findings: row["findings"],
                    provenance: Provenance(by: row["recorded_by"], at: row["recorded_at"]))
            }
        }
    }

    /// Every record of the units' own plans, oldest first.
    public func selfPlanEvents(scenario: String) throws(WorkspaceError) -> [SelfPlanEvent] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM self_plan_event WHERE scenario = ? ORDER BY id", arguments: [scenario]
            ).compactMap { row in
                guard let kind = SelfPlanKind(rawValue: row["kind"]), let date = CivilDate(iso: row["date"] as String)
                else { return nil }
                return SelfPlanEvent(
                    id: row["id"], unit: row["unit"], kind: kind, number: row["number"], date: date,
                    provenance: Provenance(by: row["recorded_by"], at: row["recorded_at"]))
            }
        }
    }

    /// Every indicator value, oldest first (the newest per unit, indicator and period counts).
    public func indicatorValues(scenario: String) throws(WorkspaceError) -> [IndicatorValue] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM indicator_value_event WHERE scenario = ? ORDER BY id", arguments: [scenario]
            ).compactMap { row in
                guard let period = Period(row["period"] as String) else { return nil }
                return IndicatorValue(
                    id: row["id"], unit: row["unit"], indicator: row["indicator"], period: period,
                    numerator: row["numerator"], denominator: row["denominator"], value: row["value"])
            }
        }
    }

    /// The newest version of the plan tracked, if any.
    public func currentPlan(scenario: String) throws(WorkspaceError) -> StoredPlan? {
        try read { db in
            guard
                let version = try Row.fetchOne(
                    db, sql: "SELECT * FROM plan_version WHERE scenario = ? ORDER BY id DESC LIMIT 1",
                    arguments: [scenario])
            else { return nil }
            let id: Int64 = version["id"]
            let visits = try Row.fetchAll(
                db, sql: "SELECT * FROM planned_inspection WHERE plan_id = ? ORDER BY rowid", arguments: [id]
            ).compactMap { row -> PlannedVisit? in
                guard let date = CivilDate(iso: row["date"] as String) else { return nil }
                return PlannedVisit(unit: row["unit"], team: row["team"], date: date, days: row["days"])
            }
            return StoredPlan(
                id: id, source: version["source"], digest: version["digest"], visits: visits,
                provenance: Provenance(by: version["recorded_by"], at: version["recorded_at"]))
        }
    }

    /// Whether the scenario has any tracking records (events, own plans or indicator values).
    public func hasRecords(scenario: String) throws(WorkspaceError) -> Bool {
        try read { db in
            for table in ["inspection_event", "self_plan_event", "indicator_value_event"] {
                let count =
                    try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM \(table) WHERE scenario = ?", arguments: [scenario]) ?? 0
                if count > 0 { return true }
            }
            return false
        }
    }

    /// The names of the migrations applied to the database, in order.
    public func appliedMigrations() throws(WorkspaceError) -> [String] {
        try read { db in try WorkspaceSchema.migrator().appliedMigrations(db) }
    }

    /// The database's journal mode (`wal`).
    public func journalMode() throws(WorkspaceError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    // MARK: Backup

    /// Writes a consistent copy of the database to `file` while the store stays in use (SQLite's online backup,
    /// read in one transaction: the copy holds exactly what was committed when it started). The copy is written
    /// next to `file` and renamed over it, so `file` is either the old one or the whole new copy.
    public func backup(to file: URL) throws(WorkspaceError) {
        let directory = file.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let copy = try DatabaseQueue(path: temporary.path)
            try pool.backup(to: copy)
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
            guard rename(temporary.path, file.path) == 0 else {
                throw WorkspaceError.cannotWrite(file.path, String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(file.path, "\(error)")
        }
    }
}
