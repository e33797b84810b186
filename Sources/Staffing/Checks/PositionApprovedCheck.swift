import ScenarioModel

/// The number of people holding a position in a unit must not exceed the approved number in the job-position
/// framework; fewer people than approved is advisory.
public struct PositionApprovedCheck: StaffingCheck {
    /// The check's identifier.
    public let id = "position-approved"

    /// Creates the check.
    public init() {}

    /// The findings of this rule in `context`.
    public func findings(in context: StaffingCheckContext) -> [Finding] {
        PositionHeadcount.rows(in: context).compactMap { row in
            let d = row.people - row.approved
            guard d != 0 else { return nil }
            return Finding(
                check: id, severity: d > 0 ? .blocking : .advisory, unit: row.unit,
                fact: .positionCount(position: row.position, people: row.people, approved: row.approved))
        }
    }
}
