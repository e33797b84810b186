/// A message in Vietnamese and English. Reports and the CLI pick one with `text(_:)`.
public struct LocalizedText: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The Vietnamese text.
    public var vi: String
    /// The English text.
    public var en: String

    /// Creates a message.
    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en
        }
    }

    /// The English text.
    public var description: String { en }
}
