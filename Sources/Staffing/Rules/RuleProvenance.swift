import CivilCalendar

/// How sure we are of a rule's figures (the marks of `domain-facts.md`).
public enum RuleConfidence: String, Hashable, Sendable, Codable, CaseIterable {
    /// Seen in a source reproducing the legal text article by article ([C]).
    case confirmed
    /// Seen in a news report or official statement, not in the legal text ([S]).
    case secondary
    /// Derived by us from confirmed facts ([D]).
    case derived
    /// Unconfirmed ([U]): kept as a parameter and flagged in every output that uses it.
    case unconfirmed

    /// The one-letter mark used in reports: C, S, D or U.
    public var mark: String {
        switch self {
        case .confirmed: return "C"
        case .secondary: return "S"
        case .derived: return "D"
        case .unconfirmed: return "U"
        }
    }
}

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

/// A reference to the rule a figure applied: the document, the article and how sure it is.
public struct RuleCitation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The document number.
    public var document: String
    /// The article or clause, e.g. `Art. 6(1)`.
    public var article: String
    /// How sure the figure is.
    public var confidence: RuleConfidence

    /// Creates a citation.
    public init(document: String, article: String, confidence: RuleConfidence) {
        self.document = document
        self.article = article
        self.confidence = confidence
    }

    /// `document article [mark]`, e.g. `NĐ 33/2023/NĐ-CP Art. 6 [C]`.
    public var description: String { "\(document) \(article) [\(confidence.mark)]" }

    public static func < (lhs: RuleCitation, rhs: RuleCitation) -> Bool { lhs.description < rhs.description }
}

/// A date-versioned list of rules: at most one version is in force on any day.
public struct RuleTimeline<Rule: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    /// One version of a rule with its provenance.
    public struct Version: Hashable, Sendable, Codable {
        /// Where it comes from and when it is in force.
        public var provenance: RuleProvenance
        /// The rule's figures.
        public var rule: Rule

        /// Creates a version.
        public init(provenance: RuleProvenance, rule: Rule) {
            self.provenance = provenance
            self.rule = rule
        }
    }

    /// The versions, in any order.
    public var versions: [Version]

    /// Creates a timeline.
    public init(_ versions: [Version]) { self.versions = versions }

    /// The version in force on `date`: the latest-starting one whose period contains the date, if any.
    public func inForce(on date: CivilDate) -> Version? {
        versions.filter { $0.provenance.isInForce(on: date) }.max { $0.provenance.from < $1.provenance.from }
    }
}
