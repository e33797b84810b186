import ArgumentParser
import CivilCalendar
import Foundation
import GLPKSolver
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

        @Option(name: .customLong("as-of"), help: "The check date (YYYY-MM-DD); default staffing.as_of, else 1 January of the year.")
        var asOf: String?

        @Option(name: .customLong("until"), help: "The last projected year; default the latest deadline's year.")
        var until: Int?

        @Option(name: .customLong("time-limit"), help: "Seconds allowed for the reduction-plan solve (default 60).")
        var timeLimit: Double = 60

        @Flag(name: .customLong("export-rules"), help: "Print the rule set in force as YAML (a starting point for staffing.rules) and exit.")
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
            let started = monotonicSeconds()
            let loaded = try loadScenario(scenario, language: lang)
            let rules = try ruleSet(for: loaded.scenario, language: lang)
            if exportRules {
                print(try RuleSetYAML.render(rules))
                return
            }
            let folder = try openReportFolder(out: output.out, scenario: loaded, force: output.force)
            let report = try resources.solvingPhase(started: started, timeLimit: timeLimit, language: lang) {
                try StaffingAnalysis.run(
                    scenario: loaded.scenario, rules: rules, asOf: asOf.flatMap { CivilDate(iso: $0) }, untilYear: until,
                    solver: $0,
                    options: SolveOptions(
                        timeLimitSeconds: timeLimit,
                        progress: SolverProgressLine.callback(label: lang == .vi ? "Đang giải" : "Solving"),
                        shouldStop: Interruption.shouldStop))
            }
            try writeReports([
                ("staffing-check.md", StaffingCheckMarkdown.render(report, scenario: loaded.scenario, language: lang)),
                ("staffing-projection.csv", StaffingProjectionCSV.render(report, scenario: loaded.scenario, language: lang)),
                ("reduction-plan.md", ReductionPlanMarkdown.render(report, scenario: loaded.scenario, language: lang)),
            ], to: folder)
            if output.json {
                print(try StaffingReportJSON.render(report))
            } else {
                print(StaffingSummary.render(report, scenario: loaded.scenario, language: lang), terminator: "")
                printError(lang == .vi ? "Đã ghi báo cáo vào \(folder.url.path)" : "Reports written to \(folder.url.path)")
            }
            if report.deadlines.contains(where: { $0.unresolved > 0 }) { throw ExitCode(3) }
        }

        private func ruleSet(for scenario: Scenario, language: Language) throws -> StaffingRuleSet {
            switch scenario.staffing.rules {
            case .file(let path):
                do {
                    return try RuleFileLoader.load(path)
                } catch let error as ScenarioError {
                    printScenarioError(error, language: language)
                    throw ExitCode(error.isMissingFile ? 66 : 65)
                }
            case .builtIn(let name):
                guard let rules = StaffingRuleSet.builtIn(named: name) else {
                    printError(language == .vi
                        ? "cchc: không có bộ quy định dựng sẵn tên '\(name)'. Các bộ có sẵn: \(StaffingRuleSet.builtInNames.joined(separator: ", "))."
                        : "cchc: there is no built-in rule set named '\(name)'. Available: \(StaffingRuleSet.builtInNames.joined(separator: ", ")).")
                    throw ExitCode(65)
                }
                return rules
            case nil:
                return .vnDefault
            }
        }
    }
}
