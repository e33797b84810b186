import CivilCalendar

/// Something the plan could not satisfy, or a fix for it: a fact with its values, not a sentence. Reports word it
/// in Vietnamese or English.
///
/// In JSON an item is one object: `kind`, `subject`, `region`, `team`, `months`, `shortBy`, and the values of its
/// ``detail`` beside them (e.g. `required`, `planned`, `total` for a target shortfall).
public struct UnmetItem: Hashable, Sendable {
    /// What the item is about.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A target group falls short by ``UnmetItem/shortBy`` units.
        case targetShortfall = "target-shortfall"
        /// A pin cannot be kept (``UnmetItem/subject`` is the unit code).
        case pinConflict = "pin-conflict"
        /// A must-inspect or rotation-due unit cannot be inspected.
        case mustInspectConflict = "must-inspect-conflict"
        /// Extra team-days that would make the plan feasible (``UnmetItem/team``, ``UnmetItem/months``,
        /// ``UnmetItem/shortBy`` days).
        case extraCapacity = "extra-capacity"
        /// Adding one more team (like ``UnmetItem/team``) would make the plan feasible.
        case addTeam = "add-team"
        /// Optimality or infeasibility could not be established within the limits.
        case unproven
    }

    /// The values of an item beyond its common fields, one case per ``Kind``.
    public enum Detail: Hashable, Sendable {
        /// The target requires `required` of its `total` units; the calendar reaches `planned`.
        case targetShortfall(required: Int, planned: Int, total: Int)
        /// A fixed inspection (a pin, or a past inspection when `past`) on `date` cannot be kept, because of `reason`
        /// (`blockedOn`: the day the team is away or the unit blacked out, for those reasons).
        case pinConflict(past: Bool, date: CivilDate, reason: FixedConflict, blockedOn: CivilDate? = nil)
        /// The unit (named `name`) must be inspected, by its own flag or by the rotation rule (`rotationDue`), but
        /// cannot be scheduled because of `reason`.
        case mustInspectConflict(name: String, rotationDue: Bool, reason: MustInspectConflict)
        /// The team (named `teamName`) needs ``UnmetItem/shortBy`` more inspection days in ``UnmetItem/months``.
        case extraCapacity(teamName: String)
        /// One more team working `daysPerWeek` days a week would make the plan feasible; `alternative` when extra
        /// days of the existing teams would too.
        case addTeam(daysPerWeek: Int, alternative: Bool)
        /// Nothing was proven, because of `reason`.
        case unproven(UnprovenReason)

        /// The kind of item this detail belongs to.
        public var kind: Kind {
            switch self {
            case .targetShortfall: .targetShortfall
            case .pinConflict: .pinConflict
            case .mustInspectConflict: .mustInspectConflict
            case .extraCapacity: .extraCapacity
            case .addTeam: .addTeam
            case .unproven: .unproven
            }
        }
    }

    /// Why a fixed inspection cannot be kept.
    public enum FixedConflict: String, Hashable, Sendable, Codable, CaseIterable {
        /// The scenario has no unit with this code.
        case unknownUnit = "unknown-unit"
        /// The scenario has no team with this code.
        case unknownTeam = "unknown-team"
        /// The unit already has another fixed date.
        case duplicateUnit = "duplicate-unit"
        /// The unit is excluded this year.
        case unitExcluded = "unit-excluded"
        /// The team may not inspect the unit (conflict of interest).
        case conflictOfInterest = "conflict-of-interest"
        /// The unit is outside the team's region.
        case outsideRegion = "outside-region"
        /// A date is not a working day of the season.
        case notWorkingDay = "not-working-day"
        /// The team is away on a day of the inspection.
        case teamUnavailable = "team-unavailable"
        /// The unit is blacked out on a day of the inspection.
        case blackedOut = "blacked-out"
        /// Another date rule.
        case dateRule = "date-rule"
        /// Valid alone, it conflicts with the team's capacity or other fixed inspections.
        case capacity
    }

    /// Why a must-inspect unit cannot be scheduled.
    public enum MustInspectConflict: String, Hashable, Sendable, Codable, CaseIterable {
        /// The unit is both must-inspect and excluded.
        case excluded
        /// No team has a valid date for it (region, conflicts, unavailability, blackouts).
        case noValidDate = "no-valid-date"
        /// The teams do not have enough working days.
        case notEnoughDays = "not-enough-days"
    }

    /// Why nothing was proven.
    public enum UnprovenReason: String, Hashable, Sendable, Codable, CaseIterable {
        /// Within the limits no calendar meeting every rule was found, nor was it proven impossible.
        case limits
        /// Sharing a pooled model's work among the teams broke a target or a must-inspect unit.
        case poolingBrokeRules = "pooling-broke-rules"
        /// The region (``UnmetItem/region``) was not planned: the run was stopped before its turn.
        case regionNotPlanned = "region-not-planned"
    }

    /// The kind.
    public var kind: Kind { detail.kind }
    /// The target name, or the unit code, or the team code (for ``Kind/unproven``, the scenario's name).
    public var subject: String
    /// The region, when relevant.
    public var region: String?
    /// The team, when relevant.
    public var team: String?
    /// The months concerned (1...12), when relevant.
    public var months: [Int]
    /// Missing units (targets) or missing days (capacity).
    public var shortBy: Double?
    /// The values the item's wording needs beyond the fields above.
    public var detail: Detail

    /// Creates an item.
    public init(
        _ detail: Detail, subject: String, region: String? = nil, team: String? = nil, months: [Int] = [],
        shortBy: Double? = nil
    ) {
        self.detail = detail
        self.subject = subject
        self.region = region
        self.team = team
        self.months = months
        self.shortBy = shortBy
    }
}

