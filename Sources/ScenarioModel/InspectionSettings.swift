import CivilCalendar

/// Whether a target counts units across the whole scenario or in each region separately.
public enum TargetScope: String, Hashable, Sendable, Codable {
    /// One count across all units of the target's kinds.
    case all
    /// One count per region.
    case region
}

/// A coverage target: at least `minShare` of the units of some kinds are inspected.
public struct InspectionTarget: Hashable, Sendable, Codable {
    /// The target's name as shown in reports, e.g. `Xã, thị trấn`.
    public var name: String
    /// The unit kinds it counts.
    public var kinds: [UnitKind]
    /// The minimum share, 0...1. The required count is ceil(minShare × units of those kinds), excluded units included.
    public var minShare: Double
    /// Whole scenario or per region.
    public var scope: TargetScope

    /// Creates a target.
    public init(name: String, kinds: [UnitKind], minShare: Double, scope: TargetScope = .all) {
        self.name = name
        self.kinds = kinds
        self.minShare = minShare
        self.scope = scope
    }

    /// The required count for a group of `total` units: ceil(minShare × total), computed without floating-point drift.
    public func requiredCount(total: Int) -> Int {
        let exact = minShare * Double(total)
        let rounded = exact.rounded()
        return abs(exact - rounded) < 1e-9 ? Int(rounded) : Int(exact.rounded(.up))
    }
}

/// Which holidays apply.
public struct HolidaySettings: Hashable, Sendable, Codable {
    /// Whether the built-in Vietnamese public holidays of the year apply (default true).
    public var builtin: Bool
    /// Extra non-working dates.
    public var extra: [CivilDate]
    /// Dates removed from the holiday list (e.g. a swapped working day).
    public var remove: [CivilDate]

    /// Creates holiday settings.
    public init(builtin: Bool = true, extra: [CivilDate] = [], remove: [CivilDate] = []) {
        self.builtin = builtin
        self.extra = extra
        self.remove = remove
    }
}

/// A period in which some units must not be inspected.
public struct Blackout: Hashable, Sendable, Codable {
    /// Which units the blackout covers.
    public enum Selector: Hashable, Sendable, Codable {
        /// Every unit of these kinds.
        case kinds([UnitKind])
        /// These units, by code.
        case units([String])
    }

    /// The units covered.
    public var selector: Selector
    /// The dates, both ends inclusive.
    public var dates: DateSpan
    /// Why, as written (e.g. `Nghỉ hè`).
    public var reason: String

    /// Creates a blackout.
    public init(selector: Selector, dates: DateSpan, reason: String = "") {
        self.selector = selector
        self.dates = dates
        self.reason = reason
    }

    /// Whether the blackout covers a unit.
    public func covers(_ unit: Unit) -> Bool {
        switch selector {
        case .kinds(let kinds): return kinds.contains(unit.kind)
        case .units(let codes): return codes.contains(unit.code)
        }
    }
}

/// The weights of the scheduling objective's three terms. A weight of 0 switches its term off.
public struct ObjectiveWeights: Hashable, Sendable, Codable {
    /// Weight of the sum of the inspected units' priorities (default 1).
    public var priority: Double
    /// Weight of the load-spread penalty across teams and months.
    public var balance: Double
    /// Weight of the same-commune, same-team, same-or-next-day pairs bonus.
    public var bundling: Double

    /// The defaults used when `objective:` is absent.
    public static let `default` = ObjectiveWeights()

    /// Creates weights.
    public init(priority: Double = 1, balance: Double = 0.1, bundling: Double = 0.05) {
        self.priority = priority
        self.balance = balance
        self.bundling = bundling
    }
}

/// The `inspection:` section of a scenario.
public struct InspectionSettings: Hashable, Sendable, Codable {
    /// The coverage targets.
    public var targets: [InspectionTarget]
    /// Days per inspection by kind, each a positive multiple of 0.5.
    public var durationDays: [UnitKind: Double]
    /// A unit last inspected this many years (or more) before the scenario year must be inspected.
    public var rotationYears: Int?
    /// Holidays.
    public var holidays: HolidaySettings
    /// Nothing is scheduled outside this period, when given.
    public var season: DateSpan?
    /// Periods in which some units must not be inspected.
    public var blackouts: [Blackout]
    /// The objective's weights.
    public var objective: ObjectiveWeights

    /// The default inspection durations in days.
    public static let defaultDurations: [UnitKind: Double] = [
        .commune: 1, .town: 1, .ward: 1, .school: 0.5, .centre: 0.5, .healthStation: 0.5,
    ]

    /// Creates settings; unspecified values take the documented defaults.
    public init(
        targets: [InspectionTarget] = [], durationDays: [UnitKind: Double] = InspectionSettings.defaultDurations,
        rotationYears: Int? = nil, holidays: HolidaySettings = HolidaySettings(), season: DateSpan? = nil,
        blackouts: [Blackout] = [], objective: ObjectiveWeights = .default
    ) {
        self.targets = targets
        self.durationDays = durationDays
        self.rotationYears = rotationYears
        self.holidays = holidays
        self.season = season
        self.blackouts = blackouts
        self.objective = objective
    }
}
