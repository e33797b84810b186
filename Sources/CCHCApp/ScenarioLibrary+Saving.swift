import CivilCalendar
import Foundation
import ScenarioFiles
import Workspace

extension ScenarioLibrary {
    /// The folder holding a scenario's previous versions.
    public static let historyFolderName = ".history"

    // MARK: Saving

    /// Saves files of scenario `id`, all or nothing: refused when the scenario changed since `expectedVersion`
    /// was read, or (unless `allowProblems`) when the files would make it unloadable. The previous files are kept
    /// under `.history/` first; each file is then written atomically. Returns the new version.
    ///
    /// - Parameters:
    ///   - files: File names (``isValidFileName(_:)``) and their new bytes.
    ///   - allowProblems: Save even when the scenario then has validation problems (to fix them step by step).
    @discardableResult
    public func save(
        id: String, files: [String: Data], expectedVersion: String, allowProblems: Bool = false, by user: String,
        action: String = "scenario.save"
    ) throws(LibraryError) -> String {
        saving.lock()
        defer { saving.unlock() }
        let folder = try folder(id)
        for name in files.keys where !Self.isValidFileName(name) { throw .fileNotFound(name) }
        let current = Self.version(of: folder)
        guard current == expectedVersion else { throw .staleVersion(expected: expectedVersion, current: current) }
        if !allowProblems { try checkLoads(id: id, folder: folder, replacing: files) }
        try keepHistory(of: folder)
        do {
            for (name, data) in files.sorted(by: { $0.key < $1.key }) {
                try data.write(to: folder.appendingPathComponent(name), options: .atomic)
            }
        } catch {
            throw .cannotWrite("\(id): \(error.localizedDescription)")
        }
        let after = Self.version(of: folder)
        record(
            AuditEvent(
                at: now(), user: user, action: action, subject: id, before: current, after: after,
                detail: files.keys.sorted().joined(separator: ", ")))
        return after
    }

    /// Loads the scenario with `files` replaced, in a staging folder beside it; throws its problems.
    func checkLoads(id: String, folder: URL, replacing files: [String: Data]) throws(LibraryError) {
        let fm = FileManager.default
        let staging = scenariosFolder.appendingPathComponent(".\(id).staging-\(RandomToken.make().prefix(12))")
        defer { try? fm.removeItem(at: staging) }
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for name in Self.fileNames(in: folder) where files[name] == nil {
                try fm.copyItem(at: folder.appendingPathComponent(name), to: staging.appendingPathComponent(name))
            }
            for (name, data) in files { try data.write(to: staging.appendingPathComponent(name)) }
        } catch {
            throw .cannotWrite("\(id): \(error.localizedDescription)")
        }
        do {
            _ = try Workbench.open(staging)
        } catch {
            if case .scenario(let problems) = error {
                throw .invalid(problems.issues.map { Self.renamed($0, staging: staging, folder: folder) })
            }
            throw .invalid([])
        }
    }

    /// A problem found in the staging folder, named as in the scenario's folder.
    static func renamed(_ issue: ScenarioIssue, staging: URL, folder: URL) -> ScenarioIssue {
        var issue = issue
        issue.file = issue.file.replacingOccurrences(of: staging.path, with: folder.path)
        issue.file = issue.file.replacingOccurrences(of: staging.lastPathComponent, with: folder.lastPathComponent)
        return issue
    }

    /// Copies the folder's files into a new `.history/<timestamp>-<n>/` folder.
    func keepHistory(of folder: URL) throws(LibraryError) {
        let fm = FileManager.default
        let history = folder.appendingPathComponent(Self.historyFolderName, isDirectory: true)
        let count = ((try? fm.contentsOfDirectory(atPath: history.path)) ?? []).count
        let stamp = now().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        let entry = history.appendingPathComponent("\(stamp)-\(count + 1)", isDirectory: true)
        let partial = history.appendingPathComponent(".partial-\(count + 1)", isDirectory: true)
        do {
            try? fm.removeItem(at: partial)
            try fm.createDirectory(at: partial, withIntermediateDirectories: true)
            for name in Self.fileNames(in: folder) {
                try fm.copyItem(at: folder.appendingPathComponent(name), to: partial.appendingPathComponent(name))
            }
            try fm.moveItem(at: partial, to: entry)
        } catch {
            try? fm.removeItem(at: partial)
            throw .cannotWrite("\(folder.lastPathComponent): \(error.localizedDescription)")
        }
    }

    // MARK: History

    /// The kept previous versions of scenario `id`, oldest first.
    public func history(_ id: String) throws(LibraryError) -> [ScenarioHistoryEntry] {
        let history = try folder(id).appendingPathComponent(Self.historyFolderName, isDirectory: true)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: history.path)) ?? [])
            .filter { !$0.hasPrefix(".") }
        let sequence = { (name: String) in Int(name.split(separator: "-").last ?? "") ?? 0 }
        return names.sorted { sequence($0) < sequence($1) }.map { name in
            let folder = history.appendingPathComponent(name, isDirectory: true)
            return ScenarioHistoryEntry(
                id: name, version: Self.version(of: folder), files: Self.fileNames(in: folder))
        }
    }

    /// Restores a kept version (by its entry id or its version) as a new save: the current files are kept in turn.
    /// Files added since are left in place. Returns the new version.
    @discardableResult
    public func restore(
        id: String, entry: String, expectedVersion: String, by user: String
    ) throws(LibraryError) -> String {
        let entries = try history(id)
        guard let found = entries.last(where: { $0.id == entry || $0.version == entry }) else {
            throw .fileNotFound(entry)
        }
        let source = try folder(id).appendingPathComponent(Self.historyFolderName, isDirectory: true)
            .appendingPathComponent(found.id, isDirectory: true)
        var files: [String: Data] = [:]
        for name in found.files where Self.isValidFileName(name) {
            files[name] = try? Data(contentsOf: source.appendingPathComponent(name))
        }
        return try save(
            id: id, files: files, expectedVersion: expectedVersion, allowProblems: true, by: user,
            action: "scenario.restore")
    }
}
