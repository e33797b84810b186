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

    /// The largest number of a target group's units a plan may inspect: its `max_share` limit raised to the units
    /// that must be inspected anyway (must-inspect, rotation due, or fixed by a pin); `nil` without `max_share`.
    public static func maximumCount(of group: TargetGroup, in scenario: Scenario, fixedUnits: Set<String>) -> Int? {
        guard let maximum = group.maximum else { return nil }
        let forced = group.units.filter {
            let unit = scenario.units[$0]
            return !unit.exclude && (mustInspect(unit, in: scenario) || fixedUnits.contains(unit.code))
        }.count
        return max(maximum, forced)
    }

    /// The dates a team may use in a month: per ISO week, the free working dates of the week inside the month,
    /// capped by `days_per_week` and by the team's free dates in the whole week. Reserve mode keeps a share of it free.
    public static func monthDates(team: Team, month: Int, calendar: WorkingCalendar) -> Int {
        var weeks: [Int: (inMonth: Int, all: Int)] = [:]
        for d in calendar.workingDays where calendar.isAvailable(team: team.code, on: d) {
            let key = WorkingCalendar.weekKey(d)
            var entry = weeks[key] ?? (0, 0)
            entry.all += 1
            if d.month == month { entry.inMonth += 1 }
            weeks[key] = entry
        }
        return weeks.values.reduce(0) { $0 + min($1.inMonth, team.daysPerWeek, $1.all) }
    }

    /// Reserve mode: the half-day slots a team may fill in a month, ⌊2·(1 − reserve share)·month dates⌋.
    public static func reserveSlotLimit(team: Team, month: Int, calendar: WorkingCalendar, share: Double) -> Int {
        let exact = 2 * (1 - share) * Double(monthDates(team: team, month: month, calendar: calendar))
        let rounded = exact.rounded()
        return abs(exact - rounded) < 1e-9 ? Int(rounded) : Int(exact.rounded(.down))
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
        /// floor(max_share × units.count), when the target has `max_share` (before raising it to forced units).
        public var maximum: Int? = nil
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
                        required: target.requiredCount(total: members.count),
                        maximum: target.maximumCount(total: members.count)))
            case .region:
                var byRegion: [String?: [Int]] = [:]
                for i in members { byRegion[scenario.units[i].region, default: []].append(i) }
                let keys = byRegion.keys.sorted { ($0 ?? "\u{10FFFF}") < ($1 ?? "\u{10FFFF}") }
                for k in keys {
                    let us = byRegion[k]!
                    out.append(
                        TargetGroup(
                            name: target.name, region: k, units: us, required: target.requiredCount(total: us.count),
                            maximum: target.maximumCount(total: us.count)))
                }
            }
        }
        return out
    }
}
