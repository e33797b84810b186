import Foundation
import GLPKSolver
import Localization
import MILP
import Synchronization

/// Reads this machine's memory from `/proc/meminfo` (Linux); `nil` elsewhere or when unreadable.
public enum MachineMemory {
    /// `MemTotal` in bytes.
    public static var totalBytes: UInt64? {
        guard let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("MemTotal:") {
            let digits = line.split(separator: " ").dropFirst().first.flatMap { UInt64($0) }
            return digits.map { $0 * 1024 }
        }
        return nil
    }
}

/// A conservative estimate of the memory GLPK needs for a model.
///
/// Calibration (GLPK 5.0 source, `glpapi01.c`/`glpios01.c`): a row or column costs ~150 bytes in the problem object,
/// a constraint coefficient ~56 bytes (`GLPAIJ`); the simplex keeps a column-wise copy and an LU factor
/// (about 3× the non-zeros at 16 bytes each), the branch-and-bound tree saves bound/status changes per node, and our
/// own flat arrays hold ~40 bytes per coefficient. The estimate multiplies by two for the tree and cut pool, so it
/// overstates small models and is the right order for large ones.
public struct ModelSizeEstimate: Sendable, Equatable {
    /// Constraints.
    public var rows: Int
    /// Variables.
    public var columns: Int
    /// Coefficients.
    public var nonzeros: Int

    /// The estimate for a model.
    public init(_ model: MILPModel) {
        rows = model.constraints.count
        columns = model.variables.count
        nonzeros = model.nonzeroCount
    }

    /// The estimate for a model of this size.
    public init(rows: Int, columns: Int, nonzeros: Int) {
        self.rows = rows
        self.columns = columns
        self.nonzeros = nonzeros
    }

    /// Estimated bytes.
    public var bytes: UInt64 {
        let perLine: UInt64 = 150 + 64  // problem object + simplex arrays
        let perNonzero: UInt64 = 56 + 3 * 16 + 40
        let base = UInt64(rows + columns) * perLine + UInt64(nonzeros) * perNonzero
        return 2 * base + 16 << 20  // tree, cut pool, and a fixed 16 MiB for GLPK's environment
    }

    /// Estimated MiB, rounded up.
    public var mebibytes: Int { Int((bytes + (1 << 20) - 1) >> 20) }
}

/// Wraps the live solver with the run's resource rules, for every solve a run makes (including the extra solves
/// that explain an infeasible plan):
/// - refuses a model whose estimated size exceeds the ceiling, before the solver starts (``SolverError/tooLarge``);
/// - passes the memory limit to the solver (GLPK's own memory limit);
/// - keeps every solve inside the run's one ``Deadline``, so the run returns within its time limit plus a small
///   margin, and forwards the stop request to solves that were not given one.
public struct ResourceGuardedSolver: MILPSolver {
    /// The solver behind the guard.
    public let base: any MILPSolver
    /// Passed to ``SolveOptions/memoryLimitMiB`` when the caller set none.
    public let memoryLimitMiB: Int?
    /// Models estimated above this are refused.
    public let ceilingBytes: UInt64
    /// Why the ceiling is what it is (for the message).
    public let ceilingReason: String
    /// The deadline every solve must have stopped by, or `nil`.
    public let deadline: Deadline?
    /// The phase's whole time limit in seconds (with ``deadline``).
    public var timeLimit: Double = 0
    /// Polled by every solve.
    public let shouldStop: @Sendable () -> Bool

    /// Creates a guard.
    public init(
        base: any MILPSolver, memoryLimitMiB: Int?, ceilingBytes: UInt64, ceilingReason: String, deadline: Deadline?,
        timeLimit: Double = 0, shouldStop: @escaping @Sendable () -> Bool
    ) {
        self.base = base
        self.memoryLimitMiB = memoryLimitMiB
        self.ceilingBytes = ceilingBytes
        self.ceilingReason = ceilingReason
        self.deadline = deadline
        self.timeLimit = timeLimit
        self.shouldStop = shouldStop
    }

