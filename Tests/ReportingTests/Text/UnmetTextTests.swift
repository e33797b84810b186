import CivilCalendar
import InspectionScheduling
import Localization
import Reporting
import Testing

@Suite struct UnmetTextTests {
    static let date = CivilDate(year: 2026, month: 3, day: 3)!
    static let away = CivilDate(year: 2026, month: 3, day: 4)!

    /// Every kind of unmet item, with the sentences the reports print for it.
    static let cases: [(UnmetItem, vi: String, en: String)] = [
        (
            UnmetItem(.targetShortfall(required: 3, planned: 2, total: 4), subject: "Xã", region: "B", shortBy: 1),
            "Chỉ tiêu «Xã» (vùng B): cần 3/4 đơn vị, lịch chỉ xếp được 2, thiếu 1.",
            "Target “Xã” (region B): 3 of 4 units required, the calendar reaches 2, 1 short."
        ),
        (
            UnmetItem(.targetShortfall(required: 5, planned: 1, total: 9), subject: "Trường học", shortBy: 4),
            "Chỉ tiêu «Trường học»: cần 5/9 đơn vị, lịch chỉ xếp được 1, thiếu 4.",
            "Target “Trường học”: 5 of 9 units required, the calendar reaches 1, 4 short."
        ),
        (
            UnmetItem(
                .pinConflict(past: false, date: date, reason: .blackedOut, blockedOn: date), subject: "X1", team: "T1",
                months: [3]),
            "Lịch cố định X1 – T1 ngày 03/03/2026 không giữ được: đơn vị trong thời gian không kiểm tra ngày "
                + "03/03/2026.",
            "Pin X1 – T1 on 2026-03-03 cannot be kept: the unit is blacked out on 2026-03-03."
        ),
        (
            UnmetItem(
                .pinConflict(past: true, date: date, reason: .teamUnavailable, blockedOn: away), subject: "X2",
                team: "T2", months: [3]),
            "Cuộc kiểm tra đã thực hiện X2 – T2 ngày 03/03/2026 không giữ được: đoàn bận ngày 04/03/2026.",
            "Past inspection X2 – T2 on 2026-03-03 cannot be kept: the team is unavailable on 2026-03-04."
        ),
        (
            UnmetItem(.mustInspectConflict(name: "Xã Thạch Hội", rotationDue: false, reason: .excluded), subject: "X2"),
            "Xã Thạch Hội (X2) bắt buộc kiểm tra nhưng không xếp được: đơn vị vừa bắt buộc kiểm tra vừa bị loại trừ.",
            "Xã Thạch Hội (X2) must be inspected but cannot be scheduled: the unit is both must-inspect and excluded."
        ),
        (
            UnmetItem(
                .mustInspectConflict(name: "Xã Thạch Hội", rotationDue: true, reason: .noValidDate), subject: "X2"),
            "Xã Thạch Hội (X2) đến hạn kiểm tra theo chu kỳ nhưng không xếp được: không đoàn nào có ngày hợp lệ để "
                + "kiểm tra đơn vị này (vùng, xung đột lợi ích, lịch bận, thời gian cấm).",
            "Xã Thạch Hội (X2) is due under the rotation rule but cannot be scheduled: no team has a valid date for it "
                + "(region, conflicts, unavailability, blackouts)."
        ),
        (
            UnmetItem(.extraCapacity(teamName: "Đoàn 1"), subject: "T1", team: "T1", months: [3, 4, 5], shortBy: 4),
            "Để đạt mọi chỉ tiêu, Đoàn 1 (T1) cần thêm 4 ngày kiểm tra trong tháng 3–5.",
            "To meet every target, Đoàn 1 (T1) needs 4 more inspection days in March–May."
        ),
        (
            UnmetItem(.addTeam(daysPerWeek: 2, alternative: false), subject: "T2", team: "T1"),
            "Cần thành lập thêm một đoàn kiểm tra (2 ngày/tuần).",
            "One more inspection team (2 days a week) is needed."
        ),
        (
            UnmetItem(.addTeam(daysPerWeek: 3, alternative: true), subject: "T2", team: "T1"),
            "Hoặc thành lập thêm một đoàn kiểm tra (3 ngày/tuần).",
            "Or add one more inspection team (3 days a week)."
        ),
        (
            UnmetItem(.unproven(.limits), subject: "Huyện mẫu"),
            "Trong giới hạn thời gian chưa tìm được lịch đáp ứng mọi yêu cầu, cũng chưa chứng minh được là không thể; "
                + "lịch dưới đây là phương án tốt nhất tìm được.",
            "Within the limits no calendar meeting every rule was found, nor was it proven impossible; the calendar "
                + "below is the best compromise found."
        ),
        (
            UnmetItem(.unproven(.poolingBrokeRules), subject: "Huyện mẫu"),
            "Sau khi chia việc cho từng đoàn, lịch không còn đáp ứng mọi chỉ tiêu hoặc đơn vị bắt buộc; hãy chạy lại "
                + "không gộp đoàn hoặc với thời gian dài hơn.",
            "After sharing the pooled work among the teams the calendar no longer meets every target or must-inspect "
                + "unit; re-run without pooling or with more time."
        ),
        (
            UnmetItem(.unproven(.regionNotPlanned), subject: "Huyện mẫu (B)", region: "B"),
            "Vùng B chưa được lập kế hoạch: lệnh đã bị dừng trước khi đến lượt vùng này.",
            "Region B was not planned: the run was stopped before its turn."
        ),
    ]

    @Test func everyKindIsWordedInBothLanguages() {
        #expect(Set(Self.cases.map(\.0.kind)) == Set(UnmetItem.Kind.allCases))
        for (item, vi, en) in Self.cases {
            #expect(UnmetText.text(item, .vi) == vi)
            #expect(UnmetText.text(item, .en) == en)
        }
    }

    @Test func everyReasonForAPinHasWordsInBothLanguages() {
        for reason in UnmetItem.FixedConflict.allCases {
            let item = UnmetItem(
                .pinConflict(past: false, date: Self.date, reason: reason, blockedOn: Self.away), subject: "X1",
                team: "T1")
            let vi = UnmetText.text(item, .vi), en = UnmetText.text(item, .en)
            #expect(vi.hasPrefix("Lịch cố định X1 – T1 ngày 03/03/2026 không giữ được: ") && vi.count > 56)
            #expect(en.hasPrefix("Pin X1 – T1 on 2026-03-03 cannot be kept: ") && en.count > 44)
            #expect(vi != en)
        }
        let reasons = UnmetItem.FixedConflict.allCases.map {
            UnmetText.text(UnmetItem(.pinConflict(past: false, date: Self.date, reason: $0), subject: "X1"), .vi)
        }
        #expect(Set(reasons).count == reasons.count)
    }
}
