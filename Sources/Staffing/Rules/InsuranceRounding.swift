/// How a benefit decree rounds the odd months of social-insurance time: under `dropBelowMonths` months are not
/// counted, from `dropBelowMonths` up to and including `halfUpToMonths` count as half a year, more count as a year
/// (e.g. NĐ 108/2014 as amended by NĐ 113/2018 Art. 1(8): under 3 months dropped, 3–6 months ½ year, over 6 months
/// 1 year).
public struct InsuranceRounding: Hashable, Sendable, Codable {
    /// Odd months below this are dropped.
    public var dropBelowMonths: Int
    /// Odd months up to this (inclusive) count as half a year; more count as a whole year.
    public var halfUpToMonths: Int
    /// The article cited.
    public var article: String
    /// How sure the rule is.
    public var confidence: RuleConfidence

    /// Creates a rounding rule.
    public init(dropBelowMonths: Int = 3, halfUpToMonths: Int = 6, article: String, confidence: RuleConfidence) {
        self.dropBelowMonths = dropBelowMonths
        self.halfUpToMonths = halfUpToMonths
        self.article = article
        self.confidence = confidence
    }

    /// The years counted for `months` whole months of insurance.
    public func years(months: Int) -> Double {
        let whole = Double(max(0, months) / 12)
        let odd = max(0, months) % 12
        if odd < dropBelowMonths { return whole }
        return odd <= halfUpToMonths ? whole + 0.5 : whole + 1
    }
}
