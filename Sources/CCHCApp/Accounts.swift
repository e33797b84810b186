import Foundation
import HummingbirdBcrypt
import Synchronization
import Workspace

/// Why an account operation was refused.
public enum AccountError: Error, Sendable, Hashable {
    /// The user name is not 1–64 letters, digits, `.`, `_` or `-`.
    case invalidName(String)
    /// The password is shorter than ``Accounts/minimumPasswordLength`` or longer than 72 bytes.
    case invalidPassword
    /// A user with this name exists.
    case nameTaken(String)
    /// No user with this name.
    case noSuchUser(String)
    /// The name or the password is wrong.
    case badCredentials
    /// Too many failed attempts for this account or address: try again after this many seconds.
    case tooManyAttempts(retryAfter: Int)
    /// The workspace store failed.
    case workspace(WorkspaceError)

    /// The message, in Vietnamese with the English after it.
    public var message: String {
        switch self {
        case .invalidName(let name):
            return "Tên người dùng không hợp lệ (\(name)): dùng 1–64 chữ cái không dấu, chữ số, '.', '_' hoặc '-' "
                + "(invalid user name: use 1–64 letters, digits, '.', '_' or '-')"
        case .invalidPassword:
            return "Mật khẩu phải có từ \(Accounts.minimumPasswordLength) đến 72 byte "
                + "(the password must have \(Accounts.minimumPasswordLength) to 72 bytes)"
        case .nameTaken(let name): return "Người dùng \(name) đã có (the user \(name) exists)"
        case .noSuchUser(let name): return "Không có người dùng \(name) (no user \(name))"
        case .badCredentials: return "Sai tên đăng nhập hoặc mật khẩu (wrong user name or password)"
        case .tooManyAttempts(let seconds):
            return "Đăng nhập sai quá nhiều lần; thử lại sau \(seconds) giây "
                + "(too many failed sign-ins; try again in \(seconds) s)"
        case .workspace(let error): return "\(error)"
        }
    }
}

/// A user as listed (no hash).
public struct UserSummary: Sendable, Hashable, Codable {
    /// The sign-in name.
    public var name: String
    /// The role.
    public var role: UserRole
    /// When the user was added (ISO 8601 UTC).
    public var createdAt: String
}

/// A session just opened: the cookie value (given to the browser only, stored hashed), its CSRF token, its user.
public struct OpenedSession: Sendable, Hashable {
    /// The cookie value.
    public var token: String
    /// The CSRF token every state-changing request must carry.
    public var csrfToken: String
    /// Who signed in.
    public var user: SignedInUser
    /// How long the session lasts, in seconds.
    public var lifetime: Int
}

/// A session found from its cookie.
public struct ActiveSession: Sendable, Hashable {
    /// Who.
    public var user: SignedInUser
    /// The session's CSRF token.
    public var csrfToken: String
}

/// The web accounts: users with bcrypt-hashed passwords and roles, sessions, and sign-in limits.
public struct Accounts: Sendable {
    /// The shortest password accepted.
    public static let minimumPasswordLength = 8
    /// Failed sign-ins allowed per account within ``attemptWindow`` before it is refused.
    public static let maxFailuresPerAccount = 5
    /// Failed sign-ins allowed per address within ``attemptWindow``.
    public static let maxFailuresPerAddress = 20
    /// The window the failures are counted in, in seconds.
    public static let attemptWindow = 15 * 60
    /// A session's lifetime, in seconds.
    public static let sessionLifetime = 12 * 3600

    /// How long a session found in the store is remembered without asking the store again, in seconds.
    public static let sessionCacheSeconds = 5.0

    let store: AccountStore
    let audit: AuditLog
    let cost: UInt8
    let clock: @Sendable () -> Date
    let cache = SessionCache()

    /// Uses the accounts of the workspace store.
    ///
    /// - Parameters:
    ///   - cost: The bcrypt cost (12 by default; tests use a low one).
    ///   - clock: Now.
    public init(_ store: TrackingStore, cost: UInt8 = 12, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = AccountStore(store)
        self.audit = AuditLog(store)
        self.cost = cost
        self.clock = clock
    }

