import CivilCalendar
import ScenarioModel

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

/// One result of a staffing check: what was found, as a fact with its values (reports word it).
public struct Finding: Hashable, Sendable, Codable, Comparable {
    /// The check that produced it (its ``StaffingCheck/id``).
    public var check: String
    /// How serious it is.
    public var severity: FindingSeverity
    /// The unit concerned.
    public var unit: String
    /// The person concerned (their id), if any.
    public var person: String?
    /// What was found, with its values.
    public var fact: FindingFact
    /// The rule applied, if any.
    public var citation: RuleCitation?

    /// Creates a finding.
    public init(
        check: String, severity: FindingSeverity, unit: String, person: String? = nil, fact: FindingFact,
        citation: RuleCitation? = nil
    ) {
        self.check = check
        self.severity = severity
        self.unit = unit
        self.person = person
        self.fact = fact
        self.citation = citation
    }

    /// The display order: severity, unit, person, check, then the fact (its subject, then its numbers).
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return (lhs.unit, lhs.person ?? "", lhs.check, lhs.fact.orderKey)
            < (rhs.unit, rhs.person ?? "", rhs.check, rhs.fact.orderKey)
    }
}

/// What a staffing check found, with the values a report needs to word it.
///
/// In JSON a fact is an object whose `kind` names the case, with the case's values beside it, e.g.
/// `{"kind": "unit-quota", "group": "officials", "headcount": 21, "quota": 20}`.
public enum FindingFact: Hashable, Sendable {
    /// The person (named `name`) reached retirement age on `retirementDate` but is still on the roll.
    case pastRetirementAge(name: String, retirementDate: CivilDate)
    /// The person (named `name`) holds `position`, which is not in the unit's job-position framework.
    case positionNotInFramework(name: String, position: String)
    /// `people` hold `position` in the unit, which the framework approves for `approved` (above or below).
    case positionCount(position: String, people: Int, approved: Int)
    /// The person (named `name`) has `qualification`, below the `required` one for `position`.
    case qualificationBelow(name: String, qualification: Qualification, required: Qualification, position: String)
    /// The unit has `headcount` people in `group` against a quota of `quota` (above or below).
    case unitQuota(group: QuotaGroup, headcount: Int, quota: Int)

    /// The fact's kind: the `kind` of its JSON object.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case pastRetirementAge = "past-retirement-age"
        case positionNotInFramework = "position-not-in-framework"
        case positionCount = "position-count"
        case qualificationBelow = "qualification-below"
        case unitQuota = "unit-quota"
    }

    /// The fact's kind.
    public var kind: Kind {
        switch self {
        case .pastRetirementAge: .pastRetirementAge
        case .positionNotInFramework: .positionNotInFramework
        case .positionCount: .positionCount
        case .qualificationBelow: .qualificationBelow
        case .unitQuota: .unitQuota
        }
    }

    /// Orders facts of one check, unit and person: by the group or position (in English), then by headcount, as
    /// the reports have always listed them.
    var orderKey: String {
        switch self {
        case .pastRetirementAge(let name, _), .positionNotInFramework(let name, _),
            .qualificationBelow(let name, _, _, _):
            name
        case .positionCount(let position, let people, _): "\(position): \(people)"
        case .unitQuota(let group, let headcount, _): "\(group.englishName): \(headcount)"
        }
    }
}

extension FindingFact: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, name, position, people, approved, qualification, required, group, headcount, quota
        case retirementDate = "retirement_date"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(Kind.self, forKey: .kind) {
        case .pastRetirementAge:
            self = .pastRetirementAge(
                name: try c.decode(String.self, forKey: .name),
                retirementDate: try c.decode(CivilDate.self, forKey: .retirementDate))
        case .positionNotInFramework:
            self = .positionNotInFramework(
                name: try c.decode(String.self, forKey: .name), position: try c.decode(String.self, forKey: .position))
        case .positionCount:
            self = .positionCount(
                position: try c.decode(String.self, forKey: .position), people: try c.decode(Int.self, forKey: .people),
                approved: try c.decode(Int.self, forKey: .approved))
        case .qualificationBelow:
            self = .qualificationBelow(
                name: try c.decode(String.self, forKey: .name),
                qualification: try c.decode(Qualification.self, forKey: .qualification),
                required: try c.decode(Qualification.self, forKey: .required),
                position: try c.decode(String.self, forKey: .position))
        case .unitQuota:
            self = .unitQuota(
                group: try c.decode(QuotaGroup.self, forKey: .group),
                headcount: try c.decode(Int.self, forKey: .headcount),
                quota: try c.decode(Int.self, forKey: .quota))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        switch self {
        case .pastRetirementAge(let name, let retirementDate):
            try c.encode(name, forKey: .name)
            try c.encode(retirementDate, forKey: .retirementDate)
        case .positionNotInFramework(let name, let position):
            try c.encode(name, forKey: .name)
            try c.encode(position, forKey: .position)
        case .positionCount(let position, let people, let approved):
            try c.encode(position, forKey: .position)
            try c.encode(people, forKey: .people)
            try c.encode(approved, forKey: .approved)
        case .qualificationBelow(let name, let qualification, let required, let position):
            try c.encode(name, forKey: .name)
            try c.encode(qualification, forKey: .qualification)
            try c.encode(required, forKey: .required)
            try c.encode(position, forKey: .position)
        case .unitQuota(let group, let headcount, let quota):
            try c.encode(group, forKey: .group)
            try c.encode(headcount, forKey: .headcount)
            try c.encode(quota, forKey: .quota)
        }
    }
}
