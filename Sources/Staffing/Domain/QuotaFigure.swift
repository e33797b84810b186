/// A quota or norm for one unit and group on one day, with how it was computed and the rule it applied.
public struct QuotaFigure: Hashable, Sendable, Codable {
    /// The maximum number of people.
    public var value: Int
    /// How it was computed, e.g. `20 (loại II) + floor((15500 − 8000) / 4000) = 1 + floor((25 − 30) / 30) = 0`.
    public var basis: String
    /// The rule applied; `nil` when the number comes from the approved job-position framework.
    public var citation: RuleCitation?
    /// Whether an unconfirmed [U] figure entered the computation.
    public var unconfirmed: Bool

    /// Creates a figure.
    public init(value: Int, basis: String, citation: RuleCitation?, unconfirmed: Bool = false) {
        self.value = value
        self.basis = basis
        self.citation = citation
        self.unconfirmed = unconfirmed
    }
}
