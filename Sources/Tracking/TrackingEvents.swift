import CivilCalendar

/// What happened to a planned inspection.
public enum InspectionOutcome: String, Hashable, Sendable, Codable, CaseIterable {
    /// The inspection took place.
    case done
    /// The inspection was put off; it is to be moved to a later date.
    case postponed
    /// The inspection will not take place; another unit replaces it where a target needs it.
    case cancelled
}

/// Who recorded an event and when: every record in the tracking store carries it.
public struct Provenance: Hashable, Sendable, Codable {
    /// The person who recorded it (the operating-system user, or the name given).
    public var by: String
    /// When it was recorded, as an ISO 8601 UTC timestamp (`2022-07-01T08:30:00Z`).
    public var at: String

    /// Creates a provenance.
    public init(by: String, at: String) {
        self.by = by
        self.at = at
    }
}

/// One recorded fact about a unit's inspection. Events are never changed: a correction is a newer event for the
/// same unit, and the newest one counts.
public struct InspectionEvent: Hashable, Sendable, Codable {
    /// The store's sequence number (increasing in recording order); `nil` before it is stored.
    public var id: Int64?
    /// The unit's code.
    public var unit: String
    /// What happened.
    public var outcome: InspectionOutcome
    /// When it happened (the inspection date, or the date it was postponed or cancelled).
    public var date: CivilDate?
    /// The team that inspected.
    public var team: String?
    /// The score given, when the inspection scores.
    public var score: Double?
    /// What the inspection found.
    public var findings: String?
    /// Who recorded it and when.
    public var provenance: Provenance

    /// Creates an event.
    public init(
        id: Int64? = nil, unit: String, outcome: InspectionOutcome, date: CivilDate? = nil, team: String? = nil,
        score: Double? = nil, findings: String? = nil, provenance: Provenance
    ) {
        self.id = id
        self.unit = unit
        self.outcome = outcome
        self.date = date
        self.team = team
        self.score = score
        self.findings = findings
        self.provenance = provenance
    }
}

/// The two plans every unit issues for itself.
public enum SelfPlanKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The unit's own yearly CCHC plan (kế hoạch CCHC).
    case cchcPlan = "cchc-plan"
    /// The unit's own self-inspection plan (kế hoạch tự kiểm tra).
    case selfInspection = "self-inspection"
}

/// A unit's own plan, as issued: its number and date.
public struct SelfPlanEvent: Hashable, Sendable, Codable {
    /// The store's sequence number; `nil` before it is stored.
    public var id: Int64?
    /// The unit's code.
    public var unit: String
    /// Which plan.
    public var kind: SelfPlanKind
    /// The document number (`15/KH-UBND`).
    public var number: String
    /// The date the plan was issued.
    public var date: CivilDate
    /// Who recorded it and when.
    public var provenance: Provenance

    /// Creates a record.
    public init(
        id: Int64? = nil, unit: String, kind: SelfPlanKind, number: String, date: CivilDate, provenance: Provenance
    ) {
        self.id = id
        self.unit = unit
        self.kind = kind
        self.number = number
        self.date = date
        self.provenance = provenance
    }
}

/// The newest event per key, where "newest" is the highest store sequence number (then the later position).
func newest<E, K: Hashable>(_ events: [E], key: (E) -> K, id: (E) -> Int64?) -> [K: E] {
    var result: [K: (Int64, Int, E)] = [:]
    for (offset, event) in events.enumerated() {
        let rank = id(event) ?? Int64.max
        let k = key(event)
        if let current = result[k], (current.0, current.1) > (rank, offset) { continue }
        result[k] = (rank, offset, event)
    }
    return result.mapValues(\.2)
}
