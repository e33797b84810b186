/// A message in Vietnamese and English. Reports and the CLI pick one with `text(_:)`.
public struct LocalizedText: Hashable, Sendable, CustomStringConvertible {
    /// The Vietnamese text.
    public var vi: String
    /// The English text.
    public var en: String

    /// Creates a message.
    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The text in a language: `"vi"` for Vietnamese, anything else for English.
    public func text(_ language: String) -> String { language == "vi" ? vi : en }

    /// The English text.
    public var description: String { en }
}

/// Shorthand for a two-language message.
func t(_ vi: String, _ en: String) -> LocalizedText { LocalizedText(vi: vi, en: en) }
