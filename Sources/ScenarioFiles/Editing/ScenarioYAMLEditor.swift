import CivilCalendar
import Foundation
import Localization
import Yams

/// Changes keys of a `scenario.yaml` in its text: every key it does not touch keeps its value, its place and its
/// comments; a changed key keeps its place (the lines of its old value are replaced), a new key goes at the end of its
/// mapping. Comment lines stay where they are, so the notes `cchc init` writes above each key survive a form's save.
public struct ScenarioYAMLEditor {
    /// A value to write.
    public enum Value: Hashable, Sendable {
        /// Text, always quoted, so "2022" or "yes" stay text.
        case text(String)
        /// A whole number.
        case integer(Int)
        /// A decimal number.
        case number(Double)
        /// `true` or `false`.
        case boolean(Bool)
        /// A date, written `YYYY-MM-DD`.
        case date(CivilDate)
        /// A plain word the scenario format defines (`targets`, `same-region`, `commune`).
        case word(String)
        /// A list.
        case list([Value])
        /// A mapping, in this key order.
        case mapping([Entry])
    }

    /// One key and its value in a ``Value/mapping(_:)``.
    public struct Entry: Hashable, Sendable {
        /// The key.
        public var key: String
        /// The value.
        public var value: Value

        /// Creates an entry.
        public init(_ key: String, _ value: Value) {
            self.key = key
            self.value = value
        }
    }

    private var lines: [String]
    private var root: Node.Mapping
    private let file: String

    /// Parses `yaml`, the text of `file` (named in errors).
    ///
    /// - Throws: ``ScenarioError`` when the text is not YAML or its top level is not a mapping.
    public init(yaml: String, file: String = "scenario.yaml") throws(ScenarioError) {
        self.file = file
        lines = yaml.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        root = try Self.compose(yaml, file: file)
    }

    /// The text of the scalar at `path`, if there is one.
    public func string(at path: [String]) -> String? {
        guard let (_, value) = Self.find(path[...], in: root) else { return nil }
        return value.scalar?.string
    }

    /// The value at `path` (a list's items by position: `["inspection", "targets", "0"]`), if there is one; plain
    /// scalars come back as numbers, booleans or words, quoted ones as text.
    public func value(at path: [String]) -> Value? {
        var node: Node = .mapping(root)
        for key in path {
            if let mapping = node.mapping, let next = mapping.first(where: { $0.key.string == key })?.value {
                node = next
            } else if let sequence = node.sequence, let index = Int(key), sequence.indices.contains(index) {
                node = sequence[index]
            } else {
                return nil
            }
        }
        return Self.value(of: node)
    }

    /// Sets the key at `path` (`["inspection", "season", "from"]`) to `value`, creating the mappings on the way.
    ///
    /// - Throws: ``ScenarioError`` when a key on the way holds something other than a mapping.
    public mutating func set(_ path: [String], to value: Value) throws(ScenarioError) {
        precondition(!path.isEmpty, "a key path has at least one key")
        var mapping = root
        for (depth, key) in path.enumerated() {
            guard let pair = mapping.first(where: { $0.key.string == key }) else {
                insert(Array(path[depth...]), value, into: mapping, atRoot: depth == 0)
                return try recompose()
            }
            if depth == path.count - 1 {
                replace(entry: pair.key, with: key, value)
                return try recompose()
            }
            guard let inner = pair.value.mapping, !inner.isEmpty, inner.style != .flow else {
                let rest = Array(path[(depth + 1)...])
                if case .mapping(let entries)? = Self.value(of: pair.value) {
                    replace(entry: pair.key, with: key, Self.setting(rest[...], to: value, in: entries))
                } else if Self.isNull(pair.value) {
                    replace(entry: pair.key, with: key, Self.nested(rest, value))
                } else {
                    throw Self.error(
                        file, vi: "Khóa “\(path.joined(separator: "."))”: “\(key)” không phải là nhóm khóa",
                        en: "Key “\(path.joined(separator: "."))”: “\(key)” is not a mapping")
                }
                return try recompose()
            }
            mapping = inner
        }
    }

