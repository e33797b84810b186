import Foundation
import GRDB

/// One change recorded in the audit log: who, when, what, and the versions before and after.
public struct AuditEvent: Sendable, Hashable, Codable {
    /// The log's sequence number (0 before it is recorded).
    public var id: Int64
    /// When (ISO 8601 UTC).
    public var at: String
    /// Who.
    public var user: String
    /// What was done (`scenario.save`, `scenario.create`, `run.submit`, `user.add`, …).
    public var action: String
    /// What it was done to (a scenario id, a run id, a user name).
    public var subject: String
    /// The version before the change, if it has one.
    public var before: String?
    /// The version after the change, if it has one.
    public var after: String?
    /// More about it (a file name, a role).
    public var detail: String

    /// Creates an event.
    public init(
        id: Int64 = 0, at: String, user: String, action: String, subject: String, before: String? = nil,
        after: String? = nil, detail: String = ""
    ) {
        self.id = id
        self.at = at
        self.user = user
        self.action = action
        self.subject = subject
        self.before = before
        self.after = after
        self.detail = detail
    }
}

/// The workspace's audit log: append-only (the database refuses updates and deletes).
public struct AuditLog: Sendable {
    /// The workspace store.
    public let store: TrackingStore

    /// Uses the audit table of `store`.
    public init(_ store: TrackingStore) {
        self.store = store
    }

    /// Appends an event; returns it with its sequence number.
    @discardableResult
    public func record(_ event: AuditEvent) throws(WorkspaceError) -> AuditEvent {
        try store.write { db in
            try db.execute(
                sql: "INSERT INTO audit_event (at, user_name, action, subject, before_version, after_version, detail) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    event.at, event.user, event.action, event.subject, event.before, event.after, event.detail,
                ])
            var recorded = event
            recorded.id = db.lastInsertedRowID
            return recorded
        }
    }

    /// The events about `subject` (every event when `nil`), oldest first, at most `limit`.
    public func events(subject: String? = nil, limit: Int = 500) throws(WorkspaceError) -> [AuditEvent] {
        try store.read { db in
            let filter = subject == nil ? "" : "WHERE subject = ?"
            let arguments: StatementArguments = subject.map { [$0, limit] } ?? [limit]
            return try Row.fetchAll(
                db,
                sql: "SELECT * FROM (SELECT * FROM audit_event \(filter) ORDER BY id DESC LIMIT ?) ORDER BY id",
                arguments: arguments
            ).map { row in
                AuditEvent(
                    id: row["id"], at: row["at"], user: row["user_name"], action: row["action"],
                    subject: row["subject"], before: row["before_version"], after: row["after_version"],
                    detail: row["detail"])
            }
        }
    }
}
