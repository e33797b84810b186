import CivilCalendar
import Foundation
import GRDB
import Tracking

/// What one import adds to the store, all or nothing.
public struct ImportBatch: Sendable {
    /// What the file holds: `inspections`, `self-plans` or `indicator-values`.
    public var kind: String
    /// The file's name, as given.
    public var fileName: String
    /// A digest of the file's bytes: the same file is imported once.
    public var digest: String
    /// Who imported it and when.
    public var provenance: Provenance
    /// The inspection events the file holds.
    public var inspections: [InspectionEvent] = []
    /// The units' own plans the file holds.
    public var selfPlans: [SelfPlanEvent] = []
    /// The indicator values the file holds.
    public var values: [IndicatorValue] = []
    /// A plan to store as the plan tracked, in the same transaction (a calendar copy when none is stored yet).
    public var plan: [PlannedVisit]?

    /// Creates a batch.
    public init(
        kind: String, fileName: String, digest: String, provenance: Provenance, inspections: [InspectionEvent] = [],
        selfPlans: [SelfPlanEvent] = [], values: [IndicatorValue] = []
    ) {
        self.kind = kind
        self.fileName = fileName
        self.digest = digest
        self.provenance = provenance
        self.inspections = inspections
        self.selfPlans = selfPlans
        self.values = values
    }
}

/// A plan stored in the workspace: the calendar the year's inspections are tracked against.
public struct StoredPlan: Sendable, Hashable {
    /// The store's sequence number of this version.
    public var id: Int64
    /// Where the plan came from (a calendar file, or `schedule --from-tracking`).
    public var source: String
    /// The digest of the file it came from.
    public var digest: String
    /// The planned inspections.
    public var visits: [PlannedVisit]
    /// Who stored it and when.
    public var provenance: Provenance

    /// Creates a stored plan.
    public init(id: Int64, source: String, digest: String, visits: [PlannedVisit], provenance: Provenance) {
        self.id = id
        self.source = source
        self.digest = digest
        self.visits = visits
        self.provenance = provenance
    }
}

/// The workspace store: `cchc.sqlite` in the workspace folder, an SQLite database in WAL mode, so that the CLI and a
/// web server can use it at the same time. Every record is an event that is only ever added.
public final class TrackingStore: Sendable {
    /// The database file's name inside the workspace folder.
    public static let fileName = "cchc.sqlite"

    /// The workspace folder.
    public let folder: URL
    /// The database (a pool of connections: one writer, concurrent readers).
    public let pool: DatabasePool

