import ScenarioModel

/// People holding one position in one unit against the approved number.
public struct PositionHeadcount: Hashable, Sendable, Codable {
    /// The unit's code.
    public var unit: String
    /// The position.
    public var position: String
    /// The category.
    public var category: StaffCategory
    /// People holding it.
    public var people: Int
    /// The approved number.
    public var approved: Int
    /// The minimum qualification.
    public var qualification: Qualification

    /// Creates a row.
    public init(
        unit: String, position: String, category: StaffCategory, people: Int, approved: Int,
        qualification: Qualification
    ) {
        self.unit = unit
        self.position = position
        self.category = category
        self.people = people
        self.approved = approved
        self.qualification = qualification
    }

    /// The rows of a context: for each unit, each framework line that applies (a unit line overrides a kind line for
    /// the same position and category), in framework order. Units the roster does not cover are left out.
    public static func rows(in context: StaffingCheckContext) -> [PositionHeadcount] {
        let covered = context.roster.coveredUnits
        return context.scenario.units.filter { covered.contains($0.code) }.flatMap { unit -> [PositionHeadcount] in
            let lines = context.framework(for: unit)
            let people = context.people(in: unit.code)
            var seen = Set<String>()
            let ordered =
                lines.filter { if case .unit = $0.scope { return true } else { return false } }
                + lines.filter { if case .kind = $0.scope { return true } else { return false } }
            return ordered.compactMap { line in
                let key = "\(line.position)|\(line.category.rawValue)"
                guard seen.insert(key).inserted else { return nil }
                let n = people.filter { $0.position == line.position && $0.category == line.category }.count
                return PositionHeadcount(
                    unit: unit.code, position: line.position, category: line.category, people: n,
                    approved: line.approved,
                    qualification: line.qualification)
            }
        }
    }
}
