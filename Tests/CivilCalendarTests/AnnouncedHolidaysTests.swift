import Testing

@testable import CivilCalendar

@Suite struct AnnouncedHolidaysTests {
    private func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }

    /// Tết 2023 as announced: 20/1 (29 Chạp, Friday) to 26/1 (mùng 5, Thursday). The rule would give 21/1–27/1,
    /// with Friday 27/1 off and Friday 20/1 worked; the announcement is the reverse.
    @Test func tet2023FollowsTheAnnouncement() {
        let year = VietnameseHolidays.calendar(in: 2023, builtin: true, extra: [], remove: [])
        let off = Set(year.holidays.map(\.date))
        for d in 20...26 { #expect(off.contains(day("2023-01-\(d)")), "2023-01-\(d)") }
        #expect(!off.contains(day("2023-01-27")))
        #expect(VietnameseHolidays.holidays(in: 2023).contains { $0.date == day("2023-01-27") })
        guard case .announced(let arrangement) = year.source else {
            Issue.record("2023 should use the announced arrangement")
            return
        }
        #expect(arrangement.documents.first?.number == "8056/VPCP-KGVX")
        #expect(year.holidays.first { $0.date == day("2023-01-20") }?.kind == .announced)
    }

    /// 2024: Tết 8/2–14/2 (Thông báo 5015/TB-LĐTBXH), and the 30/4 swap: Monday 29/4 off, Saturday 4/5 worked.
    @Test func swap2024() throws {
        let year = VietnameseHolidays.calendar(in: 2024, builtin: true, extra: [], remove: [])
        let off = Set(year.holidays.map(\.date))
        #expect(off.contains(day("2024-02-08")) && off.contains(day("2024-02-14")))
        #expect(!off.contains(day("2024-02-15")))
        #expect(off.contains(day("2024-04-29")))
        #expect(year.workedWeekendDays == [day("2024-05-04")])
        let arrangement = try #require(AnnouncedHolidays.arrangement(for: 2024))
        #expect(arrangement.documents.map(\.number) == ["5015/TB-LĐTBXH", "2450/VPCP-KGVX"])
        #expect(arrangement.documents.first?.confidence == "C")
        #expect(arrangement.confidence == "S")
    }

    /// A year with no announcement on file uses the rule, and says so.
    @Test func yearWithoutAnnouncementUsesTheRule() {
        let year = VietnameseHolidays.calendar(in: 2027, builtin: true, extra: [], remove: [])
        #expect(year.source == .rule)
        #expect(year.holidays == VietnameseHolidays.holidays(in: 2027))
        #expect(year.workedWeekendDays.isEmpty)
        #expect(VietnameseHolidays.calendar(in: 2024, builtin: false, extra: [], remove: []).source == nil)
    }

    /// Removing a worked Saturday makes it a weekend day again; extra days are still added.
    @Test func removeAndExtra() {
        let year = VietnameseHolidays.calendar(
            in: 2024, builtin: true, extra: [day("2024-05-03")], remove: [day("2024-05-04")])
        #expect(year.workedWeekendDays.isEmpty)
        #expect(year.holidays.contains { $0.date == day("2024-05-03") && $0.kind == .extra })
    }

    /// Every year 2018–2026 has an arrangement with a document and a mark; periods lie in the year; worked days are
    /// weekend days and each replaces a weekday off.
    @Test func everyArrangementIsWellFormed() {
        #expect(AnnouncedHolidays.years == Array(2018...2026))
        for year in 2018...2026 {
            guard let a = AnnouncedHolidays.arrangement(for: year) else { continue }
            #expect(!a.documents.isEmpty)
            #expect(a.documents.allSatisfy { ["C", "S", "U"].contains($0.confidence) && !$0.number.isEmpty })
            #expect(a.periods.allSatisfy { $0.from.year == year && $0.from <= $0.to }, "\(year)")
            #expect(a.workedDays.allSatisfy { $0.date.isWeekend && !$0.replaces.isWeekend }, "\(year)")
            // New Year's Day, Reunification Day, Labour Day and National Day are always off.
            let off = Set(a.holidays.map(\.date))
            for (m, d) in [(1, 1), (4, 30), (5, 1), (9, 2)] {
                #expect(off.contains(CivilDate(year: year, month: m, day: d)!), "\(year)-\(m)-\(d)")
            }
            // Five Tết days off at least, within a week of Tết.
            let tet = LunarCalendar.civilDate(for: LunarDate(year: year, month: 1, day: 1))!
            let around = off.filter { abs(tet.days(to: $0)) <= 7 }
            #expect(around.count >= 5, "\(year)")
        }
    }
}
