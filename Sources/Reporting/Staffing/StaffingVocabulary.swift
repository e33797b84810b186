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

    /// A citation with its confidence mark. Vietnamese writes it in the legal form, article before document:
    /// `khoản 1 Điều 2 Nghị định số 34/2019/NĐ-CP [C]`; English keeps `NĐ 34/2019/NĐ-CP Art. 2(1) [C]`.
    static func citation(_ c: RuleCitation?, _ language: Language) -> String {
        guard let c else { return "—" }
        guard language == .vi else { return c.description }
        let article = vietnameseArticle(c.article)
        let document = vietnameseDocument(c.document)
        return (article.isEmpty ? document : "\(article) \(document)") + " [\(c.confidence.mark)]"
    }

    /// `Art. 2(1)` → `khoản 1 Điều 2`; `Art. 6(1)–(2)` → `khoản 1–2 Điều 6`; `Art. 2(1)(đ)` → `điểm đ khoản 1 Điều 2`;
    /// `Art. 3–4` → `Điều 3–4`; any text after the article reference is kept, with `Art. ` written `Điều `.
    static func vietnameseArticle(_ article: String) -> String {
        guard article.hasPrefix("Art. ") else { return article.replacingOccurrences(of: "Art. ", with: "Điều ") }
        let rest = article.dropFirst(5)
        let number = rest.prefix { $0.isNumber || $0 == "–" }
        var tail = rest.dropFirst(number.count)
        var clauses: [String] = []
        while tail.first == "(" || (tail.first == "–" && tail.dropFirst().first == "(") {
            let dash = tail.first == "–"
            if dash { tail = tail.dropFirst() }
            guard let close = tail.firstIndex(of: ")") else { break }
            let inner = String(tail[tail.index(after: tail.startIndex)..<close])
            if dash, !clauses.isEmpty { clauses[clauses.count - 1] += "–" + inner } else { clauses.append(inner) }
            tail = tail[tail.index(after: close)...]
        }
        var parts: [String] = []
        if clauses.count >= 2 { parts.append("điểm \(clauses[1])") }
        if let k = clauses.first { parts.append("khoản \(k)") }
        parts.append("Điều \(number)")
        let rendered = parts.joined(separator: " ")
        let remainder = tail.replacingOccurrences(of: "Art. ", with: "Điều ")
        return remainder.isEmpty ? rendered : rendered + remainder
    }

    /// `NĐ 34/2019/NĐ-CP` → `Nghị định số 34/2019/NĐ-CP`; likewise `TT` (Thông tư), `NQ` (Nghị quyết), `QĐ`
    /// (Quyết định) at the start; other documents unchanged.
    static func vietnameseDocument(_ document: String) -> String {
        for (short, long) in [
            ("NĐ ", "Nghị định số "), ("TT ", "Thông tư số "), ("NQ ", "Nghị quyết số "), ("QĐ ", "Quyết định số "),
        ]
        where document.hasPrefix(short) {
            let number = document.dropFirst(short.count)
            guard number.first?.isNumber == true else { return document }
            return long + number
        }
        return document
    }

    /// A selection criterion's label.
    static func criterion(_ c: SelectionCriterion, _ language: Language) -> String {
        switch (c, language) {
        case (.hrDecision, .vi): return "theo quyết định của cơ quan quản lý"
        case (.hrDecision, .en): return "decided by HR"
        case (.notCompletedRating, .vi): return "xếp loại không hoàn thành nhiệm vụ"
        case (.notCompletedRating, .en): return "rated as not completing duties"
        case (.belowStandard, .vi): return "chưa đạt tiêu chuẩn, trình độ của chức danh"
        case (.belowStandard, .en): return "does not meet the post's standards"
        case (.volunteer, .vi): return "tự nguyện tinh giản"
        case (.volunteer, .en): return "volunteered"
        case (.redundantByMerger, .vi): return "dôi dư do sắp xếp đơn vị hành chính"
        case (.redundantByMerger, .en): return "redundant after the merger"
        case (.redundantByRestructuring, .vi): return "dôi dư do sắp xếp tổ chức, vị trí việc làm"
        case (.redundantByRestructuring, .en): return "redundant after restructuring"
        }
    }

    /// A salary basis's label.
    static func salaryBasis(_ b: SalaryBasis?, _ language: Language) -> String {
        switch (b, language) {
        case (.average?, .vi): return "lương bình quân"
        case (.average?, .en): return "average salary"
        case (.currentForAverage?, .vi): return "lương hiện hưởng thay cho lương bình quân (chưa có số liệu)"
        case (.currentForAverage?, .en): return "current salary in place of the average (none given)"
        case (.current?, .vi), (nil, .vi): return "lương hiện hưởng"
        case (.current?, .en), (nil, .en): return "current salary"
        }
    }
}
