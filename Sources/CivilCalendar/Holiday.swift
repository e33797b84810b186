import Localization

/// One public holiday (ngày nghỉ lễ, Tết) or one day off given in its place.
public struct Holiday: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Why the day is off.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A holiday named in Labour Code 2019 Art. 112.
        case statutory
        /// A compensatory working day off, because a holiday fell on a weekly rest day (Labour Code 2019 Art. 111(3)).
        case compensatory
        /// A day off of the arrangement the Government announced for the year (see ``AnnouncedHolidays``).
        case announced
        /// Added by the scenario (`holidays.extra`), e.g. a government-declared swap.
        case extra
    }

    /// The date.
    public var date: CivilDate
    /// The Vietnamese name, e.g. `Tết Nguyên đán (mùng 1)`.
    public var nameVI: String
    /// The English name, e.g. `Lunar New Year (day 1)`.
    public var nameEN: String
    /// Why the day is off.
    public var kind: Kind

    /// Creates a holiday.
    public init(date: CivilDate, nameVI: String, nameEN: String, kind: Kind = .statutory) {
        self.date = date
        self.nameVI = nameVI
        self.nameEN = nameEN
        self.kind = kind
    }

    /// The name in `language`.
    public func name(language: Language) -> String { language == .vi ? nameVI : nameEN }

    public static func < (lhs: Holiday, rhs: Holiday) -> Bool { lhs.date < rhs.date }

    /// `YYYY-MM-DD name`.
    public var description: String { "\(date) \(nameVI)" }
}
