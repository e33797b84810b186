import CivilCalendar

/// The 2025 reform of local government: from `date` the district level ends and commune-level units are merged
/// again, so the class-based quotas of the former units stop applying.
///
/// Units that existed before `date` (no `merged_on` on or after it) are planned only up to the day before it; a
/// unit formed by the reform takes its allocated quota (`quota_cbcc`) or `officialsPerNewCommune` [U], and
/// `partTimePerNewCommune` part-time staff.
public struct LocalGovernmentReform: Hashable, Sendable, Codable {
    /// The documents and dates.
    public var provenance: RuleProvenance
    /// The first day of the two-tier local government.
    public var date: CivilDate
    /// The CBCC quota of a new commune when no allocation is given (the reform's average, not a maximum).
    public var officialsPerNewCommune: Int
    /// How sure that quota is.
    public var officialsConfidence: RuleConfidence
    /// The part-time staff quota of a new commune.
    public var partTimePerNewCommune: Int
    /// How sure that quota is.
    public var partTimeConfidence: RuleConfidence
    /// The article of the new communes' staffing.
    public var article: String

    enum CodingKeys: String, CodingKey {
        case provenance, date, article
        case officialsPerNewCommune = "officials_per_new_commune"
        case officialsConfidence = "officials_confidence"
        case partTimePerNewCommune = "part_time_per_new_commune"
        case partTimeConfidence = "part_time_confidence"
    }

    /// Creates a reform record.
    public init(
        provenance: RuleProvenance, date: CivilDate, officialsPerNewCommune: Int, officialsConfidence: RuleConfidence,
        partTimePerNewCommune: Int, partTimeConfidence: RuleConfidence, article: String
    ) {
        self.provenance = provenance
        self.date = date
        self.officialsPerNewCommune = officialsPerNewCommune
        self.officialsConfidence = officialsConfidence
        self.partTimePerNewCommune = partTimePerNewCommune
        self.partTimeConfidence = partTimeConfidence
        self.article = article
    }
}
