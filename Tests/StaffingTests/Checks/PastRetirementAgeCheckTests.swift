import ScenarioModel
import Staffing
import Testing

@Suite struct PastRetirementAgeCheckTests {
    @Test func stillOnRollAfterRetirementDate() {
        // Born 1/1961: retires 30/4/2021; on the roll on 1/1/2022 → finding. Born 10/1961 retires 30/4/2022 → none yet.
        let s = Scenario(
            name: "t", year: 2022, units: [commune("X", .ii)],
            staff: [person("OLD", unit: "X", born: date(1961, 1, 5)), person("OK", unit: "X", born: date(1961, 10, 5))])
        let f = PastRetirementAgeCheck().findings(
            in: StaffingCheckContext(scenario: s, rules: .vnDefault, asOf: date(2022, 1, 1)))
        #expect(f.map(\.person) == ["OLD"])
        #expect(f.first?.citation?.document == "NĐ 135/2020/NĐ-CP")
        #expect(f.first?.fact == .pastRetirementAge(name: "Người OLD", retirementDate: date(2021, 4, 30)))
    }

    @Test func registryRunsEveryCheckSorted() {
        let s = Scenario(
            name: "t", year: 2022, units: [commune("X", .iii)],
            staff: (0..<20).map { person("P\($0)", unit: "X") } + [person("OLD", unit: "X", born: date(1950, 1, 1))])
        let all = StaffingChecks.run(StaffingCheckContext(scenario: s, rules: .vnDefault, asOf: date(2022, 1, 1)))
        #expect(Set(all.map(\.check)) == ["unit-quota", "past-retirement-age"])
        #expect(all == all.sorted())
        #expect(all.first?.severity == .blocking)
    }
}
