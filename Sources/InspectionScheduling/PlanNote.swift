import CivilCalendar

/// A note for the reader of a plan: an assumption that applied, or how the plan was found. A fact with its values,
/// not a sentence: reports word it in Vietnamese or English.
///
/// In JSON a note is an object whose `kind` names the case, with the case's values beside it, e.g.
/// `{"kind": "placement-cuts-exhausted", "rounds": 8}`.
public indirect enum PlanNote: Hashable, Sendable {
    /// The durations by kind, the rotation rule and the month-balance threshold (`threshold` working days) are
    /// configurable defaults [U].
    case configurableDefaults(threshold: Int)
    /// Multi-day inspections are scheduled within one ISO week and one month.
    case multiDayWithinOneWeek
    /// The quick bound (see ``QuickBound``) is tighter than the solver's bound (`nil` when the solver proved none).
    case quickBoundTighter(quickBound: Double, solverBound: Double?)
    /// Optimality proven by the objective step: no plan scores above `bound`, and every score is a multiple of `step`.
    case provenByObjectiveStep(bound: Double, step: Double)
    /// The greedy starting plan reaches the quick bound within one objective step, so it is optimal; GLPK was not run.
    case greedyReachesQuickBound(quickBound: Double, step: Double)
    /// The greedy starting plan is within the requested relative gap (a fraction) of the quick bound; GLPK was not run.
    case greedyWithinGap(gap: Double, quickBound: Double)
    /// The placement cuts ran out after `rounds` rounds; the calendar may break a date rule.
    case placementCutsExhausted(rounds: Int)
    /// The model pooled teams into groups (the number of teams of each pool) and shared each week's work among
    /// their teams afterwards; the bound stays valid.
    case pooledTeams(poolSizes: [Int])
    /// Inspections of the pooled model that fit no team of their pool and were left out (unit codes, sorted).
    case pooledInspectionsLeftOut(units: [String])
    /// The extra-capacity suggestions were not computed: a per-team model of this size is too large.
    case extraCapacityNotComputed
    /// The scenario has independent regions and each was planned as its own model, `parallel` at a time.
    case regionsPlannedSeparately(parallel: Int, outcomes: [RegionOutcome])
    /// A re-plan whose previous calendar crosses regions (or names a unit no longer in the scenario) was planned as
    /// one model.
    case crossRegionReplan
    /// The last solve stopped at the work limit of `nodes` branch-and-bound nodes per solve, not by the clock.
    case stoppedAtWorkLimit(nodes: Int)
    /// The year's days off are the arrangement the Government announced (its documents, the main one first, and the
    /// arrangement's confidence mark), not the computed rule.
    case holidaysAnnounced(year: Int, documents: [HolidayDocument], confidence: String)
    /// The year has no announced arrangement in the toolkit: its days off follow Labour Code 2019 Art. 112 and 111(3).
    case holidaysByRule(year: Int)
    /// A note that holds for some regions only (region codes in plan order).
    case inRegions(_ regions: [String], _ note: PlanNote)
}

/// How one region's plan came out, for ``PlanNote/regionsPlannedSeparately(parallel:outcomes:)``.
public struct RegionOutcome: Hashable, Sendable, Codable {
    /// The region's code.
    public var region: String
    /// The region plan's status.
    public var status: PlanStatus
    /// Its objective, if it has a plan.
    public var objective: Double?
    /// Its relative gap, if known.
    public var gap: Double?

    /// Creates an outcome.
    public init(region: String, status: PlanStatus, objective: Double? = nil, gap: Double? = nil) {
        self.region = region
        self.status = status
        self.objective = objective
        self.gap = gap
    }
}

extension PlanNote {
    /// The note's kind: the `kind` of its JSON object.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case configurableDefaults = "configurable-defaults"
        case multiDayWithinOneWeek = "multi-day-within-one-week"
        case quickBoundTighter = "quick-bound-tighter"
        case provenByObjectiveStep = "proven-by-objective-step"
        case greedyReachesQuickBound = "greedy-reaches-quick-bound"
        case greedyWithinGap = "greedy-within-gap"
        case placementCutsExhausted = "placement-cuts-exhausted"
        case pooledTeams = "pooled-teams"
        case pooledInspectionsLeftOut = "pooled-inspections-left-out"
        case extraCapacityNotComputed = "extra-capacity-not-computed"
        case regionsPlannedSeparately = "regions-planned-separately"
        case crossRegionReplan = "cross-region-replan"
        case inRegions = "in-regions"
        case stoppedAtWorkLimit = "stopped-at-work-limit"
        case holidaysAnnounced = "holidays-announced"
        case holidaysByRule = "holidays-by-rule"
    }

    /// The note's kind.
    public var kind: Kind {
        switch self {
        case .configurableDefaults: .configurableDefaults
        case .multiDayWithinOneWeek: .multiDayWithinOneWeek
        case .quickBoundTighter: .quickBoundTighter
        case .provenByObjectiveStep: .provenByObjectiveStep
        case .greedyReachesQuickBound: .greedyReachesQuickBound
        case .greedyWithinGap: .greedyWithinGap
        case .placementCutsExhausted: .placementCutsExhausted
        case .pooledTeams: .pooledTeams
        case .pooledInspectionsLeftOut: .pooledInspectionsLeftOut
        case .extraCapacityNotComputed: .extraCapacityNotComputed
        case .regionsPlannedSeparately: .regionsPlannedSeparately
        case .crossRegionReplan: .crossRegionReplan
        case .inRegions: .inRegions
        case .stoppedAtWorkLimit: .stoppedAtWorkLimit
        case .holidaysAnnounced: .holidaysAnnounced
        case .holidaysByRule: .holidaysByRule
        }
    }
}

