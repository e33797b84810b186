import Foundation

/// The Vietnamese lunisolar calendar, computed astronomically for a time zone (UTC+7 by default).
///
/// This is Hồ Ngọc Đức's algorithm (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html): new moons
/// from Meeus' series, the sun's longitude for the solar terms, month 11 always containing the winter solstice,
/// and the leap month being the first month of a 13-month year with no major solar term. Nothing is tabulated.
/// Results are checked against published dates 1900–2100 in the tests (Tết 2020–2030, Giỗ Tổ).
public enum LunarCalendar {
    /// The Vietnamese time zone, UTC+7, in hours.
    public static let vietnamTimeZone: Double = 7

    /// The Julian day number of a civil date.
    static func julianDay(_ date: CivilDate) -> Int { date.dayNumber + 2_440_588 }

    /// The civil date of a Julian day number.
    static func civilDate(julianDay: Int) -> CivilDate { CivilDate(dayNumber: julianDay - 2_440_588) }

    /// The Julian day (fractional) of the k-th new moon after 1900-01-01 (Meeus' approximation).
    static func newMoon(_ k: Int) -> Double {
        let k = Double(k)
        let t = k / 1236.85
        let t2 = t * t
        let t3 = t2 * t
        let dr = Double.pi / 180
        var jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd1 += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
        let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
        let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
        let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
        var c1 = (0.1734 - 0.000393 * t) * sin(m * dr) + 0.0021 * sin(2 * dr * m)
        c1 = c1 - 0.4068 * sin(mpr * dr) + 0.0161 * sin(dr * 2 * mpr)
        c1 = c1 - 0.0004 * sin(dr * 3 * mpr)
        c1 = c1 + 0.0104 * sin(dr * 2 * f) - 0.0051 * sin(dr * (m + mpr))
        c1 = c1 - 0.0074 * sin(dr * (m - mpr)) + 0.0004 * sin(dr * (2 * f + m))
        c1 = c1 - 0.0004 * sin(dr * (2 * f - m)) - 0.0006 * sin(dr * (2 * f + mpr))
        c1 = c1 + 0.0010 * sin(dr * (2 * f - mpr)) + 0.0005 * sin(dr * (2 * mpr + m))
        let deltaT: Double
        if t < -11 {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2
        }
        return jd1 + c1 - deltaT
    }

