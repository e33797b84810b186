import CivilCalendar
import InspectionScheduling
import ScenarioModel

/// One line of the inspection calendar as reports show it: the inspection with its unit, team and session.
public struct CalendarEntry: Hashable, Sendable {
    /// The planned inspection.
    public var inspection: PlannedInspection
    /// The inspected unit (a placeholder with the code as name when the scenario lacks it).
    public var unit: Unit
    /// The team (a placeholder with the code as name when the scenario lacks it).
    public var team: Team
    /// The commune-level unit the inspected unit lies in, if any.
    public var commune: Unit?
    /// Morning, afternoon, or whole days.
    public var session: Session

    /// Builds the calendar lines of a plan, in plan order (date, team, unit).
    ///
    /// Two half-day inspections of one team on one date are the morning and the afternoon, in unit-code order.
    public static func entries(of plan: InspectionPlan, in scenario: Scenario) -> [CalendarEntry] {
        let units = Dictionary(scenario.units.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let teams = Dictionary(scenario.teams.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let ordered = plan.inspections.sorted(by: PlannedInspection.planOrder)
        var halfDaysSeen: [String: Int] = [:]
        return ordered.map { inspection in
            let unit =
                units[inspection.unit]
                ?? Unit(code: inspection.unit, name: inspection.unit, kind: UnitKind(rawValue: "?"))
            let team = teams[inspection.team] ?? Team(code: inspection.team, name: inspection.team)
            let session: Session
            if inspection.days < 1 {
                let key = "\(inspection.team)|\(inspection.date)"
                let index = halfDaysSeen[key, default: 0]
                halfDaysSeen[key] = index + 1
                session = index == 0 ? .morning : .afternoon
            } else {
                session = .fullDays(Int(inspection.days.rounded(.up)))
            }
            return CalendarEntry(
                inspection: inspection, unit: unit, team: team, commune: unit.commune.flatMap { units[$0] },
                session: session
            )
        }
    }
}
