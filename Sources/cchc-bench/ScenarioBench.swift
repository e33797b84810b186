import ArgumentParser
import CivilCalendar
import Dispatch
import Foundation
import GLPKSolver
import InspectionScheduling
import MILP
import ScenarioFiles
import ScenarioModel

extension CCHCBench {
    /// `cchc-bench scenario DIR`: plans a scenario folder with the real scheduler and prints each phase's time.
    ///
    /// Independent regions (see `Scenario.regionParts()`) are planned separately by `RegionalPlanner`, `--parallel`
    /// at a time, sharing one time budget. The last line is machine-readable (`BENCH key=value …`) for `Scripts/benchmark.sh`.
    struct ScenarioCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scenario",
            abstract: "Plan a scenario folder with the real scheduler; time load, build, solve and write.",
            discussion: """
                Phases: load = ScenarioLoader (read and validate), build = model building and day placement \
                (InspectionPlanner's build time), solve = GLPK, write = the plan as CSV. With independent regions \
                (every team in a region, every target `scope: region`) the regions are planned as separate models, \
                --parallel at a time, and build/solve are summed over the regions (plan-wall is their wall time).
                """
        )

        @Argument(help: "The scenario folder (e.g. one written by `cchc generate`).")
        var scenario: String

        @Option(help: "Total time budget for the solves, in seconds, shared by the regions.")
        var timeLimit = 100.0

        @Option(help: "Relative gap at which each solve stops (0.005 = 0.5 %).")
        var gap = 0.005

        @Option(help: "Regions planned at the same time.")
        var parallel = 2

        @Flag(help: "Plan the whole scenario as one model even when its regions are independent.")
        var noSplit = false

        @Option(help: "Write the whole scenario's model (one model, not split) to this CPLEX LP file, for glpsol.")
        var exportModel: String?

        @Flag(help: "Only export the model (with --export-model); plan nothing.")
        var exportOnly = false

        @Option(help: "Write the plan (unit, team, date, days) to this CSV file (default: a temporary file, removed).")
        var planOut: String?

        @Option(help: "Stop each solve after this many branch-and-bound nodes (the planner's work limit).")
        var workLimit: Int?

        @Flag(help: "Print every solver run (size, starting plan, status, objective, bound, nodes, seconds).")
        var trace = false

        func validate() throws {
            guard timeLimit > 0, parallel >= 1, gap >= 0 else {
                throw ValidationError("Please give a positive --time-limit, --parallel ≥ 1 and --gap ≥ 0.")
            }
            if exportOnly, exportModel == nil { throw ValidationError("--export-only needs --export-model PATH.lp.") }
        }

        func run() throws {
            let clock = BenchClock()
            let folder = URL(fileURLWithPath: scenario).standardizedFileURL
            let loaded = try ScenarioLoader.loadDetailed(folder: folder)
            let load = clock.lap()
            let scenario = loaded.scenario
            let holidays = loaded.holidays.map(\.date)
            print("scenario: \(scenario.name): \(scenario.units.count) units, \(scenario.teams.count) teams")

            var exportSeconds = 0.0
            if let path = exportModel {
                let calendar = WorkingCalendar(scenario: scenario, holidays: holidays)
                let pooled = InspectionPlanner.poolsTeams(scenario, calendar: calendar, requested: nil)
                let model = ScheduleModelBuilder(scenario: scenario, calendar: calendar, poolTeams: pooled).build()
                    .model
                try GLPKSolver.export(model, format: .cplexLP, to: path)
                exportSeconds = clock.lap()
                print(
                    String(
                        format: "exported the whole model to %@ (%d columns, %d rows) in %.2f s",
                        path, model.variables.count, model.constraints.count, exportSeconds))
                if exportOnly { return }
            }

            var options = PlannerOptions(timeLimitSeconds: timeLimit, relativeGap: gap > 0 ? gap : nil)
            options.workLimit = workLimit
            let solver: any MILPSolver = trace ? TracingSolver(base: GLPKSolver(logLevel: .normal)) : GLPKSolver()
            let outcome: RegionalPlanner.Outcome
            if noSplit {
                let plan = try InspectionPlanner.plan(
                    scenario: scenario, holidays: holidays, solver: solver, options: options)
                outcome = RegionalPlanner.Outcome(plan: plan, regions: [], parallel: 1)
            } else {
                outcome = try RegionalPlanner.planRegions(
                    scenario: scenario, holidays: holidays, solver: solver, options: options, parallel: parallel)
            }
            let planWall = clock.lap()
            let summary = outcome.plan
            let parts = max(1, outcome.regions.count)
            if parts > 1 { print("independent regions: \(parts), planned separately, \(outcome.parallel) at a time") }

            let rows = summary.inspections.map {
                [$0.unit, $0.team, $0.date.description, ScenarioWriter.number($0.days)]
            }
            let csv = ScenarioWriter.table(["unit", "team", "date", "days"], rows)
            let out =
                planOut.map { URL(fileURLWithPath: $0) }
                ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                    "cchc-bench-plan-\(UUID().uuidString).csv")
            try Data(csv.utf8).write(to: out)
            if planOut == nil { try? FileManager.default.removeItem(at: out) }
            let write = clock.lap()

            for region in outcome.regions where parts <= 12 {
                let plan = region.plan
                print(
                    String(
                        format: "  %@: %@, objective %@, gap %@, %d columns, build %.2f s, solve %.2f s",
                        region.region, plan.status.rawValue, fmt(plan.objective), pct(plan.gap),
                        plan.model.variables, plan.timings.build, plan.timings.solve))
            }
            print(
                String(
                    format: "model: %d columns (%d binaries, %d integers), %d rows, %d non-zeros, %d solves",
                    summary.model.variables, summary.model.binaries, summary.model.integers, summary.model.constraints,
                    summary.model.nonzeros, summary.model.solves))
            print(
                String(
                    format: "load %.2f s, build %.2f s, solve %.2f s (plan wall %.2f s), write %.2f s, total %.2f s",
                    load, summary.timings.build, summary.timings.solve, planWall, write, load + planWall + write))
            print(
                "status: \(summary.status.rawValue), objective \(fmt(summary.objective)), bound \(fmt(summary.bound)), "
                    + "gap \(pct(summary.gap)), inspections \(rows.count)")
            print(
                [
                    "BENCH", "units=\(scenario.units.count)", "teams=\(scenario.teams.count)", "parts=\(parts)",
                    "columns=\(summary.model.variables)", "binaries=\(summary.model.binaries)",
                    "rows=\(summary.model.constraints)",
                    "nonzeros=\(summary.model.nonzeros)", "solves=\(summary.model.solves)",
                    String(format: "load=%.3f", load), String(format: "build=%.3f", summary.timings.build),
                    String(format: "solve=%.3f", summary.timings.solve), String(format: "planwall=%.3f", planWall),
                    String(format: "write=%.3f", write), String(format: "total=%.3f", load + planWall + write),
                    String(format: "export=%.3f", exportSeconds),
                    "status=\(summary.status.rawValue)", "objective=\(fmt(summary.objective))",
                    "gap=\(pct(summary.gap))",
                    "inspections=\(rows.count)",
                ].joined(separator: " "))
        }

        private func fmt(_ x: Double?) -> String { x.map { String(format: "%.3f", $0) } ?? "-" }
        private func pct(_ x: Double?) -> String { x.map { String(format: "%.3f%%", $0 * 100) } ?? "-" }
    }
}

