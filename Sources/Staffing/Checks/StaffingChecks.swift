/// The registered checks: blocking rules first, then advisory ones.
public enum StaffingChecks {
    /// Every check, in the order they run.
    public static let all: [any StaffingCheck] = [
        UnitQuotaCheck(),
        PositionApprovedCheck(),
        PositionMissingCheck(),
        QualificationCheck(),
        PastRetirementAgeCheck(),
    ]

    /// Runs every check (or `checks`) and returns the findings sorted deterministically.
    public static func run(_ context: StaffingCheckContext, checks: [any StaffingCheck] = all) -> [Finding] {
        checks.flatMap { $0.findings(in: context) }.sorted()
    }
}
