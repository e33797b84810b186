import ScenarioModel
import Staffing
import Testing

@Suite struct NormRuleTests {
    let rules = StaffingRuleSet.vnDefault

    func norm(_ unit: Unit, _ y: Int) -> Int? {
        rules.quota(
            for: unit, group: .publicEmployees, on: date(y, 12, 31), in: Scenario(name: "t", year: y, units: [unit]))?
            .value
    }

    @Test func primarySchool() {
        // ceil(1.5 × 20) teachers + 1 principal + 1 deputy + 1 Tổng phụ trách Đội = 33.
        let u = Unit(code: "TH1", name: "Trường TH", kind: .school, schoolLevel: .primary, classes: 20)
        #expect(norm(u, 2024) == 33)
        #expect(norm(u, 2022) == 33)  // TT 16/2017 era, same ratios
    }

    @Test func lowerSecondaryDeputiesByClasses() {
        // 28 classes: ceil(1.9 × 28 = 53.2) = 54 + 1 + 2 deputies = 57; 27 classes: ceil(51.3) = 52 + 1 + 1 = 54.
        let big = Unit(code: "S1", name: "THCS", kind: .school, schoolLevel: .lowerSecondary, classes: 28)
        let small = Unit(code: "S2", name: "THCS", kind: .school, schoolLevel: .lowerSecondary, classes: 27)
        #expect(norm(big, 2024) == 57)
        #expect(norm(small, 2024) == 54)
    }

    @Test func healthStation() {
        // 5 base + floor((11,000 − 6,000) / 2,500) = 2 steps → 7 (zone coefficient 1.0). [U] parameters.
        let u = Unit(code: "YT", name: "Trạm Y tế", kind: .healthStation, population: 11_000)
        #expect(norm(u, 2024) == 7)
        let small = Unit(code: "YT2", name: "Trạm Y tế", kind: .healthStation, population: 4_000)
        #expect(norm(small, 2024) == 5)
        #expect(norm(small, 2022) == nil)  // before TT 03/2023, and no framework line
    }

    @Test func frameworkFallback() {
        let c = Unit(code: "C", name: "Trung tâm", kind: .centre)
        let s = Scenario(
            name: "t", year: 2024, units: [c],
            positions: [
                PositionQuota(scope: .unit("C"), position: "Kế toán", category: .publicEmployee, approved: 1),
                PositionQuota(scope: .kind(.centre), position: "Chuyên viên", category: .publicEmployee, approved: 3),
            ])
        let q = rules.quota(for: c, group: .publicEmployees, on: date(2024, 1, 1), in: s)
        #expect(q?.value == 4)
        #expect(q?.citation == nil)
    }
}
