import CivilCalendar
import MILP
import ScenarioModel

extension InspectionPlanner {
    /// A plan settled without the solver: the greedy plan, placed and measured, meets every rule and is proven
    /// optimal by the quick bound or lies within the requested gap of it.
    struct QuickSettlement {
        /// The greedy values as a solve result, with the quick bound as its bound.
        var result: SolveResult
        /// The greedy plan's placed inspections.
        var placed: [PlannedInspection]
        /// The objective's terms of the placed inspections, measured once.
        var terms: ObjectiveTerms
        /// Why GLPK was not run.
        var note: PlanNote
    }

    /// What the solving phases hand on to the status: the last solve result and its placed calendar.
    struct SolveOutcome {
        /// The last solve result (or the quick settlement's), if any solve ran.
        var result: SolveResult?
        /// The placed inspections of the last result that could be placed.
        var placed: [PlannedInspection] = []
        /// Whether every team-week of the last placement was placed completely.
        var placementComplete = true
        /// Whether the placement-cut rounds ran out with team-weeks still unplaceable.
        var cutsExhausted = false
        /// Candidates of a pooled model that fit no team of their pool and were left out.
        var dropped: [Int] = []
        /// The objective's terms of `placed`, when already measured (only by the quick settlement).
        var placedTerms: ObjectiveTerms?
        /// Whether the quick bound settled the plan without any solver run.
        var settledByQuickBound = false

        /// An empty outcome, before any solve.
        init() {}

        /// The outcome of a quick-bound settlement.
        init(_ settlement: QuickSettlement) {
            result = settlement.result
            placed = settlement.placed
            placedTerms = settlement.terms
            settledByQuickBound = true
        }
    }

    /// Large models: when the greedy plan, placed and measured, is already within the requested gap of the quick
    /// bound (see ``QuickBound``), no solver run can be needed; GLPK's LP alone may take longer than the limit.
    /// Without a gap asked, only a proof of optimality (the bound less than one objective step above) settles it.
    ///
    /// - Parameters:
    ///   - sm: The model as built (placement cuts change the model, and then the greedy plan).
    ///   - greedy: The greedy plan of `sm`, when warm starts are on.
    ///   - quickBound: The quick bound, when not re-planning.
    /// - Returns: The settlement, or `nil` when the solver must run.
    static func settleByQuickBound(
        _ sm: ScheduleModel, greedy: [Double]?, quickBound: Double?, context: PlanningContext,
        tally: inout PlanningTally
    ) -> QuickSettlement? {
        let scenario = context.scenario, calendar = context.calendar
        guard context.options.warmStart, let q = quickBound, let x0 = greedy, sm.slackTotal(x0) < 1e-6,
            sm.invalidFixed.isEmpty, context.effortLimit == nil || sm.model.violations(at: x0).isEmpty
        else { return nil }
        let wanted = context.relativeGap ?? 0
        let t = now()
        let outcome = place(
            sm, values: x0, scenario: scenario, calendar: calendar, previous: context.previousFuture, keep: context.keep
        )
        tally.buildTime += now() - t
        guard outcome.cuts.isEmpty, outcome.dropped.isEmpty, outcome.complete else { return nil }
        let w = scenario.inspection.objective
        let terms = PlanMetrics.terms(outcome.inspections, scenario: scenario, calendar: calendar)
        let measured =
            ScheduleObjective.value(terms, priority: w.priority, balance: w.balance, bundling: w.bundling)
            - sm.avoidedDatesCost(outcome.inspections)
        let inspected = Set(outcome.inspections.map(\.unit))
        let rulesHold =
            PlanMetrics.coverage(outcome.inspections, scenario: scenario).allSatisfy(\.isMet)
            && sm.mustSlacks.allSatisfy { inspected.contains(scenario.units[$0.unit].code) }
        let proven = ObjectiveStep.proves(bound: q, incumbent: measured, step: sm.objectiveStep)
        guard rulesHold,
            proven || (wanted > 0 && SolveResult.gap(objective: measured, bound: max(q, measured)) <= wanted)
        else {
            return nil
        }
        let result = SolveResult(
            termination: .gapLimit, hasFeasiblePoint: true, objective: sm.model.objectiveValue(at: x0), bestBound: q,
            values: x0)
        let note: PlanNote =
            proven
            ? .greedyReachesQuickBound(quickBound: q, step: sm.objectiveStep ?? 0)
            : .greedyWithinGap(gap: wanted, quickBound: q)
        return QuickSettlement(result: result, placed: outcome.inspections, terms: terms, note: note)
    }

