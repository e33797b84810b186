import CivilCalendar

/// An inspection team (đoàn kiểm tra).
public struct Team: Hashable, Sendable, Codable, Identifiable {
    /// The unique code, e.g. `T1`.
    public var code: String
    /// The name, e.g. `Đoàn kiểm tra số 1`.
    public var name: String
    /// The most inspection days in one ISO week, 1...5.
    public var daysPerWeek: Int
    /// The members' names (with their office), in the order given.
    public var members: [String]
    /// When set, the team inspects only units of this region.
    public var region: String?
    /// Units the team may not inspect (conflicts of interest).
    public var excludedUnits: Set<String>
    /// The most inspection days the team may work in the year (`nil`: no limit).
    public var maxDays: Double?

    public var id: String { code }

    /// Creates a team.
    public init(
        code: String, name: String, daysPerWeek: Int = 5, members: [String] = [], region: String? = nil,
        excludedUnits: Set<String> = [], maxDays: Double? = nil
    ) {
        self.code = code
        self.name = name
        self.daysPerWeek = daysPerWeek
        self.members = members
        self.region = region
        self.excludedUnits = excludedUnits
        self.maxDays = maxDays
    }
}

/// A period in which a team cannot inspect (leave, other duties).
public struct Unavailability: Hashable, Sendable, Codable {
    /// The team's code.
    public var team: String
    /// The dates, both ends inclusive.
    public var dates: DateSpan
    /// Why, as written.
    public var reason: String

    /// Creates an unavailability.
    public init(team: String, dates: DateSpan, reason: String = "") {
        self.team = team
        self.dates = dates
        self.reason = reason
    }
}

/// A fixed inspection that every plan must keep (already done or already announced).
public struct Pin: Hashable, Sendable, Codable {
    /// The unit's code.
    public var unit: String
    /// The team's code.
    public var team: String
    /// The start date.
    public var date: CivilDate

    /// Creates a pin.
    public init(unit: String, team: String, date: CivilDate) {
        self.unit = unit
        self.team = team
        self.date = date
    }
}
