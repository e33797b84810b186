import ScenarioModel

/// A person's qualification must be at least the minimum the framework requires for their position.
public struct QualificationCheck: StaffingCheck {
    /// The check's identifier.
    public let id = "qualification"

    /// Creates the check.
    public init() {}

    /// The findings of this rule in `context`.
    public func findings(in context: StaffingCheckContext) -> [Finding] {
        context.roster.entries.compactMap { entry in
            let p = entry.person
            guard let have = p.qualification, let unit = context.scenario.unit(p.unit),
                let line = context.framework(for: unit).first(where: {
                    $0.position == p.position && $0.category == p.category
                }),
                have < line.qualification
            else { return nil }
            return Finding(
                check: id, severity: .blocking, unit: p.unit, person: p.id,
                fact: .qualificationBelow(
                    name: p.name, qualification: have, required: line.qualification, position: p.position))
        }
    }
}
