/// What ``ScenarioGenerator`` makes.
public struct GeneratorOptions: Hashable, Sendable {
    /// The number of units (communes, schools, health stations, centres), at least 10 per region.
    public var units: Int
    /// The number of inspection teams, at least one per region (about one per 40–60 units is realistic).
    public var teams: Int
    /// The seed: the same options give the same scenario.
    public var seed: UInt64
    /// The number of regions (1: one district, no `region` column values). Teams and targets are per region when > 1.
    public var regions: Int
    /// The plan year.
    public var year: Int
    /// Staff generated per commune-level unit (`nil`: 10 when `units` ≤ 1,500, else none).
    public var staffPerCommune: Int?
    /// The scenario's display name (`nil`: a generated one naming the size and seed).
    public var name: String?

    /// Creates options.
    public init(
        units: Int, teams: Int, seed: UInt64, regions: Int = 1, year: Int = 2026, staffPerCommune: Int? = nil,
        name: String? = nil
    ) {
        self.units = units
        self.teams = teams
        self.seed = seed
        self.regions = regions
        self.year = year
        self.staffPerCommune = staffPerCommune
        self.name = name
    }

    /// The usual team count for a unit count: one team per 50 units, at least one per region.
    public static func defaultTeams(units: Int, regions: Int = 1) -> Int { max(regions, (units + 25) / 50) }

    /// The staff per commune-level unit actually generated.
    public var effectiveStaffPerCommune: Int { staffPerCommune ?? (units <= 1_500 ? 10 : 0) }
}

/// Options ``ScenarioGenerator`` refuses, with the fix.
public enum GeneratorError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Fewer than 10 units per region.
    case tooFewUnits(units: Int, regions: Int)
    /// Fewer teams than regions, or more teams than units.
    case badTeamCount(teams: Int, units: Int, regions: Int)
    /// Regions below 1.
    case badRegionCount(Int)
    /// A year outside 1900–2100.
    case badYear(Int)
    /// A negative staff count.
    case badStaffCount(Int)

    public var description: String {
        switch self {
        case .tooFewUnits(let units, let regions):
            return "\(units) units in \(regions) region(s) is too few: give at least 10 units per region."
        case .badTeamCount(let teams, let units, let regions):
            return
                "\(teams) teams does not fit \(units) units in \(regions) region(s): give at least one team per region "
                + "and no more teams than units (about one team per 40–60 units is realistic)."
        case .badRegionCount(let r): return "--regions must be at least 1 (it is \(r))."
        case .badYear(let y): return "The year must be 1900–2100 (it is \(y))."
        case .badStaffCount(let n): return "The staff per commune cannot be negative (it is \(n))."
        }
    }
}
