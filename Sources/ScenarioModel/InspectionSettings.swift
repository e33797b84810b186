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
    /// The most that may be inspected, as a share 0...1 of the units (`nil`: no upper limit). The limit is
    /// floor(maxShare × units), raised to the units that must be inspected anyway (must-inspect, rotation, pins).
    public var maxShare: Double?

    /// Creates a target.
    public init(
        name: String, kinds: [UnitKind], minShare: Double, scope: TargetScope = .all, maxShare: Double? = nil
    ) {
        self.name = name
        self.kinds = kinds
        self.minShare = minShare
        self.scope = scope
        self.maxShare = maxShare
    }

    /// The upper limit for a group of `total` units: floor(maxShare × total) without floating-point drift, or `nil`.
    public func maximumCount(total: Int) -> Int? {
        guard let maxShare else { return nil }
        let exact = maxShare * Double(total)
        let rounded = exact.rounded()
        return abs(exact - rounded) < 1e-9 ? Int(rounded) : Int(exact.rounded(.down))
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

/// What the plan aims at first.
public enum ObjectiveMode: String, Hashable, Sendable, Codable, CaseIterable {
    /// Inspect as many (and as important) units as capacity allows: the weighted objective alone.
    case coverage
    /// Meet every target, must-inspect unit, rotation rule and pin with the fewest team-days (then the fewest
    /// half-day slots); among those plans, the weighted objective decides.
    case targets
    /// Like ``coverage``, but keep ``ObjectiveWeights/reserveShare`` of each team's capacity free in every month.
    case reserve
}

/// The weights of the scheduling objective's three terms. A weight of 0 switches its term off.
public struct ObjectiveWeights: Hashable, Sendable, Codable {
    /// Weight of the sum of the inspected units' priorities (default 1).
    public var priority: Double
    /// Weight of the load-spread penalty across teams and months.
    public var balance: Double
    /// Weight of the same-commune, same-team, same-or-next-day pairs bonus.
    public var bundling: Double
    /// The mode (`nil`: ``ObjectiveMode/coverage``, the behaviour of scenarios written before modes existed).
    public var mode: ObjectiveMode?
    /// Reserve mode: the share 0..<1 of each team's working dates in each month left free (`nil`: 0).
    public var reserveShare: Double?

    /// The mode in effect.
    public var effectiveMode: ObjectiveMode { mode ?? .coverage }

    /// The defaults used when `objective:` is absent.
    public static let `default` = ObjectiveWeights()

    /// Creates weights.
    public init(
        priority: Double = 1, balance: Double = 0.1, bundling: Double = 0.05, mode: ObjectiveMode? = nil,
        reserveShare: Double? = nil
    ) {
        self.priority = priority
        self.balance = balance
        self.bundling = bundling
        self.mode = mode
        self.reserveShare = reserveShare
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
    /// The objective's weights and mode.
    public var objective: ObjectiveWeights
    /// Which weekdays inspections may start on and which are preferred (`nil`: every working day, spread from
    /// mid-week).
    public var weekdays: WeekdaySettings?
    /// The areas each kind of unit is inspected on (`nil`: ``InspectionContent/default``).
    public var content: InspectionContent?

    /// The content map in effect.
    public var effectiveContent: InspectionContent { content ?? .default }

    /// The default inspection durations in days.
    public static let defaultDurations: [UnitKind: Double] = [
        .commune: 1, .town: 1, .ward: 1, .school: 0.5, .centre: 0.5, .healthStation: 0.5,
    ]

    /// Creates settings; unspecified values take the documented defaults.
    public init(
        targets: [InspectionTarget] = [], durationDays: [UnitKind: Double] = InspectionSettings.defaultDurations,
        rotationYears: Int? = nil, holidays: HolidaySettings = HolidaySettings(), season: DateSpan? = nil,
        blackouts: [Blackout] = [], objective: ObjectiveWeights = .default, weekdays: WeekdaySettings? = nil,
        content: InspectionContent? = nil
    ) {
        self.targets = targets
        self.durationDays = durationDays
        self.rotationYears = rotationYears
        self.holidays = holidays
        self.season = season
        self.blackouts = blackouts
        self.objective = objective
        self.weekdays = weekdays
        self.content = content
    }
}

/// Weekday rules for inspections: days allowed at all (a hard rule) and soft preferences for day placement.
/// Days are ISO weekdays, 1 = Monday … 5 = Friday.
public struct WeekdaySettings: Hashable, Sendable, Codable {
    /// The weekdays inspections may occupy (empty: all).
    public var allowed: [Int]
    /// Weekdays used only when a week cannot be placed otherwise (e.g. Monday, the weekly leadership meeting).
    public var avoid: [Int]
    /// Weekdays filled first.
    public var prefer: [Int]

    /// Creates weekday settings.
    public init(allowed: [Int] = [], avoid: [Int] = [], prefer: [Int] = []) {
        self.allowed = allowed
        self.avoid = avoid
        self.prefer = prefer
    }

    /// Whether inspections may occupy a weekday.
    public func allows(_ weekday: Int) -> Bool { allowed.isEmpty || allowed.contains(weekday) }

    /// The order in which day placement tries the weekdays: preferred days first, then the others, avoided days
    /// last; within each group from mid-week outwards (Wednesday, Thursday, Tuesday, Friday, Monday), so a week is
    /// never filled from its start by default.
    public func placementOrder() -> [Int] {
        let midWeekOut = [3, 4, 2, 5, 1]
        let rank = { (d: Int) -> Int in self.prefer.contains(d) ? 0 : self.avoid.contains(d) ? 2 : 1 }
        return midWeekOut.filter(allows).sorted {
            (rank($0), midWeekOut.firstIndex(of: $0)!) < (rank($1), midWeekOut.firstIndex(of: $1)!)
        }
    }
}
