import CivilCalendar
import PlanningTestSupport
import ScenarioModel

/// A seeded tiny scenario for the optimality property, with the days off that go with it.
///
/// Every seed draws from the same menu, and the seed's remainder forces one feature in turn so that each appears
/// often: independent regions (seed ≡ 0 mod 4), regions that do not split (≡ 1), multi-day inspections (≡ 0, 2 mod 3),
/// rotation (even seeds), pins, holidays inside the season, blackouts, unavailability, conflicts of interest, must-
/// inspect and excluded units, targets, and the balance and bundling weights. At most five units and two weeks, so
/// that trying every calendar stays quick.
struct PropertyScenario {
    var scenario: Scenario
    var holidays: [CivilDate]
}

func propertyScenario(seed: Int) -> PropertyScenario {
    var rng = SplitMix64(seed: UInt64(seed) &* 7_919 &+ 13)
    func pick(_ n: Int) -> Int { Int.random(in: 0..<n, using: &rng) }
    func chance(_ n: Int) -> Bool { pick(n) == 0 }
    // Mondays; the second, third and fourth weeks straddle a month end.
    let start = day(["2026-03-02", "2026-03-30", "2026-04-27", "2026-06-29"][pick(4)])
    let split = seed % 4 == 0, partialRegions = seed % 4 == 1
    var durations = InspectionSettings.defaultDurations
    if seed % 3 != 1 {
        durations[.town] = [1.5, 2][pick(2)]
        durations[.commune] = [1, 1.5][pick(2)]
    }
    // Communes (or towns) with one or two units each; a district centre sometimes.
    var units: [Unit] = []
    let nCommunes = split ? 2 : 1 + pick(2)
    for c in 0..<nCommunes {
        let region: String? = split || partialRegions ? ["A", "B"][c % 2] : nil
        var hub = commune("X\(c)", priority: Double(1 + pick(3)), region: region)
        if chance(3) { hub.kind = .town }
        units.append(hub)
        for k in 0..<(nCommunes == 1 ? 1 + pick(3) : 1 + pick(2)) {
            let kind: UnitKind = chance(3) ? .healthStation : .school
            units.append(
                Unit(
                    code: "X\(c)U\(k)", name: "Đơn vị \(c).\(k)", kind: kind, commune: hub.code,
                    region: region, priority: Double(1 + pick(2))))
        }
    }
    if units.count < 5, chance(3) {
        // A district centre, or a unit of a kind of the scenario's own (allowed when given a duration).
        let own = UnitKind(rawValue: "library")
        let kind: UnitKind = chance(2) ? .centre : own
        if kind == own { durations[own] = [0.5, 1][pick(2)] }
        units.append(Unit(code: "TT", name: "Trung tâm", kind: kind, region: split ? "B" : nil, priority: 1))
    }
    let weeks = units.count <= 4 && chance(2) ? 2 : 1
    let season = DateSpan(from: start, to: start.adding(days: 7 * (weeks - 1) + 4))
    let rotation: Int? = seed % 2 == 0 ? 3 : nil
    for i in units.indices {
        if rotation != nil { units[i].lastInspected = [nil, nil, 2022, 2024][pick(4)] }
        let due = rotation != nil && units[i].lastInspected == 2022
        if chance(10) { units[i].mustInspect = true } else if !due, chance(9) { units[i].exclude = true }
    }
    var teams: [Team] = []
    for t in 0..<(split ? 2 + pick(2) : 1 + pick(2)) {
        var team = Team(code: "T\(t + 1)", name: "Đoàn \(t + 1)", daysPerWeek: 1 + pick(4))
        if split { team.region = ["A", "B"][t % 2] } else if partialRegions, chance(2) { team.region = "A" }
        if chance(5) { team.excludedUnits = [units[pick(units.count)].code] }
        teams.append(team)
    }
    var holidays: [CivilDate] = []
    if chance(2) { holidays.append(start.adding(days: 7 * pick(weeks) + pick(5))) }
    var unavailability: [Unavailability] = []
    if chance(3) {
        let d = start.adding(days: pick(5 + 7 * (weeks - 1)))
        unavailability.append(
            Unavailability(team: teams[pick(teams.count)].code, dates: DateSpan(from: d, to: d.adding(days: pick(3)))))
    }
    var blackouts: [Blackout] = []
    if chance(2) {
        let d = start.adding(days: pick(5 + 7 * (weeks - 1)))
        let selector: Blackout.Selector = chance(2) ? .kinds([.school]) : .units([units[pick(units.count)].code])
        blackouts.append(Blackout(selector: selector, dates: DateSpan(from: d, to: d.adding(days: pick(4)))))
    }
    let scope: TargetScope = split || (partialRegions && chance(2)) ? .region : .all
    let targets = [
        InspectionTarget(name: "Xã", kinds: [.commune, .town], minShare: [0, 0, 0.5, 1][pick(4)], scope: scope),
        InspectionTarget(
            name: "Trường", kinds: [.school, .healthStation], minShare: [0, 0, 0.34, 0.5][pick(4)], scope: scope),
    ]
    let weights = ObjectiveWeights(
        priority: [1, 1, 1, 2, 0.5][pick(5)], balance: [0, 0.1, 0.5][pick(3)], bundling: [0, 0.05, 0.3][pick(3)])
    var s = tinyScenario(
        units: units, teams: teams, targets: targets, season: season, unavailability: unavailability,
        blackouts: blackouts, weights: weights, durations: durations, rotationYears: rotation)
    s.inspection.holidays = HolidaySettings(builtin: false, extra: holidays)
    // A pin must be a lawful day on its own (the loader refuses any other), so it is drawn from the lawful ones.
    if chance(3) {
        let checker = IndependentPlanChecker(scenario: s, holidays: holidays)
        let unit = units[pick(units.count)]
        let lawful = teams.flatMap { team in
            checker.workingDays.compactMap { d in
                checker.lawfulDates(unit: unit, team: team, start: d).map { _ in (team, d) }
            }
        }
        if !lawful.isEmpty {
            let (team, d) = lawful[pick(lawful.count)]
            s.pins = [Pin(unit: unit.code, team: team.code, date: d)]
        }
    }
    return PropertyScenario(scenario: s, holidays: holidays)
}
