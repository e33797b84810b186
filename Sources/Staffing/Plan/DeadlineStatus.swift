import CivilCalendar

/// Whether a unit is within quota by its deadline after the plan (JSON `deadlines`).
public struct DeadlineStatus: Hashable, Sendable, Codable {
    /// The unit's code.
    public var unit: String
    /// The category group.
    public var category: QuotaGroup
    /// The deadline.
    public var date: CivilDate
    /// The surplus at the deadline after natural retirements and decided exits, before the plan.
    public var surplusBeforePlan: Int
    /// People still above the quota at the deadline after the plan (0 = resolved).
    public var unresolved: Int

    enum CodingKeys: String, CodingKey {
        case unit, category, date, unresolved
        case surplusBeforePlan = "surplus_before_plan"
    }

    /// Creates a status.
    public init(unit: String, category: QuotaGroup, date: CivilDate, surplusBeforePlan: Int, unresolved: Int) {
        self.unit = unit
        self.category = category
        self.date = date
        self.surplusBeforePlan = surplusBeforePlan
        self.unresolved = unresolved
    }
}
