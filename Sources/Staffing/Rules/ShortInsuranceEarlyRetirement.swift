/// Early retirement of women commune cadres and civil servants with at least `minInsuranceYears` but fewer than
/// 20 years of social insurance (they may draw a pension with 15 years): `flatMonths + monthsPerYearEarly × years
/// early`, when they are between `minYearsEarly` and `maxYearsEarly` years before their retirement age.
///
/// NĐ 29/2023 Art. 8 (commune merger, more than 5 and up to 10 years early): 5 months + 1.5 months per year early
/// [C]. NĐ 29/2023 Art. 5 and NĐ 108/2014 as amended by NĐ 143/2020 (2 to 5 years early): 3 months per year early
/// [U]. `mergedCommuneOnly` limits a case to commune officials made redundant by a merger.
public struct ShortInsuranceEarlyRetirement: Hashable, Sendable, Codable {
    /// The fewest years before retirement age.
    public var minYearsEarly: Double
    /// The most years before retirement age.
    public var maxYearsEarly: Double
    /// The least years of insurance (the upper limit is 20, where the general case begins).
    public var minInsuranceYears: Double
    /// Months of salary paid once.
    public var flatMonths: Double
    /// Months of salary per year early.
    public var monthsPerYearEarly: Double
    /// Whether only officials of a commune formed by a merger qualify.
    public var mergedCommuneOnly: Bool
    /// The article cited.
    public var article: String
    /// How sure the figures are.
    public var confidence: RuleConfidence

    /// Creates a case.
    public init(
        minYearsEarly: Double, maxYearsEarly: Double, minInsuranceYears: Double = 15, flatMonths: Double,
        monthsPerYearEarly: Double, mergedCommuneOnly: Bool, article: String, confidence: RuleConfidence
    ) {
        self.minYearsEarly = minYearsEarly
        self.maxYearsEarly = maxYearsEarly
        self.minInsuranceYears = minInsuranceYears
        self.flatMonths = flatMonths
        self.monthsPerYearEarly = monthsPerYearEarly
        self.mergedCommuneOnly = mergedCommuneOnly
        self.article = article
        self.confidence = confidence
    }
}