    /// Opens the workspace in `folder`, creating the database (and the folder) when missing, and applies the
    /// missing migrations.
    public init(folder: URL, migrations: [WorkspaceMigration] = WorkspaceSchema.migrations) throws(WorkspaceError) {
        self.folder = folder
        let path = folder.appendingPathComponent(Self.fileName).path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.foreignKeysEnabled = true
            pool = try DatabasePool(path: path, configuration: configuration)
            try WorkspaceSchema.migrator(migrations).migrate(pool)
        } catch {
            throw .cannotOpen(path, "\(error)")
        }
    }

    /// Whether a workspace database exists in `folder` (without creating it).
    public static func exists(in folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(fileName).path)
    }

    /// Runs a read.
    func read<T>(_ body: (Database) throws -> T) throws(WorkspaceError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw .database("\(error)")
        }
    }

    /// Runs a write in one transaction: everything or nothing.
    func write<T>(_ body: (Database) throws -> T) throws(WorkspaceError) -> T {
        do {
            return try pool.write(body)
        } catch let error as WorkspaceError {
            throw error
        } catch {
            throw .database("\(error)")
        }
    }

    // MARK: Recording

    /// Adds one inspection event; returns it with its sequence number.
    @discardableResult
    public func record(_ event: InspectionEvent, scenario: String) throws(WorkspaceError) -> InspectionEvent {
        try write { db in try Self.insert(event, scenario: scenario, batch: nil, db) }
    }

    /// Adds one record of a unit's own plan; returns it with its sequence number.
    @discardableResult
    public func record(_ event: SelfPlanEvent, scenario: String) throws(WorkspaceError) -> SelfPlanEvent {
        try write { db in try Self.insert(event, scenario: scenario, batch: nil, db) }
    }

    /// Adds a whole file's records in one transaction, refusing a file imported before (same scenario, kind and
    /// digest). Returns the batch's sequence number.
    @discardableResult
    public func importBatch(_ batch: ImportBatch, scenario: String) throws(WorkspaceError) -> Int64 {
        try write { db in
            if let row = try Row.fetchOne(
                db,
                sql: "SELECT file_name, recorded_at, recorded_by FROM import_batch "
                    + "WHERE scenario = ? AND kind = ? AND digest = ?",
                arguments: [scenario, batch.kind, batch.digest])
            {
                throw WorkspaceError.duplicateImport(
                    file: batch.fileName, previousFile: row["file_name"], previousAt: row["recorded_at"],
                    previousBy: row["recorded_by"])
            }
            let rows = batch.inspections.count + batch.selfPlans.count + batch.values.count
            try db.execute(
                sql:
                    "INSERT INTO import_batch (scenario, kind, file_name, digest, row_count, recorded_by, recorded_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    scenario, batch.kind, batch.fileName, batch.digest, rows, batch.provenance.by, batch.provenance.at,
                ])
            let id = db.lastInsertedRowID
            for event in batch.inspections { _ = try Self.insert(event, scenario: scenario, batch: id, db) }
            for event in batch.selfPlans { _ = try Self.insert(event, scenario: scenario, batch: id, db) }
            if let plan = batch.plan {
                _ = try Self.insertPlan(
                    plan, source: batch.fileName, digest: batch.digest, provenance: batch.provenance,
                    scenario: scenario, db)
            }
            for value in batch.values {
                try Self.insert(value, provenance: batch.provenance, scenario: scenario, batch: id, db)
            }
            return id
        }
    }

    /// Stores a new version of the plan tracked; the previous versions stay.
    @discardableResult
    public func storePlan(
        _ visits: [PlannedVisit], source: String, digest: String, provenance: Provenance, scenario: String
    ) throws(WorkspaceError) -> Int64 {
        try write { db in
            try Self.insertPlan(visits, source: source, digest: digest, provenance: provenance, scenario: scenario, db)
        }
    }

    static func insertPlan(
        _ visits: [PlannedVisit], source: String, digest: String, provenance: Provenance, scenario: String,
        _ db: Database
    ) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO plan_version (scenario, source, digest, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)",
            arguments: [scenario, source, digest, provenance.by, provenance.at])
        let id = db.lastInsertedRowID
        for visit in visits {
            try db.execute(
                sql: "INSERT INTO planned_inspection (plan_id, unit, team, date, days) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, visit.unit, visit.team, visit.date.description, visit.days])
        }
        return id
    }

    static func insert(
        _ event: InspectionEvent, scenario: String, batch: Int64?, _ db: Database
    ) throws -> InspectionEvent {
        try db.execute(
            sql: "INSERT INTO inspection_event (scenario, unit, status, date, team, score, findings, recorded_by, "
                + "recorded_at, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                scenario, event.unit, event.outcome.rawValue, event.date?.description, event.team, event.score,
                event.findings, event.provenance.by, event.provenance.at, batch,
            ])
        var stored = event
        stored.id = db.lastInsertedRowID
        return stored
    }

    static func insert(
        _ event: SelfPlanEvent, scenario: String, batch: Int64?, _ db: Database
    ) throws -> SelfPlanEvent {
        try db.execute(
            sql: "INSERT INTO self_plan_event (scenario, unit, kind, number, date, recorded_by, recorded_at, "
                + "import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                scenario, event.unit, event.kind.rawValue, event.number, event.date.description, event.provenance.by,
                event.provenance.at, batch,
            ])
        var stored = event
        stored.id = db.lastInsertedRowID
        return stored
    }

    static func insert(
        _ value: IndicatorValue, provenance: Provenance, scenario: String, batch: Int64?, _ db: Database
    ) throws {
        try db.execute(
            sql: "INSERT INTO indicator_value_event (scenario, unit, indicator, period, numerator, denominator, "
                + "value, recorded_by, recorded_at, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                scenario, value.unit, value.indicator, value.period.description, value.numerator, value.denominator,
                value.value, provenance.by, provenance.at, batch,
            ])
    }
}
