import ScenarioModel
import Staffing
import Testing

@Suite struct UnitQuotaCheckTests {
    @Test func surplusIsBlockingAndCountsCadresWithCivilServants() throws {
        // Loại III xã under ND 34 (1/1/2022): CBCC quota 19; 12 cadres + 8 civil servants = 20 → surplus 1.
        let staff =
            (0..<12).map { person("C\($0)", unit: "X", category: .cadre) }
            + (0..<8).map { person("S\($0)", unit: "X", category: .civilServant) }
            + (0..<9).map { person("N\($0)", unit: "X", category: .partTime) }
        let s = Scenario(name: "t", year: 2022, units: [commune("X", .iii)], staff: staff)
        let ctx = StaffingCheckContext(scenario: s, rules: .vnDefault, asOf: date(2022, 1, 1))
        let rows = UnitHeadcount.rows(in: ctx)
        let officials = try #require(rows.first { $0.category == .officials })
        #expect(officials.headcount == 20)
        #expect(officials.quota == 19)
        #expect(officials.surplus == 1)
        #expect(officials.citation?.document == "NĐ 34/2019/NĐ-CP")
        let findings = UnitQuotaCheck().findings(in: ctx)
        #expect(findings.count == 2)
        let facts = Dictionary(findings.map { ($0.severity, $0.fact) }, uniquingKeysWith: { a, _ in a })
        #expect(facts[.blocking] == .unitQuota(group: .officials, headcount: 20, quota: 19))
        #expect(facts[.advisory] == .unitQuota(group: .partTime, headcount: 9, quota: 10))
    }

    @Test func withinQuotaHasNoFinding() {
        let s = Scenario(name: "t", year: 2022, units: [commune("X", .i)], staff: [person("A", unit: "X")])
        let ctx = StaffingCheckContext(scenario: s, rules: .vnDefault, asOf: date(2022, 1, 1))
        // 1 of 23 CBCC: a deficit (advisory), no blocking finding.
        #expect(UnitQuotaCheck().findings(in: ctx).allSatisfy { $0.severity == .advisory })
    }
}
