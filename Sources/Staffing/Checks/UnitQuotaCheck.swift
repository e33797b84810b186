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
                messageVI: surplus > 0 ? Self.surplusVI(row.category, row.headcount, quota) : Self.deficitVI(row.category, row.headcount, quota),
                messageEN: surplus > 0 ? Self.surplusEN(row.category, row.headcount, quota) : Self.deficitEN(row.category, row.headcount, quota),
                citation: row.citation)
        }
    }
}

extension UnitQuotaCheck {
    static func surplusVI(_ g: QuotaGroup, _ n: Int, _ q: Int) -> String {
        "\(g.vietnameseName): \(n) người, vượt định mức \(q) là \(n - q) người"
    }
    static func surplusEN(_ g: QuotaGroup, _ n: Int, _ q: Int) -> String {
        "\(g.englishName): \(n) people, \(n - q) above the quota of \(q)"
    }
    static func deficitVI(_ g: QuotaGroup, _ n: Int, _ q: Int) -> String {
        "\(g.vietnameseName): \(n) người, còn thiếu \(q - n) so với định mức \(q)"
    }
    static func deficitEN(_ g: QuotaGroup, _ n: Int, _ q: Int) -> String {
        "\(g.englishName): \(n) people, \(q - n) below the quota of \(q)"
    }
}
