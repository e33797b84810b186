import CivilCalendar

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
