import ScenarioModel
import Staffing
import Testing

@Suite struct PositionMissingCheckTests {
    @Test func positionNotInFramework() {
        let s = Scenario(
            name: "t", year: 2024, units: [Unit(code: "C", name: "TT", kind: .centre)],
            staff: [
                person("A", unit: "C", position: "Lái xe", category: .contract),
                person("B", unit: "C", position: "Kế toán", category: .publicEmployee),
            ],
            positions: [PositionQuota(scope: .unit("C"), position: "Kế toán", category: .publicEmployee, approved: 1)])
        let f = PositionMissingCheck().findings(
            in: StaffingCheckContext(scenario: s, rules: .vnDefault, asOf: date(2024, 1, 1)))
        #expect(f.map(\.person) == ["A"])
        #expect(f.first?.severity == .blocking)
    }

    @Test func noFrameworkNoFindings() {
        let s = Scenario(
            name: "t", year: 2024, units: [Unit(code: "C", name: "TT", kind: .centre)], staff: [person("A", unit: "C")])
        #expect(
            PositionMissingCheck().findings(
                in: StaffingCheckContext(scenario: s, rules: .vnDefault, asOf: date(2024, 1, 1))
            ).isEmpty)
    }
}
