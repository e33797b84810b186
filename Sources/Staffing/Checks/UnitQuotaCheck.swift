import ScenarioModel

/// A unit must not have more people in a category group than the quota or norm in force (CBCC counts cadres and
/// civil servants together; part-time staff separately). A vacancy below the quota is advisory.
public struct UnitQuotaCheck: StaffingCheck {
    /// The check's identifier.
    public let id = "unit-quota"

    /// Creates the check.
    public init() {}

    /// The findings of this rule in `context`.
    public func findings(in context: StaffingCheckContext) -> [Finding] {
        UnitHeadcount.rows(in: context).compactMap { row in
            guard let quota = row.quota, let surplus = row.surplus, surplus != 0 else { return nil }
            return Finding(
                check: id, severity: surplus > 0 ? .blocking : .advisory, unit: row.unit,
                fact: .unitQuota(group: row.category, headcount: row.headcount, quota: quota),
                citation: row.citation)
        }
    }
}
