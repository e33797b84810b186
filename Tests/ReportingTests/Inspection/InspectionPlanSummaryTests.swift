import Reporting
import Testing

@Suite struct InspectionPlanSummaryTests {
    @Test func summarisesStatusCoverageLoadAndCalendar() throws {
        let text = InspectionPlanSummary.render(
            InspectionFixtures.plan, scenario: InspectionFixtures.scenario, language: .vi)
        #expect(text.contains("Tình trạng: Khả thi, khoảng cách tới tối ưu 0,43%"))
        #expect(text.contains("✓ Xã, thị trấn"))
        #expect(text.contains("2 / 1 / 2"))
        #expect(text.contains("T2: 2,5 (2 cuộc) — tháng 6: 2; tháng 9: 0,5"))
        #expect(text.contains("C1: 2022-09-07 T1 → 2022-09-14 T2"))
        #expect(text.contains("2022-05-10 Thứ Ba    T1   Chiều     Trường Mầm non Thạch Khê"))
        try expectSnapshot(text, named: "inspection-summary.vi.txt")
    }
}

@Suite struct VocabularyTests {
    @Test func formatsNumbersWithoutTrapping() {
        #expect(Vocabulary.number(2.5, decimals: 1, .vi) == "2,5")
        #expect(Vocabulary.number(3, decimals: 2, .en) == "3")
        #expect(!Vocabulary.number(1e300, decimals: 1, .en).isEmpty)
        #expect(!Vocabulary.number(.infinity, decimals: 1, .en).isEmpty)
        #expect(!Vocabulary.number(.nan, decimals: 1, .vi).isEmpty)
    }
}
