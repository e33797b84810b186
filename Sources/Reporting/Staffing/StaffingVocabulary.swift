import CivilCalendar
import Foundation
import Localization
import ScenarioModel
import Staffing

/// Words and number formats of the staffing reports, in Vietnamese and English.
enum StaffingVocabulary {
    /// A category group's label.
    static func group(_ g: QuotaGroup, _ language: Language) -> String {
        language == .vi ? g.vietnameseName : g.englishName
    }

    /// An exit kind's label.
    static func exit(_ k: ExitKind, _ language: Language) -> String {
        switch (k, language) {
        case (.earlyRetirement, .vi): return "Nghỉ hưu trước tuổi"
        case (.earlyRetirement, .en): return "Early retirement"
        case (.resignation, .vi): return "Thôi việc ngay"
        case (.resignation, .en): return "Immediate resignation"
        }
    }

    /// A hiring policy's label.
    static func hiring(_ h: HiringPolicy, _ language: Language) -> String {
        switch (h, language) {
        case (.freeze, .vi): return "không tuyển mới"
        case (.freeze, .en): return "hiring freeze"
        case (.replaceRetirees, .vi): return "tuyển thay người nghỉ hưu (không vượt định mức)"
        case (.replaceRetirees, .en): return "replace retirees (never above the quota)"
        case (.fillToQuota, .vi): return "tuyển đủ định mức"
        case (.fillToQuota, .en): return "fill to the quota"
        }
    }

    /// An amount of VND with thousands separators: `119.340.000` (vi) or `119,340,000` (en).
    static func vnd(_ value: Double, _ language: Language) -> String {
        let text = formatVND(value)
        return language == .vi ? text.replacingOccurrences(of: ",", with: ".") : text
    }

    /// A formula or basis written with `,` thousands and `.` decimals, in the report's number style: Vietnamese swaps
    /// them (`1.490.000`, `1,5`); English keeps them.
    static func numbers(_ text: String, _ language: Language) -> String {
        guard language == .vi else { return text }
        return String(text.map { $0 == "," ? "." : ($0 == "." ? "," : $0) })
    }

    /// A share as a percentage with up to one decimal: `7,3 %` (vi) or `7.3%` (en).
    static func percent(_ share: Double, _ language: Language) -> String {
        let v = Vocabulary.number(share * 100, decimals: 1, language)
        return language == .vi ? "\(v) %" : "\(v)%"
    }

    /// A unit's display name, or its code when unknown.
    static func unitName(_ code: String, _ scenario: Scenario) -> String {
        scenario.unit(code)?.name ?? code
    }

    /// A Markdown table cell: pipes escaped, line breaks removed.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// A citation with its confidence mark, articles written "Điều" in Vietnamese: `NĐ 33/2023/NĐ-CP Điều 6(1)–(2) [C]`.
    static func citation(_ c: RuleCitation?, _ language: Language) -> String {
        guard let c else { return "—" }
        return language == .vi ? c.description.replacingOccurrences(of: "Art. ", with: "Điều ") : c.description
    }
}
