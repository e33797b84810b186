import CivilCalendar
import InspectionScheduling
import Localization
import Testing

@testable import Reporting

@Suite struct PlanNoteTextTests {
    /// The notes on where the year's holidays come from.
    static let holidayCases: [(PlanNote, vi: String, en: String)] = [
        (
            .holidaysAnnounced(
                year: 2024,
                documents: [
                    HolidayDocument(
                        number: "5015/TB-LĐTBXH", date: CivilDate(year: 2023, month: 11, day: 22)!,
                        issuer: LocalizedText(
                            vi: "Bộ Lao động – Thương binh và Xã hội",
                            en: "Ministry of Labour, Invalids and Social Affairs"),
                        confidence: "C")
                ], confidence: "C"),
            "Ngày nghỉ lễ, Tết năm 2024 theo thông báo của Nhà nước (văn bản số 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ "
                + "Lao động – Thương binh và Xã hội [C]) [C], không tính theo quy tắc; ngày thứ Bảy làm bù là ngày làm việc.",
            "The 2024 holidays follow the announced arrangement (document no. 5015/TB-LĐTBXH of 22/11/2023 by the "
                + "Ministry of Labour, Invalids and Social Affairs [C]) [C], not the computed rule; a Saturday worked in "
                + "exchange is a working day."
        ),
        (
            .holidaysByRule(year: 2027),
            "Ngày nghỉ lễ, Tết năm 2027 tính theo quy tắc Bộ luật Lao động 2019 (Điều 112; nghỉ bù theo khoản 3 Điều "
                + "111) vì chưa có thông báo của năm này; điều chỉnh bằng holidays.extra và holidays.remove [U].",
            "The 2027 holidays are computed by the rule of Labour Code 2019 (Art. 112; compensatory days by Art. "
                + "111(3)), as no announcement for the year is on file; adjust with holidays.extra and holidays.remove [U]."
        ),
    ]

