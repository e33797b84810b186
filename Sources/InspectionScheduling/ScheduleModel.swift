import CivilCalendar
import MILP
import ScenarioModel

/// A part of the season for the aggregated model: the working days of one ISO week that fall in one month.
/// A week that straddles two months is two buckets, so monthly loads are exact.
public struct Bucket: Hashable, Sendable {
    /// The ISO-week key (`year * 100 + week`).
    public var week: Int
    /// The month, 1...12.
    public var month: Int
    /// The working days, in order.
    public var dates: [CivilDate]
}

/// One column of the aggregated model: unit `unit` is inspected by team group `team` (one team, or a pool of teams
/// when the model pools them; see ``ScheduleModel/teamGroups``) starting on one of `starts`, all in bucket `bucket`.
public struct Candidate: Hashable, Sendable {
    /// Index into `scenario.units`.
    public var unit: Int
    /// Index into ``ScheduleModel/teamGroups`` (the team's index in `scenario.teams` unless teams are pooled).
    public var team: Int
    /// Index into ``ScheduleModel/buckets``.
    public var bucket: Int
    /// The start dates allowed by every hard rule (team available on all occupied dates, no blackout, inside the bucket).
    public var starts: [CivilDate]
    /// The duration in days.
    public var days: Double
    /// The binary variable.
    public var variable: VariableID
    /// Whether it is a fixed inspection (pin or kept past inspection).
    public var fixed: Bool
    /// For a fixed inspection: its team (index into `scenario.teams`); `team` is then that team's group.
    public var fixedTeam: Int?
}

/// A fixed inspection the model must keep (a scenario pin, or a past inspection kept by a re-plan).
public struct FixedInspection: Hashable, Sendable {
    /// Where it comes from.
    public enum Origin: String, Hashable, Sendable { case pin, past }
    /// Unit code.
    public var unit: String
    /// Team code.
    public var team: String
    /// Start date.
    public var date: CivilDate
    /// Pin or past inspection.
    public var origin: Origin

    /// Creates a fixed inspection.
    public init(unit: String, team: String, date: CivilDate, origin: Origin) {
        self.unit = unit
        self.team = team
        self.date = date
        self.origin = origin
    }
}

