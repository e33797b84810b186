import CivilCalendar
import Dispatch
import MILP
import ScenarioModel
import Synchronization

/// Plans a scenario whose regions are independent (see `Scenario.regionParts()`) one region at a time, several
/// regions in parallel, and merges the regions' plans into one plan for the whole scenario.
///
/// When the scenario does not split (fewer than two regions, a unit or team without a region, a target with
/// `scope: all`, a pin across regions), or a re-plan's previous calendar has an inspection whose team and unit are of
/// different regions, the scenario is planned as one model by ``InspectionPlanner/plan(scenario:holidays:solver:options:)``.
///
/// **The objective of a region-split scenario** is the sum of the regions' objectives: the team spread, the month
/// spread and the bundled pairs are measured within each region. The merged plan's ``InspectionPlan/objectiveTerms``
/// are the sums of the regions' terms, so `objective = priority × prioritySum − balance × (teamSpread + monthSpread)
/// + bundling × bundledPairs` (plus the keep reward of a re-plan) still holds for the merged plan; a note says so.
///
/// **Re-planning** (``PlannerOptions/previous`` with ``PlannerOptions/replanFrom``): the previous calendar is split
/// by region too (each inspection goes to its unit's region), with the keep reward computed once for the whole
/// scenario. If an inspection kept exactly (before the re-plan date) has a team of another region than its unit, or
/// a previous inspection's unit is not in the scenario, the regions are not independent for that re-plan and the
/// whole scenario is planned as one model (with a note).
///
/// **Progress**: the callback gets the progress of one region at a time (the first running region; when it ends, the
/// next one that reports), so a progress line shows one solve and never interleaves two.
public enum RegionalPlanner {
    /// The default number of regions planned at the same time (this machine's two cores).
    public static let defaultParallel = 2

    /// One region's own plan.
    public struct RegionPlan: Hashable, Sendable {
        /// The region's name.
        public var region: String
        /// The region planned alone (its scenario is the region's part).
        public var plan: InspectionPlan

        /// Creates a region's plan.
        public init(region: String, plan: InspectionPlan) {
            self.region = region
            self.plan = plan
        }
    }

    /// A region that has just been planned, for progress reports (from a worker thread).
    public struct RegionProgress: Sendable {
        /// The region's name.
        public var region: String
        /// How many regions have been planned so far, this one included.
        public var finished: Int
        /// How many regions there are.
        public var total: Int
        /// The region's own plan.
        public var plan: InspectionPlan
    }

    /// The merged plan and, for a region-split scenario, each region's plan.
    public struct Outcome: Hashable, Sendable {
        /// The plan of the whole scenario.
        public var plan: InspectionPlan
        /// The regions' own plans in region order; empty when the scenario was planned as one model.
        public var regions: [RegionPlan]
        /// How many regions were planned at the same time (1 when planned as one model).
        public var parallel: Int

        /// Creates an outcome.
        public init(plan: InspectionPlan, regions: [RegionPlan], parallel: Int) {
            self.plan = plan
            self.regions = regions
            self.parallel = parallel
        }
    }

    /// Plans the inspections of a scenario, region by region when its regions are independent.
    ///
    /// - Parameters:
    ///   - scenario: The scenario.
    ///   - holidays: Non-working dates of the year (the caller resolves built-in and extra holidays).
    ///   - solver: The MILP solver; called from up to `parallel` threads at once.
    ///   - options: Limits, progress, warm start and re-planning input. The time limit is one budget shared by the
    ///     regions: a region, when it starts, gets (time left) × (regions at a time) / (regions not yet started),
    ///     at least 1 s and at most the time left. Under a work limit (``PlannerOptions/workLimit``) each region
    ///     gets its own node budget and all the time left as a safety net. ``PlannerOptions/shouldStop`` stops every
    ///     region.
    ///   - parallel: Regions planned at the same time (default ``defaultParallel``; at least 1).
    ///   - regionFinished: Called (from a worker thread) each time a region has been planned, e.g. for a progress line.
    /// - Returns: The plan of the whole scenario (see ``RegionalPlanner`` for how the regions are merged).
    /// - Throws: ``SolverError`` when a solve fails; the other regions are then stopped and the first error (in
    ///   region order) is thrown.
    public static func plan(
        scenario: Scenario, holidays: some Sequence<CivilDate>, solver: any MILPSolver,
        options: PlannerOptions = PlannerOptions(), parallel: Int = defaultParallel,
        regionFinished: (@Sendable (RegionProgress) -> Void)? = nil
    ) throws(SolverError) -> InspectionPlan {
        try planRegions(
            scenario: scenario, holidays: holidays, solver: solver, options: options, parallel: parallel,
            regionFinished: regionFinished
        ).plan
    }

