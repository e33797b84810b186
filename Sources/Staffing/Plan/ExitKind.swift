import CivilCalendar

/// How a planned person leaves.
public enum ExitKind: String, Hashable, Sendable, Codable {
    /// Early retirement under the streamlining package.
    case earlyRetirement = "early-retirement"
    /// Immediate resignation under the streamlining package.
    case resignation
}
