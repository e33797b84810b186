import Foundation

/// A folder that receives a scenario's reports, written as one all-or-nothing step.
///
/// Every file is first written to a hidden temporary file in the same folder. Only when all of them are written are
/// they swapped into place: each existing file is first kept under a hidden backup name, then the new file is renamed
/// over it. If any step fails, every file that was already swapped is put back from its backup and every temporary
/// file is removed, so the folder holds exactly the previous reports; the backups are removed only once every file is
/// in place. A reader (or an interrupted run) therefore sees either the previous set of reports or the new one.
///
/// The folder carries a small marker file naming the scenario that owns it. Reports of a different scenario are not
/// overwritten unless the caller passes `force`, and the marker changes only together with the reports, in the same
/// step (never when the folder is merely opened).
public struct ReportDirectory: Sendable {
    /// The folder.
    public let url: URL
    /// The scenario that owns the reports (its folder name).
    public let scenarioID: String
    /// Whether reports of another scenario may be replaced.
    private let force: Bool
    /// The file-system steps (replaced in tests to make one of them fail).
    private let operations: ReportFileOperations

    /// The name of the marker file that records which scenario owns a report folder.
    public static let markerName = ".cchc-scenario"

    /// Problems preparing or writing a report folder.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// `--out` points into the scenario's own folder.
        case insideScenarioFolder(String)
        /// The folder holds reports of another scenario.
        case ownedByOtherScenario(folder: String, owner: String)
        /// The folder could not be created or written.
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .insideScenarioFolder(let path):
                return "refusing to write reports into the scenario folder itself (\(path)); "
                    + "please choose another --out folder"
            case .ownedByOtherScenario(let folder, let owner):
                return "\(folder) holds reports of scenario '\(owner)'; "
                    + "use another --out folder, or --force to overwrite them"
            case .cannotWrite(let path, let why):
                return "cannot write \(path): \(why)"
            }
        }
    }

    /// Prepares a report folder: refuses the scenario folder, checks the owner marker, creates the folder and checks
    /// that it can be written to.
    ///
    /// Nothing inside an existing folder changes here: the marker is written by ``writeAll(_:)`` together with the
    /// reports.
    ///
    /// - Parameters:
    ///   - url: The output folder.
    ///   - scenarioFolder: The scenario's folder (reports may not go inside it).
    ///   - scenarioID: A stable identity for the scenario (its folder name).
    ///   - force: Overwrite reports owned by another scenario.
    /// - Throws: ``Failure``.
    public init(url: URL, scenarioFolder: URL, scenarioID: String, force: Bool) throws(Failure) {
        try self.init(url: url, scenarioFolder: scenarioFolder, scenarioID: scenarioID, force: force, operations: .live)
    }

    /// Prepares a report folder whose file-system steps are `operations` (tests use it to make a step fail).
    package init(
        url: URL, scenarioFolder: URL, scenarioID: String, force: Bool, operations: ReportFileOperations
    ) throws(Failure) {
        let out = url.standardizedFileURL.resolvingSymlinksInPath().path
        let scen = scenarioFolder.standardizedFileURL.resolvingSymlinksInPath().path
        if out == scen || out.hasPrefix(scen + "/") {
            throw .insideScenarioFolder(url.path)
        }
        if let owner = Self.owner(of: url), owner != scenarioID, !force {
            throw .ownedByOtherScenario(folder: url.path, owner: owner)
        }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(url.path, error.localizedDescription)
        }
        // Refuse a folder this user cannot write to now, before a long solve, without changing anything in it.
        if access(url.path, W_OK | X_OK) != 0 {
            throw .cannotWrite(url.path, String(cString: strerror(errno)))
        }
        self.url = url
        self.scenarioID = scenarioID
        self.force = force
        self.operations = operations
    }

    /// The scenario named by a folder's marker file, or `nil` when it has none.
    public static func owner(of folder: URL) -> String? {
        let marker = folder.appendingPathComponent(markerName)
        guard let text = try? String(contentsOf: marker, encoding: .utf8) else { return nil }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Writes several files, and the owner marker, as one step: every file goes to a temporary file first; only when
    /// all of them are written are they swapped into place, with SIGINT and SIGTERM held back on this thread during
    /// the swap. If any step fails, the files already swapped are restored from their backups, so an interrupted or
    /// failed run leaves the previous reports as they were (no mix of old and new files) and no temporary files.
    ///
    /// - Parameter files: File names (plain names inside the folder) and their text (UTF-8).
    /// - Throws: ``Failure``: `cannotWrite` when a file cannot be written or swapped (the folder is then as before),
    ///   `ownedByOtherScenario` when another scenario's run took the folder over since it was opened.
    public func writeAll(_ files: [(name: String, contents: String)]) throws(Failure) {
        try writeAll(data: files.map { ($0.name, Data($0.contents.utf8)) })
    }

    /// Writes one file (and the owner marker) as one step; see ``writeAll(_:)``.
    ///
    /// - Parameters:
    ///   - contents: The text (written as UTF-8).
    ///   - name: The file name inside the folder.
    /// - Returns: The file's URL.
    @discardableResult
    public func write(_ contents: String, to name: String) throws(Failure) -> URL {
        try write(Data(contents.utf8), to: name)
    }

    /// Writes bytes to one file (and the owner marker) as one step; see ``writeAll(_:)``.
    @discardableResult
    public func write(_ data: Data, to name: String) throws(Failure) -> URL {
        try writeAll(data: [(name, data)])
        return url.appendingPathComponent(name)
    }

    /// Writes files as one step; see ``writeAll(_:)``.
    public func writeAll(data files: [(name: String, data: Data)]) throws(Failure) {
        for file in files where !Self.isPlainName(file.name) {
            throw .cannotWrite(url.appendingPathComponent(file.name).path, "not a plain file name")
        }
        if let owner = Self.owner(of: url), owner != scenarioID, !force {
            throw .ownedByOtherScenario(folder: url.path, owner: owner)
        }
        var all = files.filter { $0.name != Self.markerName }
        if Self.owner(of: url) != scenarioID {
            all.append((Self.markerName, Data((scenarioID + "\n").utf8)))
        }
        var swap = ReportSwap(folder: url, operations: operations)
        try swap.stage(all)
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        sigaddset(&blocked, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try swap.commit()
    }

    /// Whether `name` names a file directly inside the folder.
    private static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }
}

