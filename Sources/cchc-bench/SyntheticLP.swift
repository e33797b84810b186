import MILP

/// A random but feasible covering LP: minimise Σ c_j x_j subject to Σ_{j ∈ row i} a_ij x_j ≥ b_i,
/// 0 ≤ x_j ≤ u_j. Column j always covers row j mod rows, so every row has entries and the upper bounds
/// (at least 5, coefficients at least 1, right-hand sides at most 50, at least 5 columns per row) keep it feasible.
enum SyntheticLP {
    /// Creates the model with about `nonzeros` matrix entries.
    static func make(nonzeros: Int, perColumn: Int, rowsPerColumn: Double, seed: UInt64) -> MILPModel {
        var rng = BenchRandom(seed: seed)
        let columns = max(1, nonzeros / perColumn)
        let rows = max(1, Int(Double(columns) * rowsPerColumn))
        var rowTerms = [[LinearTerm]](repeating: [], count: rows)
        var m = MILPModel(name: "synthetic_covering_lp")
        m.reserveCapacity(variables: columns, constraints: rows)
        var objective: [LinearTerm] = []
        objective.reserveCapacity(columns)
        var used: [Int] = []
        for j in 0..<columns {
            let x = m.addVariable("x\(j)", lowerBound: 0, upperBound: Double(rng.int(in: 5...20)))
            objective.append(LinearTerm(x, Double(rng.int(in: 10...100))))
            used.removeAll(keepingCapacity: true)
            used.append(j % rows)
            while used.count < min(perColumn, rows) {
                let i = rng.int(in: 0...(rows - 1))
                if !used.contains(i) { used.append(i) }
            }
            for i in used { rowTerms[i].append(LinearTerm(x, Double(rng.int(in: 1...9)))) }
        }
        for (i, terms) in rowTerms.enumerated() {
            m.addConstraint("cover\(i)", terms, .greaterOrEqual(Double(rng.int(in: 10...50))))
        }
        m.objective = Objective(sense: .minimize, terms: objective)
        return m
    }
}

/// SplitMix64, so a seed gives the same model on every machine.
struct BenchRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}
