import Localization

/// The error thrown when a scenario cannot be loaded: every problem found, up to a limit.
public struct ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in the order found (file by file, row by row).
    public var issues: [ScenarioIssue]
    /// Whether more problems were found than `issues` holds.
    public var truncated: Bool

    /// Creates an error.
    public init(issues: [ScenarioIssue], truncated: Bool = false) {
        self.issues = issues
        self.truncated = truncated
    }

    /// Whether a file or folder is missing (the CLI exits with 66 rather than 65).
    public var isMissingFile: Bool { issues.contains { $0.category == .missingFile } }

    /// All problems, one per line, in `language`.
    public func formatted(language: Language) -> String {
        var lines = issues.map { $0.formatted(language: language) }
        if truncated {
            lines.append(
                language == .vi
                    ? "… và còn lỗi khác (chỉ hiện \(issues.count) lỗi đầu tiên)."
                    : "… and more problems (only the first \(issues.count) are shown).")
        }
        return lines.joined(separator: "\n")
    }

    /// All problems in English.
    public var description: String { formatted(language: .en) }
}
