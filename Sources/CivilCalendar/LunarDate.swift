/// A date in the Vietnamese lunisolar calendar (âm lịch).
public struct LunarDate: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The lunar year, numbered like the civil year in which it mostly falls (Tết 2022 starts lunar year 2022).
    public let year: Int
    /// The month, 1...12 (a leap month repeats the number of the month before it).
    public let month: Int
    /// The day of the month, 1...30.
    public let day: Int
    /// Whether this is the leap (intercalary) month, tháng nhuận.
    public let isLeapMonth: Bool

    /// Creates a lunar date. Use `LunarCalendar.civilDate(for:)` to check that it exists.
    public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }

    /// Converts a civil date (UTC+7).
    public init(_ civil: CivilDate) { self = LunarCalendar.lunarDate(for: civil) }

    /// The civil date (UTC+7), or `nil` when this lunar date does not exist.
    public var civilDate: CivilDate? { LunarCalendar.civilDate(for: self) }

    /// `day/month/year (âm lịch)`, with `nhuận` for a leap month, the way Vietnamese calendars write it.
    public var description: String {
        "\(day)/\(month)\(isLeapMonth ? " nhuận" : "")/\(year) (âm lịch)"
    }
}
