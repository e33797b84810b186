import ArgumentParser
import Foundation
import GLPKSolver
import MILP

extension CCHCBench {
    /// `cchc-bench schedule`: the inspection-calendar structure, warm-started with a greedy plan.
    struct Schedule: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Solve a synthetic inspection calendar (units x months x teams) with a greedy warm start."
        )

        @Option(help: "Number of units to inspect.")
        var units = 500
        @Option(help: "Number of months.")
        var months = 12
        @Option(help: "Number of inspection teams.")
        var teams = 6
        @Option(help: "Random seed.")
        var seed: UInt64 = 1
        @Option(help: "Time limit in seconds.")
        var timeLimit = 30.0
        @Option(help: "Relative gap at which to stop (0.005 = 0.5 %).")
        var gap = 0.005
        @Flag(help: "Solve cold (no greedy starting solution).")
        var cold = false
        @Flag(help: "Branch with Driebeck-Tomlin instead of hybrid pseudo-cost.")
        var dth = false
        @Flag(help: "Generate no cuts.")
        var noCuts = false
        @Option(help: "Also write the model to this CPLEX LP file.")
        var exportLP: String?

        func validate() throws {
            guard units >= 1, months >= 1, teams >= 1 else { throw ValidationError("Please give positive sizes.") }
            guard timeLimit > 0 else { throw ValidationError("Please give a positive --time-limit.") }
        }

        func run() throws {
            let t0 = Date()
            let (model, greedy) = SyntheticSchedule.make(units: units, months: months, teams: teams, seed: seed)
            let build = Date().timeIntervalSince(t0)
            print(
                "model: \(model.variables.count) binaries, \(model.constraints.count) rows, \(model.nonzeroCount) non-zeros"
            )
            print("greedy plan objective: \(String(format: "%.2f", model.objectiveValue(at: greedy)))")
            if let path = exportLP { try GLPKSolver.export(model, format: .cplexLP, to: path) }
            let options = SolveOptions(
                timeLimitSeconds: timeLimit, relativeGap: gap, startingSolution: cold ? nil : greedy,
                progress: { p in
                    let inc = p.incumbent.map { String(format: "%.2f", $0) } ?? "-"
                    let bnd = p.bound.map { String(format: "%.2f", $0) } ?? "-"
                    let g = p.gap.map { String(format: "%.3f %%", $0 * 100) } ?? "-"
                    print(String(format: "  %6.2f s  incumbent %@  bound %@  gap %@", p.elapsedSeconds, inc, bnd, g))
                }
            )
            let solver = GLPKSolver(branching: dth ? .driebeckTomlin : .hybridPseudoCost, cuts: noCuts ? [] : .all)
            let (r, t) = try solver.solveMeasured(model, options: options)
            print(
                String(
                    format: "build %.3f s, validate %.3f s, arrays %.3f s, load %.3f s, solve %.3f s",
                    build, t.validate, t.arrays, t.load, t.solve))
            let gapText = r.relativeGap.map { String(format: "%.3f %%", $0 * 100) } ?? "-"
            print(
                "status: \(r.termination), objective: \(r.objective.map { String(format: "%.2f", $0) } ?? "none"), "
                    + "bound: \(r.bestBound.map { String(format: "%.2f", $0) } ?? "-"), gap: \(gapText), nodes: \(r.nodeCount ?? 0)"
            )
        }
    }
}
