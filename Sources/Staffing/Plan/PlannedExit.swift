import CivilCalendar

/// A planned exit (JSON `plan.exits`).
public struct PlannedExit: Hashable, Sendable, Codable {
    /// The person's id.
    public var id: String
    /// The person's name.
    public var name: String
    /// The person's unit.
    public var unit: String
    /// Early retirement or resignation.
    public var kind: ExitKind
    /// The exit date.
    public var date: CivilDate
    /// The amount paid in VND.
    public var costVND: Double
    /// The formula with its figures.
    public var formula: String
    /// The rule applied.
    public var citation: RuleCitation
    /// Whether an unconfirmed figure entered the amount.
    public var unconfirmed: Bool

    enum CodingKeys: String, CodingKey {
        case id, name, unit, kind, date, formula, citation, unconfirmed
        case costVND = "cost_vnd"
    }

    /// Creates an exit.
    public init(id: String, name: String, unit: String, kind: ExitKind, date: CivilDate, cost: ExitCost) {
        self.id = id
        self.name = name
        self.unit = unit
        self.kind = kind
        self.date = date
        self.costVND = cost.vnd
        self.formula = cost.formula
        self.citation = cost.citation
        self.unconfirmed = cost.unconfirmed
    }
}
