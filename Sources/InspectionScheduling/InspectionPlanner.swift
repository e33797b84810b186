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
        scenario: Scenario, holidays: some Sequence<CivilDate>, solver: any MILPSolver, options: PlannerOptions = PlannerOptions()
    ) throws(SolverError) -> InspectionPlan {
        let start = now()
        let calendar = WorkingCalendar(scenario: scenario, holidays: holidays)
        var notes: [PlanNote] = []

        // Fixed inspections and re-planning input.
        var fixed: [FixedInspection] = []
        var previousFuture: [String: (team: String, date: CivilDate)] = [:]
        var from: CivilDate?
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
        let keep = options.keepReward ?? (2 * maxPriority * abs(scenario.inspection.objective.priority) + 1)
        let pooled = poolsTeams(scenario, calendar: calendar, requested: options.poolTeams)
        let builder = ScheduleModelBuilder(
            scenario: scenario, calendar: calendar, fixed: fixed, earliestStart: from, previous: previousFuture,
            keepReward: previousFuture.isEmpty ? 0 : keep, poolTeams: pooled
        )
        var sm = builder.build()
        var buildTime = now() - start
        var solveTime = 0.0
        var solves = 0
        var result: SolveResult?
        var placed: [PlannedInspection] = []
        var placementComplete = true
        var cutsExhausted = false
        var dropped: [Int] = []

        // Large models: when the greedy plan, placed and measured, is already within the requested gap of the quick
        // bound (see ``QuickBound``), no solver run can be needed; GLPK's LP alone may take longer than the limit.
        let quick = previousFuture.isEmpty ? QuickBound.value(for: sm, scenario: scenario) : nil
        var settledByQuickBound = false
        // The objective's terms of the quick-bound plan, measured once (counting pairs is quadratic in the inspections).
        var placedTerms: ObjectiveTerms?
        // The greedy plan of the model as built (placement cuts change the model, and then the plan).
        let greedy = options.warmStart ? GreedyStart.values(for: sm, scenario: scenario) : nil
        // Without a gap asked, only a proof of optimality (the bound less than one objective step above) settles it.
        if options.warmStart, let q = quick, let x0 = greedy, sm.slackTotal(x0) < 1e-6, sm.invalidFixed.isEmpty {
            let wanted = options.relativeGap ?? 0
            let t = now()
            let outcome = place(sm, values: x0, scenario: scenario, calendar: calendar, previous: previousFuture, keep: keep)
            buildTime += now() - t
            if outcome.cuts.isEmpty, outcome.dropped.isEmpty, outcome.complete {
                let w = scenario.inspection.objective
                let terms = PlanMetrics.terms(outcome.inspections, scenario: scenario, calendar: calendar)
                let measured = ScheduleObjective.value(terms, priority: w.priority, balance: w.balance, bundling: w.bundling)
                let inspected = Set(outcome.inspections.map(\.unit))
                let rulesHold = PlanMetrics.coverage(outcome.inspections, scenario: scenario).allSatisfy(\.isMet)
                    && sm.mustSlacks.allSatisfy { inspected.contains(scenario.units[$0.unit].code) }
                let proven = ObjectiveStep.proves(bound: q, incumbent: measured, step: sm.objectiveStep)
                if rulesHold, proven || (wanted > 0 && SolveResult.gap(objective: measured, bound: max(q, measured)) <= wanted) {
                    settledByQuickBound = true
                    result = SolveResult(
                        termination: .gapLimit, hasFeasiblePoint: true, objective: sm.model.objectiveValue(at: x0), bestBound: q,
                        values: x0)
                    placed = outcome.inspections
                    placedTerms = terms
                    notes.append(proven ? PlanNote(
                        vi: "Phương án khởi đầu (tham lam) đạt đúng cận trên nhanh \(ObjectiveStep.format(q, places: 2)) (sai khác dưới một bước \(ObjectiveStep.format(sm.objectiveStep ?? 0))), nên là tối ưu; không cần chạy GLPK.",
                        en: "The greedy starting plan reaches the quick bound \(ObjectiveStep.format(q, places: 2)) (within one step of \(ObjectiveStep.format(sm.objectiveStep ?? 0))), so it is optimal; GLPK was not run.") : PlanNote(
                        vi: "Phương án khởi đầu (tham lam) đã nằm trong khoảng cách yêu cầu \(ObjectiveStep.format(wanted * 100))% so với cận trên nhanh \(ObjectiveStep.format(q, places: 2)), nên không cần chạy GLPK.",
                        en: "The greedy starting plan is already within the requested gap of \(ObjectiveStep.format(wanted * 100))% of the quick bound \(ObjectiveStep.format(q, places: 2)), so GLPK was not run."))
                }
            }
        }

        // A second starting point: the optimum of the priority term alone (balance and bundling off) is usually found
        // at the root in well under a second and is a far better incumbent than the greedy for the full objective.
        var priorityStart: [Double]?
        let weights = scenario.inspection.objective
        // Pooled (large) models skip it, and the cold solve below: their root LP alone takes most of the time limit,
        // and a cold solve with presolve that stops at the limit returns no plan (its incumbent is in presolved columns).
        if options.warmStart, !settledByQuickBound, !sm.isPooled, weights.balance > 0 || weights.bundling > 0 {
            var simple = scenario
            simple.inspection.objective.balance = 0
            simple.inspection.objective.bundling = 0
            let simpleModel = ScheduleModelBuilder(
                scenario: simple, calendar: calendar, fixed: fixed, earliestStart: from, previous: previousFuture,
                keepReward: previousFuture.isEmpty ? 0 : keep, poolTeams: pooled
            ).build()
            if simpleModel.candidates.count == sm.candidates.count {
                let budget = remaining(options.timeLimitSeconds, since: start).map { max(0.5, $0 / 5) } ?? 10
                var so = SolveOptions(timeLimitSeconds: min(budget, 10), relativeGap: options.relativeGap)
                so.shouldStop = options.shouldStop
                if let x0 = GreedyStart.values(for: simpleModel, scenario: simple) { so.startingSolution = x0 }
                let t = now()
                let r = try solver.solve(simpleModel.model, options: so)
                solveTime += now() - t
                solves += 1
                if r.hasFeasiblePoint {
                    var choice = [Double](repeating: 0, count: sm.model.variables.count)
                    for (c, cand) in sm.candidates.enumerated() {
                        choice[cand.variable.index] = r.values[simpleModel.candidates[c].variable.index].rounded()
                    }
                    priorityStart = GreedyStart.completed(choice, for: sm, scenario: scenario)
                }
            }
        }

        for round in 0...max(0, options.maxCutRounds) where !settledByQuickBound {
            var so = SolveOptions(timeLimitSeconds: remaining(options.timeLimitSeconds, since: start), relativeGap: options.relativeGap)
            // Objective values come in steps (see ``ObjectiveStep``): once the bound is less than one step above the
            // incumbent, no better plan exists and the search stops as proven.
            let watcher = ObjectiveStep.Watcher(step: sm.objectiveStep)
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
                cold.timeLimitSeconds = so.timeLimitSeconds.map { $0 / 3 }
                let t = now()
                let c = try solver.solve(sm.model, options: cold)
                solveTime += now() - t
                solves += 1
                if c.termination == .optimal || watcher.isProven {
                    r = c
                } else if c.hasFeasiblePoint {
                    coldStart = c.values
                }
                coldBound = c.bestBound
                so.timeLimitSeconds = remaining(options.timeLimitSeconds, since: start)
            }
            if r == nil {
                if options.warmStart {
                    let starts = [sm.cutCount == 0 ? greedy : GreedyStart.values(for: sm, scenario: scenario), priorityStart, coldStart].compactMap { $0 }
                        .filter { sm.model.violations(at: $0).isEmpty }
                    so.startingSolution = starts.max { sm.model.objectiveValue(at: $0) < sm.model.objectiveValue(at: $1) }
                }
                let t = now()
                var warm = try solver.solve(sm.model, options: so)
                solveTime += now() - t
                solves += 1
                // Both searches bound the same model: keep the tighter bound.
                if let cb = coldBound { warm.bestBound = min(warm.bestBound ?? cb, cb) }
                r = warm
            }
            guard let r else { break }
            result = r
            guard r.hasFeasiblePoint else { break }
            let t2 = now()
            let outcome = place(sm, values: r.values, scenario: scenario, calendar: calendar, previous: previousFuture, keep: keep)
            buildTime += now() - t2
            placementComplete = outcome.complete
            dropped = outcome.dropped
            if outcome.cuts.isEmpty {
                placed = outcome.inspections
                break
            }
            for cut in outcome.cuts { sm.addPlacementCut(cut) }
            if round == options.maxCutRounds {
                cutsExhausted = true
                placed = outcome.inspections
            }
        }

        // Status.
        var plan = InspectionPlan(scenario: scenario.name, year: scenario.year, status: .noSolution)
        var unmet: [UnmetItem] = []
        if let r = result, r.hasFeasiblePoint {
            let slack = sm.slackTotal(r.values)
            let objective = sm.objectiveWithoutPenalties(r.values)
            let hardOK = slack < 1e-6 && sm.invalidFixed.isEmpty && !cutsExhausted
            if hardOK {
                // The plan's objective is measured on the placed calendar (the placement may achieve fewer bundled
                // pairs or kept dates than the model counted); the model's bound is a bound for it too.
                let terms = placedTerms ?? PlanMetrics.terms(placed, scenario: scenario, calendar: calendar)
                let kept = placed.filter { p in previousFuture[p.unit].map { $0.team == p.team && $0.date == p.date } ?? false }.count
                let measured = ScheduleObjective.value(
                    terms, priority: weights.priority, balance: weights.balance, bundling: weights.bundling)
                    + (previousFuture.isEmpty ? 0 : keep * Double(kept))
                let modelBound = r.termination == .optimal ? objective : max(r.bestBound ?? .infinity, objective)
                // The quick bound (counts only, see ``QuickBound``) is kept when it is tighter than what GLPK proved.
                let bound = min(modelBound, quick ?? .infinity)
                if let q = quick, q < modelBound - 1e-9, !settledByQuickBound {
                    notes.append(PlanNote(
                        vi: "Cận trên \(ObjectiveStep.format(q, places: 2)) lấy từ phép ước lượng nhanh (năng lực các đoàn, số cặp ghép tối đa, độ lệch tải tối thiểu), chặt hơn cận trên của bộ giải\(modelBound.isFinite ? " (\(ObjectiveStep.format(modelBound, places: 2)))" : "").",
                        en: "The bound \(ObjectiveStep.format(q, places: 2)) comes from the quick estimate (team capacity, most bundled pairs, least team spread), tighter than the solver's\(modelBound.isFinite ? " (\(ObjectiveStep.format(modelBound, places: 2)))" : "")."))
                }
                let proven = placementComplete && dropped.isEmpty && ObjectiveStep.proves(bound: bound, incumbent: measured, step: sm.objectiveStep)
                plan.status = proven ? .optimal : .feasible
                plan.objective = measured
                if bound.isFinite { plan.bound = proven ? measured : max(bound, measured) }
                plan.gap = proven ? 0 : (plan.bound.map { SolveResult.gap(objective: measured, bound: $0) } ?? r.relativeGap)
                if proven, r.termination != .optimal, !settledByQuickBound {
                    notes.append(PlanNote(
                        vi: "Tối ưu đã được chứng minh: không phương án nào đạt điểm cao hơn \(ObjectiveStep.format(bound)), và điểm của mọi phương án là bội số của \(ObjectiveStep.format(sm.objectiveStep ?? 0)).",
                        en: "Optimality proven: no plan scores above \(ObjectiveStep.format(bound)), and every plan's score is a multiple of \(ObjectiveStep.format(sm.objectiveStep ?? 0))."))
                }
            } else {
                let proven = !sm.invalidFixed.isEmpty || sm.hasUnschedulableRequirement || r.termination == .optimal
                    || (r.bestBound.map { $0 < sm.feasibleFloor } ?? false)
                plan.status = proven ? .infeasible : .noSolution
                plan.objective = objective
                if !proven {
                    unmet.append(UnmetItem(
                        kind: .unproven, subject: scenario.name,
                        vi: "Trong giới hạn thời gian chưa tìm được lịch đáp ứng mọi yêu cầu, cũng chưa chứng minh được là không thể; lịch dưới đây là phương án tốt nhất tìm được.",
                        en: "Within the limits no calendar meeting every rule was found, nor was it proven impossible; the calendar below is the best compromise found."
                    ))
                }
            }
            plan.inspections = placed
        } else if let r = result, r.termination == .infeasible {
            plan.status = .infeasible
        }
        if cutsExhausted {
            notes.append(PlanNote(
                vi: "Đã dùng hết \(options.maxCutRounds) vòng điều chỉnh xếp ngày; lịch có thể vi phạm một quy tắc về ngày.",
                en: "Placement cuts exhausted after \(options.maxCutRounds) rounds; the calendar may break a date rule."))
        }

        // Measures.
        let inspections = plan.inspections.sorted(by: PlannedInspection.planOrder)
        plan.inspections = inspections
        plan.targets = PlanMetrics.coverage(inspections, scenario: scenario)
        plan.teamLoads = PlanMetrics.teamLoads(inspections, scenario: scenario)
        plan.monthLoads = PlanMetrics.monthLoads(inspections, calendar: calendar)
        // Measured again on the sorted calendar, so the sums (and the report bytes) do not depend on placement order.
        plan.objectiveTerms = PlanMetrics.terms(inspections, scenario: scenario, calendar: calendar)
        if sm.isPooled {
            let pools = sm.teamGroups.filter { $0.count > 1 }
            notes.append(PlanNote(
                vi: "Mô hình gộp \(pools.count) nhóm đoàn (\(pools.map { String($0.count) }.joined(separator: ", ")) đoàn) rồi chia việc cho từng đoàn theo tuần; cận trên vẫn hợp lệ.",
                en: "The model pooled \(pools.count) group(s) of teams (\(pools.map { String($0.count) }.joined(separator: ", ")) teams) and shared each week's work among their teams afterwards; the bound stays valid."))
        }
        if !dropped.isEmpty, plan.status == .optimal || plan.status == .feasible {
            let units = dropped.map { scenario.units[sm.candidates[$0].unit].code }.sorted()
            notes.append(PlanNote(
                vi: "\(units.count) cuộc kiểm tra của mô hình gộp không xếp được cho đoàn nào và đã bỏ: \(units.prefix(10).joined(separator: ", ")).",
                en: "\(units.count) inspection(s) of the pooled model fit no team of the pool and were left out: \(units.prefix(10).joined(separator: ", "))."))
            let inspected = Set(inspections.map(\.unit))
            let missingMust = sm.mustSlacks.map { scenario.units[$0.unit].code }.filter { !inspected.contains($0) }
            if plan.targets.contains(where: { !$0.isMet }) || !missingMust.isEmpty {
                plan.status = .noSolution
                unmet.append(UnmetItem(
                    kind: .unproven, subject: scenario.name,
                    vi: "Sau khi chia việc cho từng đoàn, lịch không còn đáp ứng mọi chỉ tiêu hoặc đơn vị bắt buộc; hãy chạy lại không gộp đoàn hoặc với thời gian dài hơn.",
                    en: "After sharing the pooled work among the teams the calendar no longer meets every target or must-inspect unit; re-run without pooling or with more time."))
            }
        }

        // Unmet rules, in words.
        if plan.status == .infeasible || plan.status == .noSolution {
            unmet += InfeasibilityExplainer.shortfalls(plan: plan, model: sm, scenario: scenario, calendar: calendar)
            if plan.status == .infeasible, options.explainInfeasibility, sm.isPooled {
                notes.append(PlanNote(
                    vi: "Không tính phương án bổ sung năng lực: với số đơn vị và số đoàn này, mô hình theo từng đoàn quá lớn.",
                    en: "Extra-capacity suggestions were not computed: a per-team model of this size is too large."))
            } else if plan.status == .infeasible, options.explainInfeasibility {
                let t = now()
                let (items, solved) = try InfeasibilityExplainer.extraCapacity(
                    scenario: scenario, calendar: calendar, fixed: fixed, earliestStart: from, solver: solver,
                    timeLimit: remaining(options.timeLimitSeconds, since: start).map { max($0, 5) }
                )
                solveTime += now() - t
                solves += solved
                unmet += items
            }
        }
        plan.unmet = unmet

        // Re-planning differences.
        if let previous = options.previous, let f = options.replanFrom {
            plan.moved = moves(previous: previous.filter { $0.date >= f }, now: inspections.filter { $0.date >= f }, from: f)
        }

        let threshold = ScheduleObjective.balancedMonthMinimumWorkingDays
        notes.append(PlanNote(
            vi: "Thời lượng kiểm tra theo loại đơn vị, quy tắc luân phiên và ngưỡng cân đối theo tháng (\(threshold) ngày làm việc) là giá trị mặc định có thể thay đổi [U].",
            en: "Durations by kind, rotation rule and the month-balance threshold (\(threshold) working days) are configurable defaults [U]."))
        notes.append(PlanNote(
            vi: "Cuộc kiểm tra kéo dài nhiều ngày được xếp trong cùng một tuần (ISO) và cùng một tháng.",
            en: "Multi-day inspections are scheduled within one ISO week and one month."))
        plan.notes = notes
        plan.model = ModelSize(
            variables: sm.model.variables.count, binaries: sm.model.binaryCount, integers: sm.model.integerCount,
            constraints: sm.model.constraints.count, nonzeros: sm.model.nonzeroCount, solves: solves
        )
        plan.timings = PlanTimings(load: 0, build: buildTime, solve: solveTime, total: now() - start)
        return plan
    }

    /// Whether the planner pools teams for this scenario: as requested, or (`nil`) when a per-team model would
    /// exceed ``PlannerOptions/poolingThreshold`` columns; never when no region has two teams.
    public static func poolsTeams(_ scenario: Scenario, calendar: WorkingCalendar, requested: Bool?) -> Bool {
        let wanted = requested ?? (ScheduleModelBuilder.unpooledColumnEstimate(scenario, calendar: calendar) > PlannerOptions.poolingThreshold)
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
            (assigned, dropped) = TeamAssignment.assign(sm, chosen: chosen, scenario: scenario, calendar: calendar, previous: previous)
        } else {
            assigned = chosen.map { TeamAssignment.Assigned(candidate: $0, team: sm.candidates[$0].team, starts: sm.candidates[$0].starts) }
        }
        struct Key: Hashable { var team: Int; var week: Int }
        var groups: [Key: [TeamAssignment.Assigned]] = [:]
        for a in assigned { groups[Key(team: a.team, week: sm.buckets[sm.candidates[a.candidate].bucket].week), default: []].append(a) }
        var out: [PlannedInspection] = []
        var cuts: [[Int]] = []
        var complete = true
        let bundling = scenario.inspection.objective.bundling
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
                        id: a.candidate, commune: commune, isCommune: commune == unit.code, days: cand.days, starts: a.starts,
                        preferred: pref)
                }
            }
            var placement = DayPlacement.place(items(), calendar: calendar, maxDates: team.daysPerWeek, bundleWeight: bundling, keepWeight: keep)
            if placement == nil, sm.isPooled {
                // Drop the least valuable inspections of the smallest unplaceable core until the rest fit.
                while placement == nil, !members.isEmpty {
                    let core = DayPlacement.infeasibleCore(items(), calendar: calendar, maxDates: team.daysPerWeek)
                    let worst = core.min { a, b in
                        let ua = scenario.units[sm.candidates[a.id].unit], ub = scenario.units[sm.candidates[b.id].unit]
                        return (ua.priority, -a.id) < (ub.priority, -b.id)
                    } ?? items()[0]
                    guard !(sm.candidates[worst.id].fixed) else { break }
                    members.removeAll { $0.candidate == worst.id }
                    dropped.append(worst.id)
                    placement = members.isEmpty ? nil : DayPlacement.place(
                        items(), calendar: calendar, maxDates: team.daysPerWeek, bundleWeight: bundling, keepWeight: keep)
                }
            }
            if let p = placement {
                complete = complete && p.complete
                for a in members {
                    let cand = sm.candidates[a.candidate]
                    let d = p.starts[a.candidate]!
                    out.append(PlannedInspection(
                        unit: scenario.units[cand.unit].code, team: team.code, date: d, days: cand.days,
                        dates: calendar.occupiedDates(start: d, days: cand.days), fixed: cand.fixed
                    ))
                }
            } else if !members.isEmpty {
                cuts.append(DayPlacement.infeasibleCore(items(), calendar: calendar, maxDates: team.daysPerWeek).map(\.id))
            }
        }
        if !dropped.isEmpty {
            dropped = TeamAssignment.repair(dropped, placed: &out, sm: sm, scenario: scenario, calendar: calendar)
        }
        return (out, cuts, complete, dropped)
    }

    /// The differences between previously announced future inspections and the new ones.
    static func moves(previous: [PlannedInspection], now: [PlannedInspection], from: CivilDate) -> [MovedInspection] {
        let newByUnit = Dictionary(now.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        let oldByUnit = Dictionary(previous.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [MovedInspection] = []
        for p in previous.sorted(by: PlannedInspection.planOrder) {
            let n = newByUnit[p.unit]
            if n?.team != p.team || n?.date != p.date {
                out.append(MovedInspection(unit: p.unit, previousTeam: p.team, previousDate: p.date, team: n?.team, date: n?.date))
            }
        }
        for n in now.sorted(by: PlannedInspection.planOrder) where oldByUnit[n.unit] == nil && n.date >= from {
            out.append(MovedInspection(unit: n.unit, previousTeam: nil, previousDate: nil, team: n.team, date: n.date))
        }
        return out
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func remaining(_ limit: Double?, since start: Double) -> Double? {
        limit.map { max(0.5, $0 - (now() - start)) }
    }
}
