import Reporting
import Testing

@Suite struct InspectionPlanMarkdownTests {
    @Test func vietnamesePlanHasTheOfficialShape() throws {
        let md = InspectionPlanMarkdown.render(
            InspectionFixtures.plan, scenario: InspectionFixtures.scenario, language: .vi)
        #expect(md.hasPrefix("# KẾ HOẠCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2022"))
        #expect(md.contains("Khả thi, khoảng cách tới tối ưu 0,43% (chưa chứng minh tối ưu)"))
        #expect(md.contains("| Xã, thị trấn | 2 | 1 | 2 | ✓ |"))
        #expect(md.contains("### Tháng 5/2022"))
        #expect(md.contains("| 09/05/2022 | Thứ Hai | Cả ngày | Xã Thạch Khê (cố định) | Xã | — | T1 |"))
        #expect(md.contains("- Phan Văn Hùng (Trưởng đoàn)"))
        #expect(md.contains("| T2 | 0 | 2 | 0,5 | 2,5 |"))
        #expect(md.contains("| Trung tâm Văn hóa, Truyền thông; \"Thể thao\" | 07/09/2022 (T1) | 14/09/2022 (T2) |"))
        try expectSnapshot(md, named: "inspection-plan.vi.md")
    }

    @Test func englishPlanSaysOptimalOnlyWhenProven() throws {
        var plan = InspectionFixtures.plan
        let en = InspectionPlanMarkdown.render(plan, scenario: InspectionFixtures.scenario, language: .en)
        #expect(en.contains("**Plan status:** feasible, gap 0.43% (optimality not proven)"))
        #expect(!en.contains("optimal (proven)"))
        try expectSnapshot(en, named: "inspection-plan.en.md")
        plan.status = .optimal
        #expect(
            InspectionPlanMarkdown.render(plan, scenario: InspectionFixtures.scenario, language: .en).contains(
                "optimal (proven)"))
    }
}
