import Dispatch
import Synchronization

/// A source of monotonic time in seconds: the one clock a run's time budget is measured on.
///
/// Every layer that enforces a time limit (the front end's guard, the regional planner, the inspection planner and
/// the GLPK backend's grace period) reads the clock of the run's ``Deadline``, so a test can drive them all with a
/// ``ManualClock`` instead of waiting.
public protocol SolveClock: Sendable {
    /// The current reading in seconds. Only differences between readings mean anything.
    func now() -> Double
}

/// The system's monotonic clock (uptime), unaffected by changes to the wall-clock time.
public struct SystemClock: SolveClock {
    /// Creates the system clock.
    public init() {}

    public func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}

/// A clock that moves only when told to: for tests that must not depend on the machine's speed.
public final class ManualClock: SolveClock {
    private let reading: Mutex<Double>

    /// Creates a clock that reads `start`.
    public init(start: Double = 0) { reading = Mutex(start) }

    public func now() -> Double { reading.withLock { $0 } }

    /// Moves the clock forward by `seconds`.
    public func advance(by seconds: Double) { reading.withLock { $0 += seconds } }
}

/// The moment by which a run must end, on a given clock.
///
/// A front end makes one deadline per run (`--time-limit` seconds from the start) and passes it down; each layer asks
/// it how much time is left instead of keeping a clock of its own.
public struct Deadline: Sendable {
    /// The clock the deadline is measured on.
    public let clock: any SolveClock
    /// The clock reading at which the time is up.
    public let instant: Double

    /// A deadline `seconds` from now on `clock`.
    public init(after seconds: Double, clock: any SolveClock = SystemClock()) {
        self.clock = clock
        self.instant = clock.now() + seconds
    }

    /// A deadline at a given reading of `clock`.
    public init(at instant: Double, clock: any SolveClock) {
        self.clock = clock
        self.instant = instant
    }

    /// Seconds left (negative once the deadline has passed).
    public var remaining: Double { instant - clock.now() }

    /// Whether the deadline has passed.
    public var hasPassed: Bool { remaining <= 0 }

    /// A deadline on the same clock, `seconds` from now, but never later than this one.
    public func capped(after seconds: Double) -> Deadline {
        Deadline(at: min(instant, clock.now() + seconds), clock: clock)
    }

    /// The same deadline moved `seconds` later (e.g. a grace period).
    public func extended(by seconds: Double) -> Deadline { Deadline(at: instant + seconds, clock: clock) }
}
