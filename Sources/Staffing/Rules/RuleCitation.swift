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

    /// The display order.
    public static func < (lhs: RuleCitation, rhs: RuleCitation) -> Bool { lhs.description < rhs.description }
}
