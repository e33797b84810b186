import CivilCalendar
import Foundation
import GLPKSolver
import InspectionScheduling
import Localization
import MILP
import Reporting
import ScenarioFiles
import ScenarioGenerator
import ScenarioModel
import Staffing

/// The operations every front end offers, with no printing and no argument parsing: open and validate a scenario,
/// plan its calendar and its staffing, build and compare reports, write report folders atomically.
///
/// Each operation takes the run's ``SolveLimits`` and ``RunControl`` and throws an ``ApplicationError`` that knows
/// its ``ExitStatus``. The CLI and the web server call these and nothing below them.
public enum Workbench {
    // MARK: Scenarios

    /// Loads and validates a scenario folder, resolving its rule set and holidays.
    ///
    /// - Parameters:
    ///   - folder: The folder holding `scenario.yaml`.
    ///   - today: The date birth dates are checked against (`nil`: `staffing.as_of`, else 1 January of the year).
    public static func open(_ folder: URL, today: CivilDate? = nil) throws(ApplicationError) -> LoadedScenario {
        do {
            return try ScenarioLoader.loadDetailed(folder: folder, options: ScenarioLoader.Options(today: today))
        } catch let error as ScenarioError {
            throw .scenario(error)
        } catch {
            throw .encoding("\(error)")
        }
    }

    /// Reads a previous `inspection-calendar.csv` to re-plan from.
    public static func previousPlan(at file: URL) throws(ApplicationError) -> [PlannedInspection] {
        do {
            return try PreviousPlanReader.read(file)
        } catch let error as ScenarioError {
            throw .scenario(error)
        } catch {
            throw .encoding("\(error)")
        }
    }

    // MARK: Solving phases

    /// Runs one solving phase under the run's rules, the same way for every command:
    /// - the phase gets one ``Deadline``, `limits.timeLimit` seconds from now on the control's clock;
    /// - `body` gets the guarded GLPK solver: a model estimated above the memory ceiling is refused before GLPK
    ///   starts, GLPK's own memory limit is set, every solve stops by the deadline;
    /// - the last-resort watchdog is armed when the control has one, and disarmed before this returns;
    /// - a ``SolverError`` becomes ``ApplicationError/solver(_:)``.
    public static func solvingPhase<T>(
        _ phase: RunPhase, limits: SolveLimits, control: RunControl, base: any MILPSolver = GLPKSolver(),
        _ body: (ResourceGuardedSolver, Deadline) throws(SolverError) -> T
    ) throws(ApplicationError) -> T {
        let deadline = Deadline(after: limits.timeLimit, clock: control.clock)
        let ceiling = ResourceGuardedSolver.ceiling(maxMemoryMiB: limits.maxMemoryMiB)
        let solver = ResourceGuardedSolver(
            base: base, memoryLimitMiB: limits.maxMemoryMiB, ceilingBytes: ceiling.bytes,
            ceilingReason: ceiling.reason, deadline: deadline, timeLimit: limits.timeLimit,
            shouldStop: control.shouldStop)
        let watchdog = control.watchdogFired.map { fire in
            let grace = SolveWatchdog.grace(for: limits.timeLimit)
            return SolveWatchdog(
                deadline: deadline.extended(by: grace), limit: limits.timeLimit + grace,
                shouldStop: control.shouldStop, fire: fire)
        }
        defer { watchdog?.disarm() }
        control.phaseStarted?(phase, deadline)
        do {
            return try body(solver, deadline)
        } catch {
            throw .solver(error)
        }
    }

    /// Plans a scenario's inspection calendar; independent regions are planned separately, `limits.jobs` at a
    /// time, on the phase's one deadline.
    ///
    /// - Parameters:
    ///   - previous: A previous calendar to re-plan from, with `from`: inspections before it are kept exactly.
    public static func planCalendar(
        _ loaded: LoadedScenario, limits: SolveLimits, control: RunControl, base: any MILPSolver = GLPKSolver(),
        previous: [PlannedInspection]? = nil, from: CivilDate? = nil
    ) throws(ApplicationError) -> InspectionPlan {
        try solvingPhase(.calendar, limits: limits, control: control, base: base) {
            solver, deadline throws(SolverError) in
            var options = PlannerOptions(
                deadline: deadline, relativeGap: limits.mipGap.flatMap { $0 > 0 ? $0 : nil },
                progress: control.progress, shouldStop: control.shouldStop, workLimit: limits.workLimit,
                pooledRelativeGap: limits.mipGap == nil ? PlannerOptions.defaultPooledRelativeGap : nil)
            options.workedWeekendDays = loaded.workedWeekendDays
            options.holidaySource = loaded.holidaySource
            if let previous, let from {
                options.previous = previous
                options.replanFrom = from
            }
            return try RegionalPlanner.plan(
                scenario: loaded.scenario, holidays: loaded.holidays.map(\.date), solver: solver, options: options,
                parallel: limits.jobs, regionFinished: control.regionFinished)
        }
    }

    /// Checks staffing, projects headcount and plans the reduction, under the scenario's resolved rule set.
    public static func planStaffing(
        _ loaded: LoadedScenario, limits: SolveLimits, control: RunControl, base: any MILPSolver = GLPKSolver(),
        asOf: CivilDate? = nil, untilYear: Int? = nil
    ) throws(ApplicationError) -> StaffingReport {
        try solvingPhase(.staffing, limits: limits, control: control, base: base) {
            solver, deadline throws(SolverError) in
            var options = SolveOptions(
                timeLimitSeconds: limits.timeLimit, progress: control.progress, shouldStop: control.shouldStop)
            options.deadline = deadline
            return try StaffingAnalysis.run(
                scenario: loaded.scenario, rules: loaded.rules, asOf: asOf, untilYear: untilYear, solver: solver,
                options: options)
        }
    }

