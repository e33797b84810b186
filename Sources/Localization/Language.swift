/// The language of everything cchc writes for people: reports, summaries, diagnostics. Vietnamese is the default:
/// the users are Vietnamese officials.
public enum Language: String, Hashable, Sendable, Codable, CaseIterable {
    /// Tiếng Việt (the default).
    case vi
    /// English.
    case en

    /// Vietnamese, the language used when none is asked for.
    public static let standard: Language = .vi
}
