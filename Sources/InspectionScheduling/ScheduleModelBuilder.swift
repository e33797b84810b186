import CivilCalendar
import MILP
import ScenarioModel

/// Builds the aggregated scheduling MILP (see ``ScheduleModel`` for the formulation). Pure.
public struct ScheduleModelBuilder: Sendable {
    /// What the model is for.
    public enum Mode: Sendable, Hashable {
        /// The plan itself (elastic rows for targets, must-inspect units and pins).
        case plan
        /// Explanation: targets stay elastic only at a far higher penalty, and integer extra team-days per ISO week
        /// can be bought at the plain penalty; the optimum names the least extra capacity.
        case extraCapacity
    }

    /// The scenario.
    public var scenario: Scenario
    /// Its calendar.
    public var calendar: WorkingCalendar
    /// Fixed inspections (pins and kept past inspections).
    public var fixed: [FixedInspection]
    /// Free inspections may not start before this date (re-planning).
    public var earliestStart: CivilDate?
    /// Previously announced future inspections by unit code: keeping the team and date earns ``keepReward``.
    public var previous: [String: (team: String, date: CivilDate)]
    /// The reward for keeping a previous inspection.
    public var keepReward: Double
    /// The mode.
    public var mode: Mode
    /// Whether the teams of one region (or all teams without a region) are planned as one pool, with
    /// their capacities added up; concrete teams are assigned afterwards (see ``TeamAssignment``). The pooled model is
    /// a relaxation, so its bound stays valid for the plan; it is for large regions, where per-team columns grow as
    /// units × teams × weeks.
    public var poolTeams: Bool
    /// Targets mode, second phase: the least effort found by the first phase (see ``effortModel()``), which the plan
    /// may not exceed.
    public var effortLimit: Double?
    /// Per-team models: aggregated bundling rows where they are exact (every unit beside the commune takes half a
    /// day), with the cut family that gives their LP relaxation the strength of the disaggregated links (see
    /// ``MILP/MinimumSumCut``). The model has the same integer points and objective values, with far fewer rows and
    /// columns; a solver that adds the cuts solves its relaxation faster (see ``PlannerOptions/compactFirst``).
    public var compactLinks = false

    /// Creates a builder; `fixed` defaults to the scenario's pins.
    public init(
        scenario: Scenario, calendar: WorkingCalendar, fixed: [FixedInspection]? = nil, earliestStart: CivilDate? = nil,
        previous: [String: (team: String, date: CivilDate)] = [:], keepReward: Double = 0, mode: Mode = .plan,
        poolTeams: Bool = false, effortLimit: Double? = nil
    ) {
        self.scenario = scenario
        self.calendar = calendar
        self.fixed =
            fixed
            ?? scenario.pins.map {
                FixedInspection(unit: $0.unit, team: $0.team, date: $0.date, origin: .pin)
            }
        self.earliestStart = earliestStart
        self.previous = previous
        self.keepReward = keepReward
        self.mode = mode
        self.poolTeams = poolTeams && mode == .plan
        self.effortLimit = effortLimit
    }

    /// The team groups the model plans with: one group per team, or (pooling) one per region; a unit has a column
    /// in a pool when at least one of its teams may inspect it (exclusions are kept when teams are assigned).
    public static func teamGroups(of scenario: Scenario, pooled: Bool) -> [[Int]] {
        guard pooled else { return scenario.teams.indices.map { [$0] } }
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (t, team) in scenario.teams.enumerated() {
            let key = team.region ?? ""
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(t)
        }
        return order.map { members[$0]! }
    }

    /// The number of (unit, team, bucket) columns a per-team model would have at most, to decide on pooling.
    public static func unpooledColumnEstimate(_ scenario: Scenario, calendar: WorkingCalendar) -> Int {
        scenario.units.count * scenario.teams.count * buckets(of: calendar).count
    }

    /// The buckets of a calendar: each ISO week's working days split by month.
    public static func buckets(of calendar: WorkingCalendar) -> [Bucket] {
        var out: [Bucket] = []
        for d in calendar.workingDays {
            let w = WorkingCalendar.weekKey(d)
            if let last = out.last, last.week == w, last.month == d.month {
                out[out.count - 1].dates.append(d)
            } else {
                out.append(Bucket(week: w, month: d.month, dates: [d]))
            }
        }
        return out
    }