    /// Like ``plan(scenario:holidays:solver:options:parallel:regionFinished:)``, and also returns each region's own plan.
    ///
    /// - Parameters: As for ``plan(scenario:holidays:solver:options:parallel:regionFinished:)``.
    /// - Returns: The merged plan with the regions' plans (none when the scenario was planned as one model).
    /// - Throws: ``SolverError`` when a solve fails.
    public static func planRegions(
        scenario: Scenario, holidays: some Sequence<CivilDate>, solver: any MILPSolver,
        options: PlannerOptions = PlannerOptions(), parallel: Int = defaultParallel,
        regionFinished: (@Sendable (RegionProgress) -> Void)? = nil
    ) throws(SolverError) -> Outcome {
        let start = InspectionPlanner.now()
        let days = Array(holidays)
        guard let parts = scenario.regionParts() else {
            let plan = try InspectionPlanner.plan(scenario: scenario, holidays: days, solver: solver, options: options)
            return Outcome(plan: plan, regions: [], parallel: 1)
        }
        let names = scenario.regions
        var partOptions = [PlannerOptions](repeating: options, count: parts.count)
        if let previous = options.previous, options.replanFrom != nil {
            guard let from = options.replanFrom,
                let split = splitPrevious(previous, from: from, scenario: scenario, regions: names)
            else {
                var plan = try InspectionPlanner.plan(
                    scenario: scenario, holidays: days, solver: solver, options: options)
                plan.notes.insert(crossRegionReplanNote, at: 0)
                return Outcome(plan: plan, regions: [], parallel: 1)
            }
            let maxPriority = scenario.units.map(\.priority).max() ?? 1
            let keep = options.keepReward ?? (2 * maxPriority * abs(scenario.inspection.objective.priority) + 1)
            for i in parts.indices {
                partOptions[i].previous = split[i]
                partOptions[i].keepReward = keep
            }
        }
        let workers = max(1, min(parallel, parts.count))
        let plans = try run(
            parts: parts, regions: names, options: partOptions, holidays: days, solver: solver, workers: workers,
            budget: options.deadline, progress: options.progress, shouldStop: options.shouldStop,
            regionFinished: regionFinished)
        let regions = zip(names, plans).map { RegionPlan(region: $0, plan: $1) }
        var plan = merge(regions, scenario: scenario, holidays: days, options: options, parallel: workers)
        plan.timings.total = InspectionPlanner.now() - start
        return Outcome(plan: plan, regions: regions, parallel: workers)
    }

    /// Splits a previous calendar by its units' regions: `nil` when an inspection's unit is unknown, or when an
    /// inspection kept exactly (before `from`) has a team of another region than its unit (it would couple them).
    static func splitPrevious(
        _ previous: [PlannedInspection], from: CivilDate, scenario: Scenario, regions: [String]
    ) -> [[PlannedInspection]]? {
        var index: [String: Int] = [:]
        for (i, r) in regions.enumerated() { index[r] = i }
        var unitRegion: [String: Int] = [:]
        for u in scenario.units { unitRegion[u.code] = u.region.flatMap { index[$0] } }
        var teamRegion: [String: Int] = [:]
        for t in scenario.teams { teamRegion[t.code] = t.region.flatMap { index[$0] } }
        var split = [[PlannedInspection]](repeating: [], count: regions.count)
        for p in previous {
            guard let r = unitRegion[p.unit], p.date >= from || teamRegion[p.team] == r else { return nil }
            split[r].append(p)
        }
        return split
    }

