import CivilCalendar
import Foundation
import Localization
import ScenarioFiles
import Workspace

/// A scenario of the library, as listed.
public struct ScenarioEntry: Sendable, Hashable, Codable {
    /// The id: the folder's name under `Scenarios/`.
    public var id: String
    /// The scenario's name (the id when it cannot be loaded).
    public var name: String
    /// The plan year (0 when it cannot be loaded).
    public var year: Int
    /// The id of the scenario it extends, if any.
    public var extends: String?
    /// The version of its files.
    public var version: String
    /// Whether it loads without problems.
    public var valid: Bool
}

/// One kept previous version of a scenario.
public struct ScenarioHistoryEntry: Sendable, Hashable, Codable {
    /// The entry's id (`20261206T205500Z-3`): when it was replaced, and a sequence number.
    public var id: String
    /// The version its files had.
    public var version: String
    /// Its file names.
    public var files: [String]
}

/// Why the library refused an operation.
public enum LibraryError: Error, Sendable {
    /// No scenario with this id (or the id is not an id).
    case notFound(String)
    /// No file of this name in the scenario (or the name is not a permitted file name).
    case fileNotFound(String)
    /// Someone saved the scenario since `expected` was read: nothing was written.
    case staleVersion(expected: String, current: String)
    /// The files would make the scenario unloadable: nothing was written.
    case invalid([ScenarioIssue])
    /// The upload is not usable (too large, wrong kind, unreadable); nothing was written.
    case badUpload(String)
    /// The name is empty or too long.
    case badName(String)
    /// Writing failed; the previous files are unchanged.
    case cannotWrite(String)
}

/// The workspace's scenarios: `Scenarios/<id>/` folders addressed by id, never by path, with versioned atomic
/// saves that keep every previous version under `Scenarios/<id>/.history/`, and report folders `Reports/<id>/`.
public final class ScenarioLibrary: Sendable {
    /// The workspace folder.
    public let workspace: URL
    /// `Scenarios/`.
    public let scenariosFolder: URL
    /// `Reports/`.
    public let reportsFolder: URL
    /// The largest upload accepted, in bytes.
    public let maxUploadBytes: Int
    let audit: AuditLog?
    let saving = NSLock()
    let clock: @Sendable () -> Date

    /// The library of `workspace`; changes are recorded in `audit` when given.
    public init(
        workspace: URL, audit: AuditLog? = nil, maxUploadBytes: Int = 10 << 20,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.workspace = workspace.standardizedFileURL
        self.scenariosFolder = self.workspace.appendingPathComponent("Scenarios", isDirectory: true)
        self.reportsFolder = self.workspace.appendingPathComponent("Reports", isDirectory: true)
        self.maxUploadBytes = maxUploadBytes
        self.audit = audit
        self.clock = clock
    }

    // MARK: Ids and names

