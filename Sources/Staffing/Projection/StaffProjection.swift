import CivilCalendar
import ScenarioModel

/// Projects headcounts to a year: natural retirements (ND 135), decided `leaving` exits, planned moves and hires.
///
/// Hiring policies, per unit and group: **freeze** hires no one; **replace-retirees** replaces each retiree one for
/// one, but never above the quota in force (a unit in surplus does not replace); **fill-to-quota** fills every
/// vacancy below the quota. Exits other than retirements are never replaced.
public struct StaffProjection: Sendable {
    /// The scenario.
    public var scenario: Scenario
    /// The rules.
    public var rules: StaffingRuleSet
    /// The roster at the start date.
    public var roster: StaffRoster

    /// Creates a projection starting at `asOf`.
    public init(scenario: Scenario, rules: StaffingRuleSet, asOf: CivilDate) {
        self.scenario = scenario
        self.rules = rules
        self.roster = StaffRoster(scenario: scenario, rules: rules, asOf: asOf)
    }

    /// The unit a person is counted in on `date` given the moves, or `nil` when they are off the roll.
    public func location(of entry: StaffRoster.Entry, on date: CivilDate, moves: [String: PlannedMove]) -> String? {
        guard entry.isCounted(on: date) else { return nil }
        guard let move = moves[entry.person.id], move.date <= date else { return entry.person.unit }
        switch move.kind {
        case .exit: return nil
        case .transfer(let to): return to
        }
    }

    /// Everyone on the roll whose retirement date is on or before 31 December of `untilYear`, by date then id.
    public func retirements(untilYear: Int) -> [RetirementRow] {
        let end = CivilDate(year: untilYear, month: 12, day: 31)!
        return roster.entries.filter { $0.retirementDate <= end }
            .map { RetirementRow(id: $0.person.id, unit: $0.person.unit, date: $0.retirementDate) }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    /// The rows for every year from the start year to `untilYear`, unit (scenario order) and group.
    ///
    /// - Parameters:
    ///   - untilYear: The last year, inclusive.
    ///   - hiring: The hiring policy.
    ///   - moves: Planned exits and transfers (at most one per person).
    /// - Returns: One row per year, unit and group that has people at the start or a quota, for the units the roster
    ///   covers.
    public func rows(untilYear: Int, hiring: HiringPolicy, moves: [PlannedMove] = []) -> [ProjectionRow] {
        let byPerson = Dictionary(moves.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        let startYear = roster.asOf.year
        guard untilYear >= startYear else { return [] }
        var hires: [String: Int] = [:]
        var previous = roster.asOf
        var out: [ProjectionRow] = []
        let covered = roster.coveredUnits
        let startCounts = Dictionary(
            roster.entries.map { (Self.key($0.person.unit, QuotaGroup($0.person.category)), 1) }, uniquingKeysWith: +)
        for year in startYear...untilYear {
            let day = CivilDate(year: year, month: 12, day: 31)!
            var present: [String: Int] = [:]
            var retirees: [String: Int] = [:]
            for entry in roster.entries {
                if let unit = location(of: entry, on: day, moves: byPerson) {
                    present[Self.key(unit, QuotaGroup(entry.person.category)), default: 0] += 1
                } else if entry.exitIsRetirement, previous < entry.naturalExit, entry.naturalExit <= day,
                    let unit = location(of: entry, on: entry.naturalExit.adding(days: -1), moves: byPerson)
                {
                    retirees[Self.key(unit, QuotaGroup(entry.person.category)), default: 0] += 1
                }
            }
            for unit in scenario.units where covered.contains(unit.code) {
                for group in QuotaGroup.allCases {
                    let k = Self.key(unit.code, group)
                    let quota = rules.quota(for: unit, group: group, on: day, in: scenario)
                    let startCount = startCounts[k] ?? 0
                    guard startCount > 0 || quota != nil || present[k] != nil else { continue }
                    let n = present[k] ?? 0
                    var h = hires[k] ?? 0
                    switch hiring {
                    case .freeze: h = 0
                    case .replaceRetirees:
                        h += retirees[k] ?? 0
                        if let q = quota?.value { h = min(h, max(0, q - n)) }
                    case .fillToQuota:
                        h = quota.map { max(0, $0.value - n) } ?? 0
                    }
                    hires[k] = h
                    out.append(
                        ProjectionRow(
                            year: year, unit: unit.code, category: group, headcount: n + h, hires: h, quota: quota))
                }
            }
            previous = day
        }
        return out
    }

    static func key(_ unit: String, _ group: QuotaGroup) -> String { "\(unit)|\(group.rawValue)" }
}
