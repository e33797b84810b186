import CivilCalendar
import MILP
import ScenarioModel

extension InspectionPlanner {
    /// The least effort of targets mode and whether it is proven least.
    struct LeastEffort {
        /// The effort `(S + 1)·team-dates + half-day slots` of the first phase's best plan.
        var limit: Double
        /// Whether the first phase proved no plan keeping the hard rules needs less.
        var proven: Bool
        /// The weight of one team-date in the effort.
        var dateWeight: Double
    }

    /// Targets mode, first phase: the least effort (team-dates first, then half-day slots) of a plan that meets every
    /// target, must-inspect unit, rotation rule and pin. The second phase keeps to it and optimises the weighted
    /// objective, so the plan is lexicographically best: fewest team-dates, fewest half-days, then the usual terms.
    ///
    /// - Returns: The least effort, or `nil` outside targets mode or when no plan keeps the hard rules (the usual
    ///   solve then reports what is missing).
    static func leastEffort(context: PlanningContext, tally: inout PlanningTally) throws(SolverError) -> LeastEffort? {
        let t0 = now()
        guard let em = context.modelBuilder(for: context.scenario).effortModel() else { return nil }
        tally.buildTime += now() - t0
        var so = SolveOptions(timeLimitSeconds: context.phaseTime { $0 / 3 }, relativeGap: nil)
        so.deadline = context.options.deadline
        so.shouldStop = context.options.shouldStop
        so.stopWhenBoundWithin = em.objectiveStep
        if context.options.warmStart, let x0 = GreedyStart.values(for: em, scenario: context.scenario),
            em.model.violations(at: x0).isEmpty
        {
            so.startingSolution = x0
        }
        // First the LP-guided search (see ``lpGuided(_:starts:step:context:tally:)``); the whole model only when it
        // proves nothing, from the better of its plan and the greedy one.
        let guided = try lpGuided(
            em.model, starts: [so.startingSolution].compactMap { $0 }, step: em.objectiveStep, context: context,
            tally: &tally)
        var r: SolveResult
        if let guided, guided.proven {
            r = guided.result
        } else {
            if let g = guided?.result,
                so.startingSolution.map({ em.model.objectiveValue(at: $0) < (g.objective ?? 0) })
                    ?? true
            {
                so.startingSolution = g.values
            }
            let t = now()
            r = try context.solver.solve(em.model, options: so)
            tally.solveTime += now() - t
            tally.solves += 1
            if let b = guided?.result.bestBound { r.bestBound = min(r.bestBound ?? b, b) }
        }
        guard r.hasFeasiblePoint, em.slackTotal(r.values) < 1e-6 else { return nil }
        let effort = (-em.model.objectiveValue(at: r.values)).rounded()
        let proven = r.termination == .optimal || provenByStep(r, step: em.objectiveStep)
        return LeastEffort(limit: effort, proven: proven, dateWeight: em.effortWeight)
    }

    /// The team-dates of a calendar: the distinct (team, date) pairs its inspections occupy.
    public static func teamDates(_ inspections: [PlannedInspection]) -> Int {
        struct TeamDate: Hashable { var team: String; var date: CivilDate }
        var seen: Set<TeamDate> = []
        for i in inspections { for d in i.dates { seen.insert(TeamDate(team: i.team, date: d)) } }
        return seen.count
    }

    /// Targets mode: a plan is proven optimal only when the first phase proved its effort least and the placed
    /// calendar keeps to it (a week placed on more dates than the model counted is not the least effort).
    static func reviewEffort(_ plan: inout InspectionPlan, least: LeastEffort?, model sm: ScheduleModel) {
        guard let least, plan.status == .optimal else { return }
        let slots = plan.inspections.reduce(0.0) { $0 + 2 * $1.days }
        let placed = least.dateWeight * Double(teamDates(plan.inspections)) + slots
        if !least.proven || placed > least.limit + 1e-6 { plan.status = .feasible }
    }
}
