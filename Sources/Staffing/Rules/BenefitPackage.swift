/// The amounts a streamlining package (tinh giản biên chế) pays for leaving, in months of salary.
///
/// Early retirement (ND 108/2014 Art. 8 as amended by ND 143/2020; ND 29/2023 Art. 5): a person between
/// `minYearsEarly` and `maxYearsEarly` years before their retirement age with at least `minInsuranceYears` of social
/// insurance gets `monthsPerYearEarly × years early + firstInsuranceMonths + monthsPerExtraInsuranceYear × (SI years − 20)`
/// months of salary. Immediate resignation (ND 108 Art. 10; ND 29 Art. 7): `resignationBaseMonths +
/// resignationMonthsPerInsuranceYear × SI years`. Part-time commune staff (NHĐKCT) redundant after a merger (ND 29
/// Art. 9(2)): `partTimeShareOfMonthlyAllowance` of a month's allowance per month left to the merger deadline.
public struct BenefitPackage: Hashable, Sendable, Codable {
    /// The fewest years before retirement age at which early retirement is allowed.
    public var minYearsEarly: Double
    /// The most years before retirement age at which early retirement is allowed.
    public var maxYearsEarly: Double
    /// The least years of compulsory social insurance at the exit date.
    public var minInsuranceYears: Double
    /// Months of salary per year retired early.
    public var monthsPerYearEarly: Double
    /// Months of salary for the first 20 years of insurance.
    public var firstInsuranceMonths: Double
    /// Months of salary per insurance year beyond 20.
    public var monthsPerExtraInsuranceYear: Double
    /// Months of salary to find a job, on resignation.
    public var resignationBaseMonths: Double
    /// Months of salary per insurance year, on resignation.
    public var resignationMonthsPerInsuranceYear: Double
    /// Share of the monthly allowance per month left to the merger deadline for part-time staff, or `nil` when the
    /// package has no such payment.
    public var partTimeShareOfMonthlyAllowance: Double?
    /// The article of the early-retirement payment.
    public var earlyRetirementArticle: String
    /// The article of the resignation payment.
    public var resignationArticle: String
    /// The article of the part-time payment.
    public var partTimeArticle: String
    /// How sure the early-retirement figures are.
    public var earlyRetirementConfidence: RuleConfidence
    /// How sure the resignation figures are.
    public var resignationConfidence: RuleConfidence
    /// The extra early-retirement window for commune CBCC made redundant by a commune merger (ND 29/2023 Art. 8), or
    /// `nil` when the package has none.
    public var mergerEarlyRetirement: MergerEarlyRetirement?
    /// How odd months of insurance are rounded; `nil` rounds down to half years.
    public var insuranceRounding: InsuranceRounding?
    /// Part-time staff are paid only when they leave within this many months of the merger, if set.
    public var partTimeWindowMonths: Int?
    /// The early-retirement cases of women commune officials with 15 to under 20 insurance years.
    public var shortInsurance: [ShortInsuranceEarlyRetirement]?
    /// Whether the decree pays on the average salary of a period (tiền lương bình quân) rather than the current one.
    public var averageSalary: Bool?

    /// Creates a package.
    public init(
        minYearsEarly: Double = 2, maxYearsEarly: Double = 5, minInsuranceYears: Double = 20,
        monthsPerYearEarly: Double = 3, firstInsuranceMonths: Double = 5, monthsPerExtraInsuranceYear: Double = 0.5,
        resignationBaseMonths: Double = 3, resignationMonthsPerInsuranceYear: Double = 1.5,
        partTimeShareOfMonthlyAllowance: Double? = nil, earlyRetirementArticle: String, resignationArticle: String,
        partTimeArticle: String = "", earlyRetirementConfidence: RuleConfidence, resignationConfidence: RuleConfidence,
        mergerEarlyRetirement: MergerEarlyRetirement? = nil, insuranceRounding: InsuranceRounding? = nil,
        partTimeWindowMonths: Int? = nil, shortInsurance: [ShortInsuranceEarlyRetirement]? = nil,
        averageSalary: Bool? = nil
    ) {
        self.insuranceRounding = insuranceRounding
        self.partTimeWindowMonths = partTimeWindowMonths
        self.shortInsurance = shortInsurance
        self.averageSalary = averageSalary
        self.mergerEarlyRetirement = mergerEarlyRetirement
        self.minYearsEarly = minYearsEarly
        self.maxYearsEarly = maxYearsEarly
        self.minInsuranceYears = minInsuranceYears
        self.monthsPerYearEarly = monthsPerYearEarly
        self.firstInsuranceMonths = firstInsuranceMonths
        self.monthsPerExtraInsuranceYear = monthsPerExtraInsuranceYear
        self.resignationBaseMonths = resignationBaseMonths
        self.resignationMonthsPerInsuranceYear = resignationMonthsPerInsuranceYear
        self.partTimeShareOfMonthlyAllowance = partTimeShareOfMonthlyAllowance
        self.earlyRetirementArticle = earlyRetirementArticle
        self.resignationArticle = resignationArticle
        self.partTimeArticle = partTimeArticle
        self.earlyRetirementConfidence = earlyRetirementConfidence
        self.resignationConfidence = resignationConfidence
    }
}