    /// The sun's apparent longitude in radians, 0..<2π, at a fractional Julian day.
    static func sunLongitude(_ jdn: Double) -> Double {
        let t = (jdn - 2_451_545.0) / 36525
        let t2 = t * t
        let dr = Double.pi / 180
        let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
        dl += (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
        let omega = 125.04 - 1934.136 * t
        var l = (l0 + dl - 0.00569 - 0.00478 * sin(omega * dr)) * dr
        l -= 2 * Double.pi * (l / (2 * Double.pi)).rounded(.down)
        return l
    }

    /// The local Julian day number on which the k-th new moon falls.
    static func newMoonDay(_ k: Int, timeZone: Double) -> Int {
        Int((newMoon(k) + 0.5 + timeZone / 24).rounded(.down))
    }

    /// The sun's longitude sector (0...11, 30° each) at the start of a local day.
    static func sunLongitudeSector(_ dayNumber: Int, timeZone: Double) -> Int {
        Int((sunLongitude(Double(dayNumber) - 0.5 - timeZone / 24) / Double.pi * 6).rounded(.down))
    }

    /// The Julian day number of the start of lunar month 11 (the month holding the winter solstice) of a year.
    static func lunarMonth11(_ year: Int, timeZone: Double) -> Int {
        let off = julianDay(CivilDate(year: year, month: 12, day: 31)!) - 2_415_021
        let k = Int((Double(off) / 29.530588853).rounded(.down))
        var nm = newMoonDay(k, timeZone: timeZone)
        if sunLongitudeSector(nm, timeZone: timeZone) >= 9 { nm = newMoonDay(k - 1, timeZone: timeZone) }
        return nm
    }

    /// The offset, in months after month 11 starting at `a11`, of the leap month of a 13-month lunar year.
    static func leapMonthOffset(_ a11: Int, timeZone: Double) -> Int {
        let k = Int(((Double(a11) - 2_415_021.076998695) / 29.530588853 + 0.5).rounded(.down))
        var i = 1
        var arc = sunLongitudeSector(newMoonDay(k + i, timeZone: timeZone), timeZone: timeZone)
        var last = 0
        repeat {
            last = arc
            i += 1
            arc = sunLongitudeSector(newMoonDay(k + i, timeZone: timeZone), timeZone: timeZone)
        } while arc != last && i < 14
        return i - 1
    }

    /// Converts a civil (solar) date to its lunar date.
    ///
    /// - Parameters:
    ///   - date: The civil date.
    ///   - timeZone: Hours east of UTC; Vietnam is 7 (China uses 8, which differs in some years).
    /// - Returns: The lunar date.
    public static func lunarDate(for date: CivilDate, timeZone: Double = vietnamTimeZone) -> LunarDate {
        let dayNumber = julianDay(date)
        var k = Int(((Double(dayNumber) - 2_415_021.076998695) / 29.530588853).rounded(.down))
        // The estimate can be one lunation off near a new moon (e.g. 2054-05-07): step to the month holding the day.
        while newMoonDay(k + 1, timeZone: timeZone) <= dayNumber { k += 1 }
        while newMoonDay(k, timeZone: timeZone) > dayNumber { k -= 1 }
        let monthStart = newMoonDay(k, timeZone: timeZone)
        var a11 = lunarMonth11(date.year, timeZone: timeZone)
        var b11 = a11
        var lunarYear: Int
        if a11 >= monthStart {
            lunarYear = date.year
            a11 = lunarMonth11(date.year - 1, timeZone: timeZone)
        } else {
            lunarYear = date.year + 1
            b11 = lunarMonth11(date.year + 1, timeZone: timeZone)
        }
        let lunarDay = dayNumber - monthStart + 1
        let diff = (monthStart - a11) / 29
        var isLeap = false
        var lunarMonth = diff + 11
        if b11 - a11 > 365 {
            let leapDiff = leapMonthOffset(a11, timeZone: timeZone)
            if diff >= leapDiff {
                lunarMonth = diff + 10
                if diff == leapDiff { isLeap = true }
            }
        }
        if lunarMonth > 12 { lunarMonth -= 12 }
        if lunarMonth >= 11 && diff < 4 { lunarYear -= 1 }
        return LunarDate(year: lunarYear, month: lunarMonth, day: lunarDay, isLeapMonth: isLeap)
    }

    /// Converts a lunar date to its civil (solar) date.
    ///
    /// - Parameters:
    ///   - lunar: The lunar date. A leap month is only valid in the year that has it.
    ///   - timeZone: Hours east of UTC (default 7).
    /// - Returns: The civil date, or `nil` when the lunar date does not exist (a leap month the year lacks,
    ///   or day 30 of a 29-day month).
    public static func civilDate(for lunar: LunarDate, timeZone: Double = vietnamTimeZone) -> CivilDate? {
        guard (1...12).contains(lunar.month), (1...30).contains(lunar.day) else { return nil }
        let a11: Int
        let b11: Int
        if lunar.month < 11 {
            a11 = lunarMonth11(lunar.year - 1, timeZone: timeZone)
            b11 = lunarMonth11(lunar.year, timeZone: timeZone)
        } else {
            a11 = lunarMonth11(lunar.year, timeZone: timeZone)
            b11 = lunarMonth11(lunar.year + 1, timeZone: timeZone)
        }
        let k = Int((0.5 + (Double(a11) - 2_415_021.076998695) / 29.530588853).rounded(.down))
        var off = lunar.month - 11
        if off < 0 { off += 12 }
        if b11 - a11 > 365 {
            let leapOff = leapMonthOffset(a11, timeZone: timeZone)
            var leapMonth = leapOff - 2
            if leapMonth < 0 { leapMonth += 12 }
            if lunar.isLeapMonth && lunar.month != leapMonth { return nil }
            if lunar.isLeapMonth || off >= leapOff { off += 1 }
        } else if lunar.isLeapMonth {
            return nil
        }
        let monthStart = newMoonDay(k + off, timeZone: timeZone)
        let result = civilDate(julianDay: monthStart + lunar.day - 1)
        // Day 30 of a 29-day month would spill into the next month.
        guard lunarDate(for: result, timeZone: timeZone) == lunar else { return nil }
        return result
    }
}
