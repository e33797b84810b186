import Testing

@testable import CivilCalendar

@Suite struct VietnameseHolidaysTests {
    private func dates(_ year: Int) -> [String] { VietnameseHolidays.holidays(in: year).map(\.date.description) }

    /// 2022: Tết 31/1–4/2 (no weekend), Giỗ Tổ on Sunday 10/4 → Monday 11/4, 30/4–1/5 on a weekend → 2–3/5,
    /// Quốc khánh 1–2/9 (Thu–Fri). This matches the days the Government announced for 2022.
    @Test func year2022() {
        #expect(
            dates(2022)
                == [
                    "2022-01-01", "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04",
                    "2022-04-10", "2022-04-11", "2022-04-30", "2022-05-01", "2022-05-02", "2022-05-03",
                    "2022-09-01", "2022-09-02", "2022-01-03",
                ].sorted())
    }

    /// 2024: 2 September is a Monday, so the adjacent day is 3 September (as announced: 31/8–3/9).
    @Test func nationalDayAdjacentDay() {
        let list = dates(2024)
        #expect(list.contains("2024-09-02"))
        #expect(list.contains("2024-09-03"))
        #expect(!list.contains("2024-09-01"))
        #expect(dates(2025).contains("2025-09-01"))
    }

    /// Each year has 11 statutory days, all in the year, with Vietnamese and English names.
    @Test func elevenStatutoryDaysEveryYear() {
        for year in [1900, 1985, 2000, 2022, 2023, 2026, 2099, 2100] {
            let list = VietnameseHolidays.holidays(in: year)
            #expect(list.filter { $0.kind == .statutory }.count == 11, "year \(year)")
            #expect(list.allSatisfy { $0.date.year == year && !$0.nameVI.isEmpty && !$0.nameEN.isEmpty })
            #expect(list.filter { $0.kind == .compensatory }.allSatisfy { !$0.date.isWeekend })
            #expect(Set(list.map(\.date)).count == list.count)
        }
        #expect(VietnameseHolidays.holidays(in: 1899).isEmpty)
    }

    /// Tết 2023 (eve Saturday 21/1) gives two compensatory days after mùng 4 (Wed 25/1): Thu 26/1 and Fri 27/1.
    @Test func tetCompensatoryDays() {
        let list = VietnameseHolidays.holidays(in: 2023)
        let comp = list.filter { $0.kind == .compensatory }.map(\.date.description)
        #expect(comp.contains("2023-01-26"))
        #expect(comp.contains("2023-01-27"))
        #expect(list.first { $0.date.description == "2023-01-22" }?.nameVI == "Tết Nguyên đán (mùng 1)")
    }

    /// Scenario adjustments: extra days are added once, removed days disappear.
    @Test func extraAndRemove() throws {
        let extra = try #require(CivilDate(iso: "2022-01-29"))
        let removed = try #require(CivilDate(iso: "2022-05-03"))
        let list = VietnameseHolidays.holidays(in: 2022, builtin: true, extra: [extra, extra], remove: [removed])
        #expect(list.filter { $0.date == extra }.count == 1)
        #expect(!list.contains { $0.date == removed })
        #expect(VietnameseHolidays.holidays(in: 2022, builtin: false, extra: [extra], remove: []).count == 1)
    }
}
