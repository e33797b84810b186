/// How sure we are of a rule's figures (the marks of `docs/legal-sources.md` §0).
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
