import CivilCalendar

/// A province's top-up on the national streamlining payments for staff of merged units (e.g. Hà Tĩnh 2023–2025):
/// a share of the national amount, higher when the person leaves within `earlyMonths` of the merger, paid only within
/// `windowMonths` of it, for mergers taking effect on or after `mergersFrom`.
public struct ProvincialTopUp: Hashable, Sendable, Codable {
    /// Mergers on or after this date qualify.
    public var mergersFrom: CivilDate
    /// Months after the merger in which the higher shares apply.
    public var earlyMonths: Int
    /// Months after the merger in which any top-up is paid.
    public var windowMonths: Int
    /// Share of the early-retirement amount added when leaving early (0.6 = +60 %).
    public var earlyRetirementEarlyShare: Double
    /// Share of the early-retirement amount added afterwards.
    public var earlyRetirementLaterShare: Double
    /// Share of the resignation amount added when leaving early.
    public var resignationEarlyShare: Double
    /// Share of the resignation amount added afterwards.
    public var resignationLaterShare: Double

    /// Creates a top-up; the defaults are Hà Tĩnh's reported figures ([S]; resolution number [U]).
    public init(
        mergersFrom: CivilDate, earlyMonths: Int = 12, windowMonths: Int = 60, earlyRetirementEarlyShare: Double = 0.6,
        earlyRetirementLaterShare: Double = 0.3, resignationEarlyShare: Double = 0.7,
        resignationLaterShare: Double = 0.35
    ) {
        self.mergersFrom = mergersFrom
        self.earlyMonths = earlyMonths
        self.windowMonths = windowMonths
        self.earlyRetirementEarlyShare = earlyRetirementEarlyShare
        self.earlyRetirementLaterShare = earlyRetirementLaterShare
        self.resignationEarlyShare = resignationEarlyShare
        self.resignationLaterShare = resignationLaterShare
    }

    /// The share added for an exit, or `nil` when the top-up does not apply.
    ///
    /// - Parameters:
    ///   - kind: Early retirement or resignation.
    ///   - exit: The exit date.
    ///   - mergedOn: The date the person's unit was formed by a merger, if it was.
    public func share(for kind: ExitKind, exit: CivilDate, mergedOn: CivilDate?) -> Double? {
        guard let merged = mergedOn, merged >= mergersFrom, exit >= merged else { return nil }
        let months = (exit.year * 12 + exit.month) - (merged.year * 12 + merged.month)
        guard months <= windowMonths else { return nil }
        let early = months < earlyMonths
        switch kind {
        case .earlyRetirement: return early ? earlyRetirementEarlyShare : earlyRetirementLaterShare
        case .resignation: return early ? resignationEarlyShare : resignationLaterShare
        }
    }
}
