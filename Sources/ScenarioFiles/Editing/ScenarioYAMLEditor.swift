import CivilCalendar
import Foundation
import Localization
import Yams

/// Changes keys of a `scenario.yaml` through its YAML node tree: every key it does not touch keeps its value and its
/// place, a changed key keeps its place, a new key goes at the end of its mapping.
///
/// Comments are not kept (the YAML library does not carry them); the values are.
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

    private var root: [(key: Node, value: Node)]
    private let file: String

    /// Parses `yaml`, the text of `file` (named in errors).
    ///
    /// - Throws: ``ScenarioError`` when the text is not YAML or its top level is not a mapping.
    public init(yaml: String, file: String = "scenario.yaml") throws(ScenarioError) {
        self.file = file
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
        root = mapping.map { ($0.key, $0.value) }
    }

    /// The text of the scalar at `path`, if there is one.
    public func string(at path: [String]) -> String? {
        var pairs = root
        for (index, key) in path.enumerated() {
            guard let value = pairs.first(where: { $0.key.string == key })?.value else { return nil }
            if index == path.count - 1 { return value.scalar?.string }
            guard let mapping = value.mapping else { return nil }
            pairs = mapping.map { ($0.key, $0.value) }
        }
        return nil
    }

    /// Sets the key at `path` (`["inspection", "season", "from"]`) to `value`, creating the mappings on the way.
    ///
    /// - Throws: ``ScenarioError`` when a key on the way holds something other than a mapping.
    public mutating func set(_ path: [String], to value: Value) throws(ScenarioError) {
        precondition(!path.isEmpty, "a key path has at least one key")
        root = try Self.setting(path[...], to: Self.node(value), in: root, file: file)
    }

    /// Removes the key at `path`, if it is there.
    public mutating func remove(_ path: [String]) throws(ScenarioError) {
        precondition(!path.isEmpty, "a key path has at least one key")
        root = try Self.setting(path[...], to: nil, in: root, file: file)
    }

    /// The text of the edited file.
    public func yaml() throws(ScenarioError) -> String {
        do {
            return try Yams.serialize(
                node: Node(root.map { ($0.key, $0.value) }), width: -1, allowUnicode: true)
        } catch {
            throw Self.error(file, vi: "Không ghi được YAML: \(error)", en: "Could not write YAML: \(error)")
        }
    }

    private static func setting(
        _ path: ArraySlice<String>, to value: Node?, in pairs: [(key: Node, value: Node)], file: String
    ) throws(ScenarioError) -> [(key: Node, value: Node)] {
        let key = path[path.startIndex]
        var pairs = pairs
        let index = pairs.firstIndex { $0.key.string == key }
        if path.count == 1 {
            switch (index, value) {
            case (let i?, let v?): pairs[i].value = v
            case (nil, let v?): pairs.append((Node(key), v))
            case (let i?, nil): pairs.remove(at: i)
            case (nil, nil): break
            }
            return pairs
        }
        var inner: [(key: Node, value: Node)] = []
        if let index {
            guard let mapping = pairs[index].value.mapping else {
                if value == nil { return pairs }
                throw error(
                    file, vi: "Khóa “\(path.joined(separator: "."))”: “\(key)” không phải là nhóm khóa",
                    en: "Key “\(path.joined(separator: "."))”: “\(key)” is not a mapping")
            }
            inner = mapping.map { ($0.key, $0.value) }
        } else if value == nil {
            return pairs
        }
        let changed = Node(try setting(path.dropFirst(), to: value, in: inner, file: file).map { ($0.key, $0.value) })
        if let index {
            pairs[index].value = changed
        } else {
            pairs.append((Node(key), changed))
        }
        return pairs
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