/// The file-system steps a ``ReportDirectory`` takes to write its files, as values so that a test can make one of
/// them fail (a full disk, a read-only file, a failed rename) and check that the folder is left as it was.
package struct ReportFileOperations: Sendable {
    /// Writes bytes to a new file.
    package var write: @Sendable (Data, URL) throws -> Void
    /// Adds a second name (hard link) for an existing file.
    package var link: @Sendable (URL, URL) throws -> Void
    /// Renames a file, replacing the destination file if there is one (POSIX `rename`).
    package var rename: @Sendable (URL, URL) throws -> Void

    /// Creates a set of steps.
    package init(
        write: @escaping @Sendable (Data, URL) throws -> Void,
        link: @escaping @Sendable (URL, URL) throws -> Void,
        rename: @escaping @Sendable (URL, URL) throws -> Void
    ) {
        self.write = write
        self.link = link
        self.rename = rename
    }

    /// The real file system.
    package static let live = ReportFileOperations(
        write: { data, url in try data.write(to: url) },
        link: { from, to in try systemCall { hardLink(from.path, to.path) } },
        rename: { from, to in try systemCall { renameFile(from.path, to.path) } }
    )
}

/// Runs a C file call and throws its `errno` text when it fails.
private func systemCall(_ call: () -> Int32) throws {
    if call() != 0 { throw ReportFileError(errno: errno) }
}

private func hardLink(_ from: String, _ to: String) -> Int32 { link(from, to) }

private func renameFile(_ from: String, _ to: String) -> Int32 { rename(from, to) }

/// A failed file-system call, described by its `errno` text.
package struct ReportFileError: Error, CustomStringConvertible {
    /// The reason, e.g. "No space left on device".
    package let description: String

    /// The error for an `errno` value.
    package init(errno code: Int32) {
        description = String(cString: strerror(code))
    }

    /// An error with a given reason.
    package init(_ description: String) {
        self.description = description
    }
}