    /// Builds the model.
    ///
    /// The phases add columns, rows and objective terms in a fixed order, which fixes the model's column and row
    /// order: inspection columns, once-per-unit rows, pin rows, capacity, targets, priority and keep rewards, spread,
    /// bundling, the pooled link limits and the symmetry rows.
    public func build() -> ScheduleModel {
        let context = BuildContext(self)
        var draft = ModelDraft()
        draft.addColumns(context)
        draft.addUnitRows(context)
        draft.addFixedRows(context)
        draft.addCapacityRows(context)
        draft.addTargetRows(context)
        draft.addPriorityRewards(context)
        draft.addSpreadRows(context)
        draft.addBundlingRows(context)
        draft.addPoolLinkRows(context)
        draft.addSymmetryRows(context)
        draft.addReserveRows(context)
        draft.addLimitRows(context)
        draft.addEffortLimitRow(context)
        return draft.finish(context)
    }

    /// The cost of one team-date on an avoided weekday: half the priority weight, i.e. half the reward of inspecting
    /// a unit of priority 1, so an avoided day is still used to keep a hard rule or (coverage) to inspect more, but
    /// not for the balance or bundling terms alone, which move far less per date; 1 when the priority weight is 0.
    public static func avoidedDateCost(_ scenario: Scenario) -> Double {
        let cost = abs(scenario.inspection.objective.priority) / 2
        return cost > 0 ? cost : 1
    }

    /// Targets mode, first phase: the model with its objective replaced by the least effort (see
    /// ``ScheduleModel/effortWeight``), the elastic rows' slack penalised above any effort. `nil` in other modes.
    public func effortModel() -> ScheduleModel? {
        guard scenario.inspection.objective.effectiveMode == .targets, mode == .plan else { return nil }
        var builder = self
        builder.effortLimit = nil
        let context = BuildContext(builder)
        var draft = ModelDraft()
        draft.addColumns(context)
        draft.addUnitRows(context)
        draft.addFixedRows(context)
        draft.addCapacityRows(context)
        draft.addTargetRows(context)
        draft.addReserveRows(context)
        draft.addLimitRows(context)
        let effort = draft.effortTerms(context)
        let most = effort.reduce(0.0) { acc, term in
            acc + term.coefficient * (draft.model.variables[term.variable.index].upperBound ?? 1)
        }
        let slackPenalty = (most + 1).rounded(.up)
        var terms = effort.map { LinearTerm($0.variable, -$0.coefficient) }
        for s in draft.targetSlacks + draft.mustSlacks.map(\.slack) + draft.fixedSlacks.map(\.slack) {
            terms.append(LinearTerm(s, -slackPenalty))
        }
        draft.objective = terms
        var sm = draft.finish(context)
        sm.effortPenalty = slackPenalty
        return sm
    }

    /// What every phase of ``build()`` reads: the builder's input, the buckets, the indices of units and teams, the
    /// team groups, the date rules and the penalties.
    struct BuildContext {
        /// The builder (scenario, calendar, fixed inspections, re-planning input, mode, pooling).
        let builder: ScheduleModelBuilder
        /// The scenario's units.
        let units: [Unit]
        /// The scenario's teams.
        let teams: [Team]
        /// The objective's weights.
        let weights: ObjectiveWeights
        /// The buckets (see ``ScheduleModelBuilder/buckets(of:)``).
        let buckets: [Bucket]
        /// The bucket of each working day.
        let bucketOf: [CivilDate: Int]
        /// Unit index by code (the first unit of a code).
        let unitIndex: [String: Int]
        /// Team index by code (the first team of a code).
        let teamIndex: [String: Int]
        /// The team groups (one team each, or pools; see ``ScheduleModelBuilder/teamGroups(of:pooled:)``).
        let teamGroups: [[Int]]
        /// The group of each team.
        let groupOf: [Int]
        /// Fast date rules by working-day index.
        let rules: DateRules
        /// The penalty per unit of elastic slack: larger than any swing of the plain objective. Also the cost of an
        /// extra team-day (explanation mode).
        let penalty: Double
        /// The penalty on the elastic rows: ``penalty``, or far more in explanation mode.
        let hardPenalty: Double
        /// The most the balance term and the avoided weekdays can take off the objective (every plan keeping the hard
        /// rules scores above its negative).
        let downside: Double
        /// The weekdays to avoid (ISO, 1 = Monday; only allowed working weekdays).
        let avoided: Set<Int>
        /// The cost of one team-date on an avoided weekday (0 without any).
        let avoidCost: Double