/// The aggregated scheduling MILP and the maps needed to decode its solutions.
///
/// **Formulation.** One binary `x[u,t,b]` per eligible (unit, team, bucket) triple — a bucket is an ISO week's working
/// days inside one month. Eligible means the team may inspect the unit (region, conflicts, `exclude`) and at least one
/// start date in the bucket passes every date rule. Rows:
/// - each unit at most once (`= 1 − m_u` for must-inspect and rotation-due units, `m_u` an elastic slack);
/// - capacity in half-day slots per team and bucket: `Σ 2·days·x ≤ 2·min(days_per_week, available dates)`. When a week
///   straddles two months, an integer `n[t,b]` counts the dates used in each part, `Σ 2·days·x ≤ 2·n[t,b]`,
///   `n[t,b] ≤ available dates`, `Σ_b n[t,b] ≤ days_per_week`. With whole-day durations and half days this is exact
///   for packing (full days + ⌈halves / 2⌉ ≤ capacity); date-level details (blackouts on some days, consecutive days)
///   are checked by the placement step, which adds a cut and re-solves when a team-week cannot be placed;
/// - coverage per target group: `Σ x + s_k ≥ required` (`s_k` elastic);
/// - pins: `x_pin + p = 1` (`p` elastic);
/// - spread, in integer half-days (so branching on four integers settles it): `Tmax ≥ 2·L_t ≥ Tmin` for teams with any column, `Mmax ≥ 2·L_m ≥ Mmin` for balanced months
///   (≥ ``ScheduleObjective/balancedMonthMinimumWorkingDays`` working days), loads in inspection-days by start date;
/// - bundling per (commune, team, bucket) with two or more columns: when the commune's own unit is among them,
///   `z ≤ Σ x_others`, `z ≤ (k − 1)·x_commune` (units inspected with their commune); otherwise `y ≥ x_c`,
///   `z ≤ Σ x_c − y`, so `z = max(k − 1, 0)`;
/// - avoided weekdays: per team and bucket whose other weekdays hold fewer dates than its capacity, an integer
///   `a[t,b]` of team-dates on avoided weekdays, `Σ 2·days·x − 2·a ≤ 2·(dates on other weekdays)`, costed
///   `avoidCost·a` in the objective;
/// - symmetry: for identical teams (same capacity, region, exclusions and unavailability, no pins) in file order,
///   `L_t ≥ L_{t+1}`.
///
/// Objective (maximise): `priority·Σ p_u x − balance·(Tmax − Tmin + Mmax − Mmin)/2 + bundling·Σ z + keep·Σ x_kept
/// − avoidCost·Σ a − penalty·(Σ s + Σ m + Σ p)`, with `penalty` larger than any swing of the other terms, so any plan that keeps every
/// hard rule beats every plan that does not.
public struct ScheduleModel: Sendable {
    /// The MILP.
    public internal(set) var model: MILPModel
    /// The buckets, in date order.
    public let buckets: [Bucket]
    /// The columns.
    public let candidates: [Candidate]
    /// The target groups, with the slack variable of each.
    public let targetGroups: [ScheduleRules.TargetGroup]
    /// Slack per target group (same order as ``targetGroups``).
    public let targetSlacks: [VariableID]
    /// Slack per must-inspect unit: (unit index, slack).
    public let mustSlacks: [(unit: Int, slack: VariableID)]
    /// Slack per fixed inspection that has a column: (index into ``fixed``, slack).
    public let fixedSlacks: [(fixed: Int, slack: VariableID)]
    /// The fixed inspections given to the builder.
    public let fixed: [FixedInspection]
    /// Indices into ``fixed`` of fixed inspections that break a hard rule by themselves (no column could be made).
    public let invalidFixed: [Int]
    /// Extra-capacity columns (explanation mode only): (team index, ISO-week key, variable) in whole days.
    public let extraCapacity: [(team: Int, week: Int, variable: VariableID)]
    /// The penalty per unit of elastic slack.
    public let penalty: Double
    /// The cost per extra team-day (explanation mode).
    public let extraCost: Double
    /// Every plan that keeps all hard rules has an objective of at least this value; a bound below it proves infeasibility.
    public let feasibleFloor: Double
    /// The team groups: group index → team indices (one team per group unless teams are pooled).
    public let teamGroups: [[Int]]
    /// Whether a must-inspect unit or a target has no column that could serve it (so no plan keeps every rule).
    public let hasUnschedulableRequirement: Bool
    /// Whether some group pools several teams (concrete teams are then assigned after the solve).
    public var isPooled: Bool { teamGroups.contains { $0.count > 1 } }
    /// Every plan's score is a multiple of this (see ``ObjectiveStep``), or `nil` when the weights have no such step.
    public let objectiveStep: Double?
    /// The (team, bucket) pairs with a split-week counter, for the warm start: key → variable.
    let splitCounters: [TeamBucket: VariableID]
    /// Spread variables (Tmax, Tmin, Mmax, Mmin) when present.
    let spread: SpreadVariables?
    /// Bundling groups (one commune, team and bucket, the commune's own column among them): links, members, anchor.
    /// `room`: with disaggregated links (per-team models), the half-day slots beside the commune's inspection that one
    /// team has in the bucket; with aggregated links (pooled models, no entry in ``bundleLinks``), the most links one
    /// team can make there. `nil` without the capacity cut.
    let bundles: [(z: VariableID, members: [Int], anchor: Int, room: Double?)]
    /// The disaggregated links of anchored bundles: `w ≤ x[other]`, `w ≤ x[anchor]`, and the bundle's `z ≤ Σ w`.
    let bundleLinks: [(w: VariableID, other: Int, anchor: Int)]
    /// Half-day slot limit per (team, bucket): 2·min(days_per_week, available dates in the bucket).
    let slotLimit: [TeamBucket: Int]
    /// Date limit per (team, ISO week) for weeks split by a month boundary.
    let splitWeekLimit: [TeamWeek: Int]
    /// Classes of identical teams (symmetry broken by load order), in file order.
    let symmetryClasses: [[Int]]
    /// Balanced months.
    public let balancedMonths: [Int]
    /// Pooled models: per (pool, bucket), the bundles there and the most links the pool's teams can make in it
    /// (`pairs_…` rows).
    var pairCaps: [(bundles: [Int], cap: Double)] = []
    /// Pooled models: the rows tying a pool's links to the team spread (`linkmax_…`, `linkmin_…`): only `pairing`
    /// teams can make links, each link takes at least `perLink` half-days of such a team, so
    /// `pairing·Tmax ≥ perLink·Σ links` and `others·Tmin ≤ 2·load − perLink·Σ links`.
    var poolLinkRows: [PoolLinkRow] = []
    /// The dates each team (index into `scenario.teams`, not a group) may use in each bucket.
    var teamDates: [TeamBucket: Int] = [:]
    /// Targets mode: the team-date counter of every team group and bucket with a column (empty in other modes).
    var dateCounters: [VariableID] = []
    /// Targets mode: the weight of one team-date in the effort `(S + 1)·Σ dates + Σ half-day slots`.
    var effortWeight: Double = 0
    /// The first phase of targets mode: the penalty per unit of elastic slack (`nil` for every other model).
    var effortPenalty: Double?
    /// The teams (indices into `scenario.teams`) that have a column of their own: only they carry load in any plan.
    var activeTeams: [Int] = []
    /// Avoided weekdays: per team group and bucket whose dates on other weekdays hold fewer half-day slots than its
    /// limit, the counter of its team-dates on avoided weekdays and the half-day slots its other dates hold.
    var avoidCounters: [(key: TeamBucket, variable: VariableID, otherSlots: Int)] = []
    /// The weekdays to avoid (ISO, 1 = Monday), and the cost of one team-date on them in the objective.
    public internal(set) var avoidedWeekdays: Set<Int> = []
    /// The cost of one team-date on an avoided weekday (see ``ScheduleModelBuilder/avoidedDateCost(_:)``).
    public internal(set) var avoidCost: Double = 0
    /// Number of cuts added so far.
    public internal(set) var cutCount: Int = 0

