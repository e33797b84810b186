import ArgumentParser
import Foundation
import Reporting
import ScenarioFiles

extension CCHC {
    /// `cchc compare SCENARIO SCENARIO...`: scenarios side by side, and what differs from the first.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "compare",
            abstract: "Compare scenarios side by side: inspections, staffing, and what differs from the first.",
            discussion: """
                For each scenario, reuses the results saved by `cchc report` in its report folder (Reports/<scenario>/, \
                or under --results) when they were computed from the same scenario files and time limit; otherwise \
                runs the planner and the staffing analysis (nothing is written to the report folders).
                Prints a side-by-side table (coverage per target, inspections and team-days, load balance, priority \
                covered, solver status and gap; surplus at the deadline, exits, transfers, cost, reduction targets \
                met), then the calendar entries and staffing measures that differ from the first scenario.
                --json prints the same as one object. --out DIR writes comparison.html, comparison.txt and \
                comparison.json.

                Exit status: 0 compared, 64 fewer than two scenarios, 65/66 bad or missing input, 70 solver failure, \
                73 output folder not writable.
                """
        )

        @Argument(help: "Two or more scenario folders; the first is the baseline.")
        var scenarios: [String]

        @Option(name: .customLong("out"), help: "Write comparison.html, comparison.txt and comparison.json to this folder.")
        var out: String?

        @Option(name: .customLong("results"), help: "The folder holding the report folders with saved results (default: Reports).")
        var results: String?

        @Flag(name: .customLong("fresh"), help: "Run every scenario even when saved results are up to date.")
        var fresh = false

        @Flag(name: .customLong("json"), help: "Print one JSON object to standard output.")
        var json = false

        @OptionGroup var language: LanguageOption

        @OptionGroup var solver: SolverOptions
        @OptionGroup var resources: ResourceOptions

        func validate() throws {
            guard scenarios.count >= 2 else {
                throw ValidationError("Please give at least two scenario folders, e.g. `cchc compare Scenarios/thach-ha-2022 Scenarios/thach-ha-2022-4-teams`.")
            }
        }

        func run() throws {
            Interruption.install()
            let lang = language.language
            let vi = lang == .vi
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            let root = results.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
                ?? cwd.appendingPathComponent("Reports", isDirectory: true)
            let limits = solver.limits
            var compared: [ComparedScenario] = []
            var firstLoaded: LoadedScenario?
            for path in scenarios {
                let loaded: LoadedScenario
                do {
                    loaded = try ScenarioLoader.loadDetailed(folder: URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL)
                } catch let error as ScenarioError {
                    printScenarioError(error, language: lang)
                    throw ExitCode(error.isMissingFile ? 66 : 65)
                }
                if firstLoaded == nil { firstLoaded = loaded }
                let id = loaded.folder.lastPathComponent
                let folder = root.appendingPathComponent(id, isDirectory: true)
                let result: ScenarioResults
                if let saved = (fresh ? nil : ScenarioResults.saved(in: folder, for: loaded)) {
                    printError(vi ? "\(id): dùng kết quả đã lưu trong \(folder.path)" : "\(id): using the saved results in \(folder.path)")
                    result = saved
                } else {
                    printError(vi ? "\(id): đang lập kế hoạch…" : "\(id): planning…")
                    result = try ScenarioResults.compute(loaded, limits: limits, resources: resources, language: lang)
                }
                compared.append(ComparedScenario(id: id, scenario: loaded.scenario, plan: result.plan, staffing: result.staffing))
            }
            let comparison = ScenarioComparison(compared)
            let table = ComparisonTable.render(comparison, language: lang)
            let jsonText: String
            do {
                jsonText = try ComparisonJSON.render(comparison)
            } catch {
                printError("cchc: \(error)")
                throw ExitCode(70)
            }
            if let out, let firstLoaded {
                let url = URL(fileURLWithPath: out, relativeTo: cwd).standardizedFileURL
                let folder: ReportDirectory
                do {
                    folder = try ReportDirectory(url: url, scenarioFolder: firstLoaded.folder, scenarioID: "comparison", force: false)
                } catch {
                    printError("cchc: \(error)")
                    throw ExitCode(73)
                }
                try writeReports([
                    ("comparison.html", ComparisonHTML.render(comparison, language: lang)),
                    ("comparison.txt", table),
                    ("comparison.json", jsonText + "\n"),
                ], to: folder)
                printError(vi ? "Đã ghi so sánh vào \(folder.url.path)" : "Comparison written to \(folder.url.path)")
            }
            print(json ? jsonText : table, terminator: json ? "\n" : "")
        }
    }
}