    /// A second starting point: the optimum of the priority term alone (balance and bundling off) is usually found
    /// at the root in well under a second and is a far better incumbent than the greedy for the full objective.
    ///
    /// Pooled (large) models skip it, and the cold solve of ``solveRounds(_:greedy:context:tally:)``:
    /// their root LP alone takes most of the time limit, and a cold solve with presolve that stops at the limit
    /// returns no plan (its incumbent is in presolved columns).
    /// - Returns: The priority-only optimum completed into values of `sm`, or `nil` when skipped or not found.
    static func priorityOnlyStart(
        for sm: ScheduleModel, context: PlanningContext, tally: inout PlanningTally
    ) throws(SolverError) -> [Double]? {
        let options = context.options
        let weights = context.scenario.inspection.objective
        guard options.warmStart, !sm.isPooled, weights.balance > 0 || weights.bundling > 0 else { return nil }
        var simple = context.scenario
        simple.inspection.objective.balance = 0
        simple.inspection.objective.bundling = 0
        let simpleModel = context.modelBuilder(for: simple).build()
        guard simpleModel.candidates.count == sm.candidates.count else { return nil }
        let budget = context.phaseTime { min(max(0.5, $0 / 5), 10) } ?? (options.workLimit == nil ? 10 : nil)
        var so = SolveOptions(timeLimitSeconds: budget, relativeGap: context.relativeGap)
        so.deadline = options.deadline
        so.shouldStop = options.shouldStop
        if let x0 = GreedyStart.values(for: simpleModel, scenario: simple) { so.startingSolution = x0 }
        let t = now()
        let r = try context.solver.solve(simpleModel.model, options: so)
        tally.solveTime += now() - t
        tally.solves += 1
        guard r.hasFeasiblePoint else { return nil }
        var choice = [Double](repeating: 0, count: sm.model.variables.count)
        for (c, cand) in sm.candidates.enumerated() {
            choice[cand.variable.index] = r.values[simpleModel.candidates[c].variable.index].rounded()
        }
        return GreedyStart.completed(choice, for: sm, scenario: context.scenario)
    }

    /// The solve rounds: round 0 first solves cold with a third of the time (unpooled models with warm starts; under a
    /// work limit, with its own node budget and all the time as a safety net), then,
    /// unless that proved optimality, solves warm from the best valid starting point; each round places the days and
    /// stops when every team-week fits, or adds placement cuts to `sm` and solves again, up to
    /// ``PlannerOptions/maxCutRounds`` more rounds.
    ///
    /// - Parameters:
    ///   - sm: The model; placement cuts are added to it.
    ///   - greedy: The greedy plan of the model as built (used while no cut has been added).
    ///
    /// The priority-only starting point (see ``priorityOnlyStart(for:context:tally:)``) is found only when the cold
    /// solve did not prove optimality, before any cut is added: a proven cold solve needs no starting point.
    static func solveRounds(
        _ sm: inout ScheduleModel, greedy: [Double]?, context: PlanningContext, tally: inout PlanningTally
    ) throws(SolverError) -> SolveOutcome {
        let options = context.options
        var greedy = greedy
        var solved = SolveOutcome()
        var priorityStart: [Double]?
        for round in 0...max(0, options.maxCutRounds) {
            var so = SolveOptions(timeLimitSeconds: context.remainingTime(), relativeGap: context.relativeGap)
            so.deadline = options.deadline
            // Objective values come in steps (see ``ObjectiveStep``): once the bound is less than one step above the
            // incumbent, no better plan exists and the search stops as proven. The solver checks this itself at each
            // step of its search (`stopWhenBoundWithin`), so where it stops does not depend on timing. The watcher
            // does the same from the progress snapshots, for solvers that ignore the option; under a work limit it is
            // left out, since it is polled by another thread. It could never stop a search earlier than the solver's
            // own check: the snapshots hold the bound and incumbent the solver checked, each of them only improving.
            // Nor could a later stop change the plan: GLPK replaces its incumbent only by a strictly better one
            // (a node or heuristic point no better than the incumbent is pruned), and none exists once proven.
            so.stopWhenBoundWithin = sm.objectiveStep
            let watcher = ObjectiveStep.Watcher(step: options.workLimit == nil ? sm.objectiveStep : nil)
            so.progress = { p in
                watcher.record(p)
                options.progress?(p)
            }
            so.shouldStop = { (options.shouldStop?() ?? false) || watcher.isProven }
            var coldStart: [Double]?
            var coldBound: Double?
            var r: SolveResult?
            if options.warmStart, round == 0, !sm.isPooled {
                // First a cold solve with a share of the time: GLPK's MIP presolver (which a starting plan turns off)
                // and its proximity search find Thạch Hà's optimum in about 2 s where the warm-started search needs
                // 25 s. If it does not prove optimality, its best plan joins the starting points below.
                var cold = so
                cold.timeLimitSeconds = context.phaseTime { $0 / 3 }
                // The level search first: a plan at the best objective level the LP bound allows is optimal at once.
                cold.levelSearchNodes = options.levelSearchNodes.flatMap { $0 > 0 ? $0 : nil }
                // With bundling, the compact model's level search before the full model's (the full model's greedy
                // plan does not fit the compact model, which later rounds re-plan from their own greedy plan).
                if let compact = try compactFirstTry(cold, context: context, tally: &tally) {
                    sm = compact.model
                    greedy = nil
                    r = compact.result
                } else {
                    let t = now()
                    let c = try context.solver.solve(sm.model, options: cold)
                    tally.solveTime += now() - t
                    tally.solves += 1
                    if c.termination == .optimal || watcher.isProven || provenByStep(c, step: sm.objectiveStep) {
                        r = c
                    } else if c.hasFeasiblePoint {
                        coldStart = c.values
                    }
                    coldBound = c.bestBound
                    so.timeLimitSeconds = context.remainingTime()
                }
            }
            if r == nil {
                if options.warmStart {
                    if round == 0 { priorityStart = try priorityOnlyStart(for: sm, context: context, tally: &tally) }
                    let starts = [
                        sm.cutCount == 0 ? greedy : GreedyStart.values(for: sm, scenario: context.scenario),
                        priorityStart, coldStart,
                    ]
                    .compactMap { $0 }
                    .filter { sm.model.violations(at: $0).isEmpty }
                    so.startingSolution = starts.max {
                        sm.model.objectiveValue(at: $0) < sm.model.objectiveValue(at: $1)
                    }
                }
                let t = now()
                var warm = try context.solver.solve(sm.model, options: so)
                tally.solveTime += now() - t
                tally.solves += 1
                // Both searches bound the same model: keep the tighter bound.
                if let cb = coldBound { warm.bestBound = min(warm.bestBound ?? cb, cb) }
                r = warm
            }
            guard let r else { break }
            solved.result = r
            guard r.hasFeasiblePoint else { break }
            let t2 = now()
            let outcome = place(
                sm, values: r.values, scenario: context.scenario, calendar: context.calendar,
                previous: context.previousFuture,
                keep: context.keep)
            tally.buildTime += now() - t2
            solved.placementComplete = outcome.complete
            solved.dropped = outcome.dropped
            if outcome.cuts.isEmpty {
                solved.placed = outcome.inspections
                break
            }
            for cut in outcome.cuts { sm.addPlacementCut(cut) }
            if round == options.maxCutRounds {
                solved.cutsExhausted = true
                solved.placed = outcome.inspections
            }
        }
        if solved.result?.termination == .workLimit, let nodes = options.workLimit {
            tally.notes.append(workLimitNote(nodes: nodes))
        }
        return solved
    }

