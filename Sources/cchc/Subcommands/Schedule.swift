import ArgumentParser
import CCHCApp
import CivilCalendar
import Foundation
import InspectionScheduling
import Localization
import MILP
import Reporting
import ScenarioFiles

extension CCHC {
    /// `cchc schedule SCENARIO`: the year's inspection calendar, optimal under the scenario's rules.
    struct Schedule: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Plan the year's CCHC inspection calendar (lập lịch kiểm tra công tác CCHC).",
            discussion: """
                Builds the calendar that meets every coverage target and hard rule of the scenario and maximises its \
                objective (priorities, load balance, bundling), solved with GLPK. Prints a summary (or --json) and \
                writes inspection-calendar.csv, inspection-calendar.ics and inspection-plan.md to the report folder.

                Independent regions (every unit and team in a region, every target `scope: region`, no pin across \
                regions) are planned as separate models, two at a time on one shared time limit; the objective is then \
                the sum of the regions' objectives, and a note lists each region's result.

                Re-planning mid-year: --previous Reports/<name>/inspection-calendar.csv --from 2022-07-01 keeps every \
                inspection before that date exactly and re-optimises the rest, moving announced dates as little as \
                possible; the report lists what moved.

                Re-planning from what happened: --from-tracking [--from D] [--workspace DIR] takes the plan tracked                 in the workspace and its recorded outcomes (cchc track): done inspections are kept, postponed ones                 are moved on or after D (default: the day after the newest record), cancelled units are dropped and                 replaced where a target needs it; the least change otherwise. It lists what moved, and the new plan                 becomes the plan tracked.

                Exit status: 0 a plan that keeps every hard rule (optimal or feasible), 3 infeasible (the reports \
                explain what is missing), 4 no plan found within the time limit, 65/66 bad or missing input, \
                70 solver failure, 73 report folder not writable.
                """
        )

        @OptionGroup var scenario: ScenarioArgument
        @OptionGroup var output: OutputOptions
        @OptionGroup var solver: SolverOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var resources: ResourceOptions

        @Option(
            name: .customLong("previous"), help: "A previous inspection-calendar.csv to re-plan from (with --from).")
        var previous: String?

        @Option(
            name: .customLong("from"), help: "With --previous: keep inspections before this date (YYYY-MM-DD) exactly.")
        var from: String?

        @Flag(
            name: .customLong("from-tracking"),
            help: "Re-plan the rest of the year from the outcomes recorded in the workspace (cchc track).")
        var fromTracking = false

        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            if fromTracking, previous != nil {
                throw ValidationError("Please give either --from-tracking or --previous, not both.")
            }
            if !fromTracking, (previous == nil) != (from == nil) {
                throw ValidationError(
                    "Please give --previous and --from together, e.g. --previous Reports/thach-ha-2022/inspection-calendar.csv --from 2022-07-01."
                )
            }
            if let from, CivilDate(iso: from) == nil {
                throw ValidationError("Please write --from as YYYY-MM-DD, e.g. 2022-07-01.")
            }
        }

        func run() throws {
            if fromTracking { return try runFromTracking() }
            let lang = language.language
            Interruption.install()
            let started = SystemClock().now()
            let control = CommandRun.control(lang)
            let limits = solver.limits(resources)
            let (plan, folder) = try CommandRun.perform(lang) { () throws(ApplicationError) in
                let loaded = try Workbench.open(scenario.folderURL)
                let loadSeconds = SystemClock().now() - started
                let previousPlan = try previous.map { path throws(ApplicationError) in
                    try Workbench.previousPlan(at: CommandRun.url(path))
                }
                let folder = try CommandRun.reportFolder(out: output.out, for: loaded, force: output.force)
                var plan = try Workbench.planCalendar(
                    loaded, limits: limits, control: control, previous: previousPlan,
                    from: from.flatMap { CivilDate(iso: $0) })
                plan.timings.load = loadSeconds
                plan.timings.total += loadSeconds
                try Workbench.write(ReportFiles.calendar(plan, loaded, lang), to: folder, control: control)
                return ((plan, loaded), folder)
            }
            if output.json {
                print(try InspectionPlanJSON.render(plan.0))
            } else {
                print(InspectionPlanSummary.render(plan.0, scenario: plan.1.scenario, language: lang), terminator: "")
                printError(
                    lang == .vi ? "Đã ghi báo cáo vào \(folder.url.path)" : "Reports written to \(folder.url.path)")
            }
            switch plan.0.status {
            case .optimal, .feasible: return
            case .infeasible: throw ExitCode(ExitStatus.unmet.rawValue)
            case .noSolution: throw ExitCode(ExitStatus.noPlan.rawValue)
            }
        }
    }
}
