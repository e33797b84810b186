import CivilCalendar

/// The result of planning a year's inspections: the calendar, how it meets the targets, and how it was found.
///
/// Property names follow the JSON keys the CLI prints (`scenario`, `year`, `status`, `objective`, `bound`, `gap`,
/// `targets`, `inspections`, `unmet`, `model`, `timings`), so encoding a plan with `JSONEncoder` gives that shape.
public struct InspectionPlan: Hashable, Sendable, Codable {
    /// The scenario's display name.
    public var scenario: String
    /// The planning year.
    public var year: Int
    /// What the plan is: proven optimal, feasible with a gap, infeasible (with `unmet`), or nothing found.
    public var status: PlanStatus
    /// The objective value of the returned plan as the solver measured it (penalties for unmet rules excluded),
    /// or `nil` when there is no plan.
    public var objective: Double?
    /// The best proven bound on the objective (an upper bound: the objective is maximised), if known.
    public var bound: Double?
    /// The relative gap `|bound − objective| / |objective|`, if both are known. 0 for a proven optimum.
    public var gap: Double?
    /// The objective's terms measured on the final calendar.
    public var objectiveTerms: ObjectiveTerms
    /// The coverage of every target group (one entry per region for region-scoped targets).
    public var targets: [TargetCoverage]
    /// The inspections, sorted by date, then team, then unit.
    public var inspections: [PlannedInspection]
    /// The load of each team (in inspection-days), with its months, in scenario team order.
    public var teamLoads: [TeamLoad]
    /// The load of every month of the season with at least one working day (all teams), in month order.
    public var monthLoads: [MonthLoad]
    /// How many inspections start on each weekday, Monday to Friday (`nil` in plans saved before it was measured).
    public var weekdayCounts: [Int]?
    /// The team-days: the distinct (team, date) pairs the inspections occupy (`nil` in plans saved before it was
    /// measured).
    public var teamDays: Int?
    /// What the plan could not satisfy, and what would fix it. Empty when every hard rule holds.
    public var unmet: [UnmetItem]
    /// Differences from a previous plan when this is a re-plan (empty otherwise).
    public var moved: [MovedInspection]
    /// The size of the optimisation model.
    public var model: ModelSize
    /// Wall-clock timings in seconds.
    public var timings: PlanTimings
    /// Notes for the reader: assumptions and unconfirmed ([U]) defaults that applied, and how the plan was found.
    public var notes: [PlanNote]

    /// Creates a plan.
    public init(
        scenario: String, year: Int, status: PlanStatus, objective: Double? = nil, bound: Double? = nil,
        gap: Double? = nil,
        objectiveTerms: ObjectiveTerms = ObjectiveTerms(), targets: [TargetCoverage] = [],
        inspections: [PlannedInspection] = [], teamLoads: [TeamLoad] = [], monthLoads: [MonthLoad] = [],
        unmet: [UnmetItem] = [], moved: [MovedInspection] = [], model: ModelSize = ModelSize(),
        timings: PlanTimings = PlanTimings(), notes: [PlanNote] = []
    ) {
        self.scenario = scenario
        self.year = year
        self.status = status
        self.objective = objective
        self.bound = bound
        self.gap = gap
        self.objectiveTerms = objectiveTerms
        self.targets = targets
        self.inspections = inspections
        self.teamLoads = teamLoads
        self.monthLoads = monthLoads
        self.unmet = unmet
        self.moved = moved
        self.model = model
        self.timings = timings
        self.notes = notes
    }
}

/// What kind of plan came out of a solve.
public enum PlanStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Every hard rule holds and the objective is proven optimal.
    case optimal
    /// Every hard rule holds; optimality is not proven (time limit or gap limit). See ``InspectionPlan/gap``.
    case feasible
    /// The hard rules cannot all hold. The calendar is the best compromise; ``InspectionPlan/unmet`` says what is missing.
    case infeasible
    /// No plan was found within the limits (nothing proven either way).
    case noSolution = "no-solution"
}

/// One planned inspection.
public struct PlannedInspection: Hashable, Sendable, Codable {
    /// The unit's code.
    public var unit: String
    /// The team's code.
    public var team: String
    /// The start date.
    public var date: CivilDate
    /// The duration in days (0.5 for a half-day inspection).
    public var days: Double
    /// Every date the inspection occupies, in order (one date for a half or one day).
    public var dates: [CivilDate]
    /// Whether it is a fixed inspection (a pin, or a past inspection kept in a re-plan).
    public var fixed: Bool

    /// Creates an inspection.
    public init(
        unit: String, team: String, date: CivilDate, days: Double, dates: [CivilDate]? = nil, fixed: Bool = false
    ) {
        self.unit = unit
        self.team = team
        self.date = date
        self.days = days
        self.dates = dates ?? [date]
        self.fixed = fixed
    }

    /// The order plans use: date, then team, then unit.
    public static func planOrder(_ a: PlannedInspection, _ b: PlannedInspection) -> Bool {
        (a.date, a.team, a.unit) < (b.date, b.team, b.unit)
    }
}

