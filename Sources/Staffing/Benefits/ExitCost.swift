/// The amount paid for one exit, how it was computed, and the rule applied.
public struct ExitCost: Hashable, Sendable, Codable {
    /// The amount in VND (rounded to whole đồng).
    public var vnd: Double
    /// The formula with its figures, e.g. `(3 × 2.50 + 5 + 0.5 × 6) × 2.34 × 1,800,000 = …`.
    public var formula: String
    /// The rule applied.
    public var citation: RuleCitation
    /// Whether an unconfirmed figure entered the amount.
    public var unconfirmed: Bool
    /// Which salary the amount was computed on, when known.
    public var salaryBasis: SalaryBasis?

    /// Creates a cost.
    public init(
        vnd: Double, formula: String, citation: RuleCitation, unconfirmed: Bool, salaryBasis: SalaryBasis? = nil
    ) {
        self.vnd = vnd
        self.formula = formula
        self.citation = citation
        self.unconfirmed = unconfirmed
        self.salaryBasis = salaryBasis
    }
}

/// The salary a benefit is computed on.
public enum SalaryBasis: String, Hashable, Sendable, Codable {
    /// The average salary coefficient of the decree's period, from `average_salary_coefficient`.
    case average
    /// The current coefficient, where the decree pays on the current salary (tiền lương hiện hưởng).
    case current
    /// The current coefficient standing in for the average the decree asks for (no average was given).
    case currentForAverage = "current-for-average"
}

/// Formats a number with `,` thousands separators and no decimals, e.g. `12,345,678`.
public func formatVND(_ value: Double) -> String {
    let n = Int(value.rounded())
    let digits = String(abs(n))
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return (n < 0 ? "-" : "") + out
}

/// Formats a factor with up to 2 decimals and no trailing zeros, e.g. `2.5`, `0.33`.
func formatFactor(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let whole = abs(hundredths) / 100
    let frac = abs(hundredths) % 100
    if frac == 0 { return "\(sign)\(whole)" }
    let text = frac % 10 == 0 ? "\(frac / 10)" : (frac < 10 ? "0\(frac)" : "\(frac)")
    return "\(sign)\(whole).\(text)"
}
