/// The language of a report. Vietnamese is the default: the users are Vietnamese officials.
public enum ReportLanguage: String, Hashable, Sendable, Codable, CaseIterable {
    /// Tiếng Việt.
    case vi
    /// English.
    case en
}
