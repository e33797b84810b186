import MILP

/// The inspection-calendar structure of docs/solver-notes.md §4.2 as a synthetic MILP, plus a greedy plan for it.
///
/// `x[u,b,t] ∈ {0,1}`: unit u inspected in month b by team t. Each unit at most once; per team and month,
/// `Σ h_u x ≤ cap` (effort 1–3 days, capacity 55 % of the total effort spread ±20 %); at least half of the
/// category-A units (25 %) covered. Objective: max `Σ w_u (1 − 0.04 |b − due_u|) x`.
enum SyntheticSchedule {
    /// The model and a feasible greedy plan.
    static func make(units: Int, months: Int, teams: Int, seed: UInt64) -> (MILPModel, [Double]) {
        var rng = BenchRandom(seed: seed)
        let effort = (0..<units).map { _ in Double(rng.int(in: 1...3)) }
        let due = (0..<units).map { _ in rng.int(in: 0...(months - 1)) }
        let isA = (0..<units).map { _ in rng.int(in: 0...99) < 25 }
        let weight = (0..<units).map { isA[$0] ? Double(rng.int(in: 3...5)) : Double(rng.int(in: 1...3)) }
        let meanCap = 0.55 * effort.reduce(0, +) / Double(months * teams)
        var cap = [[Double]](repeating: [], count: teams)
        for t in 0..<teams {
            cap[t] = (0..<months).map { _ in (meanCap * Double(rng.int(in: 80...120)) / 100).rounded() }
        }

        var m = MILPModel(name: "synthetic_schedule")
        m.reserveCapacity(variables: units * months * teams, constraints: units + months * teams + 1)
        var x = [[[VariableID]]]()
        var objective: [LinearTerm] = []
        for u in 0..<units {
            var byMonth: [[VariableID]] = []
            for b in 0..<months {
                byMonth.append((0..<teams).map { t in m.addVariable("x[\(u),\(b),\(t)]", kind: .binary) })
                let value = weight[u] * (1 - 0.04 * Double(abs(b - due[u])))
                objective.append(contentsOf: byMonth[b].map { LinearTerm($0, value) })
            }
            x.append(byMonth)
            m.addConstraint("once[\(u)]", byMonth.flatMap { $0.map { LinearTerm($0) } }, .lessOrEqual(1))
        }
        for t in 0..<teams {
            for b in 0..<months {
                m.addConstraint(
                    "cap[\(t),\(b)]", (0..<units).map { LinearTerm(x[$0][b][t], effort[$0]) }, .lessOrEqual(cap[t][b]))
            }
        }
        let aUnits = (0..<units).filter { isA[$0] }
        let need = (Double(aUnits.count) * 0.5).rounded(.up)
        m.addConstraint(
            "coverA", aUnits.flatMap { u in x[u].flatMap { $0.map { LinearTerm($0) } } }, .greaterOrEqual(need))
        m.objective = Objective(sense: .maximize, terms: objective)

        // Greedy: category A first, then by weight per day; each unit to the free slot closest to its due month.
        var load = [[Double]](repeating: [Double](repeating: 0, count: months), count: teams)
        var start = [Double](repeating: 0, count: m.variables.count)
        let order = (0..<units).sorted {
            (isA[$0] ? 1 : 0, weight[$0] / effort[$0]) > (isA[$1] ? 1 : 0, weight[$1] / effort[$1])
        }
        for u in order {
            let months = (0..<months).sorted { abs($0 - due[u]) < abs($1 - due[u]) }
            search: for b in months {
                for t in 0..<teams where load[t][b] + effort[u] <= cap[t][b] {
                    load[t][b] += effort[u]
                    start[x[u][b][t].index] = 1
                    break search
                }
            }
        }
        return (m, start)
    }
}
