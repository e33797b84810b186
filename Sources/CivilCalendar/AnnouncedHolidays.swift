import Localization

/// A document that announced a year's civil-service holiday arrangement.
public struct HolidayDocument: Hashable, Sendable, Codable {
    /// The number, e.g. `5015/TB-LĐTBXH`.
    public var number: String
    /// The date it was issued.
    public var date: CivilDate
    /// Who issued it, in Vietnamese and English.
    public var issuer: LocalizedText
    /// How sure the toolkit is of the arrangement it carries: `C` (read in the document or an official reprint),
    /// `S` (secondary sources agree), `U` (not confirmed; correct it with `holidays.extra` and `holidays.remove`).
    public var confidence: String

    /// Creates a document.
    public init(number: String, date: CivilDate, issuer: LocalizedText, confidence: String) {
        self.number = number
        self.date = date
        self.issuer = issuer
        self.confidence = confidence
    }
}

/// The holiday arrangement the Government announced for civil servants (cán bộ, công chức, viên chức) for one year:
/// the days off and the Saturdays worked in exchange for a swapped weekday.
///
/// The Government fixes each year's Tết and National Day days (Labour Code 2019 Art. 112(3)) and may swap a working
/// day with a Saturday; the Ministry of Labour, Invalids and Social Affairs (Bộ LĐ-TB&XH) announced it until 2025,
/// the Ministry of Home Affairs (Bộ Nội vụ) since. The arrangements are data: see docs/legal-sources.md.
public struct HolidayArrangement: Hashable, Sendable {
    /// One announced period off, `from` … `to` inclusive (weekends inside it are off anyway).
    public struct Period: Hashable, Sendable {
        /// The occasion, in Vietnamese and English.
        public var name: LocalizedText
        /// The first day off.
        public var from: CivilDate
        /// The last day off.
        public var to: CivilDate
    }

    /// A weekend day worked in exchange for a swapped weekday off.
    public struct WorkedDay: Hashable, Sendable {
        /// The weekend day worked.
        public var date: CivilDate
        /// The weekday given off in its place.
        public var replaces: CivilDate
    }

    /// The civil year.
    public var year: Int
    /// The documents announcing the arrangement, the main one first.
    public var documents: [HolidayDocument]
    /// The periods off, in date order.
    public var periods: [Period]
    /// The weekend days worked in exchange, in date order.
    public var workedDays: [WorkedDay]

    /// The days off as holidays, sorted, one per date: every weekday of a period, and every day the rule of
    /// ``VietnameseHolidays/holidays(in:)`` also has. A day the rule has keeps the rule's name and kind (e.g.
    /// `Tết Nguyên đán (mùng 1)`); another weekday is named after its period, kind `.announced`. Plain weekends inside
    /// a period are not listed.
    public var holidays: [Holiday] {
        let rule = Dictionary(
            VietnameseHolidays.holidays(in: year).map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a })
        var list: [Holiday] = []
        var seen = Set<CivilDate>()
        for period in periods {
            for day in DateSpan(from: period.from, to: period.to).days where day.year == year {
                guard seen.insert(day).inserted else { continue }
                if let known = rule[day] {
                    list.append(known)
                } else if !day.isWeekend {
                    list.append(Holiday(date: day, nameVI: period.name.vi, nameEN: period.name.en, kind: .announced))
                }
            }
        }
        return list.sorted()
    }

    /// The lowest confidence of its documents (`U` below `S` below `C`).
    public var confidence: String {
        let order = ["U", "S", "C"]
        return documents.map(\.confidence).min { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }
            ?? "U"
    }
}

/// The announced civil-service holiday arrangements, 2018–2026.
public enum AnnouncedHolidays {
    /// The arrangement announced for `year`, if the toolkit ships one.
    public static func arrangement(for year: Int) -> HolidayArrangement? { all.first { $0.year == year } }

    /// The years with an announced arrangement.
    public static var years: [Int] { all.map(\.year) }

    static func d(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
    }

    static func p(_ vi: String, _ en: String, _ from: CivilDate, _ to: CivilDate? = nil)
        -> HolidayArrangement.Period
    {
        .init(name: LocalizedText(vi: vi, en: en), from: from, to: to ?? from)
    }

    static let molisa = LocalizedText(
        vi: "Bộ Lao động – Thương binh và Xã hội", en: "Ministry of Labour, Invalids and Social Affairs")
    static let government = LocalizedText(
        vi: "Văn phòng Chính phủ (ý kiến của Thủ tướng Chính phủ)",
        en: "Government Office (the Prime Minister's decision)")
    static let homeAffairs = LocalizedText(vi: "Bộ Nội vụ", en: "Ministry of Home Affairs")

    static let newYear = ("Tết Dương lịch", "New Year's Day")
    static let tet = ("Tết Nguyên đán", "Lunar New Year")
    static let hungKings = ("Giỗ Tổ Hùng Vương", "Hung Kings' Commemoration Day")
    static let mayDays = ("Ngày Chiến thắng và Quốc tế Lao động", "Reunification Day and Labour Day")
    static let national = ("Quốc khánh", "National Day")

    static func period(_ o: (String, String), _ from: CivilDate, _ to: CivilDate? = nil)
        -> HolidayArrangement.Period
    {
        p(o.0, o.1, from, to)
    }

    /// The arrangements, by year.
    static let all: [HolidayArrangement] = [y2018, y2019, y2020, y2021, y2022, y2023, y2024, y2025, y2026]
}
