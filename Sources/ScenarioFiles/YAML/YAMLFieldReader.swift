import CivilCalendar
import Foundation
import Localization

/// Typed access to a merged YAML tree, reporting problems at the value's file, line and column.
struct YAMLFieldReader {
    let issues: IssueCollector

    func report(_ origin: YAMLOrigin, _ path: String, _ message: LocalizedText, _ hint: LocalizedText? = nil) {
        issues.add(
            ScenarioIssue(
                file: origin.file, line: origin.line, column: origin.column, field: path, message: message, hint: hint))
    }

    /// The pairs of a map, reporting unknown keys with a "did you mean" suggestion. `nil` when not a map.
    /// Keys that are valid in another section, for a better hint when one is misplaced.
    static let homeOfKey: [String: String] = {
        var home: [String: String] = [:]
        for key in ScenarioYAMLDecoder.inspectionKeys { home[key] = "inspection" }
        for key in ScenarioYAMLDecoder.staffingKeys { home[key] = "staffing" }
        for key in ScenarioYAMLDecoder.topKeys { home[key] = "" }
        return home
    }()

    func map(_ value: YAMLValue?, _ path: String, allowed: [String]) -> [(
        key: String, keyOrigin: YAMLOrigin, value: YAMLValue
    )]? {
        guard let value, !value.isNull else { return nil }
        guard case .map(let pairs, _) = value else {
            report(
                value.origin, path,
                t("`\(path)` phải là một mục gồm các khóa.", "`\(path)` must be a mapping of keys."),
                t(
                    "Viết các khóa thụt vào dưới `\(path):`, mỗi khóa một dòng.",
                    "Write its keys indented under `\(path):`, one per line."))
            return nil
        }
        for pair in pairs where !allowed.contains(pair.key) {
            let full = path.isEmpty ? pair.key : "\(path).\(pair.key)"
            let home = Self.homeOfKey[pair.key]
            let misplaced = home.map { h in
                h.isEmpty
                    ? t(
                        "`\(pair.key)` là khóa cấp cao nhất: bỏ thụt lề để đưa nó ra ngoài `\(path)`.",
                        "`\(pair.key)` is a top-level key: remove its indentation to move it out of `\(path)`.")
                    : t(
                        "`\(pair.key)` thuộc mục `\(h):`; chuyển nó vào đó (thụt lề dưới `\(h):`).",
                        "`\(pair.key)` belongs under `\(h):`; move it there (indented under `\(h):`).")
            }
            let hint =
                misplaced ?? EditDistance.suggestion(for: pair.key, among: allowed).map {
                    t(
                        "Có phải ý bạn là `\($0)`? Các khóa hợp lệ: \(allowed.joined(separator: ", ")).",
                        "Did you mean `\($0)`? Valid keys: \(allowed.joined(separator: ", ")).")
                }
                ?? t(
                    "Các khóa hợp lệ: \(allowed.joined(separator: ", ")).",
                    "Valid keys: \(allowed.joined(separator: ", ")).")
            report(pair.keyOrigin, full, t("Khóa không xác định `\(pair.key)`.", "Unknown key `\(pair.key)`."), hint)
        }
        return pairs.filter { allowed.contains($0.key) }
    }

    /// A scalar's text; reports lists and maps.
    func string(_ value: YAMLValue?, _ path: String) -> String? {
        guard let value, !value.isNull else { return nil }
        guard case .scalar(let s, _, _) = value else {
            report(value.origin, path, t("`\(path)` phải là một giá trị đơn.", "`\(path)` must be a single value."))
            return nil
        }
        return s
    }

    func parse<T>(_ value: YAMLValue?, _ path: String, _ parser: (String) -> Result<T, ValueParsing.Failure>) -> T? {
        guard let value, let s = string(value, path) else { return nil }
        switch parser(s) {
        case .success(let v): return v
        case .failure(let f):
            report(value.origin, path, f.message, f.hint)
            return nil
        }
    }

    func date(_ value: YAMLValue?, _ path: String) -> CivilDate? { parse(value, path, ValueParsing.date) }
    func number(_ value: YAMLValue?, _ path: String) -> Double? { parse(value, path, ValueParsing.number) }
    func integer(_ value: YAMLValue?, _ path: String) -> Int? { parse(value, path, ValueParsing.integer) }
    func bool(_ value: YAMLValue?, _ path: String) -> Bool? { parse(value, path, ValueParsing.bool) }

    /// The items of a list; a single scalar counts as a one-item list.
    func list(_ value: YAMLValue?, _ path: String) -> [YAMLValue] {
        guard let value, !value.isNull else { return [] }
        switch value {
        case .list(let items, _): return items
        case .scalar: return [value]
        case .map:
            report(
                value.origin, path, t("`\(path)` phải là một danh sách.", "`\(path)` must be a list."),
                t(
                    "Viết mỗi phần tử trên một dòng bắt đầu bằng `- `, hoặc [a, b].",
                    "Write each item on a line starting with `- `, or as [a, b]."))
            return []
        }
    }

    /// A list of scalars.
    func strings(_ value: YAMLValue?, _ path: String) -> [String] {
        list(value, path).compactMap { string($0, path) }
    }

    /// A list of dates.
    func dates(_ value: YAMLValue?, _ path: String) -> [(CivilDate, YAMLOrigin)] {
        list(value, path).compactMap { item in date(item, path).map { ($0, item.origin) } }
    }
}
