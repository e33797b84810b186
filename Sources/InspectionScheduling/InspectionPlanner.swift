import CivilCalendar
import Dispatch
import MILP
import ScenarioModel

/// Plans a year's inspections: builds the aggregated model, solves it, places days, re-solves with cuts when a
/// team-week cannot be placed, and explains what is missing when the hard rules cannot all hold.
public enum InspectionPlanner {
    /// Plans the inspections of a scenario.
    ///
    /// - Parameters:
    ///   - scenario: The scenario.
    ///   - holidays: Non-working dates of the year (the caller resolves built-in and extra holidays).
    ///   - solver: The MILP solver (GLPK in the CLI, a fake in tests).
    ///   - options: Limits, progress, warm start and re-planning input.
    /// - Returns: The plan, with an honest status.
    /// - Throws: ``SolverError`` when the solver fails (infeasibility is a status, not an error).
    public static func plan(
        scenario: Scenario, holidays: some Sequence<CivilDate>, solver: any MILPSolver,
        options: PlannerOptions = PlannerOptions()
    ) throws(SolverError) -> InspectionPlan {
        let start = now()
        let calendar = WorkingCalendar(
            scenario: scenario, holidays: holidays, workedWeekendDays: options.workedWeekendDays)
        var context = PlanningContext(
            scenario: scenario, calendar: calendar, solver: solver, options: options, start: start)
        var tally = PlanningTally(buildTime: 0)
        let effort = try leastEffort(context: context, tally: &tally)
        context.effortLimit = effort?.limit
        let built = now()
        var sm = context.modelBuilder(for: scenario).build()
        tally.buildTime += now() - built

        // Solve, unless the greedy plan of the model as built is settled by the quick bound.
        let quick = context.previousFuture.isEmpty ? QuickBound.value(for: sm, scenario: scenario) : nil
        let greedy = options.warmStart ? GreedyStart.values(for: sm, scenario: scenario) : nil
        let solved: SolveOutcome
        if let settlement = settleByQuickBound(sm, greedy: greedy, quickBound: quick, context: context, tally: &tally) {
            tally.notes.append(settlement.note)
            solved = SolveOutcome(settlement)
        } else {
            solved = try solveRounds(&sm, greedy: greedy, context: context, tally: &tally)
        }

        // Status, measures and what is missing.
        var unmet: [UnmetItem] = []
        var plan = makePlan(solved, model: sm, quickBound: quick, context: context, unmet: &unmet, tally: &tally)
        measure(&plan, scenario: scenario, calendar: calendar)
        reviewEffort(&plan, least: effort, model: sm)
        reviewPooling(&plan, model: sm, dropped: solved.dropped, scenario: scenario, unmet: &unmet, tally: &tally)
        try explainUnmet(plan, model: sm, context: context, unmet: &unmet, tally: &tally)
        plan.unmet = unmet

        // Re-planning differences.
        if let previous = options.previous, let f = options.replanFrom {
            plan.moved = moves(
                previous: previous.filter { $0.date >= f }, now: plan.inspections.filter { $0.date >= f }, from: f)
        }

        plan.notes = tally.notes + closingNotes() + holidayNotes(options.holidaySource, year: scenario.year)
        plan.model = modelSize(of: sm, solves: tally.solves)
        plan.timings = PlanTimings(load: 0, build: tally.buildTime, solve: tally.solveTime, total: now() - start)
        return plan
    }

    /// What every phase of ``plan(scenario:holidays:solver:options:)`` reads: the scenario and its calendar, the
    /// solver and options, the start time, and the fixed inspections with the re-planning input.
    struct PlanningContext {
        /// The scenario planned.
        let scenario: Scenario
        /// The scenario's working calendar.
        let calendar: WorkingCalendar
        /// The MILP solver.
        let solver: any MILPSolver
        /// The planner's options.
        let options: PlannerOptions
        /// When planning started (``InspectionPlanner/now()``); time budgets count from it.
        let start: Double
        /// Past inspections (when re-planning) and the pins of the other units, which the plan must keep.
        private(set) var fixed: [FixedInspection] = []
        /// Previously announced inspections on or after ``from``, by unit code.
        private(set) var previousFuture: [String: (team: String, date: CivilDate)] = [:]
        /// The first date that may change when re-planning.
        private(set) var from: CivilDate?
        /// The reward for keeping a previously announced inspection's team and date.
        let keep: Double
        /// Whether the model pools teams (see ``InspectionPlanner/poolsTeams(_:calendar:requested:)``).
        let pooled: Bool
        /// Targets mode: the least effort, found by the first phase, that every model of the run keeps to.
        var effortLimit: Double?