    /// The compact model's level search (see ``PlannerOptions/compactFirst``), with the cold solve's options: the
    /// compact model and its result when that search proves a plan optimal, `nil` when it does not (or cannot run).
    /// Only the level search runs, so a calendar it cannot settle loses that search's time only.
    static func compactFirstTry(
        _ cold: SolveOptions, context: PlanningContext, tally: inout PlanningTally
    ) throws(SolverError) -> (model: ScheduleModel, result: SolveResult)? {
        guard context.options.compactFirst, cold.levelSearchNodes != nil,
            context.scenario.inspection.objective.bundling > 0
        else { return nil }
        let built = now()
        var builder = context.modelBuilder(for: context.scenario)
        builder.compactLinks = true
        let compact = builder.build()
        tally.buildTime += now() - built
        guard !compact.isPooled, !compact.model.minimumSumCuts.isEmpty else { return nil }
        var options = cold
        options.levelSearchOnly = true
        options.progress = context.options.progress
        options.shouldStop = context.options.shouldStop
        let t = now()
        let c = try context.solver.solve(compact.model, options: options)
        tally.solveTime += now() - t
        tally.solves += 1
        guard c.hasFeasiblePoint, c.termination == .optimal || provenByStep(c, step: compact.objectiveStep) else {
            return nil
        }
        return (compact, c)
    }

    /// Whether a solve's own bound proves its incumbent optimal (see ``ObjectiveStep``).
    static func provenByStep(_ r: SolveResult, step: Double?) -> Bool {
        guard step != nil, let o = r.objective, let b = r.bestBound else { return false }
        return ObjectiveStep.proves(bound: b, incumbent: o, step: step)
    }

    /// The note of a plan whose last solve stopped at the work limit.
    static func workLimitNote(nodes: Int) -> PlanNote { .stoppedAtWorkLimit(nodes: nodes) }
}

/// A solver whose every solve gets a work limit (``MILP/SolveOptions/nodeLimit``) unless it has one already: under
/// ``PlannerOptions/workLimit`` every phase of the planner solves through it, including the extra-capacity
/// explanations.
struct WorkLimitedSolver: MILPSolver {
    /// The solver that does the work.
    let base: any MILPSolver
    /// The node limit of each solve.
    let nodeLimit: Int

    func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
        var o = options
        if o.nodeLimit == nil { o.nodeLimit = nodeLimit }
        return try base.solve(model, options: o)
    }
}
