/// A province's own, lower maximum of part-time commune staff (NHĐKCT) per commune, by class `[I, II, III]`
/// (the province may set equal or lower numbers than the decree's).
public struct ProvincialQuotaCap: Hashable, Sendable, Codable {
    /// The maximum by class I, II, III.
    public var partTime: [Int]
    /// The article or clause cited.
    public var article: String

    /// Creates a cap.
    public init(partTime: [Int], article: String) {
        self.partTime = partTime
        self.article = article
    }
}
