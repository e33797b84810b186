import Foundation
import InspectionScheduling
import MILP

/// How long a run may take and when a plan is good enough: what a front end's options say.
public struct SolveLimits: Sendable, Hashable {
    /// Seconds allowed for each solving phase (the calendar, the staffing plan).
    public var timeLimit: Double
    /// The planner's relative gap (0: prove optimality; `nil`: automatic, a proof of optimality for models with a
    /// column per team, ``InspectionScheduling/PlannerOptions/defaultPooledRelativeGap`` for pooled ones).
    public var mipGap: Double?
    /// Independent regions planned at the same time.
    public var jobs: Int
    /// The solver's memory limit in MiB (`nil`: none beyond the machine's own ceiling).
    public var maxMemoryMiB: Int?
    /// A deterministic work limit for the calendar: branch-and-bound nodes per solve (`nil`: none). With it, every
    /// phase is budgeted in nodes and the time limit is only a safety net, so the plan is the same on any machine.
    public var workLimit: Int?

    /// Creates limits.
    public init(
        timeLimit: Double = 60, mipGap: Double? = nil, jobs: Int = RegionalPlanner.defaultParallel,
        maxMemoryMiB: Int? = nil, workLimit: Int? = nil
    ) {
        self.timeLimit = timeLimit
        self.mipGap = mipGap
        self.jobs = jobs
        self.maxMemoryMiB = maxMemoryMiB
        self.workLimit = workLimit
    }
}

/// What a front end plugs into a run: the clock the deadline is measured on, how a stop is requested, where progress
/// goes, and what happens when the last-resort watchdog fires.
///
/// The CLI passes its signal flag and its terminal progress line; the web server passes a cancel button and an event
/// stream; a test passes a ``ManualClock``.
public struct RunControl: Sendable {
    /// The clock every deadline of the run is measured on.
    public var clock: any SolveClock
    /// Polled during solves; `true` stops them, keeping the best plan, and the run ends as interrupted.
    public var shouldStop: @Sendable () -> Bool
    /// Solver progress (incumbent, bound, gap, elapsed).
    public var progress: (@Sendable (SolveProgress) -> Void)?
    /// Called as each independent region is planned.
    public var regionFinished: (@Sendable (RegionalPlanner.RegionProgress) -> Void)?
    /// Called when a solving phase starts, with its name and its deadline.
    public var phaseStarted: (@Sendable (RunPhase, Deadline) -> Void)?
    /// Called when a phase overruns its deadline by the watchdog's grace and the solver has not returned (`nil`: no
    /// watchdog). The CLI ends the process here; a server would log it.
    public var watchdogFired: (@Sendable (WatchdogAlarm) -> Void)?

    /// Creates a control; the defaults use the system clock, never stop, and report nothing.
    public init(
        clock: any SolveClock = SystemClock(), shouldStop: @escaping @Sendable () -> Bool = { false },
        progress: (@Sendable (SolveProgress) -> Void)? = nil,
        regionFinished: (@Sendable (RegionalPlanner.RegionProgress) -> Void)? = nil,
        phaseStarted: (@Sendable (RunPhase, Deadline) -> Void)? = nil,
        watchdogFired: (@Sendable (WatchdogAlarm) -> Void)? = nil
    ) {
        self.clock = clock
        self.shouldStop = shouldStop
        self.progress = progress
        self.regionFinished = regionFinished
        self.phaseStarted = phaseStarted
        self.watchdogFired = watchdogFired
    }
}

/// A solving phase of a run.
public enum RunPhase: String, Sendable, Hashable {
    /// The inspection calendar.
    case calendar
    /// The staffing analysis and reduction plan.
    case staffing
}
