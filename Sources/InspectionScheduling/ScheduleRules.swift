import CivilCalendar
import ScenarioModel

/// The scenario-level rules the scheduler applies, as pure functions shared by the model builder, the decoder and
/// the validator, so that all three read the scenario the same way.
public enum ScheduleRules {
    /// A unit's inspection duration in days: its kind's `duration_days`, or 1 day when the kind has none ([U] default).
    public static func duration(of unit: Unit, in scenario: Scenario) -> Double {
        scenario.inspection.durationDays[unit.kind] ?? 1
    }

    /// The commune a unit belongs to for bundling: its `commune`, or its own code for commune-level units.
    /// `nil` for units outside any commune (the district's own centres).
    public static func communeKey(of unit: Unit) -> String? {
        if let c = unit.commune { return c }
        return unit.kind.isCommuneLevel ? unit.code : nil
    }

    /// Whether a unit is due under `rotation_years`: last inspected `rotation_years` or more years before the
    /// scenario year. A unit with no recorded last inspection is not due ([U]: configurable by setting `mustInspect`).
    public static func isRotationDue(_ unit: Unit, in scenario: Scenario) -> Bool {
        guard let r = scenario.inspection.rotationYears, let last = unit.lastInspected else { return false }
        return scenario.year - last >= r
    }

    /// Whether the plan must inspect the unit (`must_inspect` or rotation due).
    public static func mustInspect(_ unit: Unit, in scenario: Scenario) -> Bool {
        unit.mustInspect || isRotationDue(unit, in: scenario)
    }

    /// Whether a team may inspect a unit at all (region, conflicts of interest, `exclude`).
    public static func teamMayInspect(_ team: Team, _ unit: Unit) -> Bool {
        if unit.exclude || team.excludedUnits.contains(unit.code) { return false }
        if let r = team.region, unit.region != r { return false }
        return true
    }

    /// One counted group of a target: the whole scenario, or one region of a region-scoped target.
    public struct TargetGroup: Hashable, Sendable {
        /// The target's name.
        public var name: String
        /// The region for region-scoped targets.
        public var region: String?
        /// Indices into `scenario.units` of the units counted (excluded units included).
        public var units: [Int]
        /// ceil(min_share × units.count).
        public var required: Int
    }

    /// The target groups of a scenario, in target order (regions sorted, units without a region last).
    public static func targetGroups(of scenario: Scenario) -> [TargetGroup] {
        var out: [TargetGroup] = []
        for target in scenario.inspection.targets {
            let members = scenario.units.indices.filter { target.kinds.contains(scenario.units[$0].kind) }
            switch target.scope {
            case .all:
                out.append(
                    TargetGroup(
                        name: target.name, region: nil, units: members,
                        required: target.requiredCount(total: members.count)))
            case .region:
                var byRegion: [String?: [Int]] = [:]
                for i in members { byRegion[scenario.units[i].region, default: []].append(i) }
                let keys = byRegion.keys.sorted { ($0 ?? "\u{10FFFF}") < ($1 ?? "\u{10FFFF}") }
                for k in keys {
                    let us = byRegion[k]!
                    out.append(
                        TargetGroup(
                            name: target.name, region: k, units: us, required: target.requiredCount(total: us.count)))
                }
            }
        }
        return out
    }
}