    /// Whether `id` is a scenario id: `^[a-z0-9][a-z0-9-]{0,63}$`.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 64 else { return false }
        let allowed = { (c: Unicode.Scalar) in ("a"..."z").contains(c) || ("0"..."9").contains(c) }
        return allowed(first) && id.unicodeScalars.allSatisfy { allowed($0) || $0 == "-" }
    }

    /// Whether `name` is a file name a scenario may hold: letters, digits, `.`, `_`, `-`, not starting with `.`,
    /// ending in `.yaml`, `.yml`, `.csv`, `.xlsx` or `.xlsm`.
    public static func isValidFileName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 100, first != "." else {
            return false
        }
        let ok = name.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0))
        }
        let ext = (name as NSString).pathExtension.lowercased()
        return ok && ["yaml", "yml", "csv", "xlsx", "xlsm"].contains(ext)
    }

    /// The folder of scenario `id`.
    public func folder(_ id: String) throws(LibraryError) -> URL {
        guard Self.isValidID(id) else { throw .notFound(id) }
        let url = scenariosFolder.appendingPathComponent(id, isDirectory: true)
        guard FileManager.default.fileExists(atPath: url.appendingPathComponent("scenario.yaml").path) else {
            throw .notFound(id)
        }
        return url
    }

    // MARK: Reading

    /// Every scenario, by id.
    public func list() -> [ScenarioEntry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: scenariosFolder.path)) ?? []
        return names.sorted().compactMap { try? entry($0) }
    }

    /// One scenario's entry.
    public func entry(_ id: String) throws(LibraryError) -> ScenarioEntry {
        let folder = try folder(id)
        let version = Self.version(of: folder)
        let extends = Self.extendsID(folder)
        if let loaded = try? Workbench.open(folder) {
            return ScenarioEntry(
                id: id, name: loaded.scenario.name, year: loaded.scenario.year, extends: extends, version: version,
                valid: true)
        }
        return ScenarioEntry(id: id, name: id, year: 0, extends: extends, version: version, valid: false)
    }

    /// Loads scenario `id`.
    public func open(_ id: String) throws(LibraryError) -> LoadedScenario {
        let folder = try folder(id)
        do {
            return try Workbench.open(folder)
        } catch {
            if case .scenario(let problems) = error { throw .invalid(problems.issues) }
            throw .invalid([])
        }
    }

    /// The validation problems of scenario `id` (none when it loads).
    public func problems(_ id: String) throws(LibraryError) -> [ScenarioIssue] {
        do {
            _ = try open(id)
            return []
        } catch {
            if case .invalid(let issues) = error { return issues }
            throw error
        }
    }

    /// The version of scenario `id`: the SHA-256 of its file names and bytes.
    public func version(_ id: String) throws(LibraryError) -> String {
        Self.version(of: try folder(id))
    }

    /// The scenario's own file names (not those of the scenario it extends).
    public func fileNames(_ id: String) throws(LibraryError) -> [String] {
        Self.fileNames(in: try folder(id))
    }

    /// The bytes of one of the scenario's files.
    public func file(_ id: String, named name: String) throws(LibraryError) -> Data {
        let folder = try folder(id)
        guard Self.isValidFileName(name), Self.fileNames(in: folder).contains(name),
            let data = try? Data(contentsOf: folder.appendingPathComponent(name))
        else { throw .fileNotFound(name) }
        return data
    }

    /// The report folder of scenario `id`: `Reports/<id>/`.
    public func reportFolder(_ id: String) throws(LibraryError) -> URL {
        _ = try folder(id)
        return reportsFolder.appendingPathComponent(id, isDirectory: true)
    }

    /// The names of the report files a scenario's report folder may hold and the web may serve.
    public static let reportFileNames: [String] = [
        "index.html", "plan.json", "staffing.json", "inspection-plan.md", "inspection-calendar.csv",
        "inspection-calendar.ics", "inspection-calendar.xlsx", "inspection-plan.docx", "inspection-notices.docx",
        "staffing-check.md", "staffing-projection.csv", "reduction-plan.md", "staffing.xlsx", "reduction-list.docx",
    ]

    /// One report file of scenario `id`, by one of ``reportFileNames``.
    public func reportFile(_ id: String, named name: String) throws(LibraryError) -> Data {
        let folder = try reportFolder(id)
        guard Self.reportFileNames.contains(name),
            let data = try? Data(contentsOf: folder.appendingPathComponent(name))
        else { throw .fileNotFound(name) }
        return data
    }

    // MARK: Helpers

    /// The top-level, non-hidden regular files of a folder, by name.
    static func fileNames(in folder: URL) -> [String] {
        let fm = FileManager.default
        let names = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".")
                && fm.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    /// The SHA-256 of a folder's top-level files: each name, its length and its bytes.
    static func version(of folder: URL) -> String {
        var digest = SHA256Digest()
        for name in fileNames(in: folder) {
            let data = (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
            digest.update("\(name)\n\(data.count)\n")
            digest.update(data)
        }
        return digest.hex()
    }

    /// The id in a top-level `extends: ../<id>` line of the folder's scenario.yaml.
    static func extendsID(_ folder: URL) -> String? {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("scenario.yaml"), encoding: .utf8)
        else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("extends:") {
            var value = line.dropFirst("extends:".count).trimmingCharacters(in: .whitespaces)
            value = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if value.hasPrefix("../") { value.removeFirst(3) }
            while value.hasSuffix("/") { value.removeLast() }
            return value
        }
        return nil
    }

    /// Now, as an ISO 8601 UTC timestamp.
    func now() -> String { Accounts.timestamp(clock()) }

    func record(_ event: AuditEvent) {
        _ = try? audit?.record(event)
    }
}
