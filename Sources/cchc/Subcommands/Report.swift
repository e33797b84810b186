import ArgumentParser
import CivilCalendar
import Foundation
import GLPKSolver
import InspectionScheduling
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

        func run() throws {
            Interruption.install()
            let lang = language.language
            let loaded = try loadScenario(scenario, language: lang.rawValue)
            let folder = try openReportFolder(out: out, scenario: loaded, force: force)
            let results = try ScenarioResults.compute(loaded, limits: solver.limits, resources: resources, language: lang)
            try results.write(to: folder, language: lang)
            let vi = lang == .vi
            print((vi ? "Kế hoạch kiểm tra: " : "Inspection plan: ") + InspectionPlanMarkdown.statusText(results.plan, lang)
                + (vi ? "; \(results.plan.inspections.count) cuộc." : "; \(results.plan.inspections.count) inspections."))
            let unresolved = results.staffing.deadlines.reduce(0) { $0 + $1.unresolved }
            print((vi ? "Phương án tinh giản: " : "Reduction plan: ")
                + (vi ? "\(results.staffing.plan.exits.count) nghỉ, \(results.staffing.plan.transfers.count) điều động"
                      : "\(results.staffing.plan.exits.count) exits, \(results.staffing.plan.transfers.count) transfers")
                + (unresolved == 0 ? (vi ? "; đạt mọi hạn." : "; every deadline met.") : (vi ? "; còn thừa \(unresolved) người." : "; \(unresolved) still above quota.")))
            printError(vi ? "Đã ghi báo cáo vào \(folder.url.path)" : "Reports written to \(folder.url.path)")
        }
    }
}

/// A scenario's inspection plan and staffing report, computed or read back from a report folder.
struct ScenarioResults {
    /// The loaded scenario.
    var loaded: LoadedScenario
    /// The inspection plan (timings zeroed).
    var plan: InspectionPlan
    /// The staffing report.
    var staffing: StaffingReport
    /// The hash of the inputs the results were computed from.
    var inputHash: String

    /// The files that make the results reusable.
    static let planFile = "plan.json"
    static let staffingFile = "staffing.json"
    static let hashFile = "inputs.hash"

    /// Runs the planner and the staffing analysis, each as one phase under the resource rules (``ResourceOptions``):
    /// each phase may take `limits.timeLimit` seconds, a too-large model is refused before GLPK starts (exit 70), and
    /// the last-resort watchdog covers each phase.
    static func compute(
        _ loaded: LoadedScenario, limits: SolveLimits, resources: ResourceOptions, language: ReportLanguage
    ) throws -> ScenarioResults {
        let timeLimit = limits.timeLimit
        let rules = try staffingRules(for: loaded.scenario, language: language)
        let label = language == .vi ? "Đang giải" : "Solving"
        let vi = language == .vi
        var plan = try resources.solvingPhase(started: monotonicSeconds(), timeLimit: timeLimit, vietnamese: vi) {
            try planInspections(loaded, limits: limits, solver: $0, progress: SolverProgressLine.callback(label: label))
        }
        let staffing = try resources.solvingPhase(started: monotonicSeconds(), timeLimit: timeLimit, vietnamese: vi) {
            try StaffingAnalysis.run(
                scenario: loaded.scenario, rules: rules, solver: $0,
                options: SolveOptions(
                    timeLimitSeconds: timeLimit, progress: SolverProgressLine.callback(label: label),
                    shouldStop: Interruption.shouldStop))
        }
        plan.timings = PlanTimings()
        return ScenarioResults(loaded: loaded, plan: plan, staffing: staffing, inputHash: inputHash(of: loaded))
    }

    /// Reads results saved in `folder` when they were computed from the same inputs; `nil` otherwise.
    static func saved(in folder: URL, for loaded: LoadedScenario) -> ScenarioResults? {
        let hash = inputHash(of: loaded)
        guard let stored = try? String(contentsOf: folder.appendingPathComponent(hashFile), encoding: .utf8),
              stored.trimmingCharacters(in: .whitespacesAndNewlines) == hash,
              let planData = try? Data(contentsOf: folder.appendingPathComponent(planFile)),
              let staffingData = try? Data(contentsOf: folder.appendingPathComponent(staffingFile)),
              let plan = try? JSONDecoder().decode(InspectionPlan.self, from: planData),
              let staffing = try? JSONDecoder().decode(StaffingReport.self, from: staffingData)
        else { return nil }
        return ScenarioResults(loaded: loaded, plan: plan, staffing: staffing, inputHash: hash)
    }

    /// The projection with the reduction plan applied (no solve: the plan is known).
    func plannedProjection(language: ReportLanguage) -> [ProjectionRow]? {
        guard let rules = try? staffingRules(for: loaded.scenario, language: language, quiet: true) else { return nil }
        return StaffProjection(scenario: loaded.scenario, rules: rules, asOf: staffing.asOf)
            .rows(untilYear: staffing.until, hiring: staffing.hiring, moves: staffing.plan.moves)
    }

