/// The Vietnamese public holidays of a year, following Labour Code 2019 (Bộ luật Lao động 45/2019/QH14) Art. 112.
///
/// The rule, exactly:
/// - **Tết Dương lịch**: 1 January.
/// - **Tết Nguyên đán** (5 days): the last day of the old lunar year (30 or 29 tháng Chạp, the eve) and
///   days 1–4 of lunar month 1 of the new year. This is the split the Government chose in 2021, 2022 and 2025
///   (e.g. 31/1–4/2/2022); in other years it moved a day by decision, which scenarios express with
///   `holidays.extra`/`holidays.remove`.
/// - **Giỗ Tổ Hùng Vương**: 10/3 lunar.
/// - **Ngày Chiến thắng**: 30 April; **Quốc tế Lao động**: 1 May.
/// - **Quốc khánh**: 2 September plus one adjacent day: 1 September, or 3 September when 2 September is a Monday
///   (so that the break joins the weekend, as decided in 2022, 2024 and 2025).
/// - **Compensatory days** (Art. 111(3)): each holiday that falls on a weekly rest day (Saturday or Sunday for
///   civil servants) gives one day off on the next working day (Monday–Friday) that is not already a holiday, taken
///   in date order.
///
/// Lunar dates use `LunarCalendar` (UTC+7). The Government announces each year's actual arrangement (Art. 112(3)):
/// for the years in ``AnnouncedHolidays`` the announcement is used instead of this rule (see ``calendar(in:builtin:extra:remove:)``),
/// so the rule applies only to years without one. Scenarios still adjust either with `holidays.extra` and
/// `holidays.remove`.
public enum VietnameseHolidays {
    /// The years the calendar supports.
    public static let supportedYears: ClosedRange<Int> = 1900...2100

    /// The holidays whose date falls in a civil year, sorted by date, compensatory days included.
    ///
    /// - Parameter year: A year in 1900...2100 (others return an empty list).
    /// - Returns: One entry per day off, sorted by date.
    public static func holidays(in year: Int) -> [Holiday] {
        guard supportedYears.contains(year) else { return [] }
        var list: [Holiday] = []
        func add(_ date: CivilDate?, _ vi: String, _ en: String) {
            if let date, date.year == year { list.append(Holiday(date: date, nameVI: vi, nameEN: en)) }
        }
        add(CivilDate(year: year, month: 1, day: 1), "Tết Dương lịch", "New Year's Day")
        // Tết of lunar year `year` always falls in the civil year (21 Jan … 20 Feb).
        if let tet = LunarCalendar.civilDate(for: LunarDate(year: year, month: 1, day: 1)) {
            add(
                tet.adding(days: -1), "Tết Nguyên đán (ngày cuối năm âm lịch)",
                "Lunar New Year (last day of the old year)")
            for day in 1...4 {
                add(tet.adding(days: day - 1), "Tết Nguyên đán (mùng \(day))", "Lunar New Year (day \(day))")
            }
        }
        add(
            LunarCalendar.civilDate(for: LunarDate(year: year, month: 3, day: 10)), "Giỗ Tổ Hùng Vương",
            "Hung Kings' Commemoration Day")
        add(CivilDate(year: year, month: 4, day: 30), "Ngày Chiến thắng", "Reunification Day")
        add(CivilDate(year: year, month: 5, day: 1), "Ngày Quốc tế Lao động", "International Labour Day")
        if let national = CivilDate(year: year, month: 9, day: 2) {
            add(national, "Quốc khánh", "National Day")
            let adjacent = national.weekday == 1 ? national.adding(days: 1) : national.adding(days: -1)
            add(adjacent, "Quốc khánh (ngày liền kề)", "National Day (adjacent day)")
        }
        list.sort()
        var taken = Set(list.map(\.date))
        var compensatory: [Holiday] = []
        for holiday in list where holiday.date.isWeekend {
            var day = holiday.date.adding(days: 1)
            while day.isWeekend || taken.contains(day) { day = day.adding(days: 1) }
            taken.insert(day)
            if day.year == year {
                compensatory.append(
                    Holiday(
                        date: day, nameVI: "Nghỉ bù \(holiday.nameVI)",
                        nameEN: "Compensatory day for \(holiday.nameEN)",
                        kind: .compensatory))
            }
        }
        return (list + compensatory).sorted()
    }

    /// The days off in force for a year after a scenario's adjustments: the announced arrangement of the year when
    /// there is one, the rule otherwise.
    ///
    /// - Parameters:
    ///   - year: The civil year.
    ///   - builtin: Whether the built-in holidays apply.
    ///   - extra: Extra days off (kind `.extra`).
    ///   - remove: Dates removed from the list (e.g. a swapped working day).
    /// - Returns: The days off, sorted by date, one entry per date.
    public static func holidays(in year: Int, builtin: Bool, extra: [CivilDate], remove: [CivilDate]) -> [Holiday] {
        calendar(in: year, builtin: builtin, extra: extra, remove: remove).holidays
    }

    /// Where a year's built-in days off come from.
    public enum Source: Hashable, Sendable {
        /// The arrangement the Government announced for the year.
        case announced(HolidayArrangement)
        /// The rule of Labour Code 2019 Art. 112 and 111(3): the year has no announced arrangement in the toolkit.
        case rule
    }

    /// A year's holiday calendar: the days off, the weekend days worked in exchange, and where they come from.
    public struct YearCalendar: Hashable, Sendable {
        /// The days off, sorted by date, one entry per date.
        public var holidays: [Holiday]
        /// Weekend days worked in exchange for a swapped weekday (working days of the plan), sorted.
        public var workedWeekendDays: [CivilDate]
        /// The source of the built-in days, `nil` when the scenario turned the built-in holidays off.
        public var source: Source?
    }

    /// The holiday calendar in force for a year after a scenario's adjustments: the announced arrangement of the year
    /// when ``AnnouncedHolidays`` has one, the rule of ``holidays(in:)`` otherwise.
    ///
    /// - Parameters:
    ///   - year: The civil year.
    ///   - builtin: Whether the built-in holidays apply.
    ///   - extra: Extra days off (kind `.extra`).
    ///   - remove: Dates removed from the list (a removed worked weekend day is no longer worked).
    /// - Returns: The days off, the worked weekend days and the source.
    public static func calendar(in year: Int, builtin: Bool, extra: [CivilDate], remove: [CivilDate]) -> YearCalendar {
        let arrangement = builtin ? AnnouncedHolidays.arrangement(for: year) : nil
        var list = builtin ? (arrangement?.holidays ?? holidays(in: year)) : []
        var dates = Set(list.map(\.date))
        for date in extra where !dates.contains(date) {
            list.append(Holiday(date: date, nameVI: "Ngày nghỉ bổ sung", nameEN: "Additional day off", kind: .extra))
            dates.insert(date)
        }
        let removed = Set(remove)
        let worked = (arrangement?.workedDays ?? []).map(\.date).filter { $0.year == year && !removed.contains($0) }
        return YearCalendar(
            holidays: list.filter { !removed.contains($0.date) }.sorted(), workedWeekendDays: worked.sorted(),
            source: builtin ? (arrangement.map { .announced($0) } ?? .rule) : nil)
    }
}
