/// Why the workspace store could not do what was asked.
public enum WorkspaceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The database cannot be opened or created (path, reason).
    case cannotOpen(String, String)
    /// The same file (same bytes) was imported before: nothing was changed.
    case duplicateImport(file: String, previousFile: String, previousAt: String, previousBy: String)
    /// A database operation failed; nothing of it was written.
    case database(String)
    /// The backup file cannot be written (path, reason).
    case cannotWrite(String, String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let why): return "cannot open the workspace database \(path): \(why)"
        case .duplicateImport(let file, let previous, let at, let by):
            return "\(file): this file was already imported (as \(previous), \(at), by \(by))"
        case .database(let why): return "workspace database: \(why)"
        case .cannotWrite(let path, let why): return "cannot write \(path): \(why)"
        }
    }
}