/// How one target group is covered.
public struct TargetCoverage: Hashable, Sendable, Codable {
    /// The target's name.
    public var name: String
    /// The region, for region-scoped targets; `nil` for a whole-scenario target.
    public var region: String?
    /// ceil(min_share × total).
    public var required: Int
    /// Units of the group in the plan.
    public var planned: Int
    /// Units of the group in the scenario (excluded units included).
    public var total: Int

    /// Creates a coverage line.
    public init(name: String, region: String? = nil, required: Int, planned: Int, total: Int) {
        self.name = name
        self.region = region
        self.required = required
        self.planned = planned
        self.total = total
    }

    /// Whether the plan reaches the requirement.
    public var isMet: Bool { planned >= required }
}

/// Inspection-days in one month.
public struct MonthLoad: Hashable, Sendable, Codable {
    /// The month, 1...12.
    public var month: Int
    /// Inspection-days started in that month.
    public var days: Double

    /// Creates a month load.
    public init(month: Int, days: Double) {
        self.month = month
        self.days = days
    }
}

/// One team's load.
public struct TeamLoad: Hashable, Sendable, Codable {
    /// The team's code.
    public var team: String
    /// Inspection-days in the year.
    public var days: Double
    /// Number of inspections.
    public var inspections: Int
    /// Inspection-days per month (months with work only), in month order.
    public var months: [MonthLoad]

    /// Creates a team load.
    public init(team: String, days: Double, inspections: Int, months: [MonthLoad]) {
        self.team = team
        self.days = days
        self.inspections = inspections
        self.months = months
    }
}

/// The objective's terms measured on the final calendar (see ``ScheduleObjective`` for the definitions).
public struct ObjectiveTerms: Hashable, Sendable, Codable {
    /// Σ priority of the inspected units.
    public var prioritySum: Double
    /// max − min team load, in days.
    public var teamSpread: Double
    /// max − min monthly load over the balanced months, in days.
    public var monthSpread: Double
    /// Pairs of same-commune units inspected by the same team on the same or the next working day.
    public var bundledPairs: Int

    /// Creates terms.
    public init(prioritySum: Double = 0, teamSpread: Double = 0, monthSpread: Double = 0, bundledPairs: Int = 0) {
        self.prioritySum = prioritySum
        self.teamSpread = teamSpread
        self.monthSpread = monthSpread
        self.bundledPairs = bundledPairs
    }
}

/// How a re-plan changed one previously announced inspection (or added one).
public struct MovedInspection: Hashable, Sendable, Codable {
    /// The unit's code.
    public var unit: String
    /// The previous team and start date, `nil` when the unit is newly added.
    public var previousTeam: String?
    /// The previous start date, `nil` when the unit is newly added.
    public var previousDate: CivilDate?
    /// The new team, `nil` when the inspection was dropped.
    public var team: String?
    /// The new start date, `nil` when the inspection was dropped.
    public var date: CivilDate?

    /// Creates a change record.
    public init(unit: String, previousTeam: String?, previousDate: CivilDate?, team: String?, date: CivilDate?) {
        self.unit = unit
        self.previousTeam = previousTeam
        self.previousDate = previousDate
        self.team = team
        self.date = date
    }
}

/// The size of the optimisation model.
public struct ModelSize: Hashable, Sendable, Codable {
    /// Columns.
    public var variables: Int
    /// Binary columns.
    public var binaries: Int
    /// General integer columns.
    public var integers: Int
    /// Rows.
    public var constraints: Int
    /// Non-zero coefficients.
    public var nonzeros: Int
    /// How many MILP solves the plan took (placement cuts add re-solves).
    public var solves: Int

    /// Creates a size record.
    public init(
        variables: Int = 0, binaries: Int = 0, integers: Int = 0, constraints: Int = 0, nonzeros: Int = 0,
        solves: Int = 0
    ) {
        self.variables = variables
        self.binaries = binaries
        self.integers = integers
        self.constraints = constraints
        self.nonzeros = nonzeros
        self.solves = solves
    }
}

/// Wall-clock timings in seconds. JSON keys: `load_s`, `build_s`, `solve_s`, `total_s`.
public struct PlanTimings: Hashable, Sendable, Codable {
    /// Loading the scenario (filled in by the caller that loads files; 0 here).
    public var load: Double
    /// Building the calendar and the models (all rounds).
    public var build: Double
    /// Inside the solver (all rounds, including explanation solves).
    public var solve: Double
    /// The whole planning call, plus `load`.
    public var total: Double

    enum CodingKeys: String, CodingKey {
        case load = "load_s", build = "build_s", solve = "solve_s", total = "total_s"
    }

    /// Creates timings.
    public init(load: Double = 0, build: Double = 0, solve: Double = 0, total: Double = 0) {
        self.load = load
        self.build = build
        self.solve = solve
        self.total = total
    }
}
