import CivilCalendar
import Reporting
import ScenarioModel
import Staffing
import Testing

@Suite struct StaffingReportsTests {
    @Test func checkMarkdownVietnamese() throws {
        let r = try StaffingFixtures.report()
        let md = StaffingCheckMarkdown.render(r, scenario: StaffingFixtures.scenario, language: .vi)
        #expect(md.contains("# RÀ SOÁT BIÊN CHẾ, VỊ TRÍ VIỆC LÀM"))
        #expect(md.contains("| Xã Thạch Sơn | Cán bộ, công chức | 19 | 18 | +1 |"))
        #expect(md.contains("NĐ 33/2023/NĐ-CP"))
        #expect(md.contains("vượt số được duyệt 2"))
        #expect(md.contains("trình độ cao đẳng thấp hơn yêu cầu đại học"))
        #expect(md.contains("chưa được xác nhận [U]"))  // the thị trấn standard is [U]
        try expectSnapshot(md, named: "staffing-check.vi.md")
    }

    @Test func planMarkdownBothLanguages() throws {
        let r = try StaffingFixtures.report()
        let vi = ReductionPlanMarkdown.render(r, scenario: StaffingFixtures.scenario, language: .vi)
        // 3 years early, 25.5 + 1 = 26.5 SI years: (3 × 3 + 5 + 0.5 × 6.5) × 3 × 2,340,000 = 121,095,000 VND; the
        // reason names the criterion and its clause, and the formula says which salary it used.
        #expect(
            vi.contains(
                "| Nguyễn Văn S0 | S0 | Xã Thạch Sơn | chưa đạt tiêu chuẩn, trình độ của chức danh (điểm d khoản 1 Điều 2 "
                    + "Nghị định số 29/2023/NĐ-CP [D]) | Nghỉ hưu trước tuổi | 31/12/2024 | 121.095.000 |"))
        #expect(vi.contains("Tổng kinh phí: **121.095.000 đồng**"))
        #expect(vi.contains("Tất cả đơn vị về trong định mức đúng hạn."))
        #expect(
            vi.contains(
                "| (3 × 3 + 5 + 0,5 × 6,5) × 3 × 2.340.000 = 121.095.000 — lương hiện hưởng thay cho lương bình quân"))
        let en = ReductionPlanMarkdown.render(r, scenario: StaffingFixtures.scenario, language: .en)
        #expect(en.contains("Total cost: **121,095,000 VND**"))
        #expect(en.contains("(3 × 3 + 5 + 0.5 × 6.5) × 3 × 2,340,000 = 121,095,000"))
        try expectSnapshot(vi, named: "reduction-plan.vi.md")
        try expectSnapshot(en, named: "reduction-plan.en.md")
    }

    /// A plan that runs past 1/7/2025 says the former units come within quota first; one that starts after it says
    /// the two-tier rules apply, with their marks; the leadership page repeats the note.
    @Test func theReformIsStatedInThePlanAndOnThePage() throws {
        var r = try StaffingFixtures.report()
        r.reform = StaffingRuleSet.vnDefault.reform
        let across = ReductionPlanMarkdown.render(r, scenario: StaffingFixtures.scenario, language: .vi)
        #expect(across.contains("**Lưu ý:** giai đoạn này vượt qua ngày 01/07/2025"))
        r.asOf = CivilDate(year: 2026, month: 1, day: 1)!
        let after = ReductionPlanMarkdown.render(r, scenario: StaffingFixtures.scenario, language: .vi)
        #expect(after.contains("**Lưu ý:** phương án bắt đầu sau ngày 01/07/2025"))
        #expect(after.contains("nếu chưa có quyết định giao thì 32 [U] người mỗi đơn vị"))
        #expect(after.contains("người hoạt động không chuyên trách 0 [U]"))
        #expect(!after.contains("giai đoạn này vượt qua"))
        let en = ReductionPlanMarkdown.render(r, scenario: StaffingFixtures.scenario, language: .en)
        #expect(en.contains("**Note:** the plan starts after 2025-07-01"))
        let page = ScenarioReportHTML.render(
            scenario: StaffingFixtures.scenario, plan: nil, staffing: r, language: .vi)
        #expect(page.contains("<li>Biên chế: phương án bắt đầu sau ngày 01/07/2025"))
    }

    @Test func unresolvedDeadlineIsStated() throws {
        var s = StaffingFixtures.scenario
        s.staffing.protected = ["S0"]
        s.staffing.measures = [.earlyRetirement]
        let r = try StaffingAnalysis.run(
            scenario: s, rules: .vnDefault, solver: NamedValuesSolver(values: ["s_X_cadre+civil-servant_2024": 1]))
        let md = ReductionPlanMarkdown.render(r, scenario: s, language: .vi)
        #expect(md.contains("**Không đạt:** Xã Thạch Sơn (Cán bộ, công chức) còn thừa **1** người tại hạn 31/12/2024."))
    }

    @Test func projectionCSV() throws {
        let r = try StaffingFixtures.report()
        let csv = StaffingProjectionCSV.render(r, scenario: StaffingFixtures.scenario, language: .vi)
        #expect(csv.hasPrefix("\u{FEFF}Năm,Mã đơn vị,Đơn vị,Nhóm,"))
        #expect(csv.contains("2024,X,Xã Thạch Sơn,\"Cán bộ, công chức\",19,0,18,1,"))
        try expectSnapshot(csv, named: "staffing-projection.vi.csv")
    }
}
