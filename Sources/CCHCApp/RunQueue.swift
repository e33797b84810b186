import Foundation
import Localization
import MILP
import Synchronization
import Workspace

/// What a run plans.
public enum RunKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The inspection calendar (as `cchc schedule`).
    case schedule
    /// The staffing check and reduction plan (as `cchc staffing`).
    case staffing

    /// The permission a user needs to start it.
    public var permission: Permission { self == .schedule ? .runCalendar : .runStaffing }
}

/// Where a run is.
public enum RunState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Waiting for a free solver slot.
    case queued
    /// Solving.
    case running
    /// Done: its reports are written.
    case finished
    /// Stopped by an error (or by a restart of the server).
    case failed
    /// Stopped on request; nothing was written.
    case cancelled

    /// Whether the run is over.
    public var isFinal: Bool { self != .queued && self != .running }
}

/// A run's last progress.
public struct RunProgress: Sendable, Hashable, Codable {
    /// The best plan's objective so far.
    public var incumbent: Double?
    /// The best bound so far.
    public var bound: Double?
    /// The relative gap between them.
    public var gap: Double?
    /// Seconds since the run started.
    public var elapsed: Double

    /// Creates progress.
    public init(incumbent: Double? = nil, bound: Double? = nil, gap: Double? = nil, elapsed: Double = 0) {
        self.incumbent = incumbent
        self.bound = bound
        self.gap = gap
        self.elapsed = elapsed
    }
}

/// A run as seen at one moment.
public struct RunSnapshot: Sendable, Hashable, Codable {
    /// The run's id.
    public var id: String
    /// The scenario's id.
    public var scenario: String
    /// What it plans.
    public var kind: RunKind
    /// Where it is.
    public var state: RunState
    /// Its last progress.
    public var progress: RunProgress
    /// The outcome or the failure, in words.
    public var message: String
    /// Who started it.
    public var submittedBy: String
    /// When (ISO 8601 UTC).
    public var submittedAt: String
    /// When it ended (ISO 8601 UTC).
    public var finishedAt: String?
    /// Its time limit in seconds.
    public var timeLimit: Double
}

/// Why the queue refused a request.
public enum RunQueueError: Error, Sendable, Hashable {
    /// No run with this id.
    case notFound(String)
    /// The scenario already has a run queued or running (its id).
    case busy(scenario: String, run: String)
    /// The time limit is not between 1 and ``RunQueue/maxTimeLimit`` seconds.
    case badTimeLimit(Double)
    /// The run is already over.
    case alreadyOver(String)
}