    struct TeamBucket: Hashable { var team: Int; var bucket: Int }
    struct TeamWeek: Hashable { var team: Int; var week: Int }
    struct SpreadVariables {
        var tMax: VariableID?, tMin: VariableID?, mMax: VariableID?, mMin: VariableID?
        /// The team groups with work.
        var teams: [Int]
        /// Per group of ``teams``: the number of its teams that have a column (a pool's load is shared among them).
        var activeTeams: [Int] = []
    }
    struct PoolLinkRow {
        var group: Int
        var pairing: Int
        var others: Int
        var perLink: Double
        var links: [VariableID]
    }

    /// Adds the cut `Σ x_c ≤ |S| − 1` over the given candidates: they cannot all be placed in one team-week.
    public mutating func addPlacementCut(_ candidateIndices: [Int]) {
        let terms = candidateIndices.map { LinearTerm(candidates[$0].variable, 1) }
        model.addConstraint("cut\(cutCount)", terms, .lessOrEqual(Double(candidateIndices.count - 1)))
        cutCount += 1
    }

    /// The total elastic slack of a solution.
    public func slackTotal(_ values: [Double]) -> Double {
        (targetSlacks + mustSlacks.map(\.slack) + fixedSlacks.map(\.slack)).reduce(0) { $0 + values[$1.index] }
    }

    /// The cost of the team-dates a placed calendar occupies on avoided weekdays (as a positive number): the plan's
    /// measured objective is its terms' value less this.
    public func avoidedDatesCost(_ inspections: [PlannedInspection]) -> Double {
        guard avoidCost > 0 else { return 0 }
        return avoidCost * Double(PlanMetrics.avoidedTeamDates(inspections, weekdays: avoidedWeekdays))
    }

    /// The objective value without the elastic penalty and the extra-capacity cost.
    public func objectiveWithoutPenalties(_ values: [Double]) -> Double {
        model.objectiveValue(at: values) + penaltyPart(values)
    }

    /// The part of the objective taken by penalties (as a positive number).
    func penaltyPart(_ values: [Double]) -> Double {
        var p = penalty * slackTotal(values)
        for e in extraCapacity { p += extraCost * values[e.variable.index] }
        return p
    }
}
