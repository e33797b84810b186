import CivilCalendar

extension CivilDate {
    /// The same day `months` calendar months later (the last day of the month when it is shorter), e.g.
    /// 31/1/2024 + 1 month = 29/2/2024; 1/1/2020 + 60 months = 1/1/2025.
    public func addingMonths(_ months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let y = index / 12
        let m = index % 12 + 1
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))!
    }
}
