/// Why an office document could not be written.
public enum OfficeDocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A value cannot go into the file (a sheet name or a cell too long, a forbidden character).
    case invalidValue(String)
    /// The spreadsheet library reported an error.
    case spreadsheet(String)
    /// The ZIP package could not be built.
    case packaging(String)
    /// The temporary file could not be written or read back.
    case temporaryFile(String)

    public var description: String {
        switch self {
        case .invalidValue(let why): return "invalid value for an office document: \(why)"
        case .spreadsheet(let why): return "cannot write the spreadsheet: \(why)"
        case .packaging(let why): return "cannot build the document package: \(why)"
        case .temporaryFile(let why): return "temporary file: \(why)"
        }
    }
}
