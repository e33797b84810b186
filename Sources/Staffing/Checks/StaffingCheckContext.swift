import CivilCalendar
import ScenarioModel

/// What every check sees: the scenario, the rules, the date and the roster on that date.
public struct StaffingCheckContext: Sendable {
    /// The scenario.
    public var scenario: Scenario
    /// The rules.
    public var rules: StaffingRuleSet
    /// The check date.
    public var asOf: CivilDate
    /// The people on the roll on `asOf`.
    public var roster: StaffRoster

    /// Creates a context; the roster is built from the scenario.
    public init(scenario: Scenario, rules: StaffingRuleSet, asOf: CivilDate) {
        self.scenario = scenario
        self.rules = rules
        self.asOf = asOf
        self.roster = StaffRoster(scenario: scenario, rules: rules, asOf: asOf)
    }

    /// The people on the roll in a unit.
    public func people(in unit: String) -> [StaffMember] {
        roster.entries.map(\.person).filter { $0.unit == unit }
    }

    /// The framework lines that apply to a unit.
    public func framework(for unit: Unit) -> [PositionQuota] {
        scenario.positions.filter { $0.applies(to: unit) }
    }
}
