import CivilCalendar

/// One inspection of the plan being tracked.
public struct PlannedVisit: Hashable, Sendable, Codable {
    /// The unit's code.
    public var unit: String
    /// The team planned.
    public var team: String
    /// The planned (first) date.
    public var date: CivilDate
    /// The planned length in days.
    public var days: Double

    /// Creates a visit.
    public init(unit: String, team: String, date: CivilDate, days: Double) {
        self.unit = unit
        self.team = team
        self.date = date
        self.days = days
    }
}

/// A coverage target counted over a group of units: at least `required` of `units` inspected in the year.
public struct TrackedTarget: Hashable, Sendable {
    /// The target's name.
    public var name: String
    /// The region, for a target counted per region.
    public var region: String?
    /// The units counted.
    public var units: [String]
    /// How many must be inspected.
    public var required: Int
    /// The team-days still available on dates a unit of the target can be inspected (a team that may inspect it is
    /// free and the unit is not blacked out), when known; `nil` counts every remaining team-day.
    public var capacity: Double?

    /// Creates a target.
    public init(name: String, region: String? = nil, units: [String], required: Int, capacity: Double? = nil) {
        self.name = name
        self.region = region
        self.units = units
        self.required = required
        self.capacity = capacity
    }
}

/// Everything the status of the year's inspections is computed from.
public struct TrackingInput: Sendable {
    /// The coverage targets.
    public var targets: [TrackedTarget]
    /// The plan in force.
    public var plan: [PlannedVisit]
    /// Every recorded inspection event, in any order.
    public var events: [InspectionEvent]
    /// The day the status is taken on: events after it are ignored, planned dates before it are past.
    public var asOf: CivilDate
    /// Team-days still available after `asOf` until the end of the season, all teams together.
    public var remainingCapacity: Double
    /// Each unit's inspection length in days.
    public var durations: [String: Double]
    /// The units that can still be inspected after `asOf`: some team that may inspect the unit is free on a date
    /// the unit is not blacked out, for the whole inspection. `nil` treats every unit as schedulable.
    public var schedulable: Set<String>?

    /// Creates an input.
    public init(
        targets: [TrackedTarget], plan: [PlannedVisit], events: [InspectionEvent], asOf: CivilDate,
        remainingCapacity: Double, durations: [String: Double], schedulable: Set<String>? = nil
    ) {
        self.targets = targets
        self.plan = plan
        self.events = events
        self.asOf = asOf
        self.remainingCapacity = remainingCapacity
        self.durations = durations
        self.schedulable = schedulable
    }
}

/// A target's progress.
public struct TargetProgress: Hashable, Sendable, Codable {
    /// The target's name.
    public var name: String
    /// The region, for a target counted per region.
    public var region: String?
    /// How many units must be inspected.
    public var required: Int
    /// How many the plan in force inspects.
    public var planned: Int
    /// How many were inspected (newest event `done`).
    public var done: Int
    /// How many can still be inspected by the end of the season: `done` plus the not yet inspected, not cancelled
    /// units of the target that can still be scheduled (a free team on a date the unit can use) and fit, shortest
    /// first, into the team-days left on the dates the target's units can use.
    public var possible: Int

    /// Whether the target can still be met.
    public var reachable: Bool { possible >= required }
}

/// One planned or recorded inspection and where it stands.
public struct InspectionState: Hashable, Sendable, Codable {
    /// The unit's code.
    public var unit: String
    /// The planned date, when the plan has the unit.
    public var plannedDate: CivilDate?
    /// The planned team.
    public var team: String?
    /// `planned` (nothing recorded), or the newest recorded outcome.
    public var status: String
    /// The date of the newest recorded event.
    public var date: CivilDate?
    /// Whether the planned date has passed without the inspection being done or cancelled.
    public var overdue: Bool
}

/// Where the year's inspections stand on a day.
public struct InspectionProgress: Hashable, Sendable, Codable {
    /// The day.
    public var asOf: CivilDate
    /// Each target's progress.
    public var targets: [TargetProgress]
    /// Each planned inspection, then each recorded one outside the plan, in date order.
    public var inspections: [InspectionState]
    /// The units whose planned date has passed without the inspection being done or cancelled.
    public var overdue: [String]
    /// The team-days still available.
    public var remainingCapacity: Double
    /// The team-days the targets still need at least (the shortest remaining inspections).
    public var neededCapacity: Double
    /// Whether every target can still be met within the remaining team-days, all together.
    public var reachable: Bool
}