    /// Plans the parts, `workers` at a time, sharing the time budget; returns the plans in part order. A part that
    /// has not started when the run is stopped (``PlannerOptions/shouldStop``) or another part failed is not planned:
    /// it gets a plan without inspections, status ``PlanStatus/noSolution`` and an ``UnmetItem/Kind/unproven`` item.
    private static func run(
        parts: [Scenario], regions: [String], options: [PlannerOptions], holidays: [CivilDate], solver: any MILPSolver,
        workers: Int,
        budget: Deadline?, progress: (@Sendable (SolveProgress) -> Void)?, shouldStop: (@Sendable () -> Bool)?,
        regionFinished: (@Sendable (RegionProgress) -> Void)?
    ) throws(SolverError) -> [InspectionPlan] {
        let state = RunState(count: parts.count)
        let count = parts.count
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = state.claim() {
                if state.hasFailed || (shouldStop?() ?? false) {
                    state.finish(index, .success(notPlanned(parts[index], region: regions[index])))
                    continue
                }
                var o = options[index]
                if let budget {
                    // The regions not yet started share what is left of the one deadline, `workers` at a time.
                    let left = budget.remaining
                    let share = left * Double(workers) / Double(count - index)
                    // Under a work limit each region has its own node budget, and the clock is only a safety net.
                    let seconds = o.workLimit == nil ? max(1, min(left, share)) : max(1, left)
                    o.deadline = Deadline(after: seconds, clock: budget.clock)
                }
                o.shouldStop = { state.hasFailed || (shouldStop?() ?? false) }
                if let progress {
                    o.progress = { p in if state.reportsProgress(index) { progress(p) } }
                }
                let result: Result<InspectionPlan, SolverError>
                do throws(SolverError) {
                    result = .success(
                        try InspectionPlanner.plan(
                            scenario: parts[index], holidays: holidays, solver: solver, options: o))
                } catch {
                    result = .failure(error)
                }
                let done = state.finish(index, result)
                if let regionFinished, case .success(let plan) = result {
                    regionFinished(RegionProgress(region: regions[index], finished: done, total: count, plan: plan))
                }
            }
        }
        return try state.plans()
    }

    /// The plan of a region that was not planned because the run was stopped first.
    static func notPlanned(_ part: Scenario, region: String) -> InspectionPlan {
        InspectionPlan(
            scenario: part.name, year: part.year, status: .noSolution,
            unmet: [UnmetItem(.unproven(.regionNotPlanned), subject: part.name, region: region)])
    }

    /// Merges the regions' plans into the plan of the whole scenario (see ``RegionalPlanner``).
    ///
    /// - Parameters:
    ///   - regions: Each region's plan, in region order.
    ///   - scenario: The whole scenario (coverage, team and month loads are measured on it).
    ///   - holidays: Non-working dates of the year.
    ///   - options: The options of the whole plan (for the re-plan's moved inspections).
    ///   - parallel: Regions planned at the same time (for the note).
    /// - Returns: The merged plan; its ``InspectionPlan/timings`` total is the sum of the regions' totals (the
    ///   caller sets the wall time).
    public static func merge(
        _ regions: [RegionPlan], scenario: Scenario, holidays: [CivilDate], options: PlannerOptions = PlannerOptions(),
        parallel: Int
    ) -> InspectionPlan {
        let plans = regions.map(\.plan)
        let order = PlanStatus.allCases
        let status = plans.map(\.status).max { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! } ?? .noSolution
        var plan = InspectionPlan(scenario: scenario.name, year: scenario.year, status: status)
        if plans.allSatisfy({ $0.objective != nil }) { plan.objective = plans.reduce(0) { $0 + $1.objective! } }
        if status == .optimal || status == .feasible, let objective = plan.objective {
            let bounds = plans.map { $0.status == .optimal ? $0.objective : $0.bound }
            if bounds.allSatisfy({ $0 != nil }) {
                let bound = bounds.reduce(0) { $0 + $1! }
                plan.bound = bound
                plan.gap = status == .optimal ? 0 : SolveResult.gap(objective: objective, bound: bound)
            }
        }
        for p in plans {
            plan.objectiveTerms.prioritySum += p.objectiveTerms.prioritySum
            plan.objectiveTerms.teamSpread += p.objectiveTerms.teamSpread
            plan.objectiveTerms.monthSpread += p.objectiveTerms.monthSpread
            plan.objectiveTerms.bundledPairs += p.objectiveTerms.bundledPairs
            plan.unmet += p.unmet
            plan.model.variables += p.model.variables
            plan.model.binaries += p.model.binaries
            plan.model.integers += p.model.integers
            plan.model.constraints += p.model.constraints
            plan.model.nonzeros += p.model.nonzeros
            plan.model.solves += p.model.solves
            plan.timings.build += p.timings.build
            plan.timings.solve += p.timings.solve
            plan.timings.total += p.timings.total
        }
        let inspections = plans.flatMap(\.inspections).sorted(by: PlannedInspection.planOrder)
        let calendar = WorkingCalendar(scenario: scenario, holidays: holidays)
        plan.inspections = inspections
        plan.targets = PlanMetrics.coverage(inspections, scenario: scenario)
        plan.teamLoads = PlanMetrics.teamLoads(inspections, scenario: scenario)
        plan.monthLoads = PlanMetrics.monthLoads(inspections, calendar: calendar)
        if let previous = options.previous, let from = options.replanFrom {
            plan.moved = InspectionPlanner.moves(
                previous: previous.filter { $0.date >= from }, now: inspections.filter { $0.date >= from }, from: from)
        }
        plan.notes = [regionNote(regions, parallel: parallel)] + mergedNotes(regions)
        return plan
    }

    /// The parts' notes, each once: a note every region has is kept as it is; another is prefixed with its regions.
    static func mergedNotes(_ regions: [RegionPlan]) -> [PlanNote] {
        var order: [PlanNote] = []
        var owners: [PlanNote: [String]] = [:]
        for r in regions {
            for note in r.plan.notes {
                if owners[note] == nil { order.append(note) }
                if owners[note]?.last != r.region { owners[note, default: []].append(r.region) }
            }
        }
        return order.map { note in
            let who = owners[note] ?? []
            guard who.count < regions.count else { return note }
            return .inRegions(who, note)
        }
    }

    /// The note that says how the scenario was split and how each region came out.
    static func regionNote(_ regions: [RegionPlan], parallel: Int) -> PlanNote {
        .regionsPlannedSeparately(
            parallel: parallel,
            outcomes: regions.map {
                RegionOutcome(region: $0.region, status: $0.plan.status, objective: $0.plan.objective, gap: $0.plan.gap)
            })
    }

    /// The note of a re-plan that could not be split by region.
    static let crossRegionReplanNote = PlanNote.crossRegionReplan
}