extension UnmetItem: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, subject, region, team, months, shortBy
        case required, planned, total, past, date, reason, blockedOn, name, rotationDue, teamName, daysPerWeek
        case alternative
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let detail: Detail
        switch try c.decode(Kind.self, forKey: .kind) {
        case .targetShortfall:
            detail = .targetShortfall(
                required: try c.decode(Int.self, forKey: .required), planned: try c.decode(Int.self, forKey: .planned),
                total: try c.decode(Int.self, forKey: .total))
        case .pinConflict:
            detail = .pinConflict(
                past: try c.decode(Bool.self, forKey: .past), date: try c.decode(CivilDate.self, forKey: .date),
                reason: try c.decode(FixedConflict.self, forKey: .reason),
                blockedOn: try c.decodeIfPresent(CivilDate.self, forKey: .blockedOn))
        case .mustInspectConflict:
            detail = .mustInspectConflict(
                name: try c.decode(String.self, forKey: .name),
                rotationDue: try c.decode(Bool.self, forKey: .rotationDue),
                reason: try c.decode(MustInspectConflict.self, forKey: .reason))
        case .extraCapacity: detail = .extraCapacity(teamName: try c.decode(String.self, forKey: .teamName))
        case .addTeam:
            detail = .addTeam(
                daysPerWeek: try c.decode(Int.self, forKey: .daysPerWeek),
                alternative: try c.decode(Bool.self, forKey: .alternative))
        case .unproven: detail = .unproven(try c.decode(UnprovenReason.self, forKey: .reason))
        }
        self.init(
            detail, subject: try c.decode(String.self, forKey: .subject),
            region: try c.decodeIfPresent(String.self, forKey: .region),
            team: try c.decodeIfPresent(String.self, forKey: .team),
            months: try c.decodeIfPresent([Int].self, forKey: .months) ?? [],
            shortBy: try c.decodeIfPresent(Double.self, forKey: .shortBy))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(subject, forKey: .subject)
        try c.encodeIfPresent(region, forKey: .region)
        try c.encodeIfPresent(team, forKey: .team)
        try c.encode(months, forKey: .months)
        try c.encodeIfPresent(shortBy, forKey: .shortBy)
        switch detail {
        case .targetShortfall(let required, let planned, let total):
            try c.encode(required, forKey: .required)
            try c.encode(planned, forKey: .planned)
            try c.encode(total, forKey: .total)
        case .pinConflict(let past, let date, let reason, let blockedOn):
            try c.encode(past, forKey: .past)
            try c.encode(date, forKey: .date)
            try c.encode(reason, forKey: .reason)
            try c.encodeIfPresent(blockedOn, forKey: .blockedOn)
        case .mustInspectConflict(let name, let rotationDue, let reason):
            try c.encode(name, forKey: .name)
            try c.encode(rotationDue, forKey: .rotationDue)
            try c.encode(reason, forKey: .reason)
        case .extraCapacity(let teamName): try c.encode(teamName, forKey: .teamName)
        case .addTeam(let daysPerWeek, let alternative):
            try c.encode(daysPerWeek, forKey: .daysPerWeek)
            try c.encode(alternative, forKey: .alternative)
        case .unproven(let reason): try c.encode(reason, forKey: .reason)
        }
    }
}
