import CivilCalendar
import ScenarioModel

/// A staffing rule checked at a date: one business rule per conforming type, one type per file.
public protocol StaffingCheck: Sendable {
    /// A stable identifier, e.g. `unit-quota`.
    var id: String { get }
    /// The findings of the rule in a context, in any order.
    func findings(in context: StaffingCheckContext) -> [Finding]
}
