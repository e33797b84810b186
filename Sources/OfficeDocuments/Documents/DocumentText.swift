import CivilCalendar
import Foundation
import ScenarioModel

/// Dates, numbers and words as administrative documents write them.
enum DocumentText {
    /// `ngày 10 tháng 01 năm 2022` (days under 10 and months 1 and 2 with a leading zero, ND 30/2020) or
    /// `10 January 2022`.
    static func longDate(_ date: CivilDate, _ vietnamese: Bool) -> String {
        if vietnamese {
            let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
            let month = date.month < 3 ? "0\(date.month)" : "\(date.month)"
            return "ngày \(day) tháng \(month) năm \(date.year)"
        }
        return "\(date.day) \(monthName(date.month)) \(date.year)"
    }

    /// `05/09/2022` in both languages (the documents follow the Vietnamese form).
    static func shortDate(_ date: CivilDate) -> String { date.vietnameseDescription }

    /// The English month name.
    static func monthName(_ month: Int) -> String {
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ][month - 1]
    }

    /// `Tháng 4` / `April`: months are always spelled out, never `T4`.
    static func month(_ month: Int, _ vietnamese: Bool) -> String {
        vietnamese ? "Tháng \(month)" : monthName(month)
    }

    /// The weekday: `Thứ Hai` … `Chủ nhật` / `Monday` … `Sunday`.
    static func weekday(_ date: CivilDate, _ vietnamese: Bool) -> String {
        let vi = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
        let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return (vietnamese ? vi : en)[date.weekday - 1]
    }

    /// A Roman numeral, 1…39.
    static func roman(_ n: Int) -> String {
        let tens = ["", "X", "XX", "XXX"]
        let ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        return tens[min(3, n / 10)] + ones[n % 10]
    }

    /// Capitals with Vietnamese diacritics kept (`Thạch Hà` → `THẠCH HÀ`).
    static func capitals(_ text: String) -> String { text.uppercased(with: Locale(identifier: "vi_VN")) }

    /// An amount of money with `.` grouping (`119.340.000`) or `,` in English.
    static func money(_ value: Double, _ vietnamese: Bool) -> String {
        let whole = Int(value.rounded())
        var digits = String(abs(whole))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return (whole < 0 ? "-" : "") + groups.joined(separator: vietnamese ? "." : ",")
    }

    /// A decimal with up to two places and the language's separator (`4,32` / `4.32`).
    static func decimal(_ value: Double, _ vietnamese: Bool) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return vietnamese ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A team's short name in running text: `Đoàn 1` / `Team 1`, by its position in the scenario.
    static func teamLabel(_ code: String, in scenario: Scenario, _ vietnamese: Bool) -> String {
        let number = (scenario.teams.firstIndex { $0.code == code } ?? scenario.teams.count) + 1
        return (vietnamese ? "Đoàn " : "Team ") + "\(number)"
    }

    /// The session of an inspection: `buổi sáng`, `buổi chiều`, `cả ngày`, `2 ngày`.
    static func session(days: Double, morning: Bool, _ vietnamese: Bool) -> String {
        if days < 1 { return vietnamese ? (morning ? "Buổi sáng" : "Buổi chiều") : (morning ? "Morning" : "Afternoon") }
        let whole = Int(days.rounded(.up))
        if whole == 1 { return vietnamese ? "Cả ngày" : "Full day" }
        return vietnamese ? "\(whole) ngày" : "\(whole) days"
    }
}
