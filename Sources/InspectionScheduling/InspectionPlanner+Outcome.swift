import CivilCalendar
import MILP
import ScenarioModel

extension InspectionPlanner {
    /// The plan with its status, measured objective, bound and gap and the placed inspections (unsorted), plus the
    /// notes on a quick bound tighter than the solver's, on optimality proven by the objective step and on exhausted
    /// placement cuts, and the unmet item of an unproven compromise.
    ///
    /// - Parameters:
    ///   - solved: What the solving phases found.
    ///   - sm: The model as last solved.
    ///   - quickBound: The quick bound, when not re-planning.
    ///   - unmet: Receives the unmet item of an unproven compromise.
    static func makePlan(
        _ solved: SolveOutcome, model sm: ScheduleModel, quickBound quick: Double?, context: PlanningContext,
        unmet: inout [UnmetItem], tally: inout PlanningTally
    ) -> InspectionPlan {
        let scenario = context.scenario, weights = scenario.inspection.objective
        var plan = InspectionPlan(scenario: scenario.name, year: scenario.year, status: .noSolution)
        if let r = solved.result, r.hasFeasiblePoint {
            let slack = sm.slackTotal(r.values)
            let objective = sm.objectiveWithoutPenalties(r.values)
            let hardOK = slack < 1e-6 && sm.invalidFixed.isEmpty && !solved.cutsExhausted
            if hardOK {
                // The plan's objective is measured on the placed calendar (the placement may achieve fewer bundled
                // pairs or kept dates than the model counted); the model's bound is a bound for it too.
                let placed = solved.placed, previousFuture = context.previousFuture
                let terms =
                    solved.placedTerms ?? PlanMetrics.terms(placed, scenario: scenario, calendar: context.calendar)
                let kept = placed.filter { p in
                    previousFuture[p.unit].map { $0.team == p.team && $0.date == p.date } ?? false
                }.count
                let measured =
                    ScheduleObjective.value(
                        terms, priority: weights.priority, balance: weights.balance, bundling: weights.bundling)
                    + (previousFuture.isEmpty ? 0 : context.keep * Double(kept)) - sm.avoidedDatesCost(placed)
                let modelBound = r.termination == .optimal ? objective : max(r.bestBound ?? .infinity, objective)
                // The quick bound (counts only, see ``QuickBound``) is kept when it is tighter than what GLPK proved.
                let bound = min(modelBound, quick ?? .infinity)
                if let q = quick, q < modelBound - 1e-9, !solved.settledByQuickBound {
                    let solverBound = modelBound.isFinite ? modelBound : nil
                    tally.notes.append(.quickBoundTighter(quickBound: q, solverBound: solverBound))
                }
                let proven =
                    solved.placementComplete && solved.dropped.isEmpty
                    && ObjectiveStep.proves(bound: bound, incumbent: measured, step: sm.objectiveStep)
                plan.status = proven ? .optimal : .feasible
                plan.objective = measured
                if bound.isFinite { plan.bound = proven ? measured : max(bound, measured) }
                plan.gap =
                    proven ? 0 : (plan.bound.map { SolveResult.gap(objective: measured, bound: $0) } ?? r.relativeGap)
                if proven, r.termination != .optimal, !solved.settledByQuickBound {
                    tally.notes.append(.provenByObjectiveStep(bound: bound, step: sm.objectiveStep ?? 0))
                }
            } else {
                let proven =
                    !sm.invalidFixed.isEmpty || sm.hasUnschedulableRequirement || r.termination == .optimal
                    || (r.bestBound.map { $0 < sm.feasibleFloor } ?? false)
                plan.status = proven ? .infeasible : .noSolution
                plan.objective = objective
                if !proven {
                    unmet.append(UnmetItem(.unproven(.limits), subject: scenario.name))
                }
            }
            plan.inspections = solved.placed
        } else if let r = solved.result, r.termination == .infeasible {
            plan.status = .infeasible
        }
        if solved.cutsExhausted {
            tally.notes.append(.placementCutsExhausted(rounds: context.options.maxCutRounds))
        }
        return plan
    }

