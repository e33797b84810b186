import ArgumentParser
import CCHCApp
import CivilCalendar
import Foundation
import Localization
import MILP
import Reporting
import ScenarioFiles
import ScenarioModel
import Staffing

extension CCHC {
    /// `cchc staffing SCENARIO`: the staffing check, the projection and the least-cost reduction plan.
    struct StaffingCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "staffing",
            abstract: "Check staffing against quotas, project headcount, plan the reduction (biên chế, dôi dư).",
            discussion: """
                a. The check at --as-of: headcount per unit and category against the quota or norm in force, people \
                per position against the approved framework, and per-person findings (missing positions, \
                qualifications below requirement, past retirement age).
                b. The projection to --until: statutory retirement dates (ND 135/2020) and headcount on 31 December of \
                each year under the scenario's hiring policy.
                c. The reduction plan, solved with GLPK: transfers, early retirement and resignation at least cost so \
                every unit is within quota by its deadline; each measure with its cost and formula.
                d. The reduction targets (e.g. KL 40-KL/TW).
                Writes staffing-check.md, staffing-projection.csv and reduction-plan.md to the report folder.
                Every figure cites the rule applied; unconfirmed [U] figures are flagged.

                Exit status: 0 every deadline can be met, 3 some surplus remains at a deadline (the plan says where), \
                65/66 bad or missing input, 70 solver failure, 73 report folder not writable.
                """
        )

        @OptionGroup var scenario: ScenarioArgument
        @OptionGroup var output: OutputOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var resources: ResourceOptions

        @Option(
            name: .customLong("as-of"),
            help: "The check date (YYYY-MM-DD); default staffing.as_of, else 1 January of the year.")
        var asOf: String?

        @Option(name: .customLong("until"), help: "The last projected year; default the latest deadline's year.")
        var until: Int?

        @Option(name: .customLong("time-limit"), help: "Seconds allowed for the reduction-plan solve (default 60).")
        var timeLimit: Double = 60

        @Flag(
            name: .customLong("export-rules"),
            help: "Print the rule set in force as YAML (a starting point for staffing.rules) and exit.")
        var exportRules = false

        func validate() throws {
            if let asOf, CivilDate(iso: asOf) == nil {
                throw ValidationError("Please write --as-of as YYYY-MM-DD, e.g. 2022-01-01.")
            }
            if let until, !(1900...2100).contains(until) {
                throw ValidationError("Please give --until as a year between 1900 and 2100, e.g. --until 2026.")
            }
            guard timeLimit > 0, timeLimit.isFinite else {
                throw ValidationError("Please give --time-limit as a positive number of seconds.")
            }
        }

        func run() throws {
            let lang = language.language
            Interruption.install()
            let control = CommandRun.control(lang)
            let limits = SolveLimits(timeLimit: timeLimit, maxMemoryMiB: resources.maxMemory)
            let loaded = try CommandRun.perform(lang) { () throws(ApplicationError) in
                try Workbench.open(scenario.folderURL)
            }
            if exportRules {
                print(try RuleSetYAML.render(loaded.rules))
                return
            }
            let (report, folder) = try CommandRun.perform(lang) { () throws(ApplicationError) in
                let folder = try CommandRun.reportFolder(out: output.out, for: loaded, force: output.force)
                let report = try Workbench.planStaffing(
                    loaded, limits: limits, control: control, asOf: asOf.flatMap { CivilDate(iso: $0) },
                    untilYear: until)
                try Workbench.write(ReportFiles.staffing(report, loaded, lang), to: folder, control: control)
                return (report, folder)
            }
            if output.json {
                print(try StaffingReportJSON.render(report))
            } else {
                print(StaffingSummary.render(report, scenario: loaded.scenario, language: lang), terminator: "")
                printError(
                    lang == .vi ? "Đã ghi báo cáo vào \(folder.url.path)" : "Reports written to \(folder.url.path)")
            }
            if report.deadlines.contains(where: { $0.unresolved > 0 }) { throw ExitCode(ExitStatus.unmet.rawValue) }
        }
    }
}
