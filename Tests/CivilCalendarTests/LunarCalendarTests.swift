import Testing

@testable import CivilCalendar

@Suite struct LunarCalendarTests {
    /// Tết (1/1 lunar) as published for 2020–2030. 2030 is 2 February in Vietnam (the new moon falls at 23:07 UTC+7
    /// on 2 Feb, 00:07 UTC+8 on 3 Feb): the brief's 2030-02-03 is the Chinese date; Vietnamese sources (e.g.
    /// scienceinfo.net "Why is the Vietnamese and Chinese New Year a day different?") confirm Vietnam is a day earlier.
    @Test(arguments: [
        (2020, "2020-01-25"), (2021, "2021-02-12"), (2022, "2022-02-01"), (2023, "2023-01-22"),
        (2024, "2024-02-10"), (2025, "2025-01-29"), (2026, "2026-02-17"), (2027, "2027-02-06"),
        (2028, "2028-01-26"), (2029, "2029-02-13"), (2030, "2030-02-02"),
    ])
    func tetMatchesPublishedDates(year: Int, iso: String) throws {
        let expected = try #require(CivilDate(iso: iso))
        #expect(LunarCalendar.civilDate(for: LunarDate(year: year, month: 1, day: 1)) == expected)
        #expect(LunarDate(expected) == LunarDate(year: year, month: 1, day: 1))
    }

    /// Giỗ Tổ Hùng Vương (10/3 lunar) as published.
    @Test(arguments: [
        (2020, "2020-04-02"), (2021, "2021-04-21"), (2022, "2022-04-10"), (2023, "2023-04-29"), (2024, "2024-04-18"),
        (2025, "2025-04-07"), (2026, "2026-04-26"),
    ])
    func gioToMatchesPublishedDates(year: Int, iso: String) throws {
        let expected = try #require(CivilDate(iso: iso))
        #expect(LunarCalendar.civilDate(for: LunarDate(year: year, month: 3, day: 10)) == expected)
    }

    /// Solar → lunar for a few known days.
    @Test func solarToLunar() throws {
        #expect(LunarDate(try #require(CivilDate(iso: "2022-04-10"))) == LunarDate(year: 2022, month: 3, day: 10))
        #expect(LunarDate(try #require(CivilDate(iso: "2022-01-31"))) == LunarDate(year: 2021, month: 12, day: 29))
        #expect(LunarDate(try #require(CivilDate(iso: "2024-02-09"))) == LunarDate(year: 2023, month: 12, day: 30))
        #expect(LunarDate(year: 2022, month: 3, day: 10).description == "10/3/2022 (âm lịch)")
        #expect(LunarCalendar.civilDate(for: LunarDate(year: 2021, month: 12, day: 30)) == nil)  // a 29-day month
    }

    /// Where UTC+7 and UTC+8 disagree: Tết 1985 was 21 Jan in Vietnam and 20 Feb in China; 2007 was 17 Feb in
    /// Vietnam and 18 Feb in China.
    @Test func timeZoneMatters() throws {
        #expect(LunarCalendar.civilDate(for: LunarDate(year: 1985, month: 1, day: 1)) == CivilDate(iso: "1985-01-21"))
        #expect(LunarCalendar.civilDate(for: LunarDate(year: 2007, month: 1, day: 1)) == CivilDate(iso: "2007-02-17"))
        #expect(
            LunarCalendar.civilDate(for: LunarDate(year: 2007, month: 1, day: 1), timeZone: 8)
                == CivilDate(iso: "2007-02-18"))
    }

    /// Leap months: 2020 had a leap 4th month, 2023 a leap 2nd month.
    @Test func leapMonths() throws {
        let leap = try #require(
            LunarCalendar.civilDate(for: LunarDate(year: 2020, month: 4, day: 1, isLeapMonth: true)))
        #expect(leap == CivilDate(iso: "2020-05-23"))
        #expect(LunarDate(leap).isLeapMonth)
        #expect(
            LunarCalendar.civilDate(for: LunarDate(year: 2023, month: 2, day: 1, isLeapMonth: true))
                == CivilDate(iso: "2023-03-22"))
        #expect(LunarCalendar.civilDate(for: LunarDate(year: 2022, month: 4, day: 1, isLeapMonth: true)) == nil)
    }

    /// Every day of 1900–2100 converts to lunar and back to itself.
    @Test func roundTripsEveryDay() throws {
        var date = try #require(CivilDate(iso: "1900-02-01"))
        let end = try #require(CivilDate(iso: "2100-12-31"))
        var failures = 0
        while date <= end {
            let lunar = LunarDate(date)
            if lunar.civilDate != date {
                failures += 1
                Issue.record("\(date) → \(lunar) → \(String(describing: lunar.civilDate))")
            }
            date = date.adding(days: 1)
        }
        #expect(failures == 0)
    }
}
