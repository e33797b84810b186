import ArgumentParser
import Foundation
import GLPKSolver
import MILP

extension CCHCBench {
    /// `cchc-bench lp`: a synthetic sparse covering LP through the whole GLPK path, timed per phase.
    struct LP: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time build, validate+arrays, GLPK load and LP solve on a synthetic sparse covering LP."
        )

        @Option(help: "Approximate number of non-zeros in the constraint matrix.")
        var nonzeros = 1_000_000
        @Option(help: "Non-zeros per column.")
        var perColumn = 10
        @Option(help: "Rows per column (0.005 = one row for every 200 columns; more rows make the LP much harder).")
        var rowsPerColumn = 0.005
        @Option(help: "Random seed.")
        var seed: UInt64 = 1
        @Option(help: "Time limit for the LP solve in seconds.")
        var timeLimit = 120.0
        @Flag(help: "Use the primal simplex instead of the dual simplex.")
        var primal = false

        func validate() throws {
            guard nonzeros >= 10, nonzeros < Int(Int32.max) else {
                throw ValidationError("Please give --nonzeros between 10 and \(Int32.max - 1).")
            }
            guard perColumn >= 1 else { throw ValidationError("Please give --per-column of at least 1.") }
            guard rowsPerColumn > 0 else { throw ValidationError("Please give a positive --rows-per-column.") }
            guard timeLimit > 0 else { throw ValidationError("Please give a positive --time-limit.") }
        }

        func run() throws {
            let t0 = Date()
            let model = SyntheticLP.make(
                nonzeros: nonzeros, perColumn: perColumn, rowsPerColumn: rowsPerColumn, seed: seed)
            let build = Date().timeIntervalSince(t0)
            print(
                "model: \(model.variables.count) columns, \(model.constraints.count) rows, \(model.nonzeroCount) non-zeros"
            )
            let solver = GLPKSolver(useDualSimplex: !primal)
            let (result, t) = try solver.solveMeasured(model, options: SolveOptions(timeLimitSeconds: timeLimit))
            func s(_ x: Double) -> String { String(format: "%8.3f s", x) }
            print("build (Swift model)        \(s(build))")
            print("validate (Swift)           \(s(t.validate))")
            print("arrays (Swift)             \(s(t.arrays))")
            print("load (GLPK)                \(s(t.load))")
            print("LP solve (GLPK)            \(s(t.solve))")
            let swiftSide = build + t.validate + t.arrays + t.load
            let verdict = swiftSide < t.solve ? "goal met" : "goal NOT met"
            print("build..load total          \(s(swiftSide))  vs LP solve \(s(t.solve)): \(verdict)")
            print("status: \(result.termination), objective: \(result.objective.map { String($0) } ?? "none")")
        }
    }
}
