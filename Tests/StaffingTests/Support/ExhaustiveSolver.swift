import MILP

/// A brute-force solver for tiny reduction models: it enumerates every 0/1 assignment of the binaries and sets each
/// continuous variable (a slack with coefficient −1 in one ≤ row and a positive cost) to the least value that row needs.
struct ExhaustiveSolver: MILPSolver {
    func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
        let binaries = model.variables.indices.filter { model.variables[$0].kind != .continuous }
        guard binaries.count <= 20 else { throw .tooLarge("\(binaries.count) binaries") }
        let continuous = model.variables.indices.filter { model.variables[$0].kind == .continuous }
        var best: (Double, [Double])?
        for mask in 0..<(1 << binaries.count) {
            var values = [Double](repeating: 0, count: model.variables.count)
            for (bit, index) in binaries.enumerated() where mask & (1 << bit) != 0 { values[index] = 1 }
            for s in continuous {
                for c in model.constraints {
                    guard let term = c.terms.first(where: { $0.variable.index == s }), let ub = c.bounds.upper else {
                        continue
                    }
                    let others = c.terms.filter { $0.variable.index != s }.reduce(0) {
                        $0 + $1.coefficient * values[$1.variable.index]
                    }
                    values[s] = max(values[s], (others - ub) / -term.coefficient)
                }
            }
            guard model.violations(at: values).isEmpty else { continue }
            let objective = model.objectiveValue(at: values)
            if best == nil || objective < best!.0 - 1e-9 { best = (objective, values) }
        }
        guard let (objective, values) = best else {
            return SolveResult(termination: .infeasible, hasFeasiblePoint: false)
        }
        return SolveResult(
            termination: .optimal, hasFeasiblePoint: true, objective: objective, bestBound: objective, relativeGap: 0,
            values: values)
    }
}
