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
    /// The establishment allocated in the base year (biên chế giao), when the scenario gives it: the cut is then
    /// `(baseline − final) / establishment`, the roster's reduction measured against the whole establishment.
    public var establishment: Int?
    /// Whether the roster covers fewer people of these categories than the establishment (a partial roster).
    public var partialRoster: Bool?

    enum CodingKeys: String, CodingKey {
        case categories, from, to, baseline, final, met, establishment
        case partialRoster = "partial_roster"
        case requiredCut = "required_cut"
        case projectedCut = "projected_cut"
    }

    /// Creates a result.
    public init(
        categories: [StaffCategory], from: Int, to: Int, baseline: Int, final: Int, requiredCut: Double,
        establishment: Int? = nil
    ) {
        self.categories = categories
        self.from = from
        self.to = to
        self.baseline = baseline
        self.final = final
        self.requiredCut = requiredCut
        let base = establishment ?? baseline
        self.projectedCut = base > 0 ? Double(baseline - final) / Double(base) : 0
        self.met = projectedCut + 1e-9 >= requiredCut
        self.establishment = establishment
        self.partialRoster = establishment.map { baseline < $0 }
    }
}
