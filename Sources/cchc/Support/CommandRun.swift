import ArgumentParser
import CCHCApp
import Foundation
import Localization
import MILP
import Reporting
import ScenarioFiles

/// How the CLI plugs into the application layer: the signal flag stops a run, progress goes to one line of standard
/// error on a terminal, each solving phase is announced on standard error, and the watchdog ends the process.
enum CommandRun {
    /// The run control for a command in `language`.
    static func control(_ language: Language) -> RunControl {
        let vi = language == .vi
        return RunControl(
            shouldStop: Interruption.shouldStop,
            progress: SolverProgressLine.callback(label: vi ? "Đang giải" : "Solving"),
            regionFinished: SolverProgressLine.regionCallback(language: language),
            phaseStarted: { phase, deadline in
                let seconds = String(format: "%.0f", max(0, deadline.remaining))
                let what: String
                switch phase {
                case .calendar: what = vi ? "lịch kiểm tra" : "the inspection calendar"
                case .staffing: what = vi ? "phương án biên chế" : "the staffing plan"
                }
                printError(
                    vi
                        ? "Đang giải \(what) (tối đa \(seconds) giây; Ctrl-C để dừng, báo cáo cũ giữ nguyên)…"
                        : "Solving \(what) (up to \(seconds) s; Ctrl-C stops and keeps the previous reports)…")
            },
            watchdogFired: { alarm in
                SolverProgressLine.finish()
                printError(alarm.message(language))
                _exit(alarm.status.rawValue)
            })
    }

    /// Runs an application operation; an ``ApplicationError`` is printed and becomes its exit status.
    static func perform<T>(_ language: Language, _ body: () throws(ApplicationError) -> T) throws -> T {
        do {
            let value = try body()
            SolverProgressLine.finish()
            return value
        } catch {
            SolverProgressLine.finish()
            printError(error.message(language))
            throw ExitCode(error.status.rawValue)
        }
    }

    /// The exit for a plan or report that was written but does not meet everything.
    static func exit(_ status: ExitStatus) throws {
        if status != .success { throw ExitCode(status.rawValue) }
    }

    /// The current directory, as a folder URL.
    static var workingDirectory: URL {
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    }

    /// A path from the command line, relative to the current directory.
    static func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: workingDirectory).standardizedFileURL
    }

    /// The report folder for `--out` (default `Reports/<scenario folder name>/`).
    static func reportFolder(
        out: String?, for loaded: LoadedScenario, force: Bool
    ) throws(ApplicationError) -> ReportDirectory {
        let url =
            out.map { Self.url($0) }
            ?? Workbench.defaultReportFolder(for: loaded.folder, in: workingDirectory)
        return try Workbench.reportFolder(
            url, owner: loaded.folder.lastPathComponent, scenarioFolder: loaded.folder, force: force)
    }
}
