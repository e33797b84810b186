import CivilCalendar

/// The class of a commune-level unit (loại đơn vị hành chính), which sets its staff quota.
public enum CommuneClass: String, Hashable, Sendable, Codable, CaseIterable {
    case i = "I"
    case ii = "II"
    case iii = "III"
}

/// The level of a school.
public enum SchoolLevel: String, Hashable, Sendable, Codable, CaseIterable {
    /// Mầm non.
    case preschool
    /// Tiểu học.
    case primary
    /// Trung học cơ sở.
    case lowerSecondary = "lower-secondary"
    /// Liên cấp (primary and lower-secondary together).
    case combined
}

/// A unit that can be inspected and staffed: a commune, town, ward, school, centre or health station.
public struct Unit: Hashable, Sendable, Codable, Identifiable {
    /// The unique code, e.g. `X07`.
    public var code: String
    /// The name as written, e.g. `Xã Đỉnh Bàn`.
    public var name: String
    /// The kind.
    public var kind: UnitKind
    /// The code of the commune-level unit it lies in; `nil` for the district's own centres and for communes themselves.
    public var commune: String?
    /// A grouping such as a district within a province; `nil` when the scenario has no regions.
    public var region: String?
    /// The inspection priority, > 0 (default 1).
    public var priority: Double
    /// The year of the last CCHC inspection, if known.
    public var lastInspected: Int?
    /// Whether the unit must be inspected this year.
    public var mustInspect: Bool
    /// Whether the unit must not be inspected this year.
    public var exclude: Bool

    // Staffing attributes.
    /// The commune class (I, II or III) for commune-level units.
    public var communeClass: CommuneClass?
    /// The population (people).
    public var population: Int?
    /// The area in km².
    public var areaKm2: Double?
    /// The date a merger that formed this unit took effect.
    public var mergedOn: CivilDate?
    /// The codes or names of the former units merged into this one.
    public var mergedFrom: [String]
    /// The school level, for schools.
    public var schoolLevel: SchoolLevel?
    /// The number of classes, for schools.
    public var classes: Int?
    /// Whether a regular (chính quy) police officer holds the commune police post; `nil` when the file does not say
    /// (the rule set's default for the date then applies).
    public var regularPolice: Bool?
    /// The number of commune cadres and civil servants allocated to the unit by the competent body, overriding the
    /// legal maximum; `nil` when none is given.
    public var quotaOfficials: Int?
    /// The number of part-time commune staff allocated to the unit, overriding the legal maximum; `nil` when none.
    public var quotaPartTime: Int?

    public var id: String { code }

    /// Creates a unit. Only `code`, `name` and `kind` are required.
    public init(
        code: String, name: String, kind: UnitKind, commune: String? = nil, region: String? = nil,
        priority: Double = 1, lastInspected: Int? = nil, mustInspect: Bool = false, exclude: Bool = false,
        communeClass: CommuneClass? = nil, population: Int? = nil, areaKm2: Double? = nil,
        mergedOn: CivilDate? = nil, mergedFrom: [String] = [], schoolLevel: SchoolLevel? = nil, classes: Int? = nil
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.commune = commune
        self.region = region
        self.priority = priority
        self.lastInspected = lastInspected
        self.mustInspect = mustInspect
        self.exclude = exclude
        self.communeClass = communeClass
        self.population = population
        self.areaKm2 = areaKm2
        self.mergedOn = mergedOn
        self.mergedFrom = mergedFrom
        self.schoolLevel = schoolLevel
        self.classes = classes
    }
}
