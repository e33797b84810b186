import Foundation
import GRDB

/// One solver run as stored: what, for which scenario, its state and its last progress.
public struct StoredRun: Sendable, Hashable {
    /// The run's id.
    public var id: String
    /// The scenario's id.
    public var scenario: String
    /// `schedule` or `staffing`.
    public var kind: String
    /// `queued`, `running`, `finished`, `failed` or `cancelled`.
    public var state: String
    /// The time limit in seconds.
    public var timeLimit: Double
    /// Who asked for it.
    public var submittedBy: String
    /// When (ISO 8601 UTC).
    public var submittedAt: String
    /// When it ended (ISO 8601 UTC).
    public var finishedAt: String?
    /// The last progress: best plan's objective, bound, relative gap, seconds.
    public var incumbent: Double?
    /// The bound.
    public var bound: Double?
    /// The relative gap.
    public var gap: Double?
    /// Seconds since it started.
    public var elapsed: Double
    /// The outcome or the failure, in words.
    public var message: String

    /// Creates a stored run.
    public init(
        id: String, scenario: String, kind: String, state: String, timeLimit: Double, submittedBy: String,
        submittedAt: String, finishedAt: String? = nil, incumbent: Double? = nil, bound: Double? = nil,
        gap: Double? = nil, elapsed: Double = 0, message: String = ""
    ) {
        self.id = id
        self.scenario = scenario
        self.kind = kind
        self.state = state
        self.timeLimit = timeLimit
        self.submittedBy = submittedBy
        self.submittedAt = submittedAt
        self.finishedAt = finishedAt
        self.incumbent = incumbent
        self.bound = bound
        self.gap = gap
        self.elapsed = elapsed
        self.message = message
    }
}

/// The runs table of the workspace store.
public struct RunStore: Sendable {
    /// The workspace store.
    public let store: TrackingStore

    /// Uses the runs table of `store`.
    public init(_ store: TrackingStore) {
        self.store = store
    }

    /// Inserts or replaces a run's row.
    public func save(_ run: StoredRun) throws(WorkspaceError) {
        try store.write { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO run (id, scenario, kind, state, time_limit, submitted_by, submitted_at,
                        finished_at, incumbent, bound, gap, elapsed, message)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    run.id, run.scenario, run.kind, run.state, run.timeLimit, run.submittedBy, run.submittedAt,
                    run.finishedAt, run.incumbent, run.bound, run.gap, run.elapsed, run.message,
                ])
        }
    }

    /// The run with this id.
    public func run(id: String) throws(WorkspaceError) -> StoredRun? {
        try store.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [id]).map(Self.run)
        }
    }

    /// The runs of a scenario (every run when `nil`), newest first, at most `limit`.
    public func runs(scenario: String? = nil, limit: Int = 100) throws(WorkspaceError) -> [StoredRun] {
        try store.read { db in
            let filter = scenario == nil ? "" : "WHERE scenario = ?"
            let arguments: StatementArguments = scenario.map { [$0, limit] } ?? [limit]
            return try Row.fetchAll(
                db, sql: "SELECT * FROM run \(filter) ORDER BY submitted_at DESC, rowid DESC LIMIT ?",
                arguments: arguments
            ).map(Self.run)
        }
    }

    /// Marks every run still queued or running as failed with `message` (a restart: nothing of them survives);
    /// returns how many.
    @discardableResult
    public func failUnfinished(message: String, at: String) throws(WorkspaceError) -> Int {
        try store.write { db in
            try db.execute(
                sql: "UPDATE run SET state = 'failed', message = ?, finished_at = ? "
                    + "WHERE state IN ('queued', 'running')",
                arguments: [message, at])
            return db.changesCount
        }
    }

    static func run(_ row: Row) -> StoredRun {
        StoredRun(
            id: row["id"], scenario: row["scenario"], kind: row["kind"], state: row["state"],
            timeLimit: row["time_limit"], submittedBy: row["submitted_by"], submittedAt: row["submitted_at"],
            finishedAt: row["finished_at"], incumbent: row["incumbent"], bound: row["bound"], gap: row["gap"],
            elapsed: row["elapsed"], message: row["message"])
    }
}
