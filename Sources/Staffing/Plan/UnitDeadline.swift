import CivilCalendar
import ScenarioModel

/// When each unit must be within its quota.
///
/// The scenario's `staffing.deadline` when given; otherwise a merged unit's `merged_on` + `years` (default 5): the
/// same calendar day 5 years later ("within 5 years", so 1/1/2020 gives 1/1/2025, not the end of that year); units
/// without a merger take the latest merged unit's deadline, or 31 December of the fallback year when no unit was
/// merged. When the rules know the 2025 local-government reform, a commune-level unit that existed before it must be
/// within quota by the day before the reform (basis `reform`): after it the unit no longer exists in that form.
public struct UnitDeadline: Hashable, Sendable, Codable {
    /// The unit's code.
    public var unit: String
    /// The last day to be within quota.
    public var date: CivilDate
    /// Why this date: `scenario`, `merger`, `latest` or `reform`.
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
    ///   - reform: The 2025 reform, if the rules know it.
    public static func all(
        for scenario: Scenario, fallbackYear: Int, years: Int = 5, reform: LocalGovernmentReform? = nil
    ) -> [UnitDeadline] {
        let base: [UnitDeadline]
        if let d = scenario.staffing.deadline {
            base = scenario.units.map { UnitDeadline(unit: $0.code, date: d, basis: "scenario") }
        } else {
            let merged = scenario.units.compactMap { u in u.mergedOn.map { (u.code, $0.addingMonths(12 * years)) } }
            let latest = merged.map(\.1).max() ?? CivilDate(year: fallbackYear, month: 12, day: 31)!
            let byUnit = Dictionary(merged, uniquingKeysWith: { a, _ in a })
            base = scenario.units.map { u in
                byUnit[u.code].map { UnitDeadline(unit: u.code, date: $0, basis: "merger") }
                    ?? UnitDeadline(unit: u.code, date: latest, basis: "latest")
            }
        }
        guard let reform else { return base }
        let lastDay = reform.date.adding(days: -1)
        return zip(scenario.units, base).map { unit, deadline in
            let formedByReform = unit.mergedOn.map { $0 >= reform.date } ?? false
            guard unit.kind.isCommuneLevel, !formedByReform, deadline.date > lastDay else { return deadline }
            return UnitDeadline(unit: unit.code, date: lastDay, basis: "reform")
        }
    }
}
