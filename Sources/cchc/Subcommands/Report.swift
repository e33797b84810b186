import ArgumentParser
import CCHCApp
import CivilCalendar
import Foundation
import InspectionScheduling
import Localization
import MILP
import Reporting
import ScenarioFiles
import ScenarioModel
import Staffing

extension CCHC {
    /// `cchc report SCENARIO`: every output of a scenario in one run, plus the leadership page `index.html`.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Plan inspections and staffing and write all reports plus index.html (the leadership page).",
            discussion: """
                Runs the inspection planner and the staffing analysis (both with GLPK) and writes, into \
                Reports/<scenario>/ (or --out): inspection-plan.md, inspection-calendar.csv, inspection-calendar.ics, \
                staffing-check.md, staffing-projection.csv, reduction-plan.md, index.html (self-contained, printable \
                on A4), and plan.json, staffing.json and inputs.hash so `cchc compare` can reuse the results while the \
                scenario files and the tool version are unchanged. No file holds a timing or a run date: the same inputs give the same bytes.

                When the workspace (--workspace DIR, default: the current folder) holds tracking records for the \
                scenario (cchc track, cchc scorecard), index.html also shows where the year stands and the scorecard \
                with a chart per indicator over the periods; without them the page is unchanged.

                Exit status: 0 reports written (the page says when a plan is infeasible or a deadline is missed), \
                65/66 bad or missing input, 70 solver failure, 73 report folder not writable.
                """
        )

        @OptionGroup var scenario: ScenarioArgument
        @OptionGroup var language: LanguageOption

        @Option(name: .customLong("out"), help: "The report folder (default: Reports/<scenario folder name>/).")
        var out: String?

        @Flag(name: .customLong("force"), help: "Overwrite a report folder that holds another scenario's reports.")
        var force = false

        @OptionGroup var solver: SolverOptions
        @OptionGroup var resources: ResourceOptions
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            Interruption.install()
            let lang = language.language
            let control = CommandRun.control(lang)
            let limits = solver.limits(resources)
            let (results, folder) = try CommandRun.perform(lang) { () throws(ApplicationError) in
                let loaded = try Workbench.open(scenario.folderURL)
                let folder = try CommandRun.reportFolder(out: out, for: loaded, force: force)
                let results = try Workbench.results(loaded, limits: limits, control: control)
                let tracking = try TrackingDesk.reportSections(
                    loaded, workspace: workspace.folderURL, plan: results.plan, language: lang)
                try Workbench.write(
                    try results.files(language: lang, extraSections: tracking), to: folder, control: control)
                return (results, folder)
            }
            let vi = lang == .vi
            let plan = results.plan
            let staffing = results.staffing
            print(
                (vi ? "Kế hoạch kiểm tra: " : "Inspection plan: ") + InspectionPlanMarkdown.statusText(plan, lang)
                    + (vi ? "; \(plan.inspections.count) cuộc." : "; \(plan.inspections.count) inspections."))
            let unresolved = staffing.deadlines.reduce(0) { $0 + $1.unresolved }
            let measures =
                vi
                ? "\(staffing.plan.exits.count) nghỉ, \(staffing.plan.transfers.count) điều động"
                : "\(staffing.plan.exits.count) exits, \(staffing.plan.transfers.count) transfers"
            let deadlines =
                unresolved == 0
                ? (vi ? "; đạt mọi hạn." : "; every deadline met.")
                : (vi ? "; còn thừa \(unresolved) người." : "; \(unresolved) still above quota.")
            print((vi ? "Phương án tinh giản: " : "Reduction plan: ") + measures + deadlines)
            printError(vi ? "Đã ghi báo cáo vào \(folder.url.path)" : "Reports written to \(folder.url.path)")
        }
    }
}
