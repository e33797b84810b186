import ArgumentParser
import CCHCApp
import Foundation
import Localization
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

        @Option(
            name: .customLong("out"), help: "Write comparison.html, comparison.txt and comparison.json to this folder.")
        var out: String?

        @Option(
            name: .customLong("results"),
            help: "The folder holding the report folders with saved results (default: Reports).")
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
                throw ValidationError(
                    "Please give at least two scenario folders, e.g. `cchc compare Scenarios/thach-ha-2022 Scenarios/thach-ha-2022-4-teams`."
                )
            }
        }

        func run() throws {
            Interruption.install()
            let lang = language.language
            let vi = lang == .vi
            let control = CommandRun.control(lang)
            let limits = solver.limits(resources)
            let root =
                results.map { CommandRun.url($0) }
                ?? CommandRun.workingDirectory.appendingPathComponent("Reports", isDirectory: true)
            let (comparison, files) = try CommandRun.perform(lang) { () throws(ApplicationError) in
                let comparison = try Workbench.compare(
                    scenarios.map { CommandRun.url($0) }, resultsRoot: root, fresh: fresh, limits: limits,
                    control: control
                ) { step in
                    switch step {
                    case .reusing(let id, let folder):
                        printError(
                            vi
                                ? "\(id): dùng kết quả đã lưu trong \(folder.path)"
                                : "\(id): using the saved results in \(folder.path)")
                    case .planning(let id):
                        printError(vi ? "\(id): đang lập kế hoạch…" : "\(id): planning…")
                    }
                }
                let files = try Workbench.comparisonFiles(comparison, language: lang)
                if let out {
                    let first = CommandRun.url(scenarios[0])
                    let folder = try Workbench.reportFolder(
                        CommandRun.url(out), owner: "comparison", scenarioFolder: first, force: false)
                    try Workbench.write(files, to: folder, control: control)
                    printError(
                        vi ? "Đã ghi so sánh vào \(folder.url.path)" : "Comparison written to \(folder.url.path)")
                }
                return (comparison, files)
            }
            _ = comparison
            let text = files.first { $0.name == (json ? "comparison.json" : "comparison.txt") }?.contents ?? ""
            print(text, terminator: "")
        }
    }
}
