import CivilCalendar
import Foundation
import Localization

/// Parses the scalar values used in scenario files, with messages that recognise common spreadsheet mistakes.
enum ValueParsing {
    /// A failed parse: what is wrong and how to fix it.
    struct Failure: Error {
        var message: LocalizedText
        var hint: LocalizedText
    }

    /// Parses `YYYY-MM-DD`. Recognises `dd/mm/yyyy` and Excel serial numbers and says how to fix them.
    static func date(_ text: String) -> Result<CivilDate, Failure> {
        let s = text.trimmedCell
        if let d = fastISODate(s) ?? CivilDate(iso: s) { return .success(d) }
        let parts = s.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map(String.init)
        if parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
           let date = CivilDate(year: y, month: m, day: d) {
            return .failure(Failure(
                message: t("Ngày `\(s)` viết theo kiểu dd/mm/yyyy.", "The date `\(s)` is written as dd/mm/yyyy."),
                hint: t("Viết ngày theo dạng YYYY-MM-DD, ở đây là \(date). Trong Excel: định dạng ô › Tùy chỉnh › yyyy-mm-dd.",
                        "Write dates as YYYY-MM-DD, here \(date). In Excel: Format Cells › Custom › yyyy-mm-dd.")))
        }
        if let serial = Int(s), (1...2_958_465).contains(serial) {
            let date = CivilDate(year: 1899, month: 12, day: 30)!.adding(days: serial)
            return .failure(Failure(
                message: t("`\(s)` là số ngày kiểu Excel, không phải ngày.", "`\(s)` is an Excel date serial, not a date."),
                hint: t("Định dạng cột là ngày yyyy-mm-dd trước khi lưu CSV; số này tương ứng ngày \(date).",
                        "Format the column as a yyyy-mm-dd date before saving the CSV; this serial is \(date).")))
        }
        return .failure(Failure(
            message: t("`\(s)` không phải ngày hợp lệ.", "`\(s)` is not a valid date."),
            hint: t("Viết ngày có thật theo dạng YYYY-MM-DD, ví dụ 2022-03-15.", "Write a real date as YYYY-MM-DD, e.g. 2022-03-15.")))
    }

    /// `YYYY-MM-DD` from ten ASCII bytes, without generic string processing (large files parse many dates).
    private static func fastISODate(_ s: String) -> CivilDate? {
        guard s.utf8.count == 10 else { return nil }
        let b = Array(s.utf8)
        guard b[4] == 0x2D, b[7] == 0x2D else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let d = Int(b[i]) - 48
                guard (0...9).contains(d) else { return nil }
                value = value * 10 + d
            }
            return value
        }
        guard let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10) else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// Parses a finite decimal number (a dot as the decimal separator).
    static func number(_ text: String) -> Result<Double, Failure> {
        let s = text.trimmedCell
        if let v = Double(s), v.isFinite, s.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) {
            return .success(v)
        }
        if s.contains(","), let v = Double(s.replacingOccurrences(of: ",", with: ".")), v.isFinite {
            return .failure(Failure(
                message: t("`\(s)` dùng dấu phẩy thập phân.", "`\(s)` uses a decimal comma."),
                hint: t("Dùng dấu chấm thập phân: \(v).", "Use a decimal point: \(v).")))
        }
        return .failure(Failure(
            message: t("`\(s)` không phải số hữu hạn.", "`\(s)` is not a finite number."),
            hint: t("Viết một số, ví dụ 1 hoặc 0.5.", "Write a number, e.g. 1 or 0.5.")))
    }

    /// Parses a whole number.
    static func integer(_ text: String) -> Result<Int, Failure> {
        let s = text.trimmedCell
        if let v = Int(s) { return .success(v) }
        let groups = s.split(separator: s.contains(".") ? "." : ",", omittingEmptySubsequences: false)
        if groups.count > 1, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
           groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
            let joined = groups.joined()
            return .failure(Failure(
                message: t("`\(s)` có dấu phân cách hàng nghìn.", "`\(s)` has thousands separators."),
                hint: t("Viết số không có dấu phân cách: \(joined).", "Write the number without separators: \(joined).")))
        }
        if let v = Double(s), v.isFinite, v == v.rounded(), abs(v) < 1e15 { return .success(Int(v)) }
        return .failure(Failure(
            message: t("`\(s)` không phải số nguyên.", "`\(s)` is not a whole number."),
            hint: t("Viết một số nguyên, ví dụ 12.", "Write a whole number, e.g. 12.")))
    }

    /// Parses yes/no (also true/false, 1/0, có/không, x/empty handled by the caller's default).
    static func bool(_ text: String) -> Result<Bool, Failure> {
        switch text.trimmedCell.lowercased() {
        case "yes", "y", "true", "1", "có", "x": return .success(true)
        case "no", "n", "false", "0", "không": return .success(false)
        default:
            return .failure(Failure(
                message: t("`\(text)` không phải yes/no.", "`\(text)` is not yes/no."),
                hint: t("Viết yes hoặc no.", "Write yes or no.")))
        }
    }

    /// Splits a `;`-separated list, trimming items and dropping empty ones.
    static func list(_ text: String) -> [String] {
        text.split(separator: ";").map { String($0).trimmedCell }.filter { !$0.isEmpty }
    }

    /// Matches a value against a fixed set of spellings, suggesting the closest on failure.
    static func choice<T>(_ text: String, _ options: [(String, T)]) -> Result<T, Failure> {
        let s = text.trimmedCell
        if let hit = options.first(where: { $0.0 == s }) ?? options.first(where: { $0.0.lowercased() == s.lowercased() }) {
            return .success(hit.1)
        }
        let names = options.map(\.0)
        let suggestion = EditDistance.suggestion(for: s, among: names)
        return .failure(Failure(
            message: t("`\(s)` không phải giá trị hợp lệ.", "`\(s)` is not an allowed value."),
            hint: suggestion.map { t("Có phải ý bạn là `\($0)`? Giá trị hợp lệ: \(names.joined(separator: " | ")).",
                                     "Did you mean `\($0)`? Allowed: \(names.joined(separator: " | ")).") }
                ?? t("Giá trị hợp lệ: \(names.joined(separator: " | ")).", "Allowed: \(names.joined(separator: " | ")).")))
    }
}

extension String {
    /// The text without leading and trailing whitespace (spaces, tabs, line breaks, NBSP), as a fast path for
    /// the common case of a cell with none.
    var trimmedCell: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return self }
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }
}
