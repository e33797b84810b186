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
    /// Why this person: the selection criterion the person meets first.
    public var criterion: SelectionCriterion?
    /// The rule that names the criterion.
    public var criterionCitation: RuleCitation?
    /// The salary the amount was computed on.
    public var salaryBasis: SalaryBasis?

    enum CodingKeys: String, CodingKey {
        case id, name, unit, kind, date, formula, citation, unconfirmed, criterion
        case costVND = "cost_vnd"
        case criterionCitation = "criterion_citation"
        case salaryBasis = "salary_basis"
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
        self.salaryBasis = cost.salaryBasis
    }
}
