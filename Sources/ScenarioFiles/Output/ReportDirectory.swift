import Foundation

/// A folder that receives a scenario's reports, written safely.
///
/// Every file is written to a temporary file in the same folder and then renamed into place, so a reader (or an
/// interrupted run) sees either the previous file or the new one, never half of one. The folder carries a small
/// marker file naming the scenario that owns it; reports of a different scenario are not overwritten unless the
/// caller passes `force`.
public struct ReportDirectory: Sendable {
    /// The folder.
    public let url: URL
    /// The scenario that owns the reports (its folder name).
    public let scenarioID: String

    /// The name of the marker file that records which scenario owns a report folder.
    public static let markerName = ".cchc-scenario"

    /// Problems preparing a report folder.
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
                return "refusing to write reports into the scenario folder itself (\(path)); please choose another --out folder"
            case .ownedByOtherScenario(let folder, let owner):
                return "\(folder) holds reports of scenario '\(owner)'; use another --out folder, or --force to overwrite them"
            case .cannotWrite(let path, let why):
                return "cannot write \(path): \(why)"
            }
        }
    }

    /// Prepares a report folder: refuses the scenario folder, checks the owner marker, creates the folder.
    ///
    /// - Parameters:
    ///   - url: The output folder.
    ///   - scenarioFolder: The scenario's folder (reports may not go inside it).
    ///   - scenarioID: A stable identity for the scenario (its folder name).
    ///   - force: Overwrite reports owned by another scenario.
    /// - Throws: ``Failure``.
    public init(url: URL, scenarioFolder: URL, scenarioID: String, force: Bool) throws(Failure) {
        let out = url.standardizedFileURL.resolvingSymlinksInPath().path
        let scen = scenarioFolder.standardizedFileURL.resolvingSymlinksInPath().path
        if out == scen || out.hasPrefix(scen + "/") {
            throw .insideScenarioFolder(url.path)
        }
        let fm = FileManager.default
        let marker = url.appendingPathComponent(ReportDirectory.markerName)
        if let owner = try? String(contentsOf: marker, encoding: .utf8) {
            let trimmed = owner.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed != scenarioID && !force {
                throw .ownedByOtherScenario(folder: url.path, owner: trimmed)
            }
        }
        do {
            try fm.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(url.path, error.localizedDescription)
        }
        self.url = url
        self.scenarioID = scenarioID
        try write(scenarioID + "\n", to: ReportDirectory.markerName)
    }

    /// Writes several files as one step: every file goes to a temporary file first, and only when all of them are
    /// written are they renamed into place, with SIGINT and SIGTERM held back during the renames. An interrupted or
    /// failed run therefore leaves the previous reports as they were (no mix of old and new files).
    ///
    /// - Parameter files: File names and their text (UTF-8).
    /// - Throws: ``Failure`` when a file cannot be written; the temporary files are removed.
    public func writeAll(_ files: [(name: String, contents: String)]) throws(Failure) {
        var staged: [(temp: URL, target: URL)] = []
        func cleanUp() { for s in staged { try? FileManager.default.removeItem(at: s.temp) } }
        for file in files {
            let target = url.appendingPathComponent(file.name)
            let temp = url.appendingPathComponent(".\(file.name).\(getpid()).tmp")
            do {
                try Data(file.contents.utf8).write(to: temp)
            } catch {
                cleanUp()
                try? FileManager.default.removeItem(at: temp)
                throw .cannotWrite(target.path, error.localizedDescription)
            }
            staged.append((temp, target))
        }
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        sigaddset(&blocked, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        for (index, s) in staged.enumerated() where rename(s.temp.path, s.target.path) != 0 {
            let why = String(cString: strerror(errno))
            for rest in staged[index...] { try? FileManager.default.removeItem(at: rest.temp) }
            throw .cannotWrite(s.target.path, why)
        }
    }

    /// Writes one file atomically: a temporary file in the same folder, then a rename.
    ///
    /// - Parameters:
    ///   - contents: The text (written as UTF-8).
    ///   - name: The file name inside the folder.
    /// - Returns: The file's URL.
    @discardableResult
    public func write(_ contents: String, to name: String) throws(Failure) -> URL {
        try write(Data(contents.utf8), to: name)
    }

    /// Writes bytes atomically: a temporary file in the same folder, then a rename.
    @discardableResult
    public func write(_ data: Data, to name: String) throws(Failure) -> URL {
        let target = url.appendingPathComponent(name)
        let temp = url.appendingPathComponent(".\(name).\(getpid()).tmp")
        do {
            try data.write(to: temp)
            if rename(temp.path, target.path) != 0 {
                let why = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temp)
                throw Failure.cannotWrite(target.path, why)
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw .cannotWrite(target.path, error.localizedDescription)
        }
        return target
    }
}
