import CivilCalendar
import ScenarioModel

/// The objective of a calendar, measured as `Scenarios/README.md` defines it.
extension IndependentPlanChecker {
    /// Whether the contract's independent-regions rule applies: every unit and every team has a region, there are at
    /// least two regions, every target has `scope: region`, and every pin's team is of its unit's region. The objective
    /// is then the sum of the regions' objectives.
    public var splitsIntoRegions: Bool {
        let regions = Set(scenario.units.compactMap(\.region))
        guard regions.count >= 2, scenario.units.allSatisfy({ $0.region != nil }),
            scenario.teams.allSatisfy({ $0.region.map(regions.contains) ?? false }),
            scenario.inspection.targets.allSatisfy({ $0.scope == .region })
        else { return false }
        return scenario.pins.allSatisfy { pin in
            guard let unit = units[pin.unit], let team = teams[pin.team] else { return false }
            return unit.region == team.region
        }
    }

    /// The objective of a calendar as the plan reports it: per region summed when ``splitsIntoRegions``, else over
    /// the whole scenario.
    public func measure(_ visits: [CheckedPlan.Visit]) -> Measure {
        measure(visits, byRegion: splitsIntoRegions)
    }

    /// The objective of a calendar, over the whole scenario or summed over the regions.
    public func measure(_ visits: [CheckedPlan.Visit], byRegion: Bool) -> Measure {
        let weights = scenario.inspection.objective
        var parts: [(teams: [Team], visits: [CheckedPlan.Visit])] = [(scenario.teams, visits)]
        if byRegion {
            var regions: [String] = []
            for unit in scenario.units { if let r = unit.region, !regions.contains(r) { regions.append(r) } }
            parts = regions.map { region in
                (scenario.teams.filter { $0.region == region }, visits.filter { units[$0.unit]?.region == region })
            }
        }
        var total = Measure(prioritySum: 0, teamSpread: 0, monthSpread: 0, pairs: 0, value: 0)
        total.prioritySum = visits.reduce(0) { $0 + (units[$1.unit]?.priority ?? 0) }
        for part in parts {
            total.teamSpread += teamSpread(part.visits, teams: part.teams)
            total.monthSpread += monthSpread(part.visits)
            total.pairs += pairs(part.visits)
        }
        total.avoidedDates = avoidedDates(visits)
        total.value =
            weights.priority * total.prioritySum - weights.balance * (total.teamSpread + total.monthSpread)
            + weights.bundling * Double(total.pairs) - avoidCost * Double(total.avoidedDates)
        return total
    }

    /// The weekdays avoided (`inspection.weekdays.avoid`, only allowed ones, Monday to Friday).
    var avoidedWeekdays: Set<Int> {
        guard let w = scenario.inspection.weekdays else { return [] }
        return Set(w.avoid.filter { (1...5).contains($0) && (w.allowed.isEmpty || w.allowed.contains($0)) })
    }

    /// The cost of one team-date on an avoided weekday: half the priority weight (1 when that is 0); 0 when no
    /// weekday is avoided.
    public var avoidCost: Double {
        guard !avoidedWeekdays.isEmpty else { return 0 }
        let cost = abs(scenario.inspection.objective.priority) / 2
        return cost > 0 ? cost : 1
    }

    /// The distinct (team, date) pairs a calendar occupies on avoided weekdays.
    public func avoidedDates(_ visits: [CheckedPlan.Visit]) -> Int {
        let avoided = avoidedWeekdays
        return Set(visits.flatMap { v in v.dates.filter { avoided.contains($0.weekday) }.map { "\(v.team)|\($0)" } })
            .count
    }

    /// Max − min load (Σ days) over the given teams that can inspect anything; 0 with fewer than two.
    func teamSpread(_ visits: [CheckedPlan.Visit], teams: [Team]) -> Double {
        let loads = teams.filter { activeTeams.contains($0.code) }.map { team in
            visits.filter { $0.team == team.code }.reduce(0) { $0 + $1.days }
        }
        guard loads.count >= 2, let high = loads.max(), let low = loads.min() else { return 0 }
        return high - low
    }

    /// Max − min load (Σ days, by start month) over the months with at least 5 working days; 0 with fewer than two.
    func monthSpread(_ visits: [CheckedPlan.Visit]) -> Double {
        let loads = balancedMonths.map { month in
            visits.filter { $0.date.month == month }.reduce(0) { $0 + $1.days }
        }
        guard loads.count >= 2, let high = loads.max(), let low = loads.min() else { return 0 }
        return high - low
    }

    /// The pairs: a commune-level unit's inspection and one of its units' by the same team, starting on the same or
    /// consecutive working days (either order) of one ISO week and one month.
    func pairs(_ visits: [CheckedPlan.Visit]) -> Int {
        var count = 0
        for hub in visits {
            guard let commune = units[hub.unit], commune.kind.isCommuneLevel, let i = dayIndex[hub.date] else {
                continue
            }
            for other in visits where other.team == hub.team && units[other.unit]?.commune == commune.code {
                guard let j = dayIndex[other.date], abs(i - j) <= 1, hub.date.month == other.date.month,
                    hub.date.isoWeek == other.date.isoWeek
                else { continue }
                count += 1
            }
        }
        return count
    }

    /// The teams for which some lawful single inspection exists (see the type's readings).
    static func activeTeams(of checker: IndependentPlanChecker) -> Set<String> {
        var out = Set<String>()
        for team in checker.scenario.teams {
            let able = checker.scenario.units.contains { unit in
                checker.workingDays.contains { checker.lawfulDates(unit: unit, team: team, start: $0) != nil }
            }
            if able { out.insert(team.code) }
        }
        return out
    }

    /// The months with at least 5 working days.
    static func balancedMonths(of days: [CivilDate]) -> [Int] {
        var perMonth: [Int: Int] = [:]
        for day in days { perMonth[day.month, default: 0] += 1 }
        return perMonth.keys.sorted().filter { perMonth[$0]! >= 5 }
    }
}