    /// Sets the list of mappings at `path` to `items`, where `sources[i]` is the place in the old list that item `i`
    /// edits (`nil`: a new item): an edited item keeps, in their order, the old item's keys that are not in `owned`
    /// (the keys a form shows), so keys the form does not know (`max_share`) survive its save.
    public mutating func set(
        _ path: [String], items: [Value], sources: [Int?], owned: Set<String>
    ) throws(ScenarioError) {
        var merged = items
        if case .list(let old)? = value(at: path) {
            for index in merged.indices {
                guard index < sources.count, let source = sources[index], old.indices.contains(source),
                    case .mapping(let new) = merged[index], case .mapping(let previous) = old[source]
                else { continue }
                let named = Set(new.map(\.key))
                var result = previous.filter { !owned.contains($0.key) || named.contains($0.key) }
                for entry in new {
                    if let at = result.firstIndex(where: { $0.key == entry.key }) {
                        result[at].value = entry.value
                    } else {
                        result.append(entry)
                    }
                }
                merged[index] = .mapping(result)
            }
        }
        try set(path, to: .list(merged))
    }

    /// Removes the key at `path`, if it is there; a mapping left empty is written `{}`.
    public mutating func remove(_ path: [String]) throws(ScenarioError) {
        precondition(!path.isEmpty, "a key path has at least one key")
        var mapping = root
        var parent: (key: Node, name: String)?
        for (depth, key) in path.enumerated() {
            guard let pair = mapping.first(where: { $0.key.string == key }) else { return }
            let keyNode = pair.key
            if depth == path.count - 1 {
                if mapping.count == 1, let parent {
                    replace(entry: parent.key, with: parent.name, .mapping([]))
                } else {
                    let line = (keyNode.mark?.line ?? 1) - 1
                    lines.removeSubrange(line...entryEnd(line, column: keyNode.mark?.column ?? 1))
                }
                return try recompose()
            }
            guard let inner = pair.value.mapping else { return }
            parent = (keyNode, key)
            mapping = inner
        }
    }

    /// The text of the edited file.
    public func yaml() throws(ScenarioError) -> String {
        lines.joined(separator: "\n") + "\n"
    }

    // MARK: Text edits

