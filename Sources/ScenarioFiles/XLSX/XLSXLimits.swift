/// Caps that keep a hostile workbook (a zip bomb) from exhausting memory or time. They are checked against the
/// zip's central directory before anything is expanded, and again against the bytes actually produced while
/// expanding, since a crafted archive may declare small sizes and expand to far more.
public struct XLSXLimits: Sendable {
    /// The most entries in the archive. A workbook has about a dozen plus a few per sheet.
    public var maxEntries = 1_000
    /// The most bytes all entries may expand to together (declared), and the most the entries actually read may
    /// produce. A 200 000-row sheet of 20 columns is about 160 MB of XML.
    public var maxTotalBytes: UInt64 = 256 << 20
    /// The highest compression ratio (expanded : compressed) of an entry larger than `ratioFloor`. Real sheets
    /// compress 5–30 : 1, sparse repetitive ones up to about 100 : 1; bombs reach 1 000 : 1 (deflate's maximum).
    public var maxRatio: UInt64 = 200
    /// Entries that expand to fewer bytes than this are not held to `maxRatio` (tiny XML parts compress well).
    public var ratioFloor: UInt64 = 1 << 20
    /// The most rows a sheet may have, as for CSV.
    public var maxRows = 200_000
    /// The most columns, as for CSV.
    public var maxColumns = 1_000
    /// The longest cell text, as for CSV.
    public var maxCellLength = 100_000

    /// The default caps.
    public init() {}
}
