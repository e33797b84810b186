import ScenarioModel
import Staffing
import Testing

@Suite struct PositionApprovedCheckTests {
    @Test func moreHoldersThanApproved() {
        let s = Scenario(
            name: "t", year: 2024, units: [Unit(code: "C", name: "TT", kind: .centre)],
            staff: [
                person("A", unit: "C", position: "Kế toán", category: .publicEmployee),
                person("B", unit: "C", position: "Kế toán", category: .publicEmployee),
            ],
            positions: [
                PositionQuota(scope: .kind(.centre), position: "Kế toán", category: .publicEmployee, approved: 1),
                PositionQuota(scope: .unit("C"), position: "Văn thư", category: .publicEmployee, approved: 1),
            ])
        let ctx = StaffingCheckContext(scenario: s, rules: .vnDefault, asOf: date(2024, 1, 1))
        let rows = PositionHeadcount.rows(in: ctx)
        #expect(rows.map(\.position) == ["Văn thư", "Kế toán"])
        let f = PositionApprovedCheck().findings(in: ctx)
        #expect(f.filter { $0.severity == .blocking }.count == 1)
        #expect(f.filter { $0.severity == .advisory }.count == 1)
    }

    @Test func unitLineOverridesKindLine() {
        let s = Scenario(
            name: "t", year: 2024, units: [Unit(code: "C", name: "TT", kind: .centre)],
            staff: [
                person("A", unit: "C", position: "Kế toán", category: .publicEmployee),
                person("B", unit: "C", position: "Kế toán", category: .publicEmployee),
            ],
            positions: [
                PositionQuota(scope: .kind(.centre), position: "Kế toán", category: .publicEmployee, approved: 1),
                PositionQuota(scope: .unit("C"), position: "Kế toán", category: .publicEmployee, approved: 2),
            ])
        let ctx = StaffingCheckContext(scenario: s, rules: .vnDefault, asOf: date(2024, 1, 1))
        #expect(PositionApprovedCheck().findings(in: ctx).isEmpty)
    }
}
