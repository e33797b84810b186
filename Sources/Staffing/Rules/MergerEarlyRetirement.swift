/// Early retirement of commune CBCC made redundant by a commune merger, further from retirement age than the general
/// window (ND 29/2023 Art. 8): `monthsPerYearEarly × years early`, plus the insurance component when
/// `includeInsuranceComponent` (whether Art. 8 adds it is [U]).
public struct MergerEarlyRetirement: Hashable, Sendable, Codable {
    /// The fewest years before retirement age (above the general window's maximum).
    public var minYearsEarly: Double
    /// The most years before retirement age.
    public var maxYearsEarly: Double
    /// Months of salary per year retired early.
    public var monthsPerYearEarly: Double
    /// Whether the 5 months + 0.5 month per SI year beyond 20 are added.
    public var includeInsuranceComponent: Bool
    /// The article cited.
    public var article: String
    /// How sure the figures are.
    public var confidence: RuleConfidence

    /// Creates the window.
    public init(
        minYearsEarly: Double = 5, maxYearsEarly: Double = 10, monthsPerYearEarly: Double = 1.5,
        includeInsuranceComponent: Bool = true, article: String = "Art. 8", confidence: RuleConfidence = .unconfirmed
    ) {
        self.minYearsEarly = minYearsEarly
        self.maxYearsEarly = maxYearsEarly
        self.monthsPerYearEarly = monthsPerYearEarly
        self.includeInsuranceComponent = includeInsuranceComponent
        self.article = article
        self.confidence = confidence
    }
}
