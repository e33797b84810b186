import ScenarioModel

/// Headcount against the quota of one unit and category group on one day (JSON `units`).
public struct UnitHeadcount: Hashable, Sendable, Codable {
    /// The unit's code.
    public var unit: String
    /// The category group.
    public var category: QuotaGroup
    /// People counted.
    public var headcount: Int
    /// The quota or norm, or `nil` when none applies.
    public var quota: Int?
    /// `headcount − quota` (positive = surplus, negative = deficit), or `nil` without a quota.
    public var surplus: Int?
    /// How the quota was computed.
    public var basis: String?
    /// The rule applied.
    public var citation: RuleCitation?
    /// Whether an unconfirmed figure entered the quota.
    public var unconfirmed: Bool

    /// Creates a row.
    public init(unit: String, category: QuotaGroup, headcount: Int, quota: QuotaFigure?) {
        self.unit = unit
        self.category = category
        self.headcount = headcount
        self.quota = quota?.value
        self.surplus = quota.map { headcount - $0.value }
        self.basis = quota?.basis
        self.citation = quota?.citation
        self.unconfirmed = quota?.unconfirmed ?? false
    }

    /// The rows of a check context: every unit the roster covers (scenario order) and every group with people or a
    /// quota. Units with nobody on the roll are left out: their staff lists were not supplied.
    public static func rows(in context: StaffingCheckContext) -> [UnitHeadcount] {
        let covered = context.roster.coveredUnits
        return context.scenario.units.filter { covered.contains($0.code) }.flatMap { unit in
            let people = context.people(in: unit.code)
            return QuotaGroup.allCases.compactMap { group -> UnitHeadcount? in
                let count = people.filter { QuotaGroup($0.category) == group }.count
                let quota = context.rules.quota(for: unit, group: group, on: context.asOf, in: context.scenario)
                guard count > 0 || quota != nil else { return nil }
                return UnitHeadcount(unit: unit.code, category: group, headcount: count, quota: quota)
            }
        }
    }
}
