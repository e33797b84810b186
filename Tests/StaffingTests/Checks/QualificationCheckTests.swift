import ScenarioModel
import Staffing
import Testing

@Suite struct QualificationCheckTests {
    @Test func belowRequirement() {
        let s = Scenario(
            name: "t", year: 2024, units: [commune("X", .ii)],
            staff: [
                person("A", unit: "X", position: "Tư pháp - hộ tịch", qualification: .college),
                person("B", unit: "X", position: "Tư pháp - hộ tịch", qualification: .master),
                person("C", unit: "X", position: "Tư pháp - hộ tịch"),  // unknown level: no finding
            ],
            positions: [
                PositionQuota(
                    scope: .kind(.commune), position: "Tư pháp - hộ tịch", category: .civilServant, approved: 2,
                    qualification: .university)
            ])
        let f = QualificationCheck().findings(
            in: StaffingCheckContext(scenario: s, rules: .vnDefault, asOf: date(2024, 1, 1)))
        #expect(f.map(\.person) == ["A"])
        #expect(
            f.first?.fact
                == .qualificationBelow(
                    name: "Người A", qualification: .college, required: .university, position: "Tư pháp - hộ tịch"))
    }
}
