import CivilCalendar

/// The deduction from a commune's CBCC quota where a regular (chính quy) police officer holds the commune police post
/// (NĐ 34/2019 Art. 2(1), amending NĐ 92/2009 Art. 4): the quota is `officials` lower.
///
/// A unit's `regular_police` column decides; where it is empty, the unit is assumed to have regular police on dates
/// on or after `assumedFrom` (a configurable default, marked by `assumptionConfidence`), and not before.
public struct PoliceDeduction: Hashable, Sendable, Codable {
    /// How many posts are deducted.
    public var officials: Int
    /// The unit kinds (raw values) the deduction applies to.
    public var kinds: [String]
    /// The article cited.
    public var article: String
    /// The date from which a unit without a `regular_police` value is assumed to have regular police, if any.
    public var assumedFrom: CivilDate?
    /// How sure the assumption is.
    public var assumptionConfidence: RuleConfidence?

    /// Creates a deduction.
    public init(
        officials: Int = 1, kinds: [String] = ["commune", "town"], article: String,
        assumedFrom: CivilDate? = nil, assumptionConfidence: RuleConfidence? = nil
    ) {
        self.officials = officials
        self.kinds = kinds
        self.article = article
        self.assumedFrom = assumedFrom
        self.assumptionConfidence = assumptionConfidence
    }

    /// Whether the deduction applies to a unit on a date, and whether that rests on the assumed default.
    public func applies(kind: String, regularPolice: Bool?, on date: CivilDate) -> (applies: Bool, assumed: Bool) {
        guard kinds.contains(kind) else { return (false, false) }
        if let regularPolice { return (regularPolice, false) }
        guard let from = assumedFrom, date >= from else { return (false, false) }
        return (true, true)
    }
}
