import CCHCApp
import Foundation
import Workspace

/// What every route gets: the workspace's scenario library, run queue, accounts and audit log.
public struct WebServices: Sendable {
    /// The scenarios.
    public var library: ScenarioLibrary
    /// The solver runs.
    public var runs: RunQueue
    /// Users and sessions.
    public var accounts: Accounts
    /// The audit log.
    public var audit: AuditLog
    /// The workspace folder.
    public var workspace: URL
    /// Whether cookies carry `Secure` (behind TLS).
    public var secureCookies: Bool
    /// Whether the client address is read from `X-Forwarded-For` (behind a reverse proxy on this machine).
    public var trustProxy: Bool

    /// Opens the services of a workspace folder (creating `cchc.sqlite` when missing).
    ///
    /// - Parameters:
    ///   - bcryptCost: The cost of new password hashes (tests use a low one).
    ///   - workLimit: A node limit for calendar solves (tests; `nil`: none).
    public init(
        workspace: URL, secureCookies: Bool = false, trustProxy: Bool = false, bcryptCost: UInt8 = 12,
        workLimit: Int? = nil, maxConcurrentRuns: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(ApplicationError) {
        let store = try TrackingDesk.open(workspace)
        let audit = AuditLog(store)
        self.library = ScenarioLibrary(workspace: workspace, audit: audit, maxUploadBytes: WebServer.maxUploadBytes)
        self.runs = RunQueue(library: library, store: store, maxConcurrent: maxConcurrentRuns, workLimit: workLimit)
        self.accounts = Accounts(store, cost: bcryptCost)
        self.audit = audit
        self.workspace = workspace
        self.secureCookies = secureCookies
        self.trustProxy = trustProxy
    }
}

/// Work that blocks a thread (bcrypt, reading a workbook, loading a scenario), done off the server's executor so that
/// other requests keep being answered.
public enum BlockingWork {
    /// Runs `body` on a global dispatch queue and returns its result.
    public static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}
