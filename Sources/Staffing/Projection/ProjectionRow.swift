import CivilCalendar

/// The projected headcount of one unit and group on 31 December of one year (JSON `projection`).
public struct ProjectionRow: Hashable, Sendable, Codable {
    /// The year.
    public var year: Int
    /// The unit's code.
    public var unit: String
    /// The category group.
    public var category: QuotaGroup
    /// People counted on 31 December, hires included.
    public var headcount: Int
    /// Of which hired under the hiring policy since the check date.
    public var hires: Int
    /// The quota in force on 31 December, if any.
    public var quota: Int?
    /// `headcount − quota`, if there is a quota.
    public var surplus: Int?
    /// The rule that gave the quota.
    public var citation: RuleCitation?

    /// Creates a row.
    public init(year: Int, unit: String, category: QuotaGroup, headcount: Int, hires: Int, quota: QuotaFigure?) {
        self.year = year
        self.unit = unit
        self.category = category
        self.headcount = headcount
        self.hires = hires
        self.quota = quota?.value
        self.surplus = quota.map { headcount - $0.value }
        self.citation = quota?.citation
    }
}
