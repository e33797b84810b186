import CivilCalendar
import MILP

/// How ``InspectionPlanner`` runs.
public struct PlannerOptions: Sendable {
    /// The run's deadline (`nil`: none). Every solve of the run stops by it, on its clock; regions planned
    /// separately get shares of it (see ``RegionalPlanner``).
    public var deadline: Deadline?
    /// The seconds left until ``deadline`` (`nil`: no deadline). Setting it sets a new deadline that many seconds
    /// from now on the same clock.
    public var timeLimitSeconds: Double? {
        get { deadline?.remaining }
        set { deadline = newValue.map { Deadline(after: $0, clock: deadline?.clock ?? SystemClock()) } }
    }
    /// Stop at this relative gap (`nil`: prove optimality, or ``pooledRelativeGap`` for pooled models). A plan stopped
    /// by the gap is reported as feasible.
    public var relativeGap: Double?
    /// The relative gap of pooled models when ``relativeGap`` is `nil` (`nil`: prove optimality there too). Pooled
    /// models are the large ones (see ``poolTeams``): GLPK's LP relaxation alone takes longer than most time limits
    /// there (29 s at 1,500 units), so no proof of optimality is within reach; with a gap, a starting plan already
    /// within it of the quick bound ends the run at once (see ``QuickBound``).
    public var pooledRelativeGap: Double?
    /// The gap front ends ask of pooled models when the user asks for none: 0.5 %.
    public static let defaultPooledRelativeGap = 0.005
    /// Progress callback, forwarded to the solver.
    public var progress: (@Sendable (SolveProgress) -> Void)?
    /// Whether to pass the greedy plan to the solver as a starting solution (default true).
    public var warmStart: Bool
    /// A previous plan's inspections, for re-planning (with ``replanFrom``).
    public var previous: [PlannedInspection]?
    /// Inspections of ``previous`` that start before this date are kept exactly; the rest is re-optimised.
    public var replanFrom: CivilDate?
    /// The objective reward for keeping a previously announced inspection on its team and date
    /// (`nil`: 2 × the largest priority × the priority weight, plus 1).
    public var keepReward: Double?
    /// The most placement-cut rounds before giving up (default 30).
    public var maxCutRounds: Int
    /// Whether to compute extra-capacity suggestions when the plan is infeasible (default true).
    public var explainInfeasibility: Bool
    /// Polled by the solver; when it returns true the solve stops and keeps its best plan (e.g. on SIGINT).
    public var shouldStop: (@Sendable () -> Bool)?
    /// Whether to pool teams that may inspect the same units (see ``ScheduleModelBuilder/poolTeams``): `true`,
    /// `false`, or `nil` to pool when a per-team model would exceed ``poolingThreshold`` columns.
    public var poolTeams: Bool?
    /// A deterministic work limit in branch-and-cut nodes per solve (`nil`: none). When set, every phase is budgeted
    /// in nodes instead of seconds: the priority-only pre-solve, the cold and warm solves, each placement-cut round
    /// and the extra-capacity explanations each get this many nodes (and each region of ``RegionalPlanner`` its own),
    /// clock-bounded heuristics are left out, and ``timeLimitSeconds`` is only a safety net. The same scenario then
    /// gives the same plan on any machine, however fast or busy.
    public var workLimit: Int?
    /// The node budget of the level search that opens the first solve of a per-team model (see
    /// ``MILP/SolveOptions/levelSearchNodes``): a search among the plans at the best objective level the LP bound
    /// allows, in a model cut down by reduced costs. Counted apart from ``workLimit``. `nil` or 0: no level search.
    public var levelSearchNodes: Int? = PlannerOptions.defaultLevelSearchNodes
    /// The default level-search budget, per level. On the Thạch Hà calendars the searches that found the optimum took
    /// at most about 150 nodes; one that cannot settle a level within 250 nodes costs 2–3 s on a 2-core machine
    /// before the usual search.
    public static let defaultLevelSearchNodes = 250
    /// Whether the first solve of a per-team model with bundling first tries the compact model (see
    /// ``ScheduleModelBuilder/compactLinks``): the same plans and objective with aggregated bundling rows and their
    /// cuts, whose level search settles most calendars in a fraction of the time. When its level search does not
    /// settle, the planner goes on with the full model as if it had not tried.
    public var compactFirst = true
    /// Weekend days worked in exchange for a swapped weekday off (an announced holiday arrangement): working days.
    public var workedWeekendDays: [CivilDate] = []
    /// Where the year's built-in holidays come from, stated in a plan note (`nil`: no note, e.g. built-ins off).
    public var holidaySource: VietnameseHolidays.Source?
    /// The per-team column count (units × teams × weeks-in-month) above which teams are pooled automatically.
    public static let poolingThreshold = 150_000

    /// Creates options.
    public init(
        timeLimitSeconds: Double? = nil, deadline: Deadline? = nil, relativeGap: Double? = nil,
        progress: (@Sendable (SolveProgress) -> Void)? = nil,
        warmStart: Bool = true, previous: [PlannedInspection]? = nil, replanFrom: CivilDate? = nil,
        keepReward: Double? = nil,
        maxCutRounds: Int = 30, explainInfeasibility: Bool = true, shouldStop: (@Sendable () -> Bool)? = nil,
        poolTeams: Bool? = nil, workLimit: Int? = nil, pooledRelativeGap: Double? = nil
    ) {
        self.deadline = deadline ?? timeLimitSeconds.map { Deadline(after: $0) }
        self.relativeGap = relativeGap
        self.progress = progress
        self.warmStart = warmStart
        self.previous = previous
        self.replanFrom = replanFrom
        self.keepReward = keepReward
        self.maxCutRounds = maxCutRounds
        self.explainInfeasibility = explainInfeasibility
        self.shouldStop = shouldStop
        self.poolTeams = poolTeams
        self.workLimit = workLimit
        self.pooledRelativeGap = pooledRelativeGap
    }
}
