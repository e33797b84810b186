/// How serious a finding is.
public enum FindingSeverity: String, Hashable, Comparable, Sendable, Codable {
    /// A breach of a quota, norm or requirement that must be fixed.
    case blocking
    /// Worth knowing (e.g. a vacancy below the quota).
    case advisory

    /// The display order.
    public static func < (lhs: FindingSeverity, rhs: FindingSeverity) -> Bool {
        lhs == .blocking && rhs == .advisory
    }
}

/// One result of a staffing check, with its message in Vietnamese and in English.
public struct Finding: Hashable, Sendable, Codable, Comparable {
    /// The check that produced it (its ``StaffingCheck/id``).
    public var check: String
    /// How serious it is.
    public var severity: FindingSeverity
    /// The unit concerned.
    public var unit: String
    /// The person concerned, if any.
    public var person: String?
    /// The message in Vietnamese.
    public var messageVI: String
    /// The message in English.
    public var messageEN: String
    /// The rule applied, if any.
    public var citation: RuleCitation?

    enum CodingKeys: String, CodingKey {
        case check, severity, unit, person, citation
        case messageVI = "message_vi"
        case messageEN = "message_en"
    }

    /// Creates a finding.
    public init(
        check: String, severity: FindingSeverity, unit: String, person: String? = nil, messageVI: String,
        messageEN: String, citation: RuleCitation? = nil
    ) {
        self.check = check
        self.severity = severity
        self.unit = unit
        self.person = person
        self.messageVI = messageVI
        self.messageEN = messageEN
        self.citation = citation
    }

    /// Orders by severity, unit, person, check, then message.
    /// The display order.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return (lhs.unit, lhs.person ?? "", lhs.check, lhs.messageEN) < (rhs.unit, rhs.person ?? "", rhs.check, rhs.messageEN)
    }
}
