import CivilCalendar
import ScenarioModel
import Testing

@Suite struct ScenarioRegionsTests {
    private let d = CivilDate(year: 2022, month: 3, day: 15)!

    private var twoRegions: Scenario {
        let units = [
            Unit(code: "A1", name: "Xã A1", kind: .commune, region: "Bắc"),
            Unit(code: "A1-s", name: "Trường A1", kind: .school, commune: "A1", region: "Bắc"),
            Unit(code: "B1", name: "Xã B1", kind: .commune, region: "Nam"),
            Unit(code: "A2", name: "Xã A2", kind: .commune, region: "Bắc"),
        ]
        let teams = [
            Team(code: "T1", name: "Đoàn 1", region: "Bắc", excludedUnits: ["A2"]),
            Team(code: "T2", name: "Đoàn 2", region: "Nam", excludedUnits: ["B1", "A1"]),
        ]
        let span = DateSpan(from: d, to: d.adding(days: 4))
        return Scenario(
            name: "Tỉnh", year: 2022, units: units, teams: teams,
            unavailability: [Unavailability(team: "T2", dates: span)],
            pins: [Pin(unit: "A1", team: "T1", date: d)],
            staff: [
                StaffMember(
                    id: "S1", name: "An", unit: "B1", position: "Chủ tịch UBND", category: .cadre, gender: .male,
                    birthDate: CivilDate(year: 1970, month: 1, day: 1)!, insuranceYears: 20, salaryCoefficient: 4)
            ],
            positions: [
                PositionQuota(scope: .kind(.commune), position: "Chủ tịch UBND", category: .cadre, approved: 1),
                PositionQuota(scope: .unit("A2"), position: "Phó Chủ tịch", category: .cadre, approved: 1),
            ],
            inspection: InspectionSettings(
                targets: [InspectionTarget(name: "Xã", kinds: [.commune], minShare: 0.5, scope: .region)],
                blackouts: [
                    Blackout(selector: .kinds([.school]), dates: span),
                    Blackout(selector: .units(["A2", "B1"]), dates: span, reason: "NTM"),
                ]))
    }

    @Test func splitsIntoIndependentRegions() throws {
        let s = twoRegions
        #expect(s.regions == ["Bắc", "Nam"])
        let parts = try #require(s.regionParts())
        #expect(parts.count == 2)
        let (north, south) = (parts[0], parts[1])
        #expect(north.name == "Tỉnh — Bắc")
        #expect(north.units.map(\.code) == ["A1", "A1-s", "A2"])
        #expect(south.units.map(\.code) == ["B1"])
        #expect(north.teams.map(\.code) == ["T1"] && north.teams[0].excludedUnits == ["A2"])
        #expect(south.teams[0].excludedUnits == ["B1"])
        #expect(north.pins.count == 1 && south.pins.isEmpty)
        #expect(north.unavailability.isEmpty && south.unavailability.count == 1)
        #expect(south.staff.map(\.id) == ["S1"] && north.staff.isEmpty)
        #expect(north.positions.count == 2 && south.positions.count == 1)
        #expect(north.inspection.blackouts.map(\.selector) == [.kinds([.school]), .units(["A2"])])
        #expect(south.inspection.blackouts.map(\.selector) == [.kinds([.school]), .units(["B1"])])
        #expect(north.inspection.targets == s.inspection.targets && north.year == 2022)
        #expect(parts.reduce(0) { $0 + $1.units.count } == s.units.count)
    }

    @Test func refusesCoupledRegions() {
        var wholeTarget = twoRegions
        wholeTarget.inspection.targets[0].scope = .all
        #expect(wholeTarget.regionParts() == nil)
        var floatingTeam = twoRegions
        floatingTeam.teams[1].region = nil
        #expect(floatingTeam.regionParts() == nil)
        var crossPin = twoRegions
        crossPin.pins = [Pin(unit: "B1", team: "T1", date: d)]
        #expect(crossPin.regionParts() == nil)
        var oneRegion = twoRegions
        for i in oneRegion.units.indices { oneRegion.units[i].region = "Bắc" }
        oneRegion.teams[1].region = "Bắc"
        #expect(oneRegion.regionParts() == nil)
        var unregioned = twoRegions
        unregioned.units[3].region = nil
        #expect(unregioned.regionParts() == nil)
    }
}