        /// Fixed inspections and re-planning input: past inspections (before `options.replanFrom`) become fixed,
        /// later ones are remembered as previously announced, and the pins of units not yet inspected are added.
        init(
            scenario: Scenario, calendar: WorkingCalendar, solver: any MILPSolver, options: PlannerOptions,
            start: Double
        ) {
            self.scenario = scenario
            self.calendar = calendar
            // Under a work limit every solve of every phase gets it (see ``WorkLimitedSolver``).
            self.solver = options.workLimit.map { WorkLimitedSolver(base: solver, nodeLimit: $0) } ?? solver
            self.options = options
            self.start = start
            if let previous = options.previous, let f = options.replanFrom {
                from = f
                for p in previous.sorted(by: PlannedInspection.planOrder) {
                    if p.date < f {
                        fixed.append(FixedInspection(unit: p.unit, team: p.team, date: p.date, origin: .past))
                    } else {
                        previousFuture[p.unit] = (p.team, p.date)
                    }
                }
            }
            let pastUnits = Set(fixed.map(\.unit))
            for pin in scenario.pins where !pastUnits.contains(pin.unit) {
                fixed.append(FixedInspection(unit: pin.unit, team: pin.team, date: pin.date, origin: .pin))
            }
            let maxPriority = scenario.units.map(\.priority).max() ?? 1
            keep = options.keepReward ?? (2 * maxPriority * abs(scenario.inspection.objective.priority) + 1)
            pooled = InspectionPlanner.poolsTeams(scenario, calendar: calendar, requested: options.poolTeams)
        }

        /// The relative gap at which the solves stop (`nil`: prove optimality): the one asked, else for pooled models
        /// ``PlannerOptions/pooledRelativeGap``.
        var relativeGap: Double? { options.relativeGap ?? (pooled ? options.pooledRelativeGap : nil) }

        /// A model builder for `scenario` (the planned one or a variant of it) with this context's fixed
        /// inspections, re-planning input and pooling.
        func modelBuilder(for scenario: Scenario) -> ScheduleModelBuilder {
            ScheduleModelBuilder(
                scenario: scenario, calendar: calendar, fixed: fixed, earliestStart: from, previous: previousFuture,
                keepReward: previousFuture.isEmpty ? 0 : keep, poolTeams: pooled, effortLimit: effortLimit
            )
        }

        /// The time left until the run's deadline (never under half a second), or `nil` without one.
        func remainingTime() -> Double? {
            options.deadline.map { max(0.5, $0.remaining) }
        }

        /// A phase's time budget: `share` of the time left, or (under a work limit, where the clock is only a safety
        /// net and a share of it would make the plan depend on the machine's speed) all of it.
        func phaseTime(_ share: (Double) -> Double) -> Double? {
            guard let left = remainingTime() else { return nil }
            return options.workLimit == nil ? share(left) : left
        }
    }

    /// The counters the phases of ``plan(scenario:holidays:solver:options:)`` share.
    struct PlanningTally {
        /// Seconds spent building the model and placing days.
        var buildTime: Double
        /// Seconds spent in the solver.
        var solveTime = 0.0
        /// The number of solver runs.
        var solves = 0
        /// The plan's notes, in order.
        var notes: [PlanNote] = []
    }

    /// Whether the planner pools teams for this scenario: as requested, or (`nil`) when a per-team model would
    /// exceed ``PlannerOptions/poolingThreshold`` columns; never when no region has two teams.
    public static func poolsTeams(_ scenario: Scenario, calendar: WorkingCalendar, requested: Bool?) -> Bool {
        let wanted =
            requested
            ?? (ScheduleModelBuilder.unpooledColumnEstimate(scenario, calendar: calendar)
                > PlannerOptions.poolingThreshold)
        return wanted && ScheduleModelBuilder.teamGroups(of: scenario, pooled: true).contains { $0.count > 1 }
    }

