import GRDB

/// One named change of the workspace database's schema.
///
/// Migrations are append-only: a shipped migration is never edited, renamed or reordered; a change is a new migration
/// at the end of ``WorkspaceSchema/migrations``. Every front end (the CLI, the web server) opens the store through
/// ``TrackingStore``, which applies the missing migrations in order.
public struct WorkspaceMigration: Sendable {
    /// The migration's identifier, recorded in the database once applied (`2022-tracking-events`).
    public var name: String
    /// The schema change.
    public var apply: @Sendable (Database) throws -> Void

    /// Creates a migration.
    public init(_ name: String, apply: @escaping @Sendable (Database) throws -> Void) {
        self.name = name
        self.apply = apply
    }
}

/// The workspace database's schema: the list of migrations, oldest first.
public enum WorkspaceSchema {
    /// The event tables that may only grow: no row is ever updated or deleted (triggers refuse it).
    public static let appendOnlyTables = [
        "import_batch", "plan_version", "planned_inspection", "inspection_event", "self_plan_event",
        "indicator_value_event",
    ]

    /// Every migration, in the order they are applied. Add new ones at the end only.
    public static let migrations: [WorkspaceMigration] = [
        WorkspaceMigration("v1-tracking-events", apply: createTrackingTables),
        WorkspaceMigration("v1-tracking-append-only", apply: forbidChanges),
        WorkspaceMigration("v2-accounts", apply: createAccountTables),
        WorkspaceMigration("v2-audit", apply: createAuditTable),
        WorkspaceMigration("v2-runs", apply: createRunTable),
    ]

    /// The migrator that brings a database to the current schema.
    public static func migrator(_ migrations: [WorkspaceMigration] = migrations) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations { migrator.registerMigration(migration.name, migrate: migration.apply) }
        return migrator
    }

    @Sendable static func createTrackingTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE import_batch (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    scenario TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    file_name TEXT NOT NULL,
                    digest TEXT NOT NULL,
                    row_count INTEGER NOT NULL,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    UNIQUE (scenario, kind, digest)
                );
                CREATE TABLE plan_version (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    scenario TEXT NOT NULL,
                    source TEXT NOT NULL,
                    digest TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL
                );
                CREATE TABLE planned_inspection (
                    plan_id INTEGER NOT NULL REFERENCES plan_version(id),
                    unit TEXT NOT NULL,
                    team TEXT NOT NULL,
                    date TEXT NOT NULL,
                    days REAL NOT NULL
                );
                CREATE INDEX planned_inspection_plan ON planned_inspection(plan_id);
                CREATE TABLE inspection_event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    scenario TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('done', 'postponed', 'cancelled')),
                    date TEXT,
                    team TEXT,
                    score REAL,
                    findings TEXT,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    import_id INTEGER REFERENCES import_batch(id)
                );
                CREATE INDEX inspection_event_scenario ON inspection_event(scenario);
                CREATE TABLE self_plan_event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    scenario TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('cchc-plan', 'self-inspection')),
                    number TEXT NOT NULL,
                    date TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    import_id INTEGER REFERENCES import_batch(id)
                );
                CREATE INDEX self_plan_event_scenario ON self_plan_event(scenario);
                CREATE TABLE indicator_value_event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    scenario TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    indicator TEXT NOT NULL,
                    period TEXT NOT NULL,
                    numerator REAL,
                    denominator REAL,
                    value REAL,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    import_id INTEGER REFERENCES import_batch(id)
                );
                CREATE INDEX indicator_value_event_scenario ON indicator_value_event(scenario);
                """)
    }

    @Sendable static func forbidChanges(_ db: Database) throws {
        for table in appendOnlyTables {
            for action in ["UPDATE", "DELETE"] {
                try db.execute(
                    sql: """
                        CREATE TRIGGER \(table)_no_\(action.lowercased()) BEFORE \(action) ON \(table)
                        BEGIN SELECT RAISE(ABORT, '\(table) is append-only: record a correction as a new event'); END
                        """)
            }
        }
    }

    @Sendable static func createAccountTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE user (
                    name TEXT PRIMARY KEY NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('admin', 'planner', 'hr', 'viewer')),
                    password_hash TEXT NOT NULL,
                    created_at TEXT NOT NULL
                );
                CREATE TABLE web_session (
                    token_hash TEXT PRIMARY KEY NOT NULL,
                    user_name TEXT NOT NULL REFERENCES user(name) ON DELETE CASCADE,
                    csrf_token TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    expires_at TEXT NOT NULL
                );
                CREATE INDEX web_session_user ON web_session(user_name);
                CREATE TABLE login_attempt (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    user_name TEXT NOT NULL,
                    address TEXT NOT NULL,
                    succeeded INTEGER NOT NULL,
                    at TEXT NOT NULL
                );
                CREATE INDEX login_attempt_user ON login_attempt(user_name, at);
                CREATE INDEX login_attempt_address ON login_attempt(address, at);
                """)
    }

    @Sendable static func createAuditTable(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE audit_event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    user_name TEXT NOT NULL,
                    action TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    before_version TEXT,
                    after_version TEXT,
                    detail TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX audit_event_subject ON audit_event(subject);
                """)
        for action in ["UPDATE", "DELETE"] {
            try db.execute(
                sql: """
                    CREATE TRIGGER audit_event_no_\(action.lowercased()) BEFORE \(action) ON audit_event
                    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END
                    """)
        }
    }

    @Sendable static func createRunTable(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE run (
                    id TEXT PRIMARY KEY NOT NULL,
                    scenario TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('schedule', 'staffing')),
                    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'finished', 'failed', 'cancelled')),
                    time_limit REAL NOT NULL,
                    submitted_by TEXT NOT NULL,
                    submitted_at TEXT NOT NULL,
                    finished_at TEXT,
                    incumbent REAL,
                    bound REAL,
                    gap REAL,
                    elapsed REAL NOT NULL DEFAULT 0,
                    message TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX run_scenario ON run(scenario);
                """)
    }
}
