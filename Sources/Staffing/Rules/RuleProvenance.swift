import CivilCalendar

/// Where a rule comes from and when it is in force.
public struct RuleProvenance: Hashable, Sendable, Codable {
    /// The document number, e.g. `NĐ 34/2019/NĐ-CP`.
    public var document: String
    /// The document's title or subject, short.
    public var title: String
    /// The first day in force, inclusive.
    public var from: CivilDate
    /// The last day in force, inclusive; `nil` while still in force.
    public var to: CivilDate?
    /// Where the figures were read (a page or a fact-sheet section).
    public var source: String
    /// How sure the figures are.
    public var confidence: RuleConfidence

    /// Creates a provenance record.
    public init(
        document: String, title: String, from: CivilDate, to: CivilDate? = nil, source: String,
        confidence: RuleConfidence
    ) {
        self.document = document
        self.title = title
        self.from = from
        self.to = to
        self.source = source
        self.confidence = confidence
    }

    /// Whether the rule is in force on `date` (both ends inclusive).
    public func isInForce(on date: CivilDate) -> Bool {
        from <= date && (to.map { date <= $0 } ?? true)
    }

    /// The in-force period as text, e.g. `2019-06-25…2023-07-31` or `2023-08-01…`.
    public var periodDescription: String { "\(from)…\(to.map(\.description) ?? "")" }
}
