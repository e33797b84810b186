import CivilCalendar
import Foundation
import GLPKSolver
import InspectionScheduling
import MILP
import ScenarioFiles
import ScenarioModel
import Tracking
import Workspace

/// One inspection that a re-plan from tracking changed, and why.
public struct TrackedChange: Sendable, Hashable, Codable {
    /// Why it changed.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// It was postponed (or its date passed with nothing recorded) and is moved to a later date.
        case postponed
        /// It was cancelled; it is dropped.
        case cancelled
        /// A unit added because a target needs it (in place of a cancelled one).
        case added
        /// An announced inspection moved to make room.
        case moved
        /// An announced inspection dropped to make room (the targets are still met without it).
        case dropped
    }

    /// The unit.
    public var unit: String
    /// Why.
    public var reason: Reason
    /// The team and date before, when the unit was planned.
    public var before: PlannedVisit?
    /// The team and date now, when the unit is still planned.
    public var after: PlannedVisit?
}

/// What `schedule --from-tracking` did.
public struct TrackedReplan: Sendable {
    /// The new plan (the whole year: the kept past and the re-planned rest).
    public var plan: InspectionPlan
    /// The first date that could change.
    public var from: CivilDate
    /// The units whose done inspection was kept.
    public var kept: [String]
    /// What changed, by date.
    public var changes: [TrackedChange]
}

extension TrackingDesk {
    /// Re-plans the rest of the year from what happened, with the least change from the plan tracked: done
    /// inspections are kept (at their recorded date and team), postponed ones (and past ones with nothing
    /// recorded) must be inspected on or after `from`, cancelled units are not inspected and another unit takes the
    /// place where a target needs it. The new plan becomes the plan tracked.
    public static func replan(
        _ loaded: LoadedScenario, store: TrackingStore, from: CivilDate?, plan current: StoredPlan,
        limits: SolveLimits, control: RunControl, base: any MILPSolver = GLPKSolver(),
        provenance: Provenance
    ) throws(ApplicationError) -> TrackedReplan {
        let events = try run { () throws(WorkspaceError) in try store.inspectionEvents(scenario: key(loaded)) }
        var latest: [String: InspectionEvent] = [:]
        for event in events { latest[event.unit] = event }
        let start =
            from ?? events.compactMap(\.date).max()?.adding(days: 1)
            ?? CivilDate(year: loaded.scenario.year, month: 1, day: 1)!
        var previous: [PlannedInspection] = []
        var mustMove = Set<String>()
        var cancelled = Set<String>()
        var kept: [String] = []
        for visit in current.visits {
            let old = PlannedInspection(unit: visit.unit, team: visit.team, date: visit.date, days: visit.days)
            switch latest[visit.unit]?.outcome {
            case .done?:
                let event = latest[visit.unit]!
                let date = event.date ?? visit.date
                previous.append(
                    PlannedInspection(unit: visit.unit, team: event.team ?? visit.team, date: date, days: visit.days))
                kept.append(visit.unit)
            case .cancelled?:
                cancelled.insert(visit.unit)
            case .postponed?, nil:
                if visit.date < start {
                    mustMove.insert(visit.unit)
                } else {
                    if latest[visit.unit] != nil { mustMove.insert(visit.unit) }
                    previous.append(old)
                }
            }
        }
        var adjusted = loaded
        adjusted.scenario = adjustedScenario(loaded.scenario, mustMove: mustMove, cancelled: cancelled, from: start)
        var plan = try Workbench.planCalendar(
            adjusted, limits: limits, control: control, base: base, previous: previous, from: start)
        plan.moved = movedFromTracked(plan.moved, tracked: current.visits, mustMove: mustMove)
        let visits = plan.inspections.map { PlannedVisit(unit: $0.unit, team: $0.team, date: $0.date, days: $0.days) }
        if plan.status == .optimal || plan.status == .feasible {
            _ = try run { () throws(WorkspaceError) in
                try store.storePlan(
                    visits, source: "schedule --from-tracking --from \(start)", digest: "replan:\(current.id)",
                    provenance: provenance, scenario: key(loaded))
            }
        }
        return TrackedReplan(
            plan: plan, from: start, kept: kept,
            changes: changes(before: current.visits, after: visits, from: start, cancelled: cancelled, moved: mustMove))
    }

    /// The planner's change list with each postponed inspection shown as moved from its tracked date and team: the
    /// planner saw it as new, since only inspections that keep their date are passed to it as the previous plan.
    static func movedFromTracked(
        _ moved: [MovedInspection], tracked: [PlannedVisit], mustMove: Set<String>
    ) -> [MovedInspection] {
        let planned = Dictionary(tracked.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        return moved.map { m in
            guard m.previousDate == nil, mustMove.contains(m.unit), let visit = planned[m.unit] else { return m }
            return MovedInspection(
                unit: m.unit, previousTeam: visit.team, previousDate: visit.date, team: m.team, date: m.date)
        }
    }

    /// The scenario the re-plan solves: postponed units must be inspected, cancelled ones are excluded, and pins
    /// that fall before `from` or on those units are dropped.
    static func adjustedScenario(
        _ scenario: Scenario, mustMove: Set<String>, cancelled: Set<String>, from: CivilDate
    ) -> Scenario {
        var scenario = scenario
        for index in scenario.units.indices {
            if mustMove.contains(scenario.units[index].code) { scenario.units[index].mustInspect = true }
            if cancelled.contains(scenario.units[index].code) {
                scenario.units[index].exclude = true
                scenario.units[index].mustInspect = false
            }
        }
        scenario.pins.removeAll { pin in
            cancelled.contains(pin.unit) || mustMove.contains(pin.unit) || pin.date < from
        }
        return scenario
    }

    /// The inspections that differ between two plans on or after `from` (and the moved and cancelled ones).
    static func changes(
        before: [PlannedVisit], after: [PlannedVisit], from: CivilDate, cancelled: Set<String>, moved: Set<String>
    ) -> [TrackedChange] {
        let old = Dictionary(before.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [TrackedChange] = []
        for unit in Set(old.keys).union(new.keys) {
            let a = old[unit]
            let b = new[unit]
            if let a, let b, a.team == b.team, a.date == b.date { continue }
            if a == nil, let b, b.date < from { continue }
            let reason: TrackedChange.Reason =
                cancelled.contains(unit)
                ? .cancelled
                : moved.contains(unit) ? .postponed : a == nil ? .added : b == nil ? .dropped : .moved
            if reason == .moved, let a, a.date < from, b != nil { continue }
            result.append(TrackedChange(unit: unit, reason: reason, before: a, after: b))
        }
        return result.sorted {
            (($0.after ?? $0.before)!.date, $0.unit) < (($1.after ?? $1.before)!.date, $1.unit)
        }
    }
}
