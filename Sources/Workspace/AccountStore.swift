import Foundation
import GRDB

/// A web user as stored: name, role name and bcrypt hash.
public struct StoredUser: Sendable, Hashable {
    /// The sign-in name.
    public var name: String
    /// The role's name (`admin`, `planner`, `hr`, `viewer`).
    public var role: String
    /// The bcrypt hash of the password.
    public var passwordHash: String
    /// When the user was added (ISO 8601 UTC).
    public var createdAt: String

    /// Creates a stored user.
    public init(name: String, role: String, passwordHash: String, createdAt: String) {
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }
}

/// A signed-in session as stored: the hash of its cookie value, its user and its CSRF token.
public struct StoredSession: Sendable, Hashable {
    /// The SHA-256 hash (hex) of the cookie value; the value itself is never stored.
    public var tokenHash: String
    /// The user's name.
    public var userName: String
    /// The session's CSRF token.
    public var csrfToken: String
    /// When it ends (ISO 8601 UTC).
    public var expiresAt: String

    /// Creates a stored session.
    public init(tokenHash: String, userName: String, csrfToken: String, expiresAt: String) {
        self.tokenHash = tokenHash
        self.userName = userName
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }
}

/// The web accounts in the workspace store: users, sessions and sign-in attempts.
public struct AccountStore: Sendable {
    /// The workspace store.
    public let store: TrackingStore

    /// Uses the accounts tables of `store`.
    public init(_ store: TrackingStore) {
        self.store = store
    }

    // MARK: Users

    /// Adds a user; `false` when the name is taken (nothing is changed).
    public func addUser(_ user: StoredUser) throws(WorkspaceError) -> Bool {
        try store.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM user WHERE name = ?", arguments: [user.name]) == true {
                return false
            }
            try db.execute(
                sql: "INSERT INTO user (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
                arguments: [user.name, user.role, user.passwordHash, user.createdAt])
            return true
        }
    }

    /// The user named `name`, if any.
    public func user(named name: String) throws(WorkspaceError) -> StoredUser? {
        try store.read { db in
            try Row.fetchOne(
                db, sql: "SELECT name, role, password_hash, created_at FROM user WHERE name = ?", arguments: [name]
            ).map(Self.user)
        }
    }

    /// Every user, by name.
    public func users() throws(WorkspaceError) -> [StoredUser] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT name, role, password_hash, created_at FROM user ORDER BY name")
                .map(Self.user)
        }
    }

    /// Removes a user and their sessions; `false` when there is none.
    public func removeUser(named name: String) throws(WorkspaceError) -> Bool {
        try store.write { db in
            try db.execute(sql: "DELETE FROM web_session WHERE user_name = ?", arguments: [name])
            try db.execute(sql: "DELETE FROM user WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }

    static func user(_ row: Row) -> StoredUser {
        StoredUser(
            name: row["name"], role: row["role"], passwordHash: row["password_hash"], createdAt: row["created_at"])
    }

    // MARK: Sessions

    /// Stores a new session.
    public func addSession(_ session: StoredSession, createdAt: String) throws(WorkspaceError) {
        try store.write { db in
            try db.execute(
                sql: "INSERT INTO web_session (token_hash, user_name, csrf_token, created_at, expires_at) "
                    + "VALUES (?, ?, ?, ?, ?)",
                arguments: [session.tokenHash, session.userName, session.csrfToken, createdAt, session.expiresAt])
        }
    }

    /// The session with this token hash, with its user, when it has not expired at `now` (ISO 8601 UTC).
    public func session(tokenHash: String, now: String) throws(WorkspaceError) -> (StoredSession, StoredUser)? {
        try store.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT s.token_hash, s.user_name, s.csrf_token, s.expires_at,
                               u.name, u.role, u.password_hash, u.created_at
                        FROM web_session s JOIN user u ON u.name = s.user_name
                        WHERE s.token_hash = ? AND s.expires_at > ?
                        """, arguments: [tokenHash, now])
            else { return nil }
            let session = StoredSession(
                tokenHash: row["token_hash"], userName: row["user_name"], csrfToken: row["csrf_token"],
                expiresAt: row["expires_at"])
            return (session, Self.user(row))
        }
    }

    /// Ends a session.
    public func removeSession(tokenHash: String) throws(WorkspaceError) {
        try store.write { db in
            try db.execute(sql: "DELETE FROM web_session WHERE token_hash = ?", arguments: [tokenHash])
        }
    }

    // MARK: Sign-in attempts

    /// Records a sign-in attempt.
    public func recordAttempt(user: String, address: String, succeeded: Bool, at: String) throws(WorkspaceError) {
        try store.write { db in
            try db.execute(
                sql: "INSERT INTO login_attempt (user_name, address, succeeded, at) VALUES (?, ?, ?, ?)",
                arguments: [user, address, succeeded, at])
        }
    }

    /// Failed attempts since `since` (ISO 8601 UTC) for this user, and for this address, each counted since that
    /// key's last success.
    public func failures(user: String, address: String, since: String) throws(WorkspaceError) -> (
        user: Int, address: Int
    ) {
        try store.read { db in
            let sql = { (column: String) in
                """
                SELECT COUNT(*) FROM login_attempt WHERE \(column) = ? AND succeeded = 0 AND at >= ?
                AND id > COALESCE((SELECT MAX(id) FROM login_attempt WHERE \(column) = ? AND succeeded = 1), 0)
                """
            }
            let byUser = try Int.fetchOne(db, sql: sql("user_name"), arguments: [user, since, user]) ?? 0
            let byAddress = try Int.fetchOne(db, sql: sql("address"), arguments: [address, since, address]) ?? 0
            return (byUser, byAddress)
        }
    }
}