    /// The ceiling for a memory limit: that limit, and never more than 80% of this machine's memory.
    public static func ceiling(maxMemoryMiB: Int?) -> (bytes: UInt64, reason: String) {
        var bytes = UInt64.max
        var reason = "no limit"
        if let total = MachineMemory.totalBytes {
            bytes = total / 10 * 8
            reason = "80% of this machine's memory (\(total >> 20) MiB in /proc/meminfo)"
        }
        if let mib = maxMemoryMiB, UInt64(mib) << 20 < bytes {
            bytes = UInt64(mib) << 20
            reason = "--max-memory \(mib)"
        }
        return (bytes, reason)
    }

    /// The solver limit to give GLPK when `seconds` remain: GLPK checks its clock only between steps, so it gets a
    /// little less than what is left (the rest covers building the model, decoding and writing reports).
    /// A cold solve (no starting plan) gets half of what is left: GLPK's MIP presolver and root LP check no clock and
    /// overran a 2.4 s limit by 1.2 s on an infeasible Thạch Hà variant.
    public static func internalLimit(remaining seconds: Double, cold: Bool = false) -> Double {
        cold ? max(0.01, min(seconds * 0.5, seconds - 1)) : max(0.01, min(seconds * 0.85, seconds - 0.5))
    }

    /// Below this many seconds left, a solve with a feasible starting plan returns that plan without starting GLPK.
    public static let minimumWarmSolveSeconds = 0.3

    public func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
        let estimate = ModelSizeEstimate(model)
        if estimate.bytes > ceilingBytes {
            throw SolverError.tooLarge(
                "the model has \(estimate.rows) constraints, \(estimate.columns) variables and \(estimate.nonzeros) "
                    + "coefficients, estimated at \(estimate.mebibytes) MiB, above \(ceilingReason) "
                    + "(\(ceilingBytes >> 20) MiB); the solver was not started. "
                    + "Split the scenario (fewer units or a shorter season) or raise --max-memory on a larger machine.")
        }
        var o = options
        if o.memoryLimitMiB == nil { o.memoryLimitMiB = memoryLimitMiB }
        if o.shouldStop == nil { o.shouldStop = shouldStop }
        guard let deadline else { return try base.solve(model, options: o) }
        if o.deadline == nil { o.deadline = deadline }
        let left = deadline.remaining
        if o.startingSolution == nil, left < max(1, 0.25 * timeLimit) {
            // A cold solve (no starting plan: the extra solves that explain an infeasible plan) runs GLPK's MIP
            // presolver and root LP, which check no clock; with this little time left it is not started.
            // Measured: without this rule, infeasible Thạch Hà variants ended 2.4 s past a 6 s limit.
            return SolveResult(
                termination: .timeLimit, hasFeasiblePoint: false,
                log: "not started: the run's time limit was already used")
        }
        if left < Self.minimumWarmSolveSeconds, let start = o.startingSolution, model.violations(at: start).isEmpty {
            // The time is used up: GLPK would only build the model and be stopped. Answer with the starting plan.
            return SolveResult(
                termination: .timeLimit, hasFeasiblePoint: true, objective: model.objectiveValue(at: start),
                values: start,
                log: "not started: the run's time limit was already used; returning the starting solution")
        }
        let limit = Self.internalLimit(remaining: left, cold: o.startingSolution == nil)
        o.timeLimitSeconds = min(o.timeLimitSeconds ?? limit, limit)
        return try base.solve(model, options: o)
    }
}

/// Why the last-resort watchdog fired, with the status the run should end with.
public struct WatchdogAlarm: Sendable, Hashable {
    /// Why it fired.
    public enum Reason: Sendable, Hashable {
        /// The phase ran past its time limit plus the grace (seconds in all).
        case overran(seconds: Double)
        /// A stop was requested and the solver did not stop within ``SolveWatchdog/interruptGrace``.
        case stopIgnored
    }

