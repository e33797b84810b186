/// Splitting a scenario into independent regions, so each can be planned on its own (and in parallel).
extension Scenario {
    /// The regions, in order of first appearance in the units; empty when no unit has a region.
    public var regions: [String] {
        var seen = Set<String>()
        var order: [String] = []
        for unit in units { if let r = unit.region, seen.insert(r).inserted { order.append(r) } }
        return order
    }

    /// The scenario split into one scenario per region, when the regions are independent for inspection planning;
    /// `nil` otherwise.
    ///
    /// The regions are independent when there are at least two, every unit and every team has a region of the
    /// scenario, every coverage target has `scope: region`, and every pin's team is of its unit's region. Each part
    /// keeps the settings; it gets its region's units, teams (with `excluded_units` limited to the region),
    /// unavailability, pins, staff and unit-level positions, and the blackouts that concern it (kind blackouts in
    /// every part, unit blackouts limited to the region's units). The objective's team-balance term is then
    /// computed within each region.
    public func regionParts() -> [Scenario]? {
        let names = regions
        guard names.count >= 2, units.allSatisfy({ $0.region != nil }),
            inspection.targets.allSatisfy({ $0.scope == .region })
        else { return nil }
        let known = Set(names)
        guard teams.allSatisfy({ $0.region.map(known.contains) ?? false }) else { return nil }
        var unitRegion: [String: String] = [:]
        for unit in units { unitRegion[unit.code] = unit.region }
        var teamRegion: [String: String] = [:]
        for team in teams { teamRegion[team.code] = team.region }
        for pin in pins {
            guard let r = unitRegion[pin.unit], teamRegion[pin.team] == r else { return nil }
        }
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() { index[name] = i }
        var parts = names.map { region -> Scenario in
            var part = self
            part.name = "\(name) — \(region)"
            part.units = []
            part.teams = []
            part.unavailability = []
            part.pins = []
            part.staff = []
            part.positions = positions.filter { if case .kind = $0.scope { true } else { false } }
            part.inspection.blackouts = []
            return part
        }
        for unit in units { parts[index[unit.region!]!].units.append(unit) }
        for var team in teams {
            let r = team.region!
            team.excludedUnits = team.excludedUnits.filter { unitRegion[$0] == r }
            parts[index[r]!].teams.append(team)
        }
        for u in unavailability {
            if let r = teamRegion[u.team], let i = index[r] { parts[i].unavailability.append(u) }
        }
        for pin in pins { parts[index[unitRegion[pin.unit]!]!].pins.append(pin) }
        for member in staff { if let r = unitRegion[member.unit], let i = index[r] { parts[i].staff.append(member) } }
        for p in positions {
            if case .unit(let code) = p.scope, let r = unitRegion[code], let i = index[r] {
                parts[i].positions.append(p)
            }
        }
        for blackout in inspection.blackouts {
            switch blackout.selector {
            case .kinds:
                for i in parts.indices { parts[i].inspection.blackouts.append(blackout) }
            case .units(let codes):
                for i in parts.indices {
                    let mine = codes.filter { unitRegion[$0] == names[i] }
                    if !mine.isEmpty {
                        var b = blackout
                        b.selector = .units(mine)
                        parts[i].inspection.blackouts.append(b)
                    }
                }
            }
        }
        return parts
    }
}
