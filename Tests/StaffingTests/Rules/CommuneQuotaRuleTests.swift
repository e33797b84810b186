import CivilCalendar
import Foundation
import ScenarioModel
import Staffing
import Testing

@Suite struct CommuneQuotaRuleTests {
    let rules = StaffingRuleSet.vnDefault

    func quotas(_ unit: ScenarioModel.Unit, on day: CivilDate) -> (Int?, Int?) {
        let s = Scenario(name: "t", year: day.year, units: [unit])
        return (
            rules.quota(for: unit, group: .officials, on: day, in: s)?.value,
            rules.quota(for: unit, group: .partTime, on: day, in: s)?.value
        )
    }

    @Test(arguments: [(CommuneClass.i, 23, 14), (.ii, 21, 12), (.iii, 19, 10)])
    func nd34ByClass(cls: CommuneClass, officials: Int, partTime: Int) {
        // ND 34/2019 on 1/1/2022, with no population or area extra even for a large commune.
        let (o, p) = quotas(commune("X", cls, population: 30_000, area: 90), on: date(2022, 1, 1))
        #expect(o == officials)
        #expect(p == partTime)
    }

    @Test(arguments: [(CommuneClass.i, 22, 14), (.ii, 20, 12), (.iii, 18, 10)])
    func nd33CommuneByClass(cls: CommuneClass, officials: Int, partTime: Int) {
        let (o, p) = quotas(commune("X", cls, population: 8000, area: 30), on: date(2025, 6, 30))
        #expect(o == officials)
        #expect(p == partTime)
    }

    @Test(arguments: [(CommuneClass.i, 23), (.ii, 21), (.iii, 19)])
    func nd33WardByClass(cls: CommuneClass, officials: Int) {
        let (o, _) = quotas(commune("P", cls, kind: .ward), on: date(2024, 1, 1))
        #expect(o == officials)
    }

    @Test func nd33PopulationStep() {
        // docs/legal-sources.md §1.2 example: loại II xã, 15,500 people, 25 km² → CBCC 21, NHĐKCT 13.
        let (o, p) = quotas(commune("X", .ii, population: 15_500, area: 25), on: date(2025, 6, 30))
        #expect(o == 21)
        #expect(p == 13)
    }

    @Test func nd33AreaStep() {
        // loại III xã, 9,000 people (below one step), 65 km² (one full 30 km² step above 30) → 18 + 1, 10 + 1.
        let (o, p) = quotas(commune("X", .iii, population: 9000, area: 65), on: date(2024, 6, 1))
        #expect(o == 19)
        #expect(p == 11)
        // Two population steps and two area steps: 16,100 people, 95 km², loại I → 22 + 2 + 2.
        let (o2, _) = quotas(commune("Y", .i, population: 16_100, area: 95), on: date(2024, 6, 1))
        #expect(o2 == 26)
    }

    @Test func dayBoundaries() {
        let unit = commune("X", .ii)
        #expect(quotas(unit, on: date(2023, 7, 31)).0 == 21)  // last day of ND 34
        #expect(quotas(unit, on: date(2023, 8, 1)).0 == 20)  // first day of ND 33
        #expect(quotas(unit, on: date(2019, 6, 24)).0 == 23)  // ND 92/2009
        #expect(quotas(unit, on: date(2019, 6, 25)).0 == 21)
    }

    @Test func townStandardIsFlaggedUnconfirmed() throws {
        let town = commune("T", .ii, population: 12_000, area: 10, kind: .town)
        let s = Scenario(name: "t", year: 2024, units: [town])
        let q = try #require(rules.quota(for: town, group: .officials, on: date(2024, 1, 1), in: s))
        #expect(q.value == 21)
        #expect(q.unconfirmed)
        #expect(q.citation?.confidence == .unconfirmed)
        let x = commune("X", .ii, population: 12_000, area: 10)
        let qx = try #require(
            rules.quota(
                for: x, group: .officials, on: date(2024, 1, 1), in: Scenario(name: "t", year: 2024, units: [x])))
        #expect(!qx.unconfirmed)
        #expect(qx.citation?.document == "NĐ 33/2023/NĐ-CP")
    }

    @Test func ruleSetLookupAndCodableRoundTrip() throws {
        #expect(StaffingRuleSet.builtIn(named: "vn-default") == rules)
        #expect(StaffingRuleSet.builtIn(named: "nope") == nil)
        let data = try JSONEncoder().encode(rules)
        #expect(try JSONDecoder().decode(StaffingRuleSet.self, from: data) == rules)
    }
}
