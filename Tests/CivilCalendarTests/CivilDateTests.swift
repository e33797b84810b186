import CivilCalendar
import Testing

@Suite struct CivilDateTests {
    @Test func parsesAndFormatsISO() throws {
        let d = try #require(CivilDate(iso: "2022-02-01"))
        #expect(d.year == 2022 && d.month == 2 && d.day == 1)
        #expect(d.description == "2022-02-01")
        #expect(d.vietnameseDescription == "01/02/2022")
        #expect(CivilDate(iso: "2022-02-30") == nil)
        #expect(CivilDate(iso: "22-02-01") == nil)
        #expect(CivilDate(iso: "01/02/2022") == nil)
    }

    @Test func dayNumberRoundTrips() {
        for n in stride(from: -80_000, through: 80_000, by: 37) {
            #expect(CivilDate(dayNumber: n).dayNumber == n)
        }
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CivilDate(year: 2000, month: 3, day: 1)!.dayNumber == 11_017)
    }

    @Test func weekdaysAndISOWeeks() {
        // 2022-01-03 was a Monday and the first day of ISO week 2022-W01; 2022-01-02 belongs to 2021-W52.
        let monday = CivilDate(year: 2022, month: 1, day: 3)!
        #expect(monday.weekday == 1)
        #expect(monday.isoWeek == (2022, 1))
        #expect(CivilDate(year: 2022, month: 1, day: 2)!.isoWeek == (2021, 52))
        #expect(CivilDate(year: 2020, month: 12, day: 31)!.isoWeek == (2020, 53))
        #expect(CivilDate(year: 2022, month: 1, day: 8)!.isWeekend)
    }

    @Test func endOfMonthHandlesLeapYears() {
        #expect(CivilDate(year: 2024, month: 2, day: 10)!.endOfMonth.day == 29)
        #expect(CivilDate(year: 2100, month: 2, day: 10)!.endOfMonth.day == 28)
    }
}
