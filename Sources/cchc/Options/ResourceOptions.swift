import ArgumentParser
import Foundation
import GLPKSolver
import Localization
import MILP
import Synchronization

/// `--max-memory`: bounds the solver's memory, and refuses a model too large for the machine before GLPK starts.
struct ResourceOptions: ParsableArguments {
    @Option(
        name: .customLong("max-memory"),
        help: ArgumentHelp(
            "Memory limit for the solver in MiB (GLPK's own memory limit). A model whose estimated size exceeds it, or 80% of this machine's memory, is refused before solving.",
            valueName: "MiB"))
    var maxMemory: Int?

    func validate() throws {
        if let maxMemory, maxMemory <= 0 || maxMemory > 1 << 30 {
            throw ValidationError("Please give --max-memory as a positive number of MiB, e.g. --max-memory 2048.")
        }
    }
}

/// Reads this machine's memory from `/proc/meminfo` (Linux); `nil` elsewhere or when unreadable.
enum MachineMemory {
    /// `MemTotal` in bytes.
    static var totalBytes: UInt64? {
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
struct ModelSizeEstimate: Sendable, Equatable {
    var rows: Int
    var columns: Int
    var nonzeros: Int

    init(_ model: MILPModel) {
        rows = model.constraints.count
        columns = model.variables.count
        nonzeros = model.nonzeroCount
    }

    init(rows: Int, columns: Int, nonzeros: Int) {
        self.rows = rows
        self.columns = columns
        self.nonzeros = nonzeros
    }

    /// Estimated bytes.
    var bytes: UInt64 {
        let perLine: UInt64 = 150 + 64  // problem object + simplex arrays
        let perNonzero: UInt64 = 56 + 3 * 16 + 40
        let base = UInt64(rows + columns) * perLine + UInt64(nonzeros) * perNonzero
        return 2 * base + 16 << 20  // tree, cut pool, and a fixed 16 MiB for GLPK's environment
    }

    /// Estimated MiB, rounded up.
    var mebibytes: Int { Int((bytes + (1 << 20) - 1) >> 20) }
}

/// Wraps the live solver with the CLI's resource rules, for every solve a command makes (including the extra solves
/// that explain an infeasible plan):
/// - refuses a model whose estimated size exceeds the ceiling, before the solver starts (``SolverError/tooLarge``);
/// - passes `--max-memory` to the solver (GLPK's own memory limit);
/// - keeps every solve inside one overall deadline, so the command returns within its time limit plus a small
///   margin, and forwards the interrupt flag to solves that were not given one.
struct ResourceGuardedSolver: MILPSolver {
    let base: any MILPSolver
    /// Passed to ``SolveOptions/memoryLimitMiB`` when the caller set none.
    let memoryLimitMiB: Int?
    /// Models estimated above this are refused.
    let ceilingBytes: UInt64
    /// Why the ceiling is what it is (for the message).
    let ceilingReason: String
    /// Monotonic seconds (``monotonicSeconds()``) by which every solve must have stopped, or `nil`.
    let deadline: Double?
    /// The command's whole time limit in seconds (with ``deadline``).
    var timeLimit: Double = 0
    let shouldStop: @Sendable () -> Bool

    /// The ceiling for a `--max-memory` value: that value, and never more than 80% of this machine's memory.
    static func ceiling(maxMemoryMiB: Int?) -> (bytes: UInt64, reason: String) {
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
    static func internalLimit(remaining seconds: Double, cold: Bool = false) -> Double {
        cold ? max(0.01, min(seconds * 0.5, seconds - 1)) : max(0.01, min(seconds * 0.85, seconds - 0.5))
    }

    /// Below this many seconds left, a solve with a feasible starting plan returns that plan without starting GLPK.
    static let minimumWarmSolveSeconds = 0.3

    func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
        let estimate = ModelSizeEstimate(model)
        if estimate.bytes > ceilingBytes {
            throw SolverError.tooLarge(
                "the model has \(estimate.rows) constraints, \(estimate.columns) variables and \(estimate.nonzeros) coefficients, "
                    + "estimated at \(estimate.mebibytes) MiB, above \(ceilingReason) (\(ceilingBytes >> 20) MiB); the solver was not started. "
                    + "Split the scenario (fewer units or a shorter season) or raise --max-memory on a larger machine.")
        }
        var o = options
        if o.memoryLimitMiB == nil { o.memoryLimitMiB = memoryLimitMiB }
        if o.shouldStop == nil { o.shouldStop = shouldStop }
        if let deadline {
            let left = deadline - monotonicSeconds()
            if o.startingSolution == nil, left < max(1, 0.25 * timeLimit) {
                // A cold solve (no starting plan: the extra solves that explain an infeasible plan) runs GLPK's MIP
                // presolver and root LP, which check no clock; with this little time left it is not started.
                // Measured: without this rule, infeasible Thạch Hà variants ended 2.4 s past a 6 s limit.
                return SolveResult(
                    termination: .timeLimit, hasFeasiblePoint: false,
                    log: "not started: the command's time limit was already used")
            }
            if left < Self.minimumWarmSolveSeconds, let start = o.startingSolution, model.violations(at: start).isEmpty {
                // The time is used up: GLPK would only build the model and be stopped. Answer with the starting plan.
                return SolveResult(
                    termination: .timeLimit, hasFeasiblePoint: true, objective: model.objectiveValue(at: start),
                    values: start, log: "not started: the command's time limit was already used; returning the starting solution")
            }
            let limit = Self.internalLimit(remaining: left, cold: o.startingSolution == nil)
            o.timeLimitSeconds = min(o.timeLimitSeconds ?? limit, limit)
        }
        return try base.solve(model, options: o)
    }
}

extension SolverError {
    /// The exit status and a user-facing message for a solver error in the CLI.
    func cliMessage(language: Language) -> String {
        switch self {
        case .tooLarge(let detail):
            return language == .vi
                ? "cchc: mô hình vượt giới hạn bộ nhớ (model too large): \(detail)"
                : "cchc: model too large: \(detail)"
        default:
            return "cchc: \(self)"
        }
    }

}

extension ResourceOptions {
    /// The live GLPK solver behind the resource rules; every solve ends by `started + timeLimit` (minus the margin).
    func guardedSolver(started: Double, timeLimit: Double) -> ResourceGuardedSolver {
        let ceiling = ResourceGuardedSolver.ceiling(maxMemoryMiB: maxMemory)
        var solver = ResourceGuardedSolver(
            base: GLPKSolver(), memoryLimitMiB: maxMemory, ceilingBytes: ceiling.bytes, ceilingReason: ceiling.reason,
            deadline: started + timeLimit, shouldStop: Interruption.shouldStop)
        solver.timeLimit = timeLimit
        return solver
    }
}

/// The last-resort time guard. Each GLPK solve returns by its limit plus ``GLPKSolver/returnGrace(forTimeLimit:)``
/// with its best plan even when GLPK itself is late, so this fires only when the work around the solves (building a
/// very large model, decoding it) overruns: measured on a generated 1,500-unit, 30-team scenario, whose 2 M-variable
/// model takes the planner about 8-11 s to build (release build). If the command is still solving at
/// `time limit + grace`, this prints why and ends the process with status 4 before any report is written, so the
/// previous reports stay as they were; likewise with status 130 when a SIGINT/SIGTERM was not honoured within 3 s. ``disarm()`` must be called before writing reports; after it returns the watchdog can no longer fire.
final class SolveWatchdog: Sendable {
    private let state = Mutex<Bool>(false)  // true once disarmed

    /// The grace allowed past the time limit: 20% of it, at least 3 s.
    static func grace(for timeLimit: Double) -> Double { max(3, 0.2 * timeLimit) }

    /// Seconds allowed between a SIGINT/SIGTERM and the end of the solve before the watchdog ends the process.
    static let interruptGrace = 3.0

    /// Starts a watchdog that fires at `deadline` (monotonic seconds, like ``monotonicSeconds()``), or
    /// ``interruptGrace`` seconds after an interrupt when the solver has not stopped by then (exit 130).
    init(deadline: Double, message: String) {
        let thread = Thread { [self] in
            var interruptedAt: Double?
            var status: Int32 = 4
            var text = message
            while true {
                let now = monotonicSeconds()
                if now >= deadline { break }
                if Interruption.isRequested {
                    let since = interruptedAt ?? now
                    interruptedAt = since
                    if now - since >= Self.interruptGrace {
                        status = 130
                        text = "cchc: interrupted; the solver did not stop within \(Int(Self.interruptGrace)) s, so the run ends here and the previous reports are left as they were"
                        break
                    }
                }
                Thread.sleep(forTimeInterval: min(deadline - now, 0.1))
                if self.state.withLock({ $0 }) { return }
            }
            self.state.withLock { disarmed in
                guard !disarmed else { return }
                printError(text)
                _exit(status)
            }
        }
        thread.start()
    }

    /// Stops the watchdog; once this returns it will not fire.
    func disarm() { state.withLock { $0 = true } }
}

extension ResourceOptions {
    /// Arms the last-resort watchdog for a command that started at `started` with `timeLimit` seconds.
    func armWatchdog(started: Double, timeLimit: Double, language: Language) -> SolveWatchdog {
        let grace = SolveWatchdog.grace(for: timeLimit)
        let text = String(format: "%.0f", timeLimit + grace)
        return SolveWatchdog(
            deadline: started + timeLimit + grace,
            message: language == .vi
                ? "cchc: bộ giải không dừng kịp trong giới hạn thời gian (đã quá \(text) giây); dừng lại, không ghi báo cáo (báo cáo cũ giữ nguyên). Hãy tăng --time-limit hoặc chạy khi máy rảnh hơn."
                : "cchc: the solver did not stop within the time limit (over \(text) s); stopping without writing reports (the previous ones are untouched). Raise --time-limit or run on a less loaded machine.")
    }
}

extension ResourceOptions {
    /// Runs one solving phase of a command under the resource rules, the same way for `schedule`, `staffing`,
    /// `report` and `compare`:
    /// - `body` gets the guarded solver: a model estimated above `--max-memory` (or 80% of the machine) is refused
    ///   before GLPK starts, GLPK's own memory limit is set, and every solve stops by `started + timeLimit`;
    /// - the last-resort watchdog is armed for the phase and disarmed when it ends, before any report is written;
    /// - a ``SolverError`` is printed (a too-large model with its own message) and becomes exit status 70.
    ///
    /// Other errors (an `ExitCode`, a scenario error) pass through unchanged.
    func solvingPhase<T>(
        started: Double, timeLimit: Double, language: Language, _ body: (ResourceGuardedSolver) throws -> T
    ) throws -> T {
        let watchdog = armWatchdog(started: started, timeLimit: timeLimit, language: language)
        defer {
            watchdog.disarm()
            SolverProgressLine.finish()
        }
        do {
            return try body(guardedSolver(started: started, timeLimit: timeLimit))
        } catch let error as SolverError {
            SolverProgressLine.finish()
            printError(error.cliMessage(language: language))
            throw ExitCode(70)
        }
    }
}
