import CivilCalendar
import ScenarioModel

/// When each unit must be within its quota.
///
/// The scenario's `staffing.deadline` when given; otherwise a merged unit's `merged_on` + `years` (default 5), end of
/// that year; units without a merger take the latest merged unit's deadline, or 31 December of the fallback year
/// when no unit was merged.
public struct UnitDeadline: Hashable, Sendable, Codable {
    /// The unit's code.
    public var unit: String
    /// The last day to be within quota.
    public var date: CivilDate
    /// Why this date: `scenario`, `merger` or `latest`.
    public var basis: String

    /// Creates a deadline.
    public init(unit: String, date: CivilDate, basis: String) {
        self.unit = unit
        self.date = date
        self.basis = basis
    }

    /// The deadlines of every unit of a scenario, in scenario order.
    ///
    /// - Parameters:
    ///   - scenario: The scenario.
    ///   - fallbackYear: The year whose 31 December applies when nothing else does.
    ///   - years: Years after the merger (NQ 653/2019 practice; the article is [U]).
    public static func all(for scenario: Scenario, fallbackYear: Int, years: Int = 5) -> [UnitDeadline] {
        if let d = scenario.staffing.deadline {
            return scenario.units.map { UnitDeadline(unit: $0.code, date: d, basis: "scenario") }
        }
        let merged = scenario.units.compactMap { u in
            u.mergedOn.map { (u.code, CivilDate(year: $0.year + years, month: 12, day: 31)!) }
        }
        let latest = merged.map(\.1).max() ?? CivilDate(year: fallbackYear, month: 12, day: 31)!
        let byUnit = Dictionary(merged, uniquingKeysWith: { a, _ in a })
        return scenario.units.map { u in
            byUnit[u.code].map { UnitDeadline(unit: u.code, date: $0, basis: "merger") }
                ?? UnitDeadline(unit: u.code, date: latest, basis: "latest")
        }
    }
}
