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
            let date = CivilDate(year: y, month: m, day: d)
        {
            return .failure(
                Failure(
                    message: t("Ngày `\(s)` viết theo kiểu dd/mm/yyyy.", "The date `\(s)` is written as dd/mm/yyyy."),
                    hint: t(
                        "Viết ngày theo dạng YYYY-MM-DD, ở đây là \(date). Trong Excel: định dạng ô › Tùy chỉnh › yyyy-mm-dd.",
                        "Write dates as YYYY-MM-DD, here \(date). In Excel: Format Cells › Custom › yyyy-mm-dd.")))
        }
        if let serial = Int(s), (1...2_958_465).contains(serial) {
            let date = CivilDate(year: 1899, month: 12, day: 30)!.adding(days: serial)
            return .failure(
                Failure(
                    message: t(
                        "`\(s)` là số ngày kiểu Excel, không phải ngày.", "`\(s)` is an Excel date serial, not a date."),
                    hint: t(
                        "Định dạng cột là ngày yyyy-mm-dd trước khi lưu CSV; số này tương ứng ngày \(date).",
                        "Format the column as a yyyy-mm-dd date before saving the CSV; this serial is \(date).")))
        }
        return .failure(
            Failure(
                message: t("`\(s)` không phải ngày hợp lệ.", "`\(s)` is not a valid date."),
                hint: t(
                    "Viết ngày có thật theo dạng YYYY-MM-DD, ví dụ 2022-03-15.",
                    "Write a real date as YYYY-MM-DD, e.g. 2022-03-15.")))
    }

    /// Parses a date cell of a spreadsheet: `YYYY-MM-DD`, or `dd/mm/yyyy` / `d/m/yyyy` (day first, the Vietnamese
    /// convention; `.` or `-` may separate too). A date that only fits month-first (`12/25/2022`) is refused, never
    /// guessed; Excel serial numbers and two-digit years are refused with the fix.
    static func spreadsheetDate(_ text: String) -> Result<(CivilDate, DetectedConventions.DateStyle), Failure> {
        let s = text.trimmedCell
        if let d = fastISODate(s) ?? CivilDate(iso: s) { return .success((d, .iso)) }
        let parts = s.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map(String.init)
        let numeric =
            parts.count == 3
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard numeric, parts[0].count <= 2, parts[1].count <= 2, let d = Int(parts[0]), let m = Int(parts[1]),
            let y = Int(parts[2])
        else { return date(s).map { ($0, .iso) } }
        if parts[2].count != 4 {
            return .failure(
                Failure(
                    message: t(
                        "Ngày `\(s)` có năm không đủ 4 chữ số.", "The date `\(s)` has a year without four digits."),
                    hint: t(
                        "Viết năm đủ 4 chữ số, ví dụ 15/03/1970 hoặc 1970-03-15.",
                        "Write the year with four digits, e.g. 15/03/1970 or 1970-03-15.")))
        }
        if m > 12, d <= 12, let usDate = CivilDate(year: y, month: d, day: m) {
            return .failure(
                Failure(
                    message: t(
                        "Ngày `\(s)` chỉ đúng nếu đọc theo kiểu tháng/ngày/năm (Mỹ); tệp tiếng Việt viết "
                            + "ngày trước.",
                        "The date `\(s)` only fits month/day/year (US order); Vietnamese files write the day "
                            + "first."),
                    hint: t(
                        "Nếu \(d) là tháng, viết \(String(format: "%02d/%02d/%04d", m, d, y)) hoặc \(usDate).",
                        "If \(d) is the month, write \(String(format: "%02d/%02d/%04d", m, d, y)) or \(usDate).")))
        }
        guard let date = CivilDate(year: y, month: m, day: d) else {
            return .failure(
                Failure(
                    message: t(
                        "`\(s)` không phải ngày có thật (đọc theo ngày/tháng/năm).",
                        "`\(s)` is not a real date (read as day/month/year)."),
                    hint: t(
                        "Viết ngày có thật, ví dụ 15/03/2022 hoặc 2022-03-15.",
                        "Write a real date, e.g. 15/03/2022 or 2022-03-15.")))
        }
        return .success((date, .dayMonthYear))
    }

    /// Parses a number cell of a spreadsheet. A decimal point is always accepted; a decimal comma (`4,32`, also
    /// with dots grouping thousands: `1.234,5`) only where `decimalComma` says the file's layout makes it
    /// unambiguous. Returns the separator met, if any.
    static func spreadsheetNumber(_ text: String, decimalComma: Bool)
        -> Result<(Double, DetectedConventions.DecimalSeparator?), Failure>
    {
        let s = text.trimmedCell
        if decimalComma, s.contains(","), isDecimalComma(s) {
            let plain = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            if let v = Double(plain), v.isFinite { return .success((v, .comma)) }
        }
        return number(s).map { ($0, s.contains(".") && !s.contains("e") && !s.contains("E") ? .point : nil) }
    }

    /// `-12,5` or `1.234,5`: digits, one comma, digits, with optional dots grouping the whole part by three.
    private static func isDecimalComma(_ s: String) -> Bool {
        var body = Substring(s)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let halves = body.split(separator: ",", omittingEmptySubsequences: false)
        guard halves.count == 2, !halves[1].isEmpty, halves[1].allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return false
        }
        let groups = halves[0].split(separator: ".", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
        return groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 })
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
            return .failure(
                Failure(
                    message: t("`\(s)` dùng dấu phẩy thập phân.", "`\(s)` uses a decimal comma."),
                    hint: t("Dùng dấu chấm thập phân: \(v).", "Use a decimal point: \(v).")))
        }
        return .failure(
            Failure(
                message: t("`\(s)` không phải số hữu hạn.", "`\(s)` is not a finite number."),
                hint: t("Viết một số, ví dụ 1 hoặc 0.5.", "Write a number, e.g. 1 or 0.5.")))
    }

    /// Parses a whole number.
    static func integer(_ text: String) -> Result<Int, Failure> {
        let s = text.trimmedCell
        if let v = Int(s) { return .success(v) }
        let groups = s.split(separator: s.contains(".") ? "." : ",", omittingEmptySubsequences: false)
        if groups.count > 1, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
            groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        {
            let joined = groups.joined()
            return .failure(
                Failure(
                    message: t("`\(s)` có dấu phân cách hàng nghìn.", "`\(s)` has thousands separators."),
                    hint: t(
                        "Viết số không có dấu phân cách: \(joined).", "Write the number without separators: \(joined).")
                ))
        }
        if let v = Double(s), v.isFinite, v == v.rounded(), abs(v) < 1e15 { return .success(Int(v)) }
        return .failure(
            Failure(
                message: t("`\(s)` không phải số nguyên.", "`\(s)` is not a whole number."),
                hint: t("Viết một số nguyên, ví dụ 12.", "Write a whole number, e.g. 12.")))
    }

    /// Parses yes/no (also true/false, 1/0, có/không, x/empty handled by the caller's default).
    static func bool(_ text: String) -> Result<Bool, Failure> {
        switch text.trimmedCell.lowercased() {
        case "yes", "y", "true", "1", "có", "c", "x", "đúng": return .success(true)
        case "no", "n", "false", "0", "không", "k", "sai": return .success(false)
        default:
            return .failure(
                Failure(
                    message: t("`\(text)` không phải yes/no.", "`\(text)` is not yes/no."),
                    hint: t(
                        "Viết có hoặc không (yes/no; x nghĩa là có, để trống là không).",
                        "Write yes or no (có/không; x means yes, empty means no).")))
        }
    }

    /// Splits a `;`-separated list, trimming items and dropping empty ones.
    static func list(_ text: String) -> [String] {
        text.split(separator: ";").map { String($0).trimmedCell }.filter { !$0.isEmpty }
    }

    /// Matches a value against a fixed set of spellings, suggesting the closest on failure.
    static func choice<T>(_ text: String, _ options: [(String, T)]) -> Result<T, Failure> {
        let s = text.trimmedCell
        let key = ColumnAliases.normalised(s)
        if let hit = options.first(where: { $0.0 == s })
            ?? options.first(where: { ColumnAliases.normalised($0.0) == key })
        {
            return .success(hit.1)
        }
        var names: [String] = []
        for (name, _) in options where !names.contains(name) { names.append(name) }
        let suggestion = EditDistance.suggestion(for: s, among: names)
        return .failure(
            Failure(
                message: t("`\(s)` không phải giá trị hợp lệ.", "`\(s)` is not an allowed value."),
                hint: suggestion.map {
                    t(
                        "Có phải ý bạn là `\($0)`? Giá trị hợp lệ: \(names.joined(separator: " | ")).",
                        "Did you mean `\($0)`? Allowed: \(names.joined(separator: " | ")).")
                }
                    ?? t(
                        "Giá trị hợp lệ: \(names.joined(separator: " | ")).",
                        "Allowed: \(names.joined(separator: " | ")).")))
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
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