    /// Plans both the calendar and the staffing, each as one phase with its own deadline.
    public static func results(
        _ loaded: LoadedScenario, limits: SolveLimits, control: RunControl, base: any MILPSolver = GLPKSolver()
    ) throws(ApplicationError) -> ScenarioResults {
        var plan = try planCalendar(loaded, limits: limits, control: control, base: base)
        let staffing = try planStaffing(loaded, limits: limits, control: control, base: base)
        plan.timings = PlanTimings()
        return ScenarioResults(loaded: loaded, plan: plan, staffing: staffing)
    }

    // MARK: Comparing

    /// What ``compare(_:resultsRoot:fresh:limits:control:base:announce:)`` is doing for one scenario.
    public enum CompareStep: Sendable {
        /// Saved results are reused from this folder.
        case reusing(id: String, folder: URL)
        /// The scenario is being planned.
        case planning(id: String)
    }

    /// Compares scenarios: each one's saved results under `resultsRoot/<id>/` are reused when their inputs are
    /// unchanged (unless `fresh`), otherwise it is planned. Nothing is written.
    public static func compare(
        _ folders: [URL], resultsRoot: URL, fresh: Bool, limits: SolveLimits, control: RunControl,
        base: any MILPSolver = GLPKSolver(), announce: (CompareStep) -> Void = { _ in }
    ) throws(ApplicationError) -> ScenarioComparison {
        var compared: [ComparedScenario] = []
        for folder in folders {
            let loaded = try open(folder)
            let id = loaded.folder.lastPathComponent
            let saved = resultsRoot.appendingPathComponent(id, isDirectory: true)
            let result: ScenarioResults
            if !fresh, let reused = ScenarioResults.saved(in: saved, for: loaded) {
                announce(.reusing(id: id, folder: saved))
                result = reused
            } else {
                announce(.planning(id: id))
                result = try results(loaded, limits: limits, control: control, base: base)
            }
            compared.append(
                ComparedScenario(id: id, scenario: loaded.scenario, plan: result.plan, staffing: result.staffing))
        }
        return ScenarioComparison(compared)
    }

    /// The files `compare --out` writes.
    public static func comparisonFiles(
        _ comparison: ScenarioComparison, language: Language
    ) throws(ApplicationError) -> [ReportFile] {
        let json: String
        do {
            json = try ComparisonJSON.render(comparison)
        } catch {
            throw .encoding("\(error)")
        }
        return [
            ReportFile("comparison.html", ComparisonHTML.render(comparison, language: language)),
            ReportFile("comparison.txt", ComparisonTable.render(comparison, language: language)),
            ReportFile("comparison.json", json + "\n"),
        ]
    }

    // MARK: Report folders

    /// The default report folder of a scenario: `Reports/<scenario folder name>/` under `workingDirectory`.
    public static func defaultReportFolder(for scenarioFolder: URL, in workingDirectory: URL) -> URL {
        workingDirectory.appendingPathComponent("Reports", isDirectory: true)
            .appendingPathComponent(scenarioFolder.lastPathComponent, isDirectory: true)
    }

    /// Opens a report folder for a scenario: never inside the scenario folder, and another scenario's folder only
    /// with `force`. Nothing is written until ``write(_:to:control:)``.
    public static func reportFolder(
        _ url: URL, owner: String, scenarioFolder: URL, force: Bool
    ) throws(ApplicationError) -> ReportDirectory {
        do {
            return try ReportDirectory(url: url, scenarioFolder: scenarioFolder, scenarioID: owner, force: force)
        } catch {
            throw .output(error)
        }
    }

    /// Writes files into a report folder as one atomic step, or nothing when a stop was requested.
    public static func write(
        _ files: [ReportFile], to folder: ReportDirectory, control: RunControl
    ) throws(ApplicationError) {
        if control.shouldStop() { throw .interrupted }
        do {
            try folder.writeAll(data: files.map { (name: $0.name, data: $0.data) })
        } catch {
            throw .output(error)
        }
    }

    // MARK: Synthetic scenarios

    /// Writes a synthetic scenario into `folder` (new, empty, or made by this function when `force`).
    ///
    /// - Parameters:
    ///   - progress: Told of each region generated and each file written (for large scenarios).
    /// - Returns: The scenario written.
    public static func generate(
        _ options: GeneratorOptions, into folder: URL, force: Bool,
        progress: @escaping (GenerateStep) -> Void = { _ in }
    ) throws(ApplicationError) -> Scenario {
        do {
            try ScenarioWriter.prepare(folder: folder, overwrite: force)
            let scenario = try ScenarioGenerator.generate(options) { done, total in
                progress(.region(done: done, total: total))
            }
            let comment = [
                "cchc generate --units \(options.units) --teams \(options.teams) --seed \(options.seed) "
                    + "--regions \(options.regions) --year \(options.year)"
                    + (options.staffPerCommune.map { " --staff-per-commune \($0)" } ?? ""),
                "Synthetic, illustrative data: no real unit, team or person is meant.",
            ]
            _ = try ScenarioWriter.write(scenario, to: folder, overwrite: force, comment: comment) { file in
                progress(.file(file))
            }
            return scenario
        } catch let error as ScenarioWriterError {
            throw .output(.cannotWrite(folder.path, error.description))
        } catch {
            throw .output(.cannotWrite(folder.path, error.localizedDescription))
        }
    }

    /// What ``generate(_:into:force:progress:)`` is doing.
    public enum GenerateStep: Sendable {
        /// A region was generated.
        case region(done: Int, total: Int)
        /// A file is being written.
        case file(String)
    }
}