/// Computes where the year's inspections stand.
public enum InspectionTracking {
    /// The progress of the plan in force on `input.asOf`.
    public static func progress(_ input: TrackingInput) -> InspectionProgress {
        let events = input.events.filter { $0.date.map { $0 <= input.asOf } ?? true }
        let latest = newest(events, key: \.unit, id: \.id)
        let plannedUnits = Set(input.plan.map(\.unit))
        let done = Set(latest.values.filter { $0.outcome == .done }.map(\.unit))
        let cancelled = Set(latest.values.filter { $0.outcome == .cancelled }.map(\.unit))
        var needed = 0.0
        var targets: [TargetProgress] = []
        for target in input.targets {
            let doneCount = target.units.filter(done.contains).count
            let open = target.units.filter { !done.contains($0) && !cancelled.contains($0) }
                .filter { input.schedulable?.contains($0) ?? true }
                .map { input.durations[$0] ?? 1 }.sorted()
            let capacity = min(input.remainingCapacity, target.capacity ?? input.remainingCapacity)
            var fit = 0
            var used = 0.0
            for days in open where used + days <= capacity + 1e-9 {
                used += days
                fit += 1
            }
            let shortfall = max(0, target.required - doneCount)
            needed += open.prefix(shortfall).reduce(0, +)
            targets.append(
                TargetProgress(
                    name: target.name, region: target.region, required: target.required,
                    planned: target.units.filter(plannedUnits.contains).count, done: doneCount,
                    possible: doneCount + fit))
        }
        let states = inspectionStates(input, latest: latest)
        return InspectionProgress(
            asOf: input.asOf, targets: targets, inspections: states,
            overdue: states.filter(\.overdue).map(\.unit), remainingCapacity: input.remainingCapacity,
            neededCapacity: needed,
            reachable: targets.allSatisfy(\.reachable) && needed <= input.remainingCapacity + 1e-9)
    }

    /// The units whose newest outcome on `asOf` is done or cancelled: nothing is left to schedule for them.
    public static func settledUnits(_ events: [InspectionEvent], asOf: CivilDate) -> Set<String> {
        let latest = newest(events.filter { $0.date.map { $0 <= asOf } ?? true }, key: \.unit, id: \.id)
        return Set(latest.values.filter { $0.outcome != .postponed }.map(\.unit))
    }

    /// The planned inspections with their newest event, then the recorded units outside the plan.
    static func inspectionStates(_ input: TrackingInput, latest: [String: InspectionEvent]) -> [InspectionState] {
        var states: [InspectionState] = []
        var seen = Set<String>()
        for visit in input.plan.sorted(by: { ($0.date, $0.team, $0.unit) < ($1.date, $1.team, $1.unit) }) {
            guard seen.insert(visit.unit).inserted else { continue }
            let event = latest[visit.unit]
            let settled = event.map { $0.outcome != .postponed } ?? false
            states.append(
                InspectionState(
                    unit: visit.unit, plannedDate: visit.date, team: visit.team,
                    status: event?.outcome.rawValue ?? "planned", date: event?.date,
                    overdue: visit.date < input.asOf && !settled))
        }
        let extra = latest.values.filter { !seen.contains($0.unit) }
            .sorted { ($0.date ?? input.asOf, $0.unit) < ($1.date ?? input.asOf, $1.unit) }
        for event in extra {
            states.append(
                InspectionState(
                    unit: event.unit, plannedDate: nil, team: event.team, status: event.outcome.rawValue,
                    date: event.date, overdue: false))
        }
        return states
    }
}

/// Where the year stands: the inspections against the targets and the units' own plans.
public struct TrackingReport: Sendable, Hashable {
    /// The inspections.
    public var progress: InspectionProgress
    /// The units' own plans, one status per kind.
    public var selfPlans: [SelfPlanStatus]
    /// Where the plan tracked came from.
    public var planSource: String

    /// Creates a report.
    public init(progress: InspectionProgress, selfPlans: [SelfPlanStatus], planSource: String) {
        self.progress = progress
        self.selfPlans = selfPlans
        self.planSource = planSource
    }
}
