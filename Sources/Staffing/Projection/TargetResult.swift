import ScenarioModel

/// The outcome of one reduction target (JSON `targets`).
public struct TargetResult: Hashable, Sendable, Codable {
    /// The categories counted.
    public var categories: [StaffCategory]
    /// The base year.
    public var from: Int
    /// The final year.
    public var to: Int
    /// The headcount at the base (the check date when `from` ≤ its year, else 31 December of `from − 1`).
    public var baseline: Int
    /// The projected headcount on 31 December of `to`, hires and plan included.
    public var final: Int
    /// The minimum share to cut.
    public var requiredCut: Double
    /// The projected share cut, `(baseline − final) / baseline` (0 when the baseline is 0).
    public var projectedCut: Double
    /// Whether `projectedCut ≥ requiredCut`.
    public var met: Bool

    enum CodingKeys: String, CodingKey {
        case categories, from, to, baseline, final, met
        case requiredCut = "required_cut"
        case projectedCut = "projected_cut"
    }

    /// Creates a result.
    public init(categories: [StaffCategory], from: Int, to: Int, baseline: Int, final: Int, requiredCut: Double) {
        self.categories = categories
        self.from = from
        self.to = to
        self.baseline = baseline
        self.final = final
        self.requiredCut = requiredCut
        self.projectedCut = baseline > 0 ? Double(baseline - final) / Double(baseline) : 0
        self.met = projectedCut + 1e-9 >= requiredCut
    }
}