        init(_ builder: ScheduleModelBuilder) {
            let scenario = builder.scenario, units = scenario.units, teams = scenario.teams
            self.builder = builder
            self.units = units
            self.teams = teams
            weights = scenario.inspection.objective
            buckets = ScheduleModelBuilder.buckets(of: builder.calendar)
            var bucketOf: [CivilDate: Int] = [:]
            for (i, b) in buckets.enumerated() { for d in b.dates { bucketOf[d] = i } }
            self.bucketOf = bucketOf
            unitIndex = Dictionary(units.indices.map { (units[$0].code, $0) }, uniquingKeysWith: { a, _ in a })
            teamIndex = Dictionary(teams.indices.map { (teams[$0].code, $0) }, uniquingKeysWith: { a, _ in a })
            teamGroups = ScheduleModelBuilder.teamGroups(of: scenario, pooled: builder.poolTeams)
            var groupOf = [Int](repeating: 0, count: teams.count)
            for (g, members) in teamGroups.enumerated() { for t in members { groupOf[t] = g } }
            self.groupOf = groupOf
            rules = DateRules(calendar: builder.calendar, scenario: scenario)
            let totalDays = units.reduce(0.0) { $0 + ScheduleRules.duration(of: $1, in: scenario) }
            let upside =
                abs(weights.priority) * units.reduce(0.0) { $0 + abs($1.priority) }
                + abs(weights.bundling) * Double(units.count) + builder.keepReward * Double(builder.previous.count)
            let weekdays = scenario.inspection.weekdays ?? WeekdaySettings()
            avoided = Set(weekdays.avoid.filter { (1...5).contains($0) && weekdays.allows($0) })
            avoidCost =
                avoided.isEmpty || builder.mode == .extraCapacity
                ? 0 : ScheduleModelBuilder.avoidedDateCost(scenario)
            // A plan keeping the hard rules uses at most `totalDays` team-dates beyond the other weekdays' room.
            downside = abs(weights.balance) * 2 * totalDays + avoidCost * totalDays
            penalty = (upside + downside + 1).rounded(.up)
            hardPenalty = builder.mode == .extraCapacity ? penalty * 1000 : penalty
        }

        /// The scenario.
        var scenario: Scenario { builder.scenario }
        /// Its calendar.
        var calendar: WorkingCalendar { builder.calendar }

        /// The code of group `g` in column and row names: its team's code, or `P<n>` for a pool.
        func groupCode(_ g: Int) -> String {
            teamGroups[g].count == 1 ? teams[teamGroups[g][0]].code : "P\(g + 1)"
        }

        /// The dates team `t` (index into ``teams``) is free in bucket `b`.
        func freeDates(team t: Int, bucket b: Int) -> Int {
            buckets[b].dates.reduce(0) {
                $0 + (rules.isFree(team: t, from: calendar.workingDayIndex[$1]!, count: 1) ? 1 : 0)
            }
        }

        /// The dates team `t` is free in bucket `b` on weekdays that are not avoided.
        func freeOtherDates(team t: Int, bucket b: Int) -> Int {
            buckets[b].dates.reduce(0) {
                $0
                    + (!avoided.contains($1.weekday)
                        && rules.isFree(team: t, from: calendar.workingDayIndex[$1]!, count: 1) ? 1 : 0)
            }
        }

        /// The working days from index `first` to `last` on which an inspection of `span` days can start and end by
        /// `last`: none of its days blacked out, and one of the `able` teams free on all of them.
        func startDates(from first: Int, to last: Int, span: Int, blackout: [Bool]?, able: [Int]) -> [CivilDate] {
            var starts: [CivilDate] = []
            var i = first
            while i + span - 1 <= last {
                if (blackout.map { bl in (i..<(i + span)).allSatisfy { !bl[$0] } } ?? true),
                    able.contains(where: { rules.isFree(team: $0, from: i, count: span) })
                {
                    starts.append(calendar.workingDays[i])
                }
                i += 1
            }
            return starts
        }
    }

    /// The model as the phases of ``build()`` grow it, with the maps that later phases and the decoder use.
    struct ModelDraft {
        /// The MILP.
        var model = MILPModel(name: "inspection-schedule")
        /// The objective's terms, in the order the phases add them.
        var objective: [LinearTerm] = []

        // Columns and their indices.
        /// The columns: fixed inspections first, then free ones.
        var candidates: [Candidate] = []
        /// The column of each valid fixed inspection (index into the builder's `fixed`).
        var fixedCandidate: [Int: Int] = [:]
        /// The fixed inspections that break a hard rule by themselves.
        var invalidFixed: [Int] = []
        /// The columns of each unit.
        var byUnit: [Int: [Int]] = [:]
        /// The columns of each team group and bucket.
        var byTeamBucket: [ScheduleModel.TeamBucket: [Int]] = [:]
        /// The columns of each team group.
        var byGroup: [[Int]] = []
        /// The team groups with any column.
        var teamsWithWork: [Int] = []
        /// Per team group, its teams that have a column of their own (a pool's load is shared among them).
        var activeMembers: [[Int]] = []