    /// Sorts the plan's inspections into plan order and measures target coverage, team and month loads and the
    /// objective's terms on the sorted calendar, so the sums (and the report bytes) do not depend on placement order.
    static func measure(_ plan: inout InspectionPlan, scenario: Scenario, calendar: WorkingCalendar) {
        let inspections = plan.inspections.sorted(by: PlannedInspection.planOrder)
        plan.inspections = inspections
        plan.targets = PlanMetrics.coverage(inspections, scenario: scenario)
        plan.teamLoads = PlanMetrics.teamLoads(inspections, scenario: scenario)
        plan.monthLoads = PlanMetrics.monthLoads(inspections, calendar: calendar)
        plan.objectiveTerms = PlanMetrics.terms(inspections, scenario: scenario, calendar: calendar)
        plan.weekdayCounts = PlanMetrics.weekdayCounts(inspections)
        plan.teamDays = teamDates(inspections)
    }

    /// Notes how a pooled model grouped the teams and which inspections fit no team of their pool; when leaving
    /// them out breaks a target or a must-inspect unit, the plan loses its status and says why in `unmet`.
    ///
    /// - Parameter dropped: The candidates left out by the last placement.
    static func reviewPooling(
        _ plan: inout InspectionPlan, model sm: ScheduleModel, dropped: [Int], scenario: Scenario,
        unmet: inout [UnmetItem], tally: inout PlanningTally
    ) {
        if sm.isPooled {
            let pools = sm.teamGroups.filter { $0.count > 1 }
            tally.notes.append(.pooledTeams(poolSizes: pools.map(\.count)))
        }
        if !dropped.isEmpty, plan.status == .optimal || plan.status == .feasible {
            let units = dropped.map { scenario.units[sm.candidates[$0].unit].code }.sorted()
            tally.notes.append(.pooledInspectionsLeftOut(units: units))
            let inspected = Set(plan.inspections.map(\.unit))
            let missingMust = sm.mustSlacks.map { scenario.units[$0.unit].code }.filter { !inspected.contains($0) }
            if plan.targets.contains(where: { !$0.isMet }) || !missingMust.isEmpty {
                plan.status = .noSolution
                unmet.append(UnmetItem(.unproven(.poolingBrokeRules), subject: scenario.name))
            }
        }
    }

    /// Unmet rules: for a plan without a valid calendar, the shortfalls, and for an infeasible one (when
    /// asked) the least extra capacity that would make it feasible, found by one more solve; pooled models skip that
    /// solve (a per-team model is too large) and say so in a note.
    static func explainUnmet(
        _ plan: InspectionPlan, model sm: ScheduleModel, context: PlanningContext, unmet: inout [UnmetItem],
        tally: inout PlanningTally
    ) throws(SolverError) {
        guard plan.status == .infeasible || plan.status == .noSolution else { return }
        let scenario = context.scenario, calendar = context.calendar
        unmet += InfeasibilityExplainer.shortfalls(plan: plan, model: sm, scenario: scenario, calendar: calendar)
        if plan.status == .infeasible, context.options.explainInfeasibility, sm.isPooled {
            tally.notes.append(.extraCapacityNotComputed)
        } else if plan.status == .infeasible, context.options.explainInfeasibility {
            let t = now()
            let (items, solved) = try InfeasibilityExplainer.extraCapacity(
                scenario: scenario, calendar: calendar, fixed: context.fixed, earliestStart: context.from,
                solver: context.solver,
                timeLimit: context.remainingTime().map { max($0, 5) }
            )
            tally.solveTime += now() - t
            tally.solves += solved
            unmet += items
        }
    }

    /// The notes closing every plan: the configurable defaults [U] and the week rule of multi-day inspections.
    static func closingNotes() -> [PlanNote] {
        [.configurableDefaults(threshold: ScheduleObjective.balancedMonthMinimumWorkingDays), .multiDayWithinOneWeek]
    }

    /// The note saying where the year's holidays come from: the announced arrangement or the Labour Code rule.
    static func holidayNotes(_ source: VietnameseHolidays.Source?, year: Int) -> [PlanNote] {
        switch source {
        case .announced(let arrangement):
            [.holidaysAnnounced(year: year, documents: arrangement.documents, confidence: arrangement.confidence)]
        case .rule: [.holidaysByRule(year: year)]
        case nil: []
        }
    }

    /// The size of the model as last solved, with the number of solves made.
    static func modelSize(of sm: ScheduleModel, solves: Int) -> ModelSize {
        ModelSize(
            variables: sm.model.variables.count, binaries: sm.model.binaryCount, integers: sm.model.integerCount,
            constraints: sm.model.constraints.count, nonzeros: sm.model.nonzeroCount, solves: solves
        )
    }
}
