import ArgumentParser
import Foundation
import Localization
import ScenarioFiles

/// Loads a scenario for a subcommand; on failure prints every problem to stderr and exits 65 (data) or 66 (missing).
func loadScenario(_ argument: ScenarioArgument, language: Language) throws -> LoadedScenario {
    do {
        return try ScenarioLoader.loadDetailed(folder: argument.folderURL)
    } catch let error as ScenarioError {
        printScenarioError(error, language: language)
        throw ExitCode(error.isMissingFile ? 66 : 65)
    }
}

/// Prints a scenario error to stderr with a count line.
func printScenarioError(_ error: ScenarioError, language: Language) {
    let count = error.issues.count
    printError(language == .vi
        ? "Có \(count)\(error.truncated ? "+" : "") lỗi:"
        : "\(count)\(error.truncated ? "+" : "") problem\(count == 1 ? "" : "s"):")
    printError(error.formatted(language: language))
}

/// The default report folder of a scenario: `Reports/<scenario folder name>/`, relative to the current directory.
func defaultReportFolder(for scenario: URL) -> URL {
    URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        .appendingPathComponent("Reports", isDirectory: true)
        .appendingPathComponent(scenario.lastPathComponent, isDirectory: true)
}

/// Opens a report folder, or prints why it cannot be used and exits 73 (can't create output).
func openReportFolder(out: String?, scenario: LoadedScenario, force: Bool) throws -> ReportDirectory {
    let url = out.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? defaultReportFolder(for: scenario.folder)
    do {
        return try ReportDirectory(
            url: url, scenarioFolder: scenario.folder, scenarioID: scenario.folder.lastPathComponent, force: force)
    } catch {
        printError("cchc: \(error)")
        throw ExitCode(73)
    }
}

/// Writes files into a report folder, or prints why not and exits 73.
func writeReports(_ files: [(name: String, contents: String)], to folder: ReportDirectory) throws {
    if Interruption.isRequested {
        printError("cchc: interrupted; the previous reports are left as they were")
        throw ExitCode(130)
    }
    do {
        try folder.writeAll(files)
    } catch {
        printError("cchc: \(error)")
        throw ExitCode(73)
    }
}

/// A monotonic clock reading in seconds.
func monotonicSeconds() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
}
