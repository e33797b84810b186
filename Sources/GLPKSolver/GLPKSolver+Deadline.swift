import CGLPKShim
import Foundation
import MILP

extension GLPKSolver {
    /// The result of a solve whose GLPK thread did not return by the time limit plus the grace.
    ///
    /// Called after the stop was requested. The point is the last incumbent the callback copied (only kept while the
    /// search runs on the original problem, i.e. presolve off, which is always the case with a starting solution),
    /// else the feasible starting solution, else none.
    static func abandonedResult(
        model: MILPModel, monitor: OpaquePointer, isMIP: Bool, warmStart: [Double]?, timeLimit: Double
    ) -> SolveResult {
        var snapshot = cglpk_snapshot()
        cglpk_monitor_read(monitor, &snapshot)
        let grace = returnGrace(forTimeLimit: timeLimit)
        var lines = [
            "GLPK did not return within the time limit of \(seconds(timeLimit)) s plus the grace of \(seconds(grace)) s; "
                + "its thread was told to stop and is left to finish on its own"
        ]
        var point: [Double]?
        if isMIP {
            var values = [Double](repeating: 0, count: model.variables.count)
            var objective = 0.0
            let copied = values.withUnsafeMutableBufferPointer { buffer in
                cglpk_monitor_take_incumbent(monitor, buffer.baseAddress, Int32(buffer.count), &objective)
            }
            if copied != 0 {
                point = values
                lines.append("returning GLPK's last incumbent")
            }
        }
        if point == nil, let warmStart {
            point = warmStart
            lines.append("returning the starting solution (GLPK had no better incumbent)")
        }
        if point == nil {
            if snapshot.has_incumbent != 0 {
                lines.append(
                    "GLPK had an incumbent (objective \(snapshot.incumbent)) on its presolved problem, which cannot be "
                        + "mapped back to the model's variables while it runs; no feasible point can be returned")
            } else {
                lines.append("no feasible point was found in time")
            }
        }
        let objective = point.map { model.objectiveValue(at: $0) }
        let bound: Double? = isMIP && snapshot.has_bound != 0 ? snapshot.bound : nil
        var gap: Double?
        if let objective, let bound { gap = SolveResult.gap(objective: objective, bound: bound) }
        return SolveResult(
            termination: point == nil ? .noFeasiblePointFound : .timeLimit, hasFeasiblePoint: point != nil,
            objective: objective, bestBound: bound, relativeGap: gap, values: point ?? [],
            nodeCount: isMIP ? Int(snapshot.nodes) : nil, log: lines.joined(separator: "\n") + "\n")
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}