/// The shared work queue, results, stop flag and progress owner of one regional run (locked).
private final class RunState: Sendable {
    private struct Inner {
        var cursor = 0
        var results: [Result<InspectionPlan, SolverError>?]
        var failed = false
        var progressOwner: Int?
    }

    private let count: Int
    private let inner: Mutex<Inner>

    init(count: Int) {
        self.count = count
        inner = Mutex(Inner(results: Array(repeating: nil, count: count)))
    }

    /// The next part to plan, or `nil` when every part has started.
    func claim() -> Int? {
        inner.withLock { s in
            guard s.cursor < count else { return nil }
            s.cursor += 1
            return s.cursor - 1
        }
    }

    /// Whether a part failed (the others then stop).
    var hasFailed: Bool { inner.withLock { $0.failed } }

    /// Whether part `index` owns the progress output (the first part to report after the previous owner ended).
    func reportsProgress(_ index: Int) -> Bool {
        inner.withLock { s in
            if s.progressOwner == nil { s.progressOwner = index }
            return s.progressOwner == index
        }
    }

    /// Stores a part's result and releases the progress output if the part held it.
    /// Stores a part's result; returns how many parts have finished.
    @discardableResult
    func finish(_ index: Int, _ result: Result<InspectionPlan, SolverError>) -> Int {
        inner.withLock { s in
            s.results[index] = result
            if case .failure = result { s.failed = true }
            if s.progressOwner == index { s.progressOwner = nil }
            return s.results.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        }
    }

    /// The plans in part order, or the first error in part order.
    func plans() throws(SolverError) -> [InspectionPlan] {
        let results = inner.withLock { $0.results }
        var plans: [InspectionPlan] = []
        for r in results {
            guard let r else { throw SolverError.fatal("a region was not planned") }
            plans.append(try r.get())
        }
        return plans
    }
}
