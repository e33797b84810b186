import CivilCalendar
import InspectionScheduling
import ScenarioModel
import Staffing

/// What differs between the baseline scenario and another one: calendar entries and staffing measures.
public struct ScenarioDifferences: Hashable, Sendable, Codable {
    /// The baseline's id.
    public var baseline: String
    /// The other scenario's id.
    public var other: String
    /// Inspections added, dropped or moved (by unit code).
    public var calendar: [CalendarChange]
    /// Staffing measures added, dropped or changed (by person id).
    public var measures: [MeasureChange]

    /// Diffs two scenarios' results.
    public init(baseline: ComparedScenario, other: ComparedScenario) {
        self.baseline = baseline.id
        self.other = other.id
        calendar = CalendarChange.changes(from: baseline, to: other)
        measures = MeasureChange.changes(from: baseline.staffing.plan, to: other.staffing.plan)
    }
}

/// How an inspection differs: only in the baseline, only in the other scenario, or on another team or date.
public enum ChangeKind: String, Hashable, Sendable, Codable {
    /// Only in the other scenario.
    case added
    /// Only in the baseline.
    case removed
    /// In both, with a different team, date or duration (calendar), or a different measure (staffing).
    case changed
}

/// One inspection's team and start date.
public struct CalendarSlot: Hashable, Sendable, Codable {
    /// The team's code.
    public var team: String
    /// The start date.
    public var date: CivilDate
    /// The duration in days.
    public var days: Double
}

/// One unit whose inspection differs from the baseline.
public struct CalendarChange: Hashable, Sendable, Codable {
    /// The unit's code.
    public var unit: String
    /// The unit's name.
    public var name: String
    /// Added, removed or changed.
    public var change: ChangeKind
    /// The baseline's inspection, if any.
    public var before: CalendarSlot?
    /// The other scenario's inspection, if any.
    public var after: CalendarSlot?

    /// The changes, sorted by the earliest date involved, then unit code.
    static func changes(from a: ComparedScenario, to b: ComparedScenario) -> [CalendarChange] {
        func slots(_ plan: InspectionPlan) -> [String: CalendarSlot] {
            var out: [String: CalendarSlot] = [:]
            for i in plan.inspections.sorted(by: PlannedInspection.planOrder) where out[i.unit] == nil {
                out[i.unit] = CalendarSlot(team: i.team, date: i.date, days: i.days)
            }
            return out
        }
        let before = slots(a.plan), after = slots(b.plan)
        let names = Dictionary(
            (a.scenario.units + b.scenario.units).map { ($0.code, $0.name) }, uniquingKeysWith: { x, _ in x })
        var out: [CalendarChange] = []
        for unit in Set(before.keys).union(after.keys) {
            let x = before[unit], y = after[unit]
            guard x != y else { continue }
            let kind: ChangeKind = x == nil ? .added : (y == nil ? .removed : .changed)
            out.append(CalendarChange(unit: unit, name: names[unit] ?? unit, change: kind, before: x, after: y))
        }
        func key(_ c: CalendarChange) -> CivilDate {
            min(c.before?.date ?? c.after!.date, c.after?.date ?? c.before!.date)
        }
        return out.sorted { (key($0), $0.unit) < (key($1), $1.unit) }
    }
}

/// A staffing measure: a transfer, an early retirement or a resignation.
public struct StaffMeasure: Hashable, Sendable, Codable {
    /// "transfer", "early-retirement" or "resignation".
    public var kind: String
    /// The unit left.
    public var unit: String
    /// The unit joined (transfers).
    public var to: String?
    /// The day it takes effect.
    public var date: CivilDate
    /// The cost in VND.
    public var costVND: Double

    enum CodingKeys: String, CodingKey {
        case kind, unit, to, date
        case costVND = "cost_vnd"
    }
}

/// One person whose measure differs from the baseline.
public struct MeasureChange: Hashable, Sendable, Codable {
    /// The person's id.
    public var id: String
    /// The person's name.
    public var name: String
    /// Added, removed or changed.
    public var change: ChangeKind
    /// The baseline's measure, if any.
    public var before: StaffMeasure?
    /// The other scenario's measure, if any.
    public var after: StaffMeasure?

    /// The changes, sorted by person id.
    static func changes(from a: ReductionPlan, to b: ReductionPlan) -> [MeasureChange] {
        func measures(_ plan: ReductionPlan) -> [String: (String, StaffMeasure)] {
            var out: [String: (String, StaffMeasure)] = [:]
            for t in plan.transfers {
                out[t.id] = (
                    t.name, StaffMeasure(kind: "transfer", unit: t.from, to: t.to, date: t.date, costVND: t.costVND)
                )
            }
            for e in plan.exits {
                out[e.id] = (
                    e.name, StaffMeasure(kind: e.kind.rawValue, unit: e.unit, to: nil, date: e.date, costVND: e.costVND)
                )
            }
            return out
        }
        let x = measures(a), y = measures(b)
        var out: [MeasureChange] = []
        for id in Set(x.keys).union(y.keys).sorted() {
            let before = x[id]?.1, after = y[id]?.1
            guard before != after else { continue }
            let kind: ChangeKind = before == nil ? .added : (after == nil ? .removed : .changed)
            out.append(
                MeasureChange(id: id, name: x[id]?.0 ?? y[id]?.0 ?? id, change: kind, before: before, after: after))
        }
        return out
    }
}