    /// Writes every report, the saved results and `index.html`.
    func write(to folder: ReportDirectory, language: ReportLanguage) throws {
        let scenario = loaded.scenario
        let id = loaded.folder.lastPathComponent
        let planJSON: String, staffingJSON: String
        do {
            planJSON = try InspectionPlanJSON.render(plan)
            staffingJSON = try StaffingReportJSON.render(staffing)
        } catch {
            printError("cchc: \(error)")
            throw ExitCode(70)
        }
        try writeReports([
            ("inspection-plan.md", InspectionPlanMarkdown.render(plan, scenario: scenario, language: language)),
            ("inspection-calendar.csv", InspectionCalendarCSV.render(plan, scenario: scenario, language: language)),
            ("inspection-calendar.ics", InspectionCalendarICS.render(plan, scenario: scenario, calendarID: id, language: language)),
            ("staffing-check.md", StaffingCheckMarkdown.render(staffing, scenario: scenario, language: language)),
            ("staffing-projection.csv", StaffingProjectionCSV.render(staffing, scenario: scenario, language: language)),
            ("reduction-plan.md", ReductionPlanMarkdown.render(staffing, scenario: scenario, language: language)),
            (Self.planFile, planJSON + "\n"),
            (Self.staffingFile, staffingJSON + "\n"),
            ("index.html", ScenarioReportHTML.render(
                scenario: scenario, plan: plan, staffing: staffing, plannedProjection: plannedProjection(language: language),
                language: language)),
            (Self.hashFile, inputHash + "\n"),
        ], to: folder)
    }

    /// A hash of what the results depend on: the tool version and every input file's role and bytes (not its
    /// absolute path, so a committed report folder stays valid in another checkout). The solve limits are not part of
    /// it: saved results are reused whatever limits `compare` is given (`compare --fresh` re-runs).
    static func inputHash(of loaded: LoadedScenario) -> String {
        var h = FNV1a()
        h.add("cchc \(CCHCVersion.string)\n")
        for file in loaded.files {
            h.add("file \(file.role)\n")
            if let data = FileManager.default.contents(atPath: file.path) {
                h.add(data)
            } else {
                h.add("(missing)")
            }
            h.add("\n")
        }
        return "fnv1a64:" + h.hex
    }
}

/// How long the solves may run and when the inspection plan is good enough.
struct SolveLimits: Hashable {
    /// Seconds per solve.
    var timeLimit: Double
    /// The planner's relative gap (0: prove optimality).
    var mipGap: Double
    /// Independent regions planned at the same time.
    var jobs: Int = RegionalPlanner.defaultParallel
    /// The planner's work limit in nodes per solve (`nil`: none; see `PlannerOptions.workLimit`).
    var workLimit: Int?
}

/// The 64-bit FNV-1a hash (for change detection, not security).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for b in bytes {
            value ^= UInt64(b)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    mutating func add(_ text: String) { add(text.utf8) }

    var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}

/// Plans a scenario's inspections with `solver` (GLPK behind the resource rules in the CLI); independent regions are
/// planned separately, `limits.jobs` at a time (`RegionalPlanner`).
func planInspections(
    _ loaded: LoadedScenario, limits: SolveLimits, solver: any MILPSolver, progress: (@Sendable (SolveProgress) -> Void)?
) throws(SolverError) -> InspectionPlan {
    try RegionalPlanner.plan(
        scenario: loaded.scenario, holidays: loaded.holidays.map(\.date), solver: solver,
        options: PlannerOptions(
            timeLimitSeconds: limits.timeLimit, relativeGap: limits.mipGap > 0 ? limits.mipGap : nil, progress: progress,
            shouldStop: Interruption.shouldStop, workLimit: limits.workLimit),
        parallel: limits.jobs)
}


/// The staffing rule set a scenario asks for; prints why not and exits 65/66 when it cannot be had.
func staffingRules(for scenario: Scenario, language: ReportLanguage, quiet: Bool = false) throws -> StaffingRuleSet {
    switch scenario.staffing.rules {
    case .file(let path):
        do {
            return try RuleFileLoader.load(path)
        } catch let error as ScenarioError {
            if !quiet { printScenarioError(error, language: language.rawValue) }
            throw ExitCode(error.isMissingFile ? 66 : 65)
        }
    case .builtIn(let name):
        guard let rules = StaffingRuleSet.builtIn(named: name) else {
            if !quiet {
                printError(language == .vi
                    ? "cchc: không có bộ quy định dựng sẵn tên '\(name)'. Các bộ có sẵn: \(StaffingRuleSet.builtInNames.joined(separator: ", "))."
                    : "cchc: there is no built-in rule set named '\(name)'. Available: \(StaffingRuleSet.builtInNames.joined(separator: ", ")).")
            }
            throw ExitCode(65)
        }
        return rules
    case nil:
        return .vnDefault
    }
}
