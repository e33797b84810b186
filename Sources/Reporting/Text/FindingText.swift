import Localization
import Staffing

/// Words the findings of the staffing checks (``FindingFact``) in Vietnamese or English: the one place their
/// sentences live.
public enum FindingText {
    /// The finding as one sentence (without a final full stop) in `language`.
    public static func text(_ finding: Finding, _ language: Language) -> String {
        let vi = language == .vi
        let who = { (name: String) in finding.person.map { "\(name) (\($0))" } ?? name }
        switch finding.fact {
        case .pastRetirementAge(let name, let date):
            return vi
                ? "\(who(name)) đã đến tuổi nghỉ hưu từ \(date.vietnameseDescription) nhưng vẫn còn trong danh sách"
                : "\(who(name)) reached retirement age on \(date) but is still on the roll"
        case .positionNotInFramework(let name, let position):
            return vi
                ? "\(who(name)) giữ vị trí “\(position)” không có trong đề án vị trí việc làm của đơn vị"
                : "\(who(name)) holds “\(position)”, which is not in the unit's job-position framework"
        case .positionCount(let position, let people, let approved):
            switch (language, people > approved) {
            case (.vi, true): return "Vị trí “\(position)”: \(people) người, vượt số được duyệt \(approved)"
            case (.vi, false): return "Vị trí “\(position)”: \(people) người, chưa đủ số được duyệt \(approved)"
            case (.en, true): return "Position “\(position)”: \(people) people, above the approved \(approved)"
            case (.en, false): return "Position “\(position)”: \(people) people, below the approved \(approved)"
            }
        case .qualificationBelow(let name, let have, let required, let position):
            return vi
                ? "\(who(name)): trình độ \(have.vietnameseName) thấp hơn yêu cầu \(required.vietnameseName) "
                    + "của vị trí “\(position)”"
                : "\(who(name)): qualification \(have.rawValue) is below the \(required.rawValue) required for "
                    + "“\(position)”"
        case .unitQuota(let group, let n, let q):
            let name = StaffingVocabulary.group(group, language)
            switch (language, n > q) {
            case (.vi, true): return "\(name): \(n) người, vượt định mức \(q) là \(n - q) người"
            case (.vi, false): return "\(name): \(n) người, còn thiếu \(q - n) so với định mức \(q)"
            case (.en, true): return "\(name): \(n) people, \(n - q) above the quota of \(q)"
            case (.en, false): return "\(name): \(n) people, \(q - n) below the quota of \(q)"
            }
        }
    }
}