    /// Decodes a solution and places every team-week; returns cuts for the team-weeks that cannot be placed.
    /// With pooled teams, the pool's inspections are first shared among its teams (``TeamAssignment``); an inspection
    /// that no team of its pool can take is dropped (returned in `dropped`) rather than cut, since a cut on pooled
    /// columns could remove plans that another sharing would allow.
    static func place(
        _ sm: ScheduleModel, values: [Double], scenario: Scenario, calendar: WorkingCalendar,
        previous: [String: (team: String, date: CivilDate)], keep: Double
    ) -> (inspections: [PlannedInspection], cuts: [[Int]], complete: Bool, dropped: [Int]) {
        let chosen = sm.candidates.indices.filter { values[sm.candidates[$0].variable.index] > 0.5 }
        var assigned: [TeamAssignment.Assigned]
        var dropped: [Int] = []
        if sm.isPooled {
            (assigned, dropped) = TeamAssignment.assign(
                sm, chosen: chosen, scenario: scenario, calendar: calendar, previous: previous)
        } else {
            assigned = chosen.map {
                TeamAssignment.Assigned(candidate: $0, team: sm.candidates[$0].team, starts: sm.candidates[$0].starts)
            }
        }
        struct Key: Hashable { var team: Int; var week: Int }
        var groups: [Key: [TeamAssignment.Assigned]] = [:]
        for a in assigned {
            groups[Key(team: a.team, week: sm.buckets[sm.candidates[a.candidate].bucket].week), default: []].append(a)
        }
        var out: [PlannedInspection] = []
        var cuts: [[Int]] = []
        var complete = true
        let bundling = scenario.inspection.objective.bundling
        let weekdayOrder = (scenario.inspection.weekdays ?? WeekdaySettings()).placementOrder()
        for key in groups.keys.sorted(by: { ($0.week, $0.team) < ($1.week, $1.team) }) {
            let team = scenario.teams[key.team]
            var members = groups[key]!
            func items() -> [DayPlacement.Item] {
                members.map { a in
                    let cand = sm.candidates[a.candidate]
                    let unit = scenario.units[cand.unit]
                    let pref = previous[unit.code].flatMap { $0.team == team.code ? $0.date : nil }
                    let commune = ScheduleRules.communeKey(of: unit)
                    return DayPlacement.Item(
                        id: a.candidate, commune: commune, isCommune: commune == unit.code, days: cand.days,
                        starts: a.starts,
                        preferred: pref)
                }
            }
            var placement: DayPlacement.Placement?
            if let dates = leastDates(members.map(\.candidate), model: sm, scenario: scenario, team: team) {
                // Targets mode: the week on the team-dates the model counted, if the inspections fit on them.
                placement = DayPlacement.place(
                    items(), calendar: calendar, maxDates: dates, bundleWeight: bundling, keepWeight: keep,
                    weekdayOrder: weekdayOrder)
            }
            placement =
                placement
                ?? DayPlacement.place(
                    items(), calendar: calendar, maxDates: team.daysPerWeek, bundleWeight: bundling, keepWeight: keep,
                    weekdayOrder: weekdayOrder)
            if placement == nil, sm.isPooled {
                // Drop the least valuable inspections of the smallest unplaceable core until the rest fit.
                while placement == nil, !members.isEmpty {
                    let core = DayPlacement.infeasibleCore(items(), calendar: calendar, maxDates: team.daysPerWeek)
                    let worst =
                        core.min { a, b in
                            let ua = scenario.units[sm.candidates[a.id].unit],
                                ub = scenario.units[sm.candidates[b.id].unit]
                            return (ua.priority, -a.id) < (ub.priority, -b.id)
                        } ?? items()[0]
                    guard !(sm.candidates[worst.id].fixed) else { break }
                    members.removeAll { $0.candidate == worst.id }
                    dropped.append(worst.id)
                    placement =
                        members.isEmpty
                        ? nil
                        : DayPlacement.place(
                            items(), calendar: calendar, maxDates: team.daysPerWeek, bundleWeight: bundling,
                            keepWeight: keep, weekdayOrder: weekdayOrder)
                }
            }
            if let p = placement {
                complete = complete && p.complete
                for a in members {
                    let cand = sm.candidates[a.candidate]
                    let d = p.starts[a.candidate]!
                    out.append(
                        PlannedInspection(
                            unit: scenario.units[cand.unit].code, team: team.code, date: d, days: cand.days,
                            dates: calendar.occupiedDates(start: d, days: cand.days), fixed: cand.fixed
                        ))
                }
            } else if !members.isEmpty {
                cuts.append(
                    DayPlacement.infeasibleCore(items(), calendar: calendar, maxDates: team.daysPerWeek).map(\.id))
            }
        }
        if !dropped.isEmpty {
            dropped = TeamAssignment.repair(dropped, placed: &out, sm: sm, scenario: scenario, calendar: calendar)
        }
        return (out, cuts, complete, dropped)
    }

    /// Targets mode: the fewest dates a team's inspections of one week can take, per bucket the whole days of
    /// its half-day slots rounded up (capped by `days_per_week`); `nil` in other modes.
    static func leastDates(_ candidates: [Int], model sm: ScheduleModel, scenario: Scenario, team: Team) -> Int? {
        guard scenario.inspection.objective.effectiveMode == .targets else { return nil }
        var slots: [Int: Int] = [:]
        for c in candidates { slots[sm.candidates[c].bucket, default: 0] += Int((2 * sm.candidates[c].days).rounded()) }
        let dates = slots.values.reduce(0) { $0 + ($1 + 1) / 2 }
        return dates < team.daysPerWeek ? dates : nil
    }

    /// The differences between previously announced future inspections and the new ones.
    static func moves(previous: [PlannedInspection], now: [PlannedInspection], from: CivilDate) -> [MovedInspection] {
        let newByUnit = Dictionary(now.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        let oldByUnit = Dictionary(previous.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [MovedInspection] = []
        for p in previous.sorted(by: PlannedInspection.planOrder) {
            let n = newByUnit[p.unit]
            if n?.team != p.team || n?.date != p.date {
                out.append(
                    MovedInspection(
                        unit: p.unit, previousTeam: p.team, previousDate: p.date, team: n?.team, date: n?.date))
            }
        }
        for n in now.sorted(by: PlannedInspection.planOrder) where oldByUnit[n.unit] == nil && n.date >= from {
            out.append(MovedInspection(unit: n.unit, previousTeam: nil, previousDate: nil, team: n.team, date: n.date))
        }
        return out
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