/// One all-or-nothing replacement of files in a folder: stage every file, then swap them in, or undo everything.
private struct ReportSwap {
    /// A file on its way into the folder.
    struct Entry {
        var target: URL
        var temp: URL
        var backup: URL
        /// The previous file is kept under `backup`.
        var backedUp = false
        /// The previous file was moved (not linked) to `backup`, so `target` is missing until the new file is in.
        var movedAside = false
        /// The new file is in place at `target`.
        var installed = false
    }

    let folder: URL
    let operations: ReportFileOperations
    private(set) var entries: [Entry] = []
    private let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)

    init(folder: URL, operations: ReportFileOperations) {
        self.folder = folder
        self.operations = operations
    }

    /// Writes every file to its temporary name; on failure removes the temporary files written so far.
    mutating func stage(_ files: [(name: String, data: Data)]) throws(ReportDirectory.Failure) {
        let suffix = "\(getpid())-\(token)"
        for file in files {
            let entry = Entry(
                target: folder.appendingPathComponent(file.name),
                temp: folder.appendingPathComponent(".\(file.name).\(suffix).tmp"),
                backup: folder.appendingPathComponent(".\(file.name).\(suffix).bak"))
            do {
                try operations.write(file.data, entry.temp)
            } catch {
                Self.remove(entry.temp)
                removeTemporaries()
                throw .cannotWrite(entry.target.path, Self.reason(error))
            }
            entries.append(entry)
        }
    }

    /// Swaps every staged file into place; on failure puts the previous files back and removes every temporary file.
    mutating func commit() throws(ReportDirectory.Failure) {
        for index in entries.indices {
            do {
                try install(index)
            } catch {
                let failure = ReportDirectory.Failure.cannotWrite(entries[index].target.path, Self.reason(error))
                let kept = rollBack()
                guard kept.isEmpty else {
                    let why =
                        Self.reason(error) + "; could not restore every previous file, kept as: "
                        + kept.map(\.lastPathComponent).joined(separator: ", ")
                    throw .cannotWrite(entries[index].target.path, why)
                }
                throw failure
            }
        }
        for entry in entries where entry.backedUp { Self.remove(entry.backup) }
    }

    /// Keeps the previous file of entry `index` under its backup name, then renames the new file over the target.
    private mutating func install(_ index: Int) throws {
        let target = entries[index].target
        var info = stat()
        if lstat(target.path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                do {
                    try operations.link(target, entries[index].backup)
                } catch {
                    // A file system without hard links: move the previous file aside instead.
                    try operations.rename(target, entries[index].backup)
                    entries[index].movedAside = true
                }
            case S_IFLNK:
                try operations.rename(target, entries[index].backup)
                entries[index].movedAside = true
            case S_IFDIR:
                throw ReportFileError("a folder of that name is in the way; move or rename it")
            default:
                throw ReportFileError("something other than a file is in the way; move or rename it")
            }
            entries[index].backedUp = true
        }
        try operations.rename(entries[index].temp, target)
        entries[index].installed = true
    }

    /// Undoes every swap done so far and removes the temporary files. Returns the backups that could not be put
    /// back (they stay in the folder under their hidden names so that nothing is lost).
    private mutating func rollBack() -> [URL] {
        var kept: [URL] = []
        for index in entries.indices.reversed() {
            let entry = entries[index]
            if entry.backedUp && !entry.installed && !entry.movedAside {
                Self.remove(entry.backup)  // a second name of the previous file, which is still in place
            } else if entry.backedUp {
                if (try? operations.rename(entry.backup, entry.target)) == nil { kept.append(entry.backup) }
            } else if entry.installed {
                Self.remove(entry.target)
            }
            if !entry.installed { Self.remove(entry.temp) }
        }
        return kept.reversed()
    }

    /// Removes the temporary files of every staged entry.
    private func removeTemporaries() {
        for entry in entries { Self.remove(entry.temp) }
    }

    private static func remove(_ url: URL) {
        _ = unlink(url.path)
    }

    private static func reason(_ error: any Error) -> String {
        (error as? ReportFileError)?.description ?? error.localizedDescription
    }
}