    /// Whether a user name is acceptable.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0))
            }
    }

    /// Adds a user.
    public func add(name: String, role: UserRole, password: String, by actor: String) throws(AccountError) {
        guard Self.isValidName(name) else { throw .invalidName(name) }
        guard password.utf8.count >= Self.minimumPasswordLength, password.utf8.count <= 72 else {
            throw .invalidPassword
        }
        let now = Self.timestamp(clock())
        let user = StoredUser(
            name: name, role: role.rawValue, passwordHash: Bcrypt.hash(password, cost: cost), createdAt: now)
        let added = try wrap { () throws(WorkspaceError) in try store.addUser(user) }
        guard added else { throw .nameTaken(name) }
        try record(AuditEvent(at: now, user: actor, action: "user.add", subject: name, detail: role.rawValue))
    }

    /// Every user, by name.
    public func list() throws(AccountError) -> [UserSummary] {
        try wrap { () throws(WorkspaceError) in try store.users() }.map { user in
            UserSummary(name: user.name, role: UserRole(rawValue: user.role) ?? .viewer, createdAt: user.createdAt)
        }
    }

    /// Removes a user and ends their sessions.
    public func remove(name: String, by actor: String) throws(AccountError) {
        let removed = try wrap { () throws(WorkspaceError) in try store.removeUser(named: name) }
        guard removed else { throw .noSuchUser(name) }
        cache.clear()
        try record(AuditEvent(at: Self.timestamp(clock()), user: actor, action: "user.remove", subject: name))
    }

    /// Checks a name and password from `address` and opens a session; refused after too many failures for the
    /// account or the address within the window.
    public func signIn(name: String, password: String, address: String) throws(AccountError) -> OpenedSession {
        let now = clock()
        let since = Self.timestamp(now.addingTimeInterval(-Double(Self.attemptWindow)))
        let failures = try wrap { () throws(WorkspaceError) in
            try store.failures(user: name, address: address, since: since)
        }
        if failures.user >= Self.maxFailuresPerAccount || failures.address >= Self.maxFailuresPerAddress {
            throw .tooManyAttempts(retryAfter: Self.attemptWindow)
        }
        let stored = try wrap { () throws(WorkspaceError) in try store.user(named: name) }
        let matches = stored.map { Bcrypt.verify(password, hash: $0.passwordHash) } ?? false
        let at = Self.timestamp(now)
        try wrap { () throws(WorkspaceError) in
            try store.recordAttempt(user: name, address: address, succeeded: matches, at: at)
        }
        guard matches, let stored, let role = UserRole(rawValue: stored.role) else { throw .badCredentials }
        let token = RandomToken.make()
        let session = StoredSession(
            tokenHash: SHA256Digest.hex(of: token), userName: stored.name, csrfToken: RandomToken.make(),
            expiresAt: Self.timestamp(now.addingTimeInterval(Double(Self.sessionLifetime))))
        try wrap { () throws(WorkspaceError) in try store.addSession(session, createdAt: at) }
        return OpenedSession(
            token: token, csrfToken: session.csrfToken, user: SignedInUser(name: stored.name, role: role),
            lifetime: Self.sessionLifetime)
    }

    /// The session of a cookie value, if it is open.
    public func session(token: String) -> ActiveSession? {
        guard token.count == 64, token.allSatisfy(\.isHexDigit) else { return nil }
        let now = clock()
        if let cached = cache.session(token, now: now) { return cached }
        guard
            let (session, user) = try? store.session(
                tokenHash: SHA256Digest.hex(of: token), now: Self.timestamp(now)),
            let role = UserRole(rawValue: user.role)
        else { return nil }
        let active = ActiveSession(user: SignedInUser(name: user.name, role: role), csrfToken: session.csrfToken)
        let expires = min(
            now.addingTimeInterval(Self.sessionCacheSeconds),
            ISO8601DateFormatter().date(from: session.expiresAt) ?? now)
        cache.remember(token, active, until: expires)
        return active
    }

    /// Ends the session of a cookie value.
    public func signOut(token: String) {
        cache.forget(token)
        try? store.removeSession(tokenHash: SHA256Digest.hex(of: token))
    }

    /// ISO 8601 UTC with seconds.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    func record(_ event: AuditEvent) throws(AccountError) {
        _ = try wrap { () throws(WorkspaceError) in try audit.record(event) }
    }

    func wrap<T>(_ body: () throws(WorkspaceError) -> T) throws(AccountError) -> T {
        do {
            return try body()
        } catch {
            throw .workspace(error)
        }
    }
}

/// Sessions found in the store, remembered for a few seconds so that a page's many requests ask the store once.
final class SessionCache: Sendable {
    private let entries = Mutex<[String: (session: ActiveSession, until: Date)]>([:])

    func session(_ token: String, now: Date) -> ActiveSession? {
        entries.withLock { entries in
            guard let entry = entries[token] else { return nil }
            guard entry.until > now else {
                entries[token] = nil
                return nil
            }
            return entry.session
        }
    }

    func remember(_ token: String, _ session: ActiveSession, until: Date) {
        entries.withLock { entries in
            if entries.count > 10_000 { entries.removeAll() }
            entries[token] = (session, until)
        }
    }

    func forget(_ token: String) {
        _ = entries.withLock { $0.removeValue(forKey: token) }
    }

    func clear() {
        entries.withLock { $0.removeAll() }
    }
}
