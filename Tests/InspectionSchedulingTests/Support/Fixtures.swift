import CivilCalendar
import InspectionScheduling
import PlanningTestSupport
import ScenarioModel

/// A tiny deterministic PRNG (SplitMix64) for seeded property tests.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }

/// A tiny scenario: the season is Monday 2 March – Friday 6 March 2026 unless given.
func tinyScenario(
    units: [Unit], teams: [Team] = [Team(code: "T1", name: "Đoàn 1")], targets: [InspectionTarget] = [],
    season: DateSpan = DateSpan(from: day("2026-03-02"), to: day("2026-03-06")), pins: [Pin] = [],
    unavailability: [Unavailability] = [], blackouts: [Blackout] = [],
    weights: ObjectiveWeights = ObjectiveWeights(priority: 1, balance: 0, bundling: 0),
    durations: [UnitKind: Double] = InspectionSettings.defaultDurations, rotationYears: Int? = nil
) -> Scenario {
    Scenario(
        name: "tiny", year: 2026, units: units, teams: teams, unavailability: unavailability, pins: pins,
        inspection: InspectionSettings(
            targets: targets, durationDays: durations, rotationYears: rotationYears, season: season,
            blackouts: blackouts,
            objective: weights
        )
    )
}

func commune(
    _ code: String, priority: Double = 1, must: Bool = false, exclude: Bool = false, region: String? = nil,
    last: Int? = nil
) -> Unit {
    Unit(
        code: code, name: "Xã \(code)", kind: .commune, region: region, priority: priority, lastInspected: last,
        mustInspect: must, exclude: exclude)
}

func school(_ code: String, in commune: String, priority: Double = 1, region: String? = nil) -> Unit {
    Unit(code: code, name: "Trường \(code)", kind: .school, commune: commune, region: region, priority: priority)
}

/// A seeded random small scenario (durations 0.5 and 1 day only).
func randomScenario(seed: UInt64) -> Scenario {
    var rng = SplitMix64(seed: seed)
    func pick(_ n: Int) -> Int { Int.random(in: 0..<n, using: &rng) }
    let starts = ["2026-03-02", "2026-03-30", "2026-04-27"]  // the 2nd and 3rd weeks straddle a month end
    let start = day(starts[pick(starts.count)])
    let season = DateSpan(from: start, to: start.adding(days: 4 + (pick(3) == 0 ? 7 : 0)))
    let nCommunes = 1 + pick(2)
    var units: [Unit] = []
    for c in 0..<nCommunes {
        units.append(
            commune(
                "X\(c)", priority: Double(1 + pick(3)), must: pick(6) == 0, exclude: pick(10) == 0,
                region: pick(2) == 0 ? "A" : "B"))
    }
    let nSchools = 1 + pick(2)
    for s in 0..<nSchools {
        let c = pick(nCommunes)
        units.append(school("S\(s)", in: "X\(c)", priority: Double(1 + pick(3)), region: units[c].region))
    }
    let nTeams = 1 + pick(2)
    var teams: [Team] = []
    for t in 0..<nTeams {
        var team = Team(code: "T\(t + 1)", name: "Đoàn \(t + 1)", daysPerWeek: 1 + pick(3))
        if pick(4) == 0 { team.region = "A" }
        if pick(4) == 0 { team.excludedUnits = [units[pick(units.count)].code] }
        teams.append(team)
    }
    var unavailability: [Unavailability] = []
    if pick(2) == 0 {
        let d = start.adding(days: pick(5))
        unavailability.append(Unavailability(team: "T1", dates: DateSpan(from: d, to: d.adding(days: pick(2)))))
    }
    var blackouts: [Blackout] = []
    if pick(2) == 0 {
        let d = start.adding(days: pick(5))
        blackouts.append(
            Blackout(
                selector: pick(2) == 0 ? .kinds([.school]) : .units([units[pick(units.count)].code]),
                dates: DateSpan(from: d, to: d.adding(days: pick(3)))))
    }
    var pins: [Pin] = []
    if pick(5) == 0 {
        pins.append(Pin(unit: units[pick(units.count)].code, team: "T1", date: start.adding(days: pick(5))))
    }
    let targets = [
        InspectionTarget(
            name: "Xã", kinds: [.commune], minShare: [0.0, 0.5, 1.0][pick(3)], scope: pick(3) == 0 ? .region : .all),
        InspectionTarget(name: "Trường", kinds: [.school], minShare: [0.0, 0.35, 0.5][pick(3)]),
    ]
    let weights = ObjectiveWeights(priority: 1, balance: pick(2) == 0 ? 0 : 0.1, bundling: 0)
    return tinyScenario(
        units: units, teams: teams, targets: targets, season: season, pins: pins, unavailability: unavailability,
        blackouts: blackouts, weights: weights
    )
}

/// The best whole-scenario objective of a tiny scenario and a calendar that reaches it, found by trying every calendar
/// with the independent checker's rules and objective (`PlanningTestSupport`), or `nil` when no calendar keeps every
/// hard rule. The scheduler's own rule code plays no part.
func bruteForceOptimum(_ s: Scenario, holidays: [CivilDate] = []) -> (objective: Double, plan: [PlannedInspection])? {
    let checker = IndependentPlanChecker(scenario: s, holidays: holidays)
    guard
        let best = ExhaustiveInspectionSearch(checker: checker).optima([{ checker.measure($0, byRegion: false).value }]
        )?.first
    else { return nil }
    let plan = best.visits.map {
        PlannedInspection(unit: $0.unit, team: $0.team, date: $0.date, days: $0.days, dates: $0.dates)
    }
    return (best.value, plan)
}
