import CivilCalendar
import ScenarioModel

/// Checks an inspection calendar against the hard rules of the scenario format contract (`Scenarios/README.md`) and
/// measures its objective, written from that contract alone: it calls none of the scheduler's own rule code, so a
/// rule misread by the scheduler is not misread here the same way.
///
/// Readings chosen where the contract leaves room (each is also stated where it is applied):
/// - **Working day**: a Monday–Friday of `year` that is not in the holiday list given to the checker and lies inside
///   the season (the whole year without one).
/// - **Duration**: an inspection of `d` days occupies `ceil(d)` consecutive working days from its start date
///   (weekends and days off in between are skipped, not counted); half a day occupies one date. The contract does
///   not say whether such an inspection may run into the next ISO week or month; every plan's notes state that
///   "multi-day inspections are scheduled within one ISO week and one month", and the checker holds plans to that.
/// - **A team's day**: a team works at most one day on a date. A half-day inspection takes half of its date; an
///   inspection longer than half a day takes each of its dates whole (so a 1.5-day inspection takes two whole dates).
/// - **`days_per_week`**: the number of distinct dates in one ISO week on which the team inspects anything.
/// - **Units without a region** under a `scope: region` target form one group of their own.
/// - **Rotation**: "last inspected N or more years before `year`" is `year − last_inspected ≥ N`; a unit with no
///   `last_inspected` is never due.
/// - **Team spread**: over the teams for which at least one single inspection (a unit they may inspect, on a start
///   date whose occupied dates are all lawful for both) exists; 0 with fewer than two such teams. The load of a team is
///   the sum of its inspections' `days`.
/// - **Month spread**: over the months with at least 5 working days; an inspection counts its whole `days` in the
///   month of its start date; 0 with fewer than two such months.
/// - **Pairs**: a commune-level unit (commune, town, ward) and a unit whose `commune` is that unit, by the same
///   team, whose start dates are the same working day or two consecutive working days (in either order), in one ISO
///   week and one month. Every such (commune, unit) couple counts once.
public struct IndependentPlanChecker: Sendable {
    /// The objective of a calendar, term by term.
    public struct Measure: Hashable, Sendable {
        /// Σ priorities of the inspected units.
        public var prioritySum: Double
        /// Team spread in days (summed over the regions of a region-split scenario).
        public var teamSpread: Double
        /// Month spread in days (summed over the regions of a region-split scenario).
        public var monthSpread: Double
        /// Bundled pairs.
        public var pairs: Int
        /// Team-dates on the weekdays the scenario avoids (`inspection.weekdays.avoid`).
        public var avoidedDates: Int = 0
        /// `priority × prioritySum − balance × (teamSpread + monthSpread) + bundling × pairs − avoidCost × avoidedDates`.
        public var value: Double
    }

    /// The scenario.
    public let scenario: Scenario
    /// The days off of the year (public holidays and extra days off), as resolved by the caller.
    public let holidays: Set<CivilDate>
    /// The working days of the plan, in order.
    public let workingDays: [CivilDate]
    let dayIndex: [CivilDate: Int]
    let units: [String: Unit]
    let teams: [String: Team]
    /// The teams for which at least one lawful single inspection exists.
    public private(set) var activeTeams: Set<String> = []
    /// The months with at least 5 working days.
    public let balancedMonths: [Int]

