import ScenarioModel

/// Every person's position must appear in their unit's approved job-position framework (when a framework is given).
public struct PositionMissingCheck: StaffingCheck {
    /// The check's identifier.
    public let id = "position-missing"

    /// Creates the check.
    public init() {}

    /// The findings of this rule in `context`.
    public func findings(in context: StaffingCheckContext) -> [Finding] {
        guard !context.scenario.positions.isEmpty else { return [] }
        return context.roster.entries.compactMap { entry in
            let p = entry.person
            guard let unit = context.scenario.unit(p.unit) else { return nil }
            let known = context.framework(for: unit).contains { $0.position == p.position && $0.category == p.category }
            guard !known else { return nil }
            return Finding(
                check: id, severity: .blocking, unit: p.unit, person: p.id,
                fact: .positionNotInFramework(name: p.name, position: p.position))
        }
    }
}