    /// Why it fired.
    public var reason: Reason

    /// Creates an alarm.
    public init(reason: Reason) { self.reason = reason }

    /// The status the run ends with: ``ExitStatus/noPlan`` or ``ExitStatus/interrupted``.
    public var status: ExitStatus {
        switch reason {
        case .overran: return .noPlan
        case .stopIgnored: return .interrupted
        }
    }

    /// The message, in `language`.
    public func message(_ language: Language) -> String {
        let vietnamese = language == .vi
        switch reason {
        case .overran(let seconds):
            let text = String(format: "%.0f", seconds)
            return vietnamese
                ? "cchc: bộ giải không dừng kịp trong giới hạn thời gian (đã quá \(text) giây); dừng lại, không ghi báo "
                    + "cáo (báo cáo cũ giữ nguyên). Hãy tăng --time-limit hoặc chạy khi máy rảnh hơn."
                : "cchc: the solver did not stop within the time limit (over \(text) s); stopping without writing "
                    + "reports (the previous ones are untouched). Raise --time-limit or run on a less loaded machine."
        case .stopIgnored:
            let grace = Int(SolveWatchdog.interruptGrace)
            return vietnamese
                ? "cchc: đã yêu cầu dừng nhưng bộ giải không dừng trong \(grace) giây, nên kết thúc tại đây; "
                    + "báo cáo cũ giữ nguyên"
                : "cchc: interrupted; the solver did not stop within \(grace) s, so the run ends here and the "
                    + "previous reports are left as they were"
        }
    }
}

/// The last-resort time guard of a solving phase. Each GLPK solve returns by its limit plus
/// ``GLPKSolver/returnGrace(forTimeLimit:)`` with its best plan even when GLPK itself is late, so this fires only when
/// the work around the solves (building a very large model, decoding it) overruns: measured on a generated
/// 1,500-unit, 30-team scenario, whose 2 M-variable model takes the planner about 8–11 s to build (release build).
/// It reads the run's clock. ``disarm()`` must be called before reports are written; after it returns the watchdog
/// never fires.
public final class SolveWatchdog: Sendable {
    private let state = Mutex<Bool>(false)  // true once disarmed

    /// The grace allowed past the time limit: 20% of it, at least 3 s.
    public static func grace(for timeLimit: Double) -> Double { max(3, 0.2 * timeLimit) }

    /// Seconds allowed between a stop request and the end of the solve before the watchdog fires.
    public static let interruptGrace = 3.0

    /// Starts a watchdog that fires at `deadline`, or ``interruptGrace`` seconds after `shouldStop` first returns true
    /// when the phase has not ended by then. `fire` runs at most once, on the watchdog's thread, while ``disarm()``
    /// waits.
    public init(
        deadline: Deadline, limit: Double, shouldStop: @escaping @Sendable () -> Bool,
        fire: @escaping @Sendable (WatchdogAlarm) -> Void
    ) {
        let thread = Thread { [self] in
            var stopAskedAt: Double?
            var alarm = WatchdogAlarm(reason: .overran(seconds: limit))
            while true {
                if self.state.withLock({ $0 }) { return }
                let now = deadline.clock.now()
                if now >= deadline.instant { break }
                if shouldStop() {
                    let since = stopAskedAt ?? now
                    stopAskedAt = since
                    if now - since >= Self.interruptGrace {
                        alarm = WatchdogAlarm(reason: .stopIgnored)
                        break
                    }
                }
                Thread.sleep(forTimeInterval: min(max(deadline.instant - now, 0.001), 0.1))
            }
            // `fire` runs under the lock, so a `disarm()` racing with it waits: a front end that ends the process in
            // `fire` can never have written reports first.
            self.state.withLock { disarmed in
                guard !disarmed else { return }
                disarmed = true
                fire(alarm)
            }
        }
        thread.start()
    }

    /// Stops the watchdog; once this returns it will not fire.
    public func disarm() { state.withLock { $0 = true } }
}