extension PlanNote: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, threshold, quickBound, solverBound, bound, step, gap, rounds, poolSizes, units, parallel, outcomes
        case regions, note, nodes, year, documents, confidence
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(Kind.self, forKey: .kind) {
        case .configurableDefaults: self = .configurableDefaults(threshold: try c.decode(Int.self, forKey: .threshold))
        case .multiDayWithinOneWeek: self = .multiDayWithinOneWeek
        case .quickBoundTighter:
            self = .quickBoundTighter(
                quickBound: try c.decode(Double.self, forKey: .quickBound),
                solverBound: try c.decodeIfPresent(Double.self, forKey: .solverBound))
        case .provenByObjectiveStep:
            self = .provenByObjectiveStep(
                bound: try c.decode(Double.self, forKey: .bound), step: try c.decode(Double.self, forKey: .step))
        case .greedyReachesQuickBound:
            self = .greedyReachesQuickBound(
                quickBound: try c.decode(Double.self, forKey: .quickBound),
                step: try c.decode(Double.self, forKey: .step))
        case .greedyWithinGap:
            self = .greedyWithinGap(
                gap: try c.decode(Double.self, forKey: .gap),
                quickBound: try c.decode(Double.self, forKey: .quickBound))
        case .placementCutsExhausted: self = .placementCutsExhausted(rounds: try c.decode(Int.self, forKey: .rounds))
        case .pooledTeams: self = .pooledTeams(poolSizes: try c.decode([Int].self, forKey: .poolSizes))
        case .pooledInspectionsLeftOut:
            self = .pooledInspectionsLeftOut(units: try c.decode([String].self, forKey: .units))
        case .extraCapacityNotComputed: self = .extraCapacityNotComputed
        case .regionsPlannedSeparately:
            self = .regionsPlannedSeparately(
                parallel: try c.decode(Int.self, forKey: .parallel),
                outcomes: try c.decode([RegionOutcome].self, forKey: .outcomes))
        case .crossRegionReplan: self = .crossRegionReplan
        case .inRegions:
            self = .inRegions(try c.decode([String].self, forKey: .regions), try c.decode(PlanNote.self, forKey: .note))
        case .stoppedAtWorkLimit: self = .stoppedAtWorkLimit(nodes: try c.decode(Int.self, forKey: .nodes))
        case .holidaysAnnounced:
            self = .holidaysAnnounced(
                year: try c.decode(Int.self, forKey: .year),
                documents: try c.decode([HolidayDocument].self, forKey: .documents),
                confidence: try c.decode(String.self, forKey: .confidence))
        case .holidaysByRule: self = .holidaysByRule(year: try c.decode(Int.self, forKey: .year))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        switch self {
        case .configurableDefaults(let threshold): try c.encode(threshold, forKey: .threshold)
        case .multiDayWithinOneWeek, .extraCapacityNotComputed, .crossRegionReplan: break
        case .quickBoundTighter(let quickBound, let solverBound):
            try c.encode(quickBound, forKey: .quickBound)
            try c.encodeIfPresent(solverBound, forKey: .solverBound)
        case .provenByObjectiveStep(let bound, let step):
            try c.encode(bound, forKey: .bound)
            try c.encode(step, forKey: .step)
        case .greedyReachesQuickBound(let quickBound, let step):
            try c.encode(quickBound, forKey: .quickBound)
            try c.encode(step, forKey: .step)
        case .greedyWithinGap(let gap, let quickBound):
            try c.encode(gap, forKey: .gap)
            try c.encode(quickBound, forKey: .quickBound)
        case .placementCutsExhausted(let rounds): try c.encode(rounds, forKey: .rounds)
        case .pooledTeams(let poolSizes): try c.encode(poolSizes, forKey: .poolSizes)
        case .pooledInspectionsLeftOut(let units): try c.encode(units, forKey: .units)
        case .regionsPlannedSeparately(let parallel, let outcomes):
            try c.encode(parallel, forKey: .parallel)
            try c.encode(outcomes, forKey: .outcomes)
        case .inRegions(let regions, let note):
            try c.encode(regions, forKey: .regions)
            try c.encode(note, forKey: .note)
        case .stoppedAtWorkLimit(let nodes): try c.encode(nodes, forKey: .nodes)
        case .holidaysAnnounced(let year, let documents, let confidence):
            try c.encode(year, forKey: .year)
            try c.encode(documents, forKey: .documents)
            try c.encode(confidence, forKey: .confidence)
        case .holidaysByRule(let year): try c.encode(year, forKey: .year)
        }
    }
}
