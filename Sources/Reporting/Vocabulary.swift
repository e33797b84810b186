import CivilCalendar
import Localization
import MILP
import ScenarioModel

/// The words reports use, in Vietnamese and English.
public enum Vocabulary {
    /// A unit kind's label, e.g. "Trạm y tế" / "Health station".
    public static func kind(_ kind: UnitKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.commune, .vi): return "Xã"
        case (.commune, .en): return "Commune"
        case (.town, .vi): return "Thị trấn"
        case (.town, .en): return "Town"
        case (.ward, .vi): return "Phường"
        case (.ward, .en): return "Ward"
        case (.school, .vi): return "Trường học"
        case (.school, .en): return "School"
        case (.centre, .vi): return "Trung tâm"
        case (.centre, .en): return "Centre"
        case (.healthStation, .vi): return "Trạm y tế"
        case (.healthStation, .en): return "Health station"
        default: return kind.rawValue
        }
    }

    /// Why the solver stopped, in words: "tối ưu (đã chứng minh)" / "optimal (proven)", …; an unknown status as written.
    public static func termination(_ status: String, _ language: Language) -> String {
        guard let known = TerminationStatus(rawValue: status) else { return status }
        let vi = language == .vi
        switch known {
        case .optimal: return vi ? "tối ưu (đã chứng minh)" : "optimal (proven)"
        case .timeLimit: return vi ? "hết thời gian giải, dùng phương án tốt nhất" : "time limit, best plan found"
        case .workLimit: return vi ? "đạt giới hạn tính toán, dùng phương án tốt nhất" : "work limit, best plan found"
        case .gapLimit: return vi ? "đạt khoảng cách tối ưu cho phép" : "within the requested gap"
        case .infeasible: return vi ? "không có phương án thỏa mọi ràng buộc" : "infeasible"
        case .unbounded: return vi ? "mô hình không bị chặn" : "unbounded"
        case .noFeasiblePointFound: return vi ? "chưa tìm được phương án" : "no plan found"
        case .interrupted: return vi ? "đã dừng theo yêu cầu" : "interrupted"
        }
    }

    /// The weekday's name: "Thứ Hai" … "Chủ nhật" / "Monday" … "Sunday".
    public static func weekday(_ date: CivilDate, _ language: Language) -> String {
        let vi = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
        let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return (language == .vi ? vi : en)[date.weekday - 1]
    }

    /// A month heading: "Tháng 5/2022" / "May 2022".
    public static func month(_ month: Int, year: Int, _ language: Language) -> String {
        let en = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return language == .vi ? "Tháng \(month)/\(year)" : "\(en[month - 1]) \(year)"
    }

    /// A month named so it cannot be read as a team code (`T1`) or a weekday (`T2` = Thứ Hai): "tháng 5" ("Tháng 5"
    /// at the start of a heading) / "May".
    public static func monthName(_ month: Int, _ language: Language, capitalized: Bool = false) -> String {
        guard language == .vi else { return shortMonth(month, language) }
        return (capitalized ? "Tháng " : "tháng ") + "\(month)"
    }

    /// A short month label for narrow chart axes: "T5" / "May".
    public static func shortMonth(_ month: Int, _ language: Language) -> String {
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return language == .vi ? "T\(month)" : en[month - 1]
    }

    /// A date as readers expect it: 05/09/2022 in Vietnamese, 2022-09-05 in English.
    public static func date(_ date: CivilDate, _ language: Language) -> String {
        language == .vi ? date.vietnameseDescription : date.description
    }

    /// A number of days: "0,5" / "0.5", without a trailing ",0".
    public static func days(_ value: Double, _ language: Language) -> String {
        number(value, decimals: 1, language)
    }

    /// A number with at most `decimals` decimals, trailing zeros removed; Vietnamese uses a decimal comma.
    public static func number(_ value: Double, decimals: Int, _ language: Language) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text: String
        if !rounded.isFinite || abs(rounded) >= 1e15 {
            text = String(rounded)
        } else if rounded == rounded.rounded() {
            text = String(Int(rounded))
        } else {
            text = String(rounded)
            if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) - 1 > decimals {
                text = String(text[..<text.index(dot, offsetBy: decimals + 1)])
            }
        }
        return language == .vi ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A percentage: "12,5%" / "12.5%".
    public static func percent(_ share: Double, decimals: Int = 2, _ language: Language) -> String {
        number(share * 100, decimals: decimals, language) + "%"
    }

    /// The session of a half-day inspection: "Sáng"/"Chiều" or "Morning"/"Afternoon"; whole days: "Cả ngày"/"Full day".
    public static func session(_ session: Session, _ language: Language) -> String {
        switch (session, language) {
        case (.morning, .vi): return "Sáng"
        case (.morning, .en): return "Morning"
        case (.afternoon, .vi): return "Chiều"
        case (.afternoon, .en): return "Afternoon"
        case (.fullDays(let n), .vi): return n == 1 ? "Cả ngày" : "\(n) ngày"
        case (.fullDays(let n), .en): return n == 1 ? "Full day" : "\(n) days"
        }
    }
}

/// When in the day an inspection takes place.
public enum Session: Hashable, Sendable {
    /// 07:30–11:30.
    case morning
    /// 13:30–17:00.
    case afternoon
    /// One or more whole working days.
    case fullDays(Int)
}

// Avoid a Foundation import for one call.
extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
