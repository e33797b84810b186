import CivilCalendar
import ScenarioModel

/// A Thạch-Hà-like district: 22 commune-level units, 44 schools, 22 health stations, 42 centres (130 units),
/// `teams` teams working 3 days a week, a March–November season, school summer blackout, some unavailability,
/// pins and must-inspect units; targets 50 % of communes and 35 % of the other kinds.
func thachHaLike(teams nTeams: Int = 3, seed: UInt64 = 7) -> Scenario {
    var rng = SplitMix64(seed: seed)
    var units: [Unit] = []
    for c in 1...22 {
        let code = String(format: "X%02d", c)
        units.append(
            Unit(
                code: code, name: "Xã \(c)", kind: c == 1 ? .town : .commune,
                priority: Double(1 + Int.random(in: 0..<3, using: &rng)),
                lastInspected: 2020 + Int.random(in: 0..<5, using: &rng)))
        for s in 1...2 {
            units.append(
                Unit(
                    code: "\(code)-S\(s)", name: "Trường \(s) xã \(c)", kind: .school, commune: code,
                    priority: Double(1 + Int.random(in: 0..<2, using: &rng))))
        }
        units.append(
            Unit(code: "\(code)-YT", name: "Trạm y tế xã \(c)", kind: .healthStation, commune: code, priority: 1))
    }
    for k in 1...42 {
        units.append(
            Unit(
                code: String(format: "C%02d", k), name: "Trung tâm \(k)", kind: .centre,
                commune: k <= 22 ? String(format: "X%02d", k) : nil,
                priority: Double(1 + Int.random(in: 0..<2, using: &rng))))
    }
    units[5].mustInspect = true
    units[40].mustInspect = true
    var teams: [Team] = []
    for t in 1...nTeams {
        teams.append(Team(code: "T\(t)", name: "Đoàn kiểm tra số \(t)", daysPerWeek: 3, members: ["Trưởng đoàn \(t)"]))
    }
    teams[0].excludedUnits = ["X03", "X03-S1"]
    let unavailability = [
        Unavailability(
            team: "T1", dates: DateSpan(from: CivilDate(iso: "2026-05-11")!, to: CivilDate(iso: "2026-05-22")!),
            reason: "Tập huấn"),
        Unavailability(
            team: "T2", dates: DateSpan(from: CivilDate(iso: "2026-07-06")!, to: CivilDate(iso: "2026-07-17")!),
            reason: "Nghỉ phép"),
    ]
    let blackouts = [
        Blackout(
            selector: .kinds([.school]),
            dates: DateSpan(from: CivilDate(iso: "2026-06-01")!, to: CivilDate(iso: "2026-08-31")!), reason: "Nghỉ hè"),
        Blackout(
            selector: .units(["X10"]),
            dates: DateSpan(from: CivilDate(iso: "2026-09-01")!, to: CivilDate(iso: "2026-09-30")!), reason: "Bầu cử"),
    ]
    let pins = [Pin(unit: "X02", team: "T1", date: CivilDate(iso: "2026-04-07")!)]
    let targets = [
        InspectionTarget(name: "Xã, thị trấn", kinds: [.commune, .town], minShare: 0.5),
        InspectionTarget(name: "Trường học", kinds: [.school], minShare: 0.35),
        InspectionTarget(name: "Trạm y tế", kinds: [.healthStation], minShare: 0.35),
        InspectionTarget(name: "Trung tâm", kinds: [.centre], minShare: 0.35),
    ]
    return Scenario(
        name: "Thạch Hà (synthetic)", year: 2026, units: units, teams: teams, unavailability: unavailability,
        pins: pins,
        inspection: InspectionSettings(
            targets: targets, rotationYears: 5,
            season: DateSpan(from: CivilDate(iso: "2026-03-02")!, to: CivilDate(iso: "2026-11-27")!),
            blackouts: blackouts
        )
    )
}

/// Vietnamese public holidays of 2026 that fall in the season (30/4, 1/5, 2/9 and the bridge day 1/9), for tests.
let holidays2026: [CivilDate] = ["2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"].map {
    CivilDate(iso: $0)!
}
