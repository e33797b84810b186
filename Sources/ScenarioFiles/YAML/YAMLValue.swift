import Foundation
import Yams

/// Where a YAML value was written: the file, the folder that declared it (for relative paths) and the position.
struct YAMLOrigin: Hashable, Sendable {
    var file: String
    var folder: URL
    var line: Int?
    var column: Int?
}

/// A YAML value with its origin, detached from Yams so that `extends` can merge trees from several files.
indirect enum YAMLValue: Sendable {
    case scalar(String, isPlain: Bool, YAMLOrigin)
    case list([YAMLValue], YAMLOrigin)
    case map([(key: String, keyOrigin: YAMLOrigin, value: YAMLValue)], YAMLOrigin)

    var origin: YAMLOrigin {
        switch self {
        case .scalar(_, _, let o), .list(_, let o), .map(_, let o): return o
        }
    }

    /// The value for a key of a map.
    subscript(key: String) -> YAMLValue? {
        guard case .map(let pairs, _) = self else { return nil }
        return pairs.last { $0.key == key }?.value
    }

    /// Whether this is a null scalar (`~`, `null` or empty, unquoted).
    var isNull: Bool {
        if case .scalar(let s, let plain, _) = self {
            return plain && (s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL")
        }
        return false
    }

    /// Merges `child` over `self` (the parent): maps merge key by key, recursively; anything else in the child
    /// (a scalar or a list) replaces the parent's value.
    func merged(with child: YAMLValue) -> YAMLValue {
        guard case .map(var pairs, _) = self, case .map(let childPairs, let childOrigin) = child else { return child }
        // A table reference `{file, sheet}` replaces the parent's whole: a sheet never outlives its file.
        if childPairs.contains(where: { $0.key == "file" }) { return child }
        for pair in childPairs {
            if let index = pairs.firstIndex(where: { $0.key == pair.key }) {
                pairs[index] = (pair.key, pair.keyOrigin, pairs[index].value.merged(with: pair.value))
            } else {
                pairs.append(pair)
            }
        }
        return .map(pairs, childOrigin)
    }
}

/// Reads a YAML file into a `YAMLValue`, guarding against hostile input.
enum YAMLFileReader {
    /// Most nodes a scenario.yaml may hold after alias expansion (guards against alias bombs).
    static let maxNodes = 100_000
    /// Deepest nesting allowed.
    static let maxDepth = 64

    /// Parses text, adding issues and returning `nil` when it cannot be used.
    static func read(_ text: String, file: String, folder: URL, issues: IssueCollector) -> YAMLValue? {
        if flowDepth(text) > maxDepth {
            issues.add(
                ScenarioIssue(
                    file: file,
                    message: t(
                        "YAML lồng nhau quá sâu (hơn \(maxDepth) cấp).",
                        "The YAML nests too deeply (more than \(maxDepth) levels)."),
                    hint: t(
                        "Viết lại tệp theo mẫu trong Scenarios/README.md.",
                        "Rewrite the file following Scenarios/README.md.")))
            return nil
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            issues.add(issue(for: error, file: file))
            return nil
        } catch {
            issues.add(
                ScenarioIssue(file: file, message: t("Không đọc được YAML: \(error)", "Cannot read the YAML: \(error)"))
            )
            return nil
        }
        guard let node else {
            issues.add(
                ScenarioIssue(
                    file: file, line: 1, column: 1, message: t("Tệp YAML rỗng.", "The YAML file is empty."),
                    hint: t("Cần ít nhất `name` và `year`.", "It needs at least `name` and `year`.")))
            return nil
        }
        var budget = maxNodes
        guard let value = convert(node, file: file, folder: folder, depth: 0, budget: &budget) else {
            issues.add(
                ScenarioIssue(
                    file: file,
                    message: t(
                        "YAML quá lớn hoặc quá sâu sau khi mở rộng alias (*).",
                        "The YAML is too large or too deep once aliases (*) are expanded."),
                    hint: t(
                        "Không dùng anchor/alias (& và *) trong scenario.yaml; viết giá trị ra trực tiếp.",
                        "Do not use anchors/aliases (& and *) in scenario.yaml; write the values out.")))
            return nil
        }
        return value
    }

    private static func convert(_ node: Node, file: String, folder: URL, depth: Int, budget: inout Int) -> YAMLValue? {
        budget -= 1
        guard budget >= 0, depth <= maxDepth else { return nil }
        let origin = YAMLOrigin(file: file, folder: folder, line: node.mark?.line, column: node.mark?.column)
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, isPlain: scalar.style == .plain || scalar.style == .any, origin)
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            for child in sequence {
                guard let value = convert(child, file: file, folder: folder, depth: depth + 1, budget: &budget) else {
                    return nil
                }
                items.append(value)
            }
            return .list(items, origin)
        case .mapping(let mapping):
            var pairs: [(key: String, keyOrigin: YAMLOrigin, value: YAMLValue)] = []
            for (key, value) in mapping {
                guard let converted = convert(value, file: file, folder: folder, depth: depth + 1, budget: &budget)
                else { return nil }
                let keyOrigin = YAMLOrigin(file: file, folder: folder, line: key.mark?.line, column: key.mark?.column)
                pairs.append((key.string ?? "\(key)", keyOrigin, converted))
            }
            return .map(pairs, origin)
        case .alias:
            return nil
        }
    }

    /// The deepest nesting of `[` and `{` outside quotes (Yams recurses on it).
    private static func flowDepth(_ text: String) -> Int {
        var depth = 0
        var deepest = 0
        var quote: Unicode.Scalar?
        var comment = false
        for scalar in text.unicodeScalars {
            if comment {
                if scalar == "\n" { comment = false }
                continue
            }
            if let q = quote {
                if scalar == q { quote = nil }
                continue
            }
            switch scalar {
            case "\"", "'": quote = scalar
            case "#": comment = true
            case "[", "{": depth += 1; deepest = max(deepest, depth)
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        return deepest
    }

    private static func issue(for error: YamlError, file: String) -> ScenarioIssue {
        let hint = t(
            "Kiểm tra thụt lề (dùng dấu cách, không dùng tab), dấu hai chấm sau mỗi khóa và dấu ngoặc kép.",
            "Check the indentation (spaces, not tabs), the colon after each key and the quotes.")
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return ScenarioIssue(
                file: file, line: mark.line, column: mark.column,
                message: t("Lỗi cú pháp YAML: \(problem).", "YAML syntax error: \(problem)."), hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.joined(separator: ", ")
            return ScenarioIssue(
                file: file, line: context.mark.line, column: context.mark.column, field: keys,
                message: t("Khóa bị lặp: \(keys).", "Duplicate key: \(keys)."),
                hint: t(
                    "Mỗi khóa chỉ được viết một lần trong cùng một mục; xóa bản thừa.",
                    "Write each key once per mapping; delete the extra one."))
        case .reader(let problem, _, _, _):
            return ScenarioIssue(
                file: file, message: t("Không đọc được YAML: \(problem).", "Cannot read the YAML: \(problem)."),
                hint: t("Lưu tệp dạng UTF-8.", "Save the file as UTF-8."))
        default:
            return ScenarioIssue(file: file, message: t("Lỗi YAML: \(error)", "YAML error: \(error)"), hint: hint)
        }
    }
}