/// The solver runs of the web application: at most one per scenario at a time, at most `maxConcurrent` solving at
/// once (the others wait, queued), progress for each, a stop on request, results written atomically to
/// `Reports/<scenario>/` as `cchc report` does, and each run's row kept in the workspace store. Runs that were queued
/// or running when the process ended are marked failed when a queue starts.
public actor RunQueue {
    /// The longest time limit accepted, in seconds.
    public static let maxTimeLimit = 3600.0
    /// The message of a run that the restart of the server ended.
    public static let restartMessage = "Máy chủ khởi động lại trong khi chạy (the server restarted during the run)"

    let library: ScenarioLibrary
    let store: RunStore?
    let audit: AuditLog?
    /// How many runs may solve at once.
    public let maxConcurrent: Int
    let workLimit: Int?
    let language: Language

    var runs: [String: RunSnapshot] = [:]
    var waiting: [String] = []
    var active: Set<String> = []
    var stops: [String: StopFlag] = [:]
    var started: [String: Date] = [:]
    var lastPersisted: [String: Date] = [:]
    var subscribers: [String: [UUID: AsyncStream<RunSnapshot>.Continuation]] = [:]

    /// A queue for the library; rows are kept in `store` when given.
    ///
    /// - Parameters:
    ///   - maxConcurrent: Runs solving at once (default: the number of cores).
    ///   - workLimit: A deterministic node limit per calendar solve (tests; `nil`: none).
    public init(
        library: ScenarioLibrary, store: TrackingStore?,
        maxConcurrent: Int = ProcessInfo.processInfo.activeProcessorCount,
        workLimit: Int? = nil, language: Language = .vi
    ) {
        self.library = library
        self.store = store.map(RunStore.init)
        self.audit = store.map(AuditLog.init)
        self.maxConcurrent = max(1, maxConcurrent)
        self.workLimit = workLimit
        self.language = language
        _ = try? self.store?.failUnfinished(message: Self.restartMessage, at: Accounts.timestamp(Date()))
    }

    // MARK: Requests

    /// Queues a run of scenario `scenario`; returns its id.
    public func submit(
        scenario: String, kind: RunKind, timeLimit: Double, by user: String
    ) throws(RunQueueError) -> String {
        guard timeLimit >= 1, timeLimit <= Self.maxTimeLimit, timeLimit.isFinite else {
            throw .badTimeLimit(timeLimit)
        }
        if let busy = runs.values.first(where: { $0.scenario == scenario && !$0.state.isFinal }) {
            throw .busy(scenario: scenario, run: busy.id)
        }
        let id = "r" + String(RandomToken.make().prefix(15))
        let now = Accounts.timestamp(Date())
        let snapshot = RunSnapshot(
            id: id, scenario: scenario, kind: kind, state: .queued, progress: RunProgress(), message: "",
            submittedBy: user, submittedAt: now, finishedAt: nil, timeLimit: timeLimit)
        runs[id] = snapshot
        stops[id] = StopFlag()
        waiting.append(id)
        persist(snapshot, force: true)
        _ = try? audit?.record(
            AuditEvent(at: now, user: user, action: "run.submit", subject: scenario, detail: "\(id) \(kind.rawValue)"))
        pump()
        return id
    }

    /// A run's snapshot, from memory or from the store.
    public func status(_ id: String) throws(RunQueueError) -> RunSnapshot {
        if let snapshot = runs[id] { return snapshot }
        guard let stored = try? store?.run(id: id), let snapshot = Self.snapshot(stored) else { throw .notFound(id) }
        return snapshot
    }

    /// The runs of a scenario (every run when `nil`), newest first.
    public func list(scenario: String? = nil) -> [RunSnapshot] {
        var found: [String: RunSnapshot] = [:]
        for stored in (try? store?.runs(scenario: scenario)) ?? [] {
            if let snapshot = Self.snapshot(stored) { found[snapshot.id] = snapshot }
        }
        for snapshot in runs.values where scenario == nil || snapshot.scenario == scenario {
            found[snapshot.id] = snapshot
        }
        return found.values.sorted { ($0.submittedAt, $0.id) > ($1.submittedAt, $1.id) }
    }

    /// Asks a run to stop: a queued run ends at once, a running one at the solver's next check; nothing is written.
    public func cancel(_ id: String, by user: String) throws(RunQueueError) {
        let snapshot = try status(id)
        guard !snapshot.state.isFinal else { throw .alreadyOver(id) }
        stops[id]?.stop()
        _ = try? audit?.record(
            AuditEvent(
                at: Accounts.timestamp(Date()), user: user, action: "run.cancel", subject: snapshot.scenario,
                detail: id))
        if let index = waiting.firstIndex(of: id) {
            waiting.remove(at: index)
            finish(id, state: .cancelled, message: Self.cancelledMessage)
        }
    }

    static let cancelledMessage = "Đã dừng theo yêu cầu; báo cáo cũ giữ nguyên (stopped on request; reports unchanged)"

    /// The run's snapshots as they change: the current one first, then each change, ending with the final one.
    public func updates(_ id: String) throws(RunQueueError) -> AsyncStream<RunSnapshot> {
        let snapshot = try status(id)
        let (stream, continuation) = AsyncStream.makeStream(of: RunSnapshot.self, bufferingPolicy: .bufferingNewest(16))
        continuation.yield(snapshot)
        if snapshot.state.isFinal {
            continuation.finish()
        } else {
            let key = UUID()
            subscribers[id, default: [:]][key] = continuation
            continuation.onTermination = { _ in Task { await self.unsubscribe(id, key) } }
        }
        return stream
    }

    /// Waits until the run is over; returns its final snapshot.
    public func waitUntilFinished(_ id: String) async throws(RunQueueError) -> RunSnapshot {
        var last = try status(id)
        for await snapshot in try updates(id) { last = snapshot }
        return last
    }

    func unsubscribe(_ id: String, _ key: UUID) {
        subscribers[id]?[key] = nil
        if subscribers[id]?.isEmpty == true { subscribers[id] = nil }
    }

    // MARK: Running

    /// Starts waiting runs while there are free slots.
    func pump() {
        while active.count < maxConcurrent, !waiting.isEmpty {
            let id = waiting.removeFirst()
            guard var snapshot = runs[id] else { continue }
            active.insert(id)
            started[id] = Date()
            snapshot.state = .running
            update(snapshot, force: true)
            launch(snapshot)
        }
    }

    /// Runs the solve on a thread of its own (the solver blocks), then reports back to the queue.
    func launch(_ snapshot: RunSnapshot) {
        let id = snapshot.id
        let flag = stops[id] ?? StopFlag()
        let job = RunJob(
            id: id, scenario: snapshot.scenario, kind: snapshot.kind,
            limits: SolveLimits(timeLimit: snapshot.timeLimit, jobs: 1, workLimit: workLimit), language: language)
        let control = RunControl(
            shouldStop: { flag.isStopped },
            progress: { progress in Task { await self.progressed(id, progress) } })
        let library = library
        let thread = Thread {
            let outcome = job.execute(library: library, control: control)
            Task { await self.completed(id, outcome, stopped: flag.isStopped) }
        }
        thread.stackSize = 16 << 20
        thread.start()
    }

    func progressed(_ id: String, _ progress: SolveProgress) {
        guard var snapshot = runs[id], snapshot.state == .running else { return }
        snapshot.progress = RunProgress(
            incumbent: progress.incumbent, bound: progress.bound, gap: progress.gap,
            elapsed: Date().timeIntervalSince(started[id] ?? Date()))
        update(snapshot, force: false)
    }

    func completed(_ id: String, _ outcome: RunJob.Outcome, stopped: Bool) {
        active.remove(id)
        switch outcome {
        case .finished(let message): finish(id, state: .finished, message: message)
        case .failed(let message):
            finish(id, state: stopped ? .cancelled : .failed, message: stopped ? Self.cancelledMessage : message)
        }
        pump()
    }

    func finish(_ id: String, state: RunState, message: String) {
        guard var snapshot = runs[id] else { return }
        snapshot.state = state
        snapshot.message = message
        snapshot.finishedAt = Accounts.timestamp(Date())
        if let start = started[id] { snapshot.progress.elapsed = Date().timeIntervalSince(start) }
        update(snapshot, force: true)
        for continuation in (subscribers[id] ?? [:]).values { continuation.finish() }
        subscribers[id] = nil
        stops[id] = nil
        started[id] = nil
        lastPersisted[id] = nil
    }

    func update(_ snapshot: RunSnapshot, force: Bool) {
        runs[snapshot.id] = snapshot
        persist(snapshot, force: force)
        for continuation in (subscribers[snapshot.id] ?? [:]).values { continuation.yield(snapshot) }
    }

    /// Writes the run's row: always on a change of state, at most once a second for progress.
    func persist(_ snapshot: RunSnapshot, force: Bool) {
        let now = Date()
        if !force, let last = lastPersisted[snapshot.id], now.timeIntervalSince(last) < 1 { return }
        lastPersisted[snapshot.id] = now
        try? store?.save(
            StoredRun(
                id: snapshot.id, scenario: snapshot.scenario, kind: snapshot.kind.rawValue,
                state: snapshot.state.rawValue, timeLimit: snapshot.timeLimit, submittedBy: snapshot.submittedBy,
                submittedAt: snapshot.submittedAt, finishedAt: snapshot.finishedAt,
                incumbent: snapshot.progress.incumbent, bound: snapshot.progress.bound, gap: snapshot.progress.gap,
                elapsed: snapshot.progress.elapsed, message: snapshot.message))
    }

    static func snapshot(_ stored: StoredRun) -> RunSnapshot? {
        guard let kind = RunKind(rawValue: stored.kind), let state = RunState(rawValue: stored.state) else {
            return nil
        }
        return RunSnapshot(
            id: stored.id, scenario: stored.scenario, kind: kind, state: state,
            progress: RunProgress(
                incumbent: stored.incumbent, bound: stored.bound, gap: stored.gap, elapsed: stored.elapsed),
            message: stored.message, submittedBy: stored.submittedBy, submittedAt: stored.submittedAt,
            finishedAt: stored.finishedAt, timeLimit: stored.timeLimit)
    }
}

/// A stop request shared with a solver thread.
final class StopFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    var isStopped: Bool { flag.load(ordering: .relaxed) }

    func stop() { flag.store(true, ordering: .relaxed) }
}