    /// Every kind of note, with the sentences the reports print for it.
    static let cases: [(PlanNote, vi: String, en: String)] =
        holidayCases + [
            (
                .configurableDefaults(threshold: 5),
                "Thời lượng kiểm tra theo loại đơn vị, quy tắc luân phiên và ngưỡng cân đối theo tháng (5 ngày làm việc) "
                    + "là giá trị mặc định có thể thay đổi [U].",
                "Durations by kind, rotation rule and the month-balance threshold (5 working days) are configurable "
                    + "defaults [U]."
            ),
            (
                .multiDayWithinOneWeek,
                "Cuộc kiểm tra kéo dài nhiều ngày được xếp trong cùng một tuần (thứ Hai đến Chủ nhật) và cùng một tháng.",
                "Multi-day inspections are scheduled within one ISO week and one month."
            ),
            (
                .quickBoundTighter(quickBound: 131.456, solverBound: 140),
                "Cận trên 131.46 lấy từ phép ước lượng nhanh (năng lực các đoàn, số cặp ghép tối đa, độ lệch tải tối "
                    + "thiểu), chặt hơn cận trên của bộ giải (140).",
                "The bound 131.46 comes from the quick estimate (team capacity, most bundled pairs, least team spread), "
                    + "tighter than the solver's (140)."
            ),
            (
                .quickBoundTighter(quickBound: 12, solverBound: nil),
                "Cận trên 12 lấy từ phép ước lượng nhanh (năng lực các đoàn, số cặp ghép tối đa, độ lệch tải tối thiểu), "
                    + "chặt hơn cận trên của bộ giải.",
                "The bound 12 comes from the quick estimate (team capacity, most bundled pairs, least team spread), "
                    + "tighter than the solver's."
            ),
            (
                .provenByObjectiveStep(bound: 130.1, step: 0.05),
                "Tối ưu đã được chứng minh: không phương án nào đạt điểm cao hơn 130.1, và điểm của mọi phương án là bội "
                    + "số của 0.05.",
                "Optimality proven: no plan scores above 130.1, and every plan's score is a multiple of 0.05."
            ),
            (
                .greedyReachesQuickBound(quickBound: 88.25, step: 0.05),
                "Phương án khởi đầu (tham lam) đạt đúng cận trên nhanh 88.25 (sai khác dưới một bước 0.05), nên là tối "
                    + "ưu; không cần chạy GLPK.",
                "The greedy starting plan reaches the quick bound 88.25 (within one step of 0.05), so it is optimal; GLPK "
                    + "was not run."
            ),
            (
                .greedyWithinGap(gap: 0.001, quickBound: 88.25),
                "Phương án khởi đầu (tham lam) đã nằm trong khoảng cách yêu cầu 0.1% so với cận trên nhanh 88.25, nên "
                    + "không cần chạy GLPK.",
                "The greedy starting plan is already within the requested gap of 0.1% of the quick bound 88.25, so GLPK "
                    + "was not run."
            ),
            (
                .placementCutsExhausted(rounds: 8),
                "Đã dùng hết 8 vòng điều chỉnh xếp ngày; lịch có thể vi phạm một quy tắc về ngày.",
                "Placement cuts exhausted after 8 rounds; the calendar may break a date rule."
            ),
            (
                .pooledTeams(poolSizes: [6, 4]),
                "Mô hình gộp 2 nhóm đoàn (6, 4 đoàn) rồi chia việc cho từng đoàn theo tuần; cận trên vẫn hợp lệ.",
                "The model pooled 2 group(s) of teams (6, 4 teams) and shared each week's work among their teams "
                    + "afterwards; the bound stays valid."
            ),
            (
                .pooledInspectionsLeftOut(units: (1...12).map { "X\($0)" }),
                "12 cuộc kiểm tra của mô hình gộp không xếp được cho đoàn nào và đã bỏ: X1, X2, X3, X4, X5, X6, X7, X8, "
                    + "X9, X10.",
                "12 inspection(s) of the pooled model fit no team of the pool and were left out: X1, X2, X3, X4, X5, X6, "
                    + "X7, X8, X9, X10."
            ),
            (
                .extraCapacityNotComputed,
                "Không tính phương án bổ sung năng lực: với số đơn vị và số đoàn này, mô hình theo từng đoàn quá lớn.",
                "Extra-capacity suggestions were not computed: a per-team model of this size is too large."
            ),
            (
                .regionsPlannedSeparately(
                    parallel: 2,
                    outcomes: [
                        RegionOutcome(region: "A", status: .optimal, objective: 12.5, gap: 0),
                        RegionOutcome(region: "B", status: .feasible, objective: 41.2, gap: 0.0035),
                        RegionOutcome(region: "C", status: .noSolution),
                    ]),
                "Kịch bản gồm 3 vùng độc lập (mỗi đơn vị, đoàn, chỉ tiêu và lịch cố định chỉ thuộc một vùng) nên đã lập kế "
                    + "hoạch riêng cho từng vùng, 2 vùng cùng lúc. Điểm mục tiêu và các thành phần của nó là tổng của các "
                    + "vùng (chênh lệch giữa các đoàn, giữa các tháng và số cặp ghép lịch tính trong từng vùng). Kết quả "
                    + "từng vùng — A: tối ưu, 12,50; B: khả thi, 41,20, khoảng cách 0,35 %; C: chưa có lời giải.",
                "The scenario has 3 independent regions (every unit, team, target and pin belongs to one region), so each "
                    + "region was planned as its own model, 2 at a time. The objective and its terms are the sums over the "
                    + "regions (team spread, month spread and bundled pairs measured within each region). By region — A: "
                    + "optimal, 12.50; B: feasible, 41.20, gap 0.35%; C: no solution."
            ),
            (
                .crossRegionReplan,
                "Lịch trước có cuộc kiểm tra đã diễn ra do đoàn của vùng khác thực hiện, hoặc có đơn vị không còn trong "
                    + "kịch bản, nên kịch bản được lập kế hoạch như một mô hình chung, không chia theo vùng.",
                "The previous calendar has a past inspection by a team of another region, or a unit no longer in the "
                    + "scenario, so the scenario was planned as one model, not region by region."
            ),
            (
                .stoppedAtWorkLimit(nodes: 1000),
                "Lần giải cuối dừng ở giới hạn khối lượng tính toán (1000 nút của cây nhánh và cận cho mỗi lần giải), "
                    + "không dừng theo đồng hồ, nên kết quả như nhau trên mọi máy.",
                "The last solve stopped at the work limit (1000 branch-and-bound nodes per solve), not by the clock, so "
                    + "the result is the same on every machine."
            ),
            (
                .inRegions(["B", "C"], .placementCutsExhausted(rounds: 3)),
                "Vùng B, C: Đã dùng hết 3 vòng điều chỉnh xếp ngày; lịch có thể vi phạm một quy tắc về ngày.",
                "Regions B, C: Placement cuts exhausted after 3 rounds; the calendar may break a date rule."
            ),
            (
                .inRegions(["A"], .extraCapacityNotComputed),
                "Vùng A: Không tính phương án bổ sung năng lực: với số đơn vị và số đoàn này, mô hình theo từng đoàn "
                    + "quá lớn.",
                "Region A: Extra-capacity suggestions were not computed: a per-team model of this size is too large."
            ),
        ]

    @Test func everyKindIsWordedInBothLanguages() {
        #expect(Set(Self.cases.map(\.0.kind)) == Set(PlanNote.Kind.allCases))
        for (note, vi, en) in Self.cases {
            #expect(PlanNoteText.text(note, .vi) == vi)
            #expect(PlanNoteText.text(note, .en) == en)
        }
    }

    @Test func decimalsUseTheLanguagesSeparator() {
        #expect(NumberText.fixed(123.456, places: 2, comma: true) == "123,46")
        #expect(NumberText.fixed(-0.5, places: 2, comma: false) == "-0.50")
        #expect(NumberText.fixed(7, places: 0, comma: false) == "7")
        #expect(NumberText.fixed(.infinity, places: 2, comma: true) == "—")
        #expect(NumberText.short(0.1 + 0.2) == "0.3" && NumberText.short(5) == "5")
        #expect(NumberText.monthRange([3], .vi) == "tháng 3" && NumberText.monthRange([3, 4, 5], .en) == "March–May")
    }
}
