import CivilCalendar

/// The working days of a generated scenario's year: built-in holidays, the season (1 April – 30 November), its weeks.
struct GeneratorCalendar: Sendable {
    let year: Int
    let holidays: Set<CivilDate>
    let season: DateSpan
    /// The Mondays of the season's full weeks.
    let mondays: [CivilDate]

    init(year: Int) {
        self.year = year
        holidays = Set(VietnameseHolidays.holidays(in: year).map(\.date))
        season = DateSpan(
            from: CivilDate(year: year, month: 4, day: 1)!, to: CivilDate(year: year, month: 11, day: 30)!)
        var monday = season.from
        while monday.weekday != 1 { monday = monday.adding(days: 1) }
        var list: [CivilDate] = []
        while monday.adding(days: 4) <= season.to {
            list.append(monday)
            monday = monday.adding(days: 7)
        }
        mondays = list
    }

    /// The dates from month/day to month/day of the year.
    func span(_ m1: Int, _ d1: Int, _ m2: Int, _ d2: Int) -> DateSpan {
        DateSpan(from: CivilDate(year: year, month: m1, day: d1)!, to: CivilDate(year: year, month: m2, day: d2)!)
    }

    /// Monday to Friday of `weeks` weeks starting at the season week `index`.
    func weeks(from index: Int, count weeks: Int) -> DateSpan {
        DateSpan(from: mondays[index], to: mondays[index].adding(days: 7 * (weeks - 1) + 4))
    }

    /// Whether a date is a working day in the season (not a weekend or holiday).
    func isWorkingDay(_ date: CivilDate) -> Bool {
        season.contains(date) && !date.isWeekend && !holidays.contains(date)
    }
}
