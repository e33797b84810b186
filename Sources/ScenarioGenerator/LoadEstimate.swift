import CivilCalendar
import ScenarioModel

/// A quick check of how much slack a scenario has, region by region: the inspection days the teams can give in the
/// season against the days the targets, must-inspects, rotation and pins require.
///
/// It is an estimate, not a schedule: capacity is Σ over teams and ISO weeks of min(days_per_week, the team's free
/// working days that week), and it ignores blackouts, so "required ≤ capacity" is necessary, not sufficient.
public struct LoadEstimate: Hashable, Sendable {
    /// One region's figures (`region` is `nil` for units and teams without a region).
    public struct Region: Hashable, Sendable {
        /// The region's name.
        public var region: String?
        /// Units in the region.
        public var units: Int
        /// Teams in the region.
        public var teams: Int
        /// Inspection days the teams can give.
        public var capacityDays: Double
        /// Days needed by the targets, must-inspects, rotation and pins (the cheapest way).
        public var requiredDays: Double
        /// Days needed to inspect every unit that is not excluded.
        public var allDays: Double

        /// requiredDays / capacityDays (infinity without capacity).
        public var requiredShare: Double { capacityDays > 0 ? requiredDays / capacityDays : .infinity }
    }

    /// The regions, in order of first appearance in the units.
    public var regions: [Region]

    /// Computes the estimate for a scenario (targets with `scope: all` are charged to each region in proportion).
    public init(_ scenario: Scenario) {
        let settings = scenario.inspection
        let holidays = Set(
            VietnameseHolidays.holidays(
                in: scenario.year, builtin: settings.holidays.builtin, extra: settings.holidays.extra,
                remove: settings.holidays.remove
            ).map(\.date))
        let season =
            settings.season
            ?? DateSpan(
                from: CivilDate(year: scenario.year, month: 1, day: 1)!,
                to: CivilDate(year: scenario.year, month: 12, day: 31)!)
        var order: [String?] = []
        var byRegion: [String?: [Unit]] = [:]
        for unit in scenario.units {
            if byRegion[unit.region] == nil { order.append(unit.region) }
            byRegion[unit.region, default: []].append(unit)
        }
        var away: [String: [DateSpan]] = [:]
        for u in scenario.unavailability { away[u.team, default: []].append(u.dates) }
        let pinned = Set(scenario.pins.map(\.unit))
        func days(_ u: Unit) -> Double { settings.durationDays[u.kind] ?? 1 }
        func forced(_ u: Unit) -> Bool {
            !u.exclude
                && (u.mustInspect || pinned.contains(u.code)
                    || (settings.rotationYears.map { r in u.lastInspected.map { scenario.year - $0 >= r } ?? false }
                        ?? false))
        }
        regions = order.map { region in
            let units = byRegion[region] ?? []
            let teams = scenario.teams.filter {
                $0.region == region || (region != nil && $0.region == nil && order.count == 1)
            }
            var capacity = 0.0
            for team in teams {
                var day = season.from
                var weekFree = 0
                var week = day.isoWeek
                while day <= season.to {
                    if day.isoWeek != week {
                        capacity += Double(min(team.daysPerWeek, weekFree))
                        weekFree = 0
                        week = day.isoWeek
                    }
                    if !day.isWeekend, !holidays.contains(day),
                        !(away[team.code] ?? []).contains(where: { $0.contains(day) })
                    {
                        weekFree += 1
                    }
                    day = day.adding(days: 1)
                }
                capacity += Double(min(team.daysPerWeek, weekFree))
            }
            var required = units.filter(forced).reduce(0) { $0 + days($1) }
            for target in settings.targets {
                let group = units.filter { target.kinds.contains($0.kind) }
                let need = target.requiredCount(total: group.count)
                let done = group.filter(forced).count
                let cheapest = group.filter { !$0.exclude && !forced($0) }.map(days).sorted()
                required += cheapest.prefix(max(0, need - done)).reduce(0, +)
            }
            let all = units.filter { !$0.exclude }.reduce(0) { $0 + days($1) }
            return Region(
                region: region, units: units.count, teams: teams.count, capacityDays: capacity,
                requiredDays: required, allDays: all)
        }
    }
}
