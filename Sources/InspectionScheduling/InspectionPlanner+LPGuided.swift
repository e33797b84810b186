import MILP

extension InspectionPlanner {
    /// What the LP-guided search found: a plan of the model and the bound of the model's LP relaxation.
    struct LPGuided {
        /// The plan found (a solve result of the model: its values, objective and, as bound, the LP's).
        var result: SolveResult
        /// Whether the LP bound proves the plan optimal (see ``ObjectiveStep``).
        var proven: Bool
    }

    /// The most branch-and-bound nodes of the LP-guided sub-model's search: it stays a quick first step.
    static let lpGuidedNodeLimit = 400

    /// An LP-guided first plan (relaxation-induced neighbourhood search): solves the model's LP relaxation, fixes every
    /// integer column whose LP value is integral and equal to its value in the best starting plan, and searches the
    /// small model left, from that starting plan, with at most ``lpGuidedNodeLimit`` nodes. Used for the first phase
    /// of targets mode, whose relaxation is nearly exact: on Thạch Hà the greedy plan or this search reaches the LP
    /// bound, so the least effort is proven by one LP and a search of one node, where the search of the whole model
    /// spent most of its time in GLPK's proximity search and cut rounds. Deterministic: node limits, never the clock,
    /// end the search (the time budget is only a safety net).
    ///
    /// - Parameters:
    ///   - model: The model (its objective maximised).
    ///   - starts: Starting plans of the model, each checked against its rows; the best one is used.
    ///   - step: The objective step of the model, if any.
    /// - Returns: The plan and whether it is proven, or `nil` when the LP is not solved to optimality or no plan is
    ///   found.
    static func lpGuided(
        _ model: MILPModel, starts: [[Double]], step: Double?, context: PlanningContext, tally: inout PlanningTally
    ) throws(SolverError) -> LPGuided? {
        guard context.options.warmStart else { return nil }
        let start = starts.filter { model.violations(at: $0).isEmpty }.max {
            model.objectiveValue(at: $0) < model.objectiveValue(at: $1)
        }
        var so = SolveOptions(timeLimitSeconds: context.phaseTime { $0 / 4 }, relativeGap: nil)
        so.deadline = context.options.deadline
        so.shouldStop = context.options.shouldStop
        var t = now()
        let lp = try context.solver.solve(model.relaxation(), options: so)
        tally.solveTime += now() - t
        tally.solves += 1
        guard lp.termination == .optimal, let bound = lp.objective, lp.values.count == model.variables.count else {
            return nil
        }
        if let s = start, ObjectiveStep.proves(bound: bound, incumbent: model.objectiveValue(at: s), step: step) {
            let r = SolveResult(
                termination: .gapLimit, hasFeasiblePoint: true, objective: model.objectiveValue(at: s),
                bestBound: bound, values: s)
            return LPGuided(result: r, proven: true)
        }
        var sub = model
        for (j, v) in model.variables.enumerated() where v.kind != .continuous {
            let x = lp.values[j].rounded()
            guard abs(lp.values[j] - x) < 1e-9, start.map({ abs($0[j] - x) < 1e-9 }) ?? true else { continue }
            sub.setBounds(of: VariableID(j), lower: x, upper: x)
        }
        so.startingSolution = start
        so.nodeLimit = lpGuidedNodeLimit
        so.stopWhenBoundWithin = step
        t = now()
        var r = try context.solver.solve(sub, options: so)
        tally.solveTime += now() - t
        tally.solves += 1
        guard r.hasFeasiblePoint, let objective = r.objective, model.violations(at: r.values).isEmpty else {
            return nil
        }
        let proven = ObjectiveStep.proves(bound: bound, incumbent: objective, step: step)
        r.bestBound = bound
        r.termination = proven ? .gapLimit : .workLimit
        return LPGuided(result: r, proven: proven)
    }
}
