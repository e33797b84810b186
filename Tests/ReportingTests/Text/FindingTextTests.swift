import CivilCalendar
import Localization
import Reporting
import Staffing
import Testing

@Suite struct FindingTextTests {
    static func finding(_ fact: FindingFact, person: String? = nil) -> Finding {
        Finding(check: "c", severity: .blocking, unit: "X", person: person, fact: fact)
    }

    /// Every kind of finding, with the sentences the staffing check report prints for it.
    static let cases: [(Finding, vi: String, en: String)] = [
        (
            finding(
                .pastRetirementAge(name: "Nguyễn Văn An", retirementDate: CivilDate(year: 2021, month: 4, day: 30)!),
                person: "P1"),
            "Nguyễn Văn An (P1) đã đến tuổi nghỉ hưu từ 30/04/2021 nhưng vẫn còn trong danh sách",
            "Nguyễn Văn An (P1) reached retirement age on 2021-04-30 but is still on the roll"
        ),
        (
            finding(.positionNotInFramework(name: "Trần Thị Bình", position: "Văn thư"), person: "P2"),
            "Trần Thị Bình (P2) giữ vị trí “Văn thư” không có trong đề án vị trí việc làm của đơn vị",
            "Trần Thị Bình (P2) holds “Văn thư”, which is not in the unit's job-position framework"
        ),
        (
            finding(.positionCount(position: "Viên chức chuyên môn", people: 6, approved: 5)),
            "Vị trí “Viên chức chuyên môn”: 6 người, vượt số được duyệt 5",
            "Position “Viên chức chuyên môn”: 6 people, above the approved 5"
        ),
        (
            finding(.positionCount(position: "Kế toán", people: 1, approved: 2)),
            "Vị trí “Kế toán”: 1 người, chưa đủ số được duyệt 2",
            "Position “Kế toán”: 1 people, below the approved 2"
        ),
        (
            finding(
                .qualificationBelow(
                    name: "Lê Văn Cường", qualification: .college, required: .university, position: "Tư pháp - hộ tịch"),
                person: "P3"),
            "Lê Văn Cường (P3): trình độ cao đẳng thấp hơn yêu cầu đại học của vị trí “Tư pháp - hộ tịch”",
            "Lê Văn Cường (P3): qualification college is below the university required for “Tư pháp - hộ tịch”"
        ),
        (
            finding(.unitQuota(group: .publicEmployees, headcount: 10, quota: 9)),
            "Viên chức: 10 người, vượt định mức 9 là 1 người",
            "Public employees: 10 people, 1 above the quota of 9"
        ),
        (
            finding(.unitQuota(group: .partTime, headcount: 9, quota: 10)),
            "Người hoạt động không chuyên trách: 9 người, còn thiếu 1 so với định mức 10",
            "Part-time staff: 9 people, 1 below the quota of 10"
        ),
    ]

    @Test func everyKindIsWordedInBothLanguages() {
        #expect(Set(Self.cases.map(\.0.fact.kind)) == Set(FindingFact.Kind.allCases))
        for (finding, vi, en) in Self.cases {
            #expect(FindingText.text(finding, .vi) == vi)
            #expect(FindingText.text(finding, .en) == en)
        }
    }
}