    /// Creates a checker.
    ///
    /// - Parameters:
    ///   - scenario: The scenario's values.
    ///   - holidays: The days off in force for `scenario.year` (weekends need not be listed).
    ///   - workedWeekendDays: Saturdays or Sundays the year's announced arrangement makes working days.
    public init(scenario: Scenario, holidays: some Sequence<CivilDate>, workedWeekendDays: [CivilDate] = []) {
        self.scenario = scenario
        let off = Set(holidays)
        let worked = Set(workedWeekendDays)
        self.holidays = off
        var days: [CivilDate] = []
        var day = CivilDate(year: scenario.year, month: 1, day: 1)!
        while day.year == scenario.year {
            let inSeason = scenario.inspection.season.map { $0.from <= day && day <= $0.to } ?? true
            // `inspection.weekdays.allowed`, when given, leaves out the other weekdays.
            let allowed = scenario.inspection.weekdays.map { $0.allowed.isEmpty || $0.allowed.contains(day.weekday) }
            let workday = day.weekday <= 5 || worked.contains(day)
            if inSeason, workday, !off.contains(day), allowed ?? true { days.append(day) }
            day = day.adding(days: 1)
        }
        workingDays = days
        dayIndex = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1, $0) })
        units = Dictionary(scenario.units.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        teams = Dictionary(scenario.teams.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        balancedMonths = Self.balancedMonths(of: days)
        activeTeams = Self.activeTeams(of: self)
    }

    // MARK: - Single rules

    /// The days an inspection of the unit lasts (`duration_days` of its kind), or `nil` when the kind has none.
    public func duration(of unit: Unit) -> Double? { scenario.inspection.durationDays[unit.kind] }

    /// The dates an inspection of `days` days starting on `start` occupies: `ceil(days)` consecutive working days,
    /// `nil` when `start` is not a working day or the working days run out.
    public func occupiedDates(start: CivilDate, days: Double) -> [CivilDate]? {
        guard let first = dayIndex[start], days > 0 else { return nil }
        let count = Int((days - 1e-9).rounded(.up))
        guard first + count <= workingDays.count else { return nil }
        return Array(workingDays[first..<(first + count)])
    }

    /// Whether the team may inspect the unit at all: the unit is not excluded, not in the team's `excluded_units`,
    /// and of the team's region when the team has one.
    public func mayInspect(team: Team, unit: Unit) -> Bool {
        if unit.exclude || team.excludedUnits.contains(unit.code) { return false }
        if let region = team.region, unit.region != region { return false }
        return true
    }

    /// Whether `unavailability.csv` takes the team away on the date.
    public func isUnavailable(team: String, on date: CivilDate) -> Bool {
        scenario.unavailability.contains { $0.team == team && $0.dates.from <= date && date <= $0.dates.to }
    }

    /// Whether a blackout (by kind or by unit) covers the unit on the date.
    public func isBlackedOut(unit: Unit, on date: CivilDate) -> Bool {
        scenario.inspection.blackouts.contains { blackout in
            guard blackout.dates.from <= date, date <= blackout.dates.to else { return false }
            switch blackout.selector {
            case .kinds(let kinds): return kinds.contains(unit.kind)
            case .units(let codes): return codes.contains(unit.code)
            }
        }
    }

    /// The dates of a lawful single inspection of the unit by the team from `start`, or `nil` when that inspection
    /// breaks a rule on its own (team not allowed, a date that is no working day, unavailable or blacked out).
    public func lawfulDates(unit: Unit, team: Team, start: CivilDate) -> [CivilDate]? {
        guard mayInspect(team: team, unit: unit), let days = duration(of: unit),
            let dates = occupiedDates(start: start, days: days)
        else { return nil }
        for date in dates where isUnavailable(team: team.code, on: date) || isBlackedOut(unit: unit, on: date) {
            return nil
        }
        return staysInOneWeekAndMonth(dates) ? dates : nil
    }

    /// Whether the dates lie in one ISO week and one month (the rule every plan states for multi-day inspections).
    public func staysInOneWeekAndMonth(_ dates: [CivilDate]) -> Bool {
        guard let first = dates.first else { return true }
        return dates.allSatisfy { $0.month == first.month && $0.isoWeek == first.isoWeek }
    }

    /// Whether the plan must inspect the unit: `must_inspect`, or due under `rotation_years`.
    public func mustInspect(_ unit: Unit) -> Bool {
        if unit.mustInspect { return true }
        guard let years = scenario.inspection.rotationYears, let last = unit.lastInspected else { return false }
        return scenario.year - last >= years
    }

    /// One counted group of a coverage target.
    public struct TargetGroup: Hashable, Sendable {
        /// The target's name and, for `scope: region`, the region (`nil`: units without a region, or `scope: all`).
        public var name: String
        public var region: String?
        /// The codes of the units counted (excluded units included).
        public var units: [String]
        /// ceil(min_share × number of units).
        public var required: Int
    }

    /// The groups of every coverage target.
    public var targetGroups: [TargetGroup] {
        var out: [TargetGroup] = []
        for target in scenario.inspection.targets {
            let members = scenario.units.filter { target.kinds.contains($0.kind) }
            var groups: [(String?, [Unit])] = [(nil, members)]
            if target.scope == .region {
                var regions: [String?] = []
                for unit in members where !regions.contains(unit.region) { regions.append(unit.region) }
                groups = regions.map { r in (r, members.filter { $0.region == r }) }
            }
            for (region, us) in groups {
                // ceil(min_share × n), computed in exact hundred-thousandths so that 0.35 × 20 is 7, not 8.
                let scaled = (target.minShare * 100_000).rounded() * Double(us.count)
                let required = Int((scaled / 100_000).rounded(.up))
                out.append(TargetGroup(name: target.name, region: region, units: us.map(\.code), required: required))
            }
        }
        return out
    }
}
