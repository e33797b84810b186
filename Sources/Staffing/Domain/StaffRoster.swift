import CivilCalendar
import ScenarioModel

/// The people on the roll at a date, with each person's statutory retirement date and natural exit date.
///
/// A person with exit date `E` is counted on day `D` when `D < E`: exits take effect on their date, so a person
/// retiring at the end of December is no longer counted in the 31 December headcount.
public struct StaffRoster: Hashable, Sendable {
    /// One person with their dates.
    public struct Entry: Hashable, Sendable {
        /// The person.
        public var person: StaffMember
        /// The statutory retirement date (last day of the retirement month).
        public var retirementDate: CivilDate
        /// The date the person leaves without any plan: the earlier of the decided `leaving` date and the retirement
        /// date, but never before the roster date (people past retirement age leave right after it).
        public var naturalExit: CivilDate
        /// Whether the natural exit is a retirement (rather than a decided `leaving`).
        public var exitIsRetirement: Bool

        /// Whether the person is counted on `date` without any plan.
        public func isCounted(on date: CivilDate) -> Bool { date < naturalExit }
    }

    /// The roster date.
    public var asOf: CivilDate
    /// The people on the roll that day (not yet left), in file order.
    public var entries: [Entry]

    /// Builds the roster of a scenario at `asOf` under a rule set.
    ///
    /// - Parameters:
    ///   - scenario: The scenario.
    ///   - rules: The rules (the retirement-age schedule is used).
    ///   - asOf: The roster date; people whose `leaving` date is on or before it are not on the roll.
    public init(scenario: Scenario, rules: StaffingRuleSet, asOf: CivilDate) {
        self.asOf = asOf
        let retirement = rules.retirementRule()?.rule
        entries = scenario.staff.compactMap { person in
            if let leaving = person.leaving, leaving <= asOf { return nil }
            let retire =
                retirement?.retirementDate(birth: person.birthDate, gender: person.gender)
                ?? CivilDate(year: 9999, month: 12, day: 31)!
            let exitCandidate = person.leaving.map { min($0, retire) } ?? retire
            let natural = max(exitCandidate, asOf.adding(days: 1))
            return Entry(
                person: person, retirementDate: retire, naturalExit: natural,
                exitIsRetirement: person.leaving.map { retire <= $0 } ?? true)
        }
    }

    /// The units with at least one person on the roll. Units outside this set are not covered by the roster (e.g.
    /// schools whose staff lists were not supplied) and are left out of headcount rows, projections and plans.
    public var coveredUnits: Set<String> { Set(entries.map(\.person.unit)) }

    /// The entry of a person by id.
    public func entry(_ id: String) -> Entry? { entries.first { $0.person.id == id } }
}
