import MILP

/// A small deterministic generator (SplitMix64) so that random test models are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Test models shared by the GLPK test suites.
enum TestModels {
    /// A random multi-dimensional 0-1 knapsack, plus a greedy feasible plan for it. Hard for GLPK with hybrid
    /// pseudo-cost branching and all cuts (it does not finish in a second); the default settings for a model this
    /// small solve the 120-item one in well under a second.
    static func hardKnapsack(items: Int = 120, dimensions: Int = 8, seed: UInt64 = 7) -> (MILPModel, [Double]) {
        var rng = SplitMix64(seed: seed)
        var m = MILPModel(name: "mkp")
        let xs = (0..<items).map { m.addVariable("x\($0)", kind: .binary) }
        var weights: [[Double]] = []
        for d in 0..<dimensions {
            let w = (0..<items).map { _ in Double(Int.random(in: 20...100, using: &rng)) }
            weights.append(w)
            m.addConstraint("dim\(d)", zip(xs, w).map { LinearTerm($0, $1) }, .lessOrEqual(w.reduce(0, +) / 2))
        }
        var values: [Double] = []
        for j in 0..<items {
            let averageWeight: Double = (0..<dimensions).reduce(0.0) { $0 + weights[$1][j] } / Double(dimensions)
            values.append(averageWeight + Double(Int.random(in: 0...30, using: &rng)))
        }
        m.objective = Objective(sense: .maximize, terms: zip(xs, values).map { LinearTerm($0, $1) })
        // Greedy: by value per average weight, take while every dimension fits.
        var start = [Double](repeating: 0, count: items)
        var load = [Double](repeating: 0, count: dimensions)
        let caps = weights.map { $0.reduce(0, +) / 2 }
        let ratio: [Double] = (0..<items).map { j in values[j] / weights.reduce(0.0) { $0 + $1[j] } }
        let order = (0..<items).sorted { ratio[$0] > ratio[$1] }
        for j in order where (0..<dimensions).allSatisfy({ load[$0] + weights[$0][j] <= caps[$0] }) {
            start[j] = 1
            for d in 0..<dimensions { load[d] += weights[d][j] }
        }
        return (m, start)
    }

    /// max 5x + 4y s.t. 6x + 4y <= 24, x + 2y <= 6, x, y >= 0 integer -> 20 (x = 4, y = 0).
    static func tinyMILP(scale: Double = 1) -> MILPModel {
        var m = MILPModel(name: "tiny")
        let x = m.addVariable("x", kind: .integer)
        let y = m.addVariable("y", kind: .integer)
        m.addConstraint("c1", [LinearTerm(x, 6), LinearTerm(y, 4)], .lessOrEqual(24 * scale))
        m.addConstraint("c2", [LinearTerm(x, 1), LinearTerm(y, 2)], .lessOrEqual(6 * scale))
        m.objective = Objective(sense: .maximize, terms: [LinearTerm(x, 5), LinearTerm(y, 4)])
        return m
    }
}