    /// The last line (0-based) of the entry whose key starts at 0-based `line`, 1-based `column`: the last line
    /// after it, before the next one indented no deeper than the key, that holds more than a comment.
    private func entryEnd(_ line: Int, column: Int) -> Int {
        var last = line
        var index = line + 1
        while index < lines.count {
            let text = lines[index]
            let trimmed = text.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                index += 1
                continue
            }
            if text.count - trimmed.count <= column - 1 { break }
            last = index
            index += 1
        }
        return last
    }

    private mutating func replace(entry keyNode: Node, with key: String, _ value: Value) {
        let line = (keyNode.mark?.line ?? 1) - 1
        let column = (keyNode.mark?.column ?? 1) - 1
        let prefix = String(lines[line].prefix(column))
        var block = Self.render(key, value, indent: column)
        block[0] = prefix + block[0].dropFirst(column)
        lines.replaceSubrange(line...entryEnd(line, column: column + 1), with: block)
    }

    private mutating func insert(_ path: [String], _ value: Value, into mapping: Node.Mapping, atRoot: Bool) {
        let value = Self.nested(Array(path.dropFirst()), value)
        guard !atRoot, let mark = Array(mapping).last?.key.mark else {
            lines.append(contentsOf: Self.render(path[0], value, indent: 0))
            return
        }
        let end = entryEnd(mark.line - 1, column: mark.column)
        lines.insert(contentsOf: Self.render(path[0], value, indent: mark.column - 1), at: end + 1)
    }

    private mutating func recompose() throws(ScenarioError) {
        root = try Self.compose(lines.joined(separator: "\n") + "\n", file: file)
    }

    // MARK: Helpers

    private static func compose(_ yaml: String, file: String) throws(ScenarioError) -> Node.Mapping {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw Self.error(
                file, vi: "Tệp không phải YAML hợp lệ: \(error)", en: "The file is not valid YAML: \(error)")
        }
        guard let mapping = node?.mapping else {
            throw Self.error(
                file, vi: "Cấp ngoài cùng của tệp phải là các cặp khóa: giá trị",
                en: "The file's top level must be key: value pairs")
        }
        return mapping
    }

    private static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private static func setting(_ path: ArraySlice<String>, to value: Value, in entries: [Entry]) -> Value {
        guard let key = path.first else { return value }
        var entries = entries
        let index = entries.firstIndex { $0.key == key }
        var inner: [Entry] = []
        if let index, case .mapping(let existing) = entries[index].value { inner = existing }
        let changed = path.count == 1 ? value : setting(path.dropFirst(), to: value, in: inner)
        if let index {
            entries[index].value = changed
        } else {
            entries.append(Entry(key, changed))
        }
        return .mapping(entries)
    }

    private static func nested(_ path: [String], _ value: Value) -> Value {
        path.reversed().reduce(value) { inner, key in .mapping([Entry(key, inner)]) }
    }

    private static func find(_ path: ArraySlice<String>, in mapping: Node.Mapping) -> (Node, Node)? {
        guard let key = path.first, let pair = mapping.first(where: { $0.key.string == key }) else { return nil }
        if path.count == 1 { return (pair.key, pair.value) }
        guard let inner = pair.value.mapping else { return nil }
        return find(path.dropFirst(), in: inner)
    }

    /// `key: value` in block style, its first line at `indent` spaces.
    static func render(_ key: String, _ value: Value, indent: Int) -> [String] {
        let text = (try? Yams.serialize(node: Node([(Node(key), node(value))]), width: -1, allowUnicode: true)) ?? ""
        var result = text.components(separatedBy: "\n")
        if result.last == "" { result.removeLast() }
        let pad = String(repeating: " ", count: indent)
        return result.map { pad + $0 }
    }

    static func value(of node: Node) -> Value? {
        switch node {
        case .scalar(let scalar):
            if scalar.style != .plain { return .text(scalar.string) }
            if let n = Int(scalar.string) { return .integer(n) }
            if let x = Double(scalar.string) { return .number(x) }
            if scalar.string == "true" || scalar.string == "false" { return .boolean(scalar.string == "true") }
            return .word(scalar.string)
        case .sequence(let sequence): return .list(sequence.compactMap(value(of:)))
        case .mapping(let mapping):
            return .mapping(
                mapping.compactMap { pair in
                    guard let key = pair.key.string, let value = value(of: pair.value) else { return nil }
                    return Entry(key, value)
                })
        case .alias: return nil
        }
    }

    static func node(_ value: Value) -> Node {
        switch value {
        case .text(let text): return Node(text, Tag(.str), .doubleQuoted)
        case .integer(let n): return Node(String(n), Tag(.int), .plain)
        case .number(let x):
            return Node(x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x), Tag(.float), .plain)
        case .boolean(let b): return Node(b ? "true" : "false", Tag(.bool), .plain)
        case .date(let d): return Node(d.description, Tag(.str), .plain)
        case .word(let w): return Node(w, Tag(.str), .plain)
        case .list(let items): return Node(items.map(node), Tag(.seq), items.isEmpty ? .flow : .any)
        case .mapping(let entries): return Node(entries.map { (Node($0.key), node($0.value)) })
        }
    }

    static func error(_ file: String, vi: String, en: String) -> ScenarioError {
        ScenarioError(issues: [ScenarioIssue(file: file, message: LocalizedText(vi: vi, en: en))])
    }
}
