/// The rules applied, for reports and JSON `rules`.
public struct RulesSummary: Hashable, Sendable, Codable {
    /// The rule set's name.
    public var name: String
    /// Its description.
    public var summary: String
    /// The documents in force at some point between the check date and the end of the projection.
    public var documents: [RuleProvenance]

    /// Creates a summary.
    public init(name: String, summary: String, documents: [RuleProvenance]) {
        self.name = name
        self.summary = summary
        self.documents = documents
    }
}
