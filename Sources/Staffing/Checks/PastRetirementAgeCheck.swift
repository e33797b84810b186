import ScenarioModel

/// Nobody may stay on the roll after their statutory retirement date (ND 135/2020).
public struct PastRetirementAgeCheck: StaffingCheck {
    /// The check's identifier.
    public let id = "past-retirement-age"

    /// Creates the check.
    public init() {}

    /// The findings of this rule in `context`.
    public func findings(in context: StaffingCheckContext) -> [Finding] {
        let citation = context.rules.retirementRule().map {
            RuleCitation(
                document: $0.provenance.document, article: $0.rule.article, confidence: $0.provenance.confidence)
        }
        return context.roster.entries.compactMap { entry in
            guard entry.retirementDate < context.asOf else { return nil }
            let p = entry.person
            return Finding(
                check: id, severity: .blocking, unit: p.unit, person: p.id,
                fact: .pastRetirementAge(name: p.name, retirementDate: entry.retirementDate),
                citation: citation)
        }
    }
}