/// Wall-clock laps.
final class BenchClock {
    private var last = DispatchTime.now().uptimeNanoseconds

    /// Seconds since the previous lap (or creation).
    func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}

/// A solver that prints every run to standard error: the model's size, whether a starting plan was given, the
/// status, objective, bound, nodes and wall seconds, and what the level search did when it ran.
struct TracingSolver: MILPSolver {
    /// The solver that does the work.
    let base: GLPKSolver

    func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
        let start = DispatchTime.now().uptimeNanoseconds
        let (r, timings) = try base.solveMeasured(model, options: options)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let text = String(
            format: "solve: %d columns, %d rows, start %@, %@, objective %@, bound %@, nodes %d, %.3f s\n",
            model.variables.count, model.constraints.count, options.startingSolution == nil ? "no" : "yes",
            "\(r.termination)", r.objective.map { String(format: "%.4f", $0) } ?? "-",
            r.bestBound.map { String(format: "%.4f", $0) } ?? "-", r.nodeCount ?? -1, seconds)
        FileHandle.standardError.write(Data(text.utf8))
        if let level = timings.levelSearch {
            let line = String(
                format: "  level search: %@ after %d level(s), the last at %.4f (%d columns fixed, %d rows narrowed), "
                    + "%d nodes, %d cut rows\n",
                "\(level.outcome)", level.levels, level.level, level.fixedColumns, level.narrowedRows, level.nodes,
                level.cutRows)
            FileHandle.standardError.write(Data(line.utf8))
        }
        if ProcessInfo.processInfo.environment["CCHC_BENCH_GLPK_LOG"] == "1" {
            FileHandle.standardError.write(Data(r.log.utf8))
        }
        return r
    }
}