        // Elastic rows.
        /// Slack per must-inspect unit.
        var mustSlacks: [(unit: Int, slack: VariableID)] = []
        /// Slack per fixed inspection with a column.
        var fixedSlacks: [(fixed: Int, slack: VariableID)] = []
        /// The target groups.
        var targetGroups: [ScheduleRules.TargetGroup] = []
        /// Slack per target group.
        var targetSlacks: [VariableID] = []
        /// Whether a must-inspect unit or a target has no column that could serve it.
        var unschedulable = false

        // Capacity.
        /// The date counters of split weeks, per team group and bucket.
        var splitCounters: [ScheduleModel.TeamBucket: VariableID] = [:]
        /// Half-day slot limit per team group and bucket.
        var slotLimit: [ScheduleModel.TeamBucket: Int] = [:]
        /// Date limit per team group and split week.
        var splitWeekLimit: [ScheduleModel.TeamWeek: Int] = [:]
        /// Extra-capacity columns (explanation mode).
        var extra: [(team: Int, week: Int, variable: VariableID)] = []
        /// Per team group and bucket: the half-day slots of its largest team there, since a commune and the units
        /// visited with it are one team's work.
        var bundleRoom: [ScheduleModel.TeamBucket: Int] = [:]
        /// The dates each team (index into `teams`, not a group) may use in each bucket.
        var teamDates: [ScheduleModel.TeamBucket: Int] = [:]

        // Spread, bundling and symmetry.
        /// The spread variables, when the balance weight is positive.
        var spread: ScheduleModel.SpreadVariables?
        /// The months whose loads are balanced.
        var balancedMonths: [Int] = []
        /// The bundling groups.
        var bundles: [(z: VariableID, members: [Int], anchor: Int, room: Double?)] = []
        /// The disaggregated links.
        var bundleLinks: [(w: VariableID, other: Int, anchor: Int)] = []
        /// Pooled models: the link limits per pool and bucket.
        var pairCaps: [(bundles: [Int], cap: Double)] = []
        /// Pooled models: the rows tying a pool's links to the team spread.
        var poolLinkRows: [ScheduleModel.PoolLinkRow] = []
        /// Classes of identical teams, in file order.
        var symmetryClasses: [[Int]] = []
        /// Targets mode: the team-date counter of every team group and bucket with a column.
        var dateCounters: [VariableID] = []
        /// The avoided-weekday counters (see ``ScheduleModel/avoidCounters``).
        var avoidCounters: [(key: ScheduleModel.TeamBucket, variable: VariableID, otherSlots: Int)] = []

        /// Sets the objective and returns the finished model with its maps.
        mutating func finish(_ context: BuildContext) -> ScheduleModel {
            model.objective = Objective(sense: .maximize, terms: objective)
            var sm = ScheduleModel(
                model: model, buckets: context.buckets, candidates: candidates, targetGroups: targetGroups,
                targetSlacks: targetSlacks, mustSlacks: mustSlacks, fixedSlacks: fixedSlacks,
                fixed: context.builder.fixed, invalidFixed: invalidFixed, extraCapacity: extra,
                penalty: context.hardPenalty, extraCost: context.penalty, feasibleFloor: -context.downside - 1e-6,
                teamGroups: context.teamGroups, hasUnschedulableRequirement: unschedulable,
                objectiveStep: ObjectiveStep.of(objective.map(\.coefficient)),
                splitCounters: splitCounters, spread: spread, bundles: bundles, bundleLinks: bundleLinks,
                slotLimit: slotLimit, splitWeekLimit: splitWeekLimit, symmetryClasses: symmetryClasses,
                balancedMonths: balancedMonths, pairCaps: pairCaps, poolLinkRows: poolLinkRows, teamDates: teamDates,
                dateCounters: dateCounters, effortWeight: Self.effortDateWeight(context),
                activeTeams: activeMembers.flatMap { $0 }.filter { t in !byGroup[context.groupOf[t]].isEmpty }.sorted()
            )
            sm.avoidCounters = avoidCounters
            sm.avoidedWeekdays = context.avoided
            sm.avoidCost = context.avoidCost
            return sm
        }
    }
}
