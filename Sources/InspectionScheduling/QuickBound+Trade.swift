import ScenarioModel

/// Pairs traded against the month spread, for ``QuickBound``: a commune makes its pairs in the bucket of its own
/// inspection, and the months where it makes the most (the schools' months) need not be those that lack load (the
/// summer, when the schools are closed).
///
/// **Claim.** Fix a non-empty proper subset `T` of the balanced months (`B` the other balanced months). For each
/// commune `c` (the commune-level unit of a bundle) let `k_T(c)` and `k_O(c)` be the most pairs it can make in one
/// bucket of a month of `T`, and of any other month (per bundle: the lesser of its room and its other units with a
/// column there, as in ``QuickBound``), `d_c` its days. The *movable* communes have a column in `T` and
/// `k_O > k_T`; `Λ` is their days, `X0` the days of the other units with a column in `T`. Let
/// `Zc(λ) = Σ_c max(k_T, k_O) − loss(λ)`, `loss(λ)` the least pairs lost (`k_O − k_T` each, shared fractionally, by
/// pairs lost per day) over movable communes of `λ` days, `x(λ) = min(c(T), X0 + λ)`. Then every plan's objective is
/// at most `max over λ ∈ [0, Λ] and W of P(W) − balance·L_T(W, x(λ)) + G(min(Zmax, Zc(λ)))`, with `P`, `c(T)`, `U` and
/// `h_B` as in `QuickBound+Months`, `L_T(W, x) = max(0, h_B(W − U − x) − x/|T|)`, and `G(Z)` the most of
/// `bundling·z − balance·spread(z)/2` over `0 ≤ z ≤ Z` (``QuickBound``'s pairs part).
///
/// **Proof.** Take a plan of load `W` and let `λ` be the days of its movable communes inspected in a month of `T`.
/// Each commune's pairs are made in its own bucket, so at most `k_T(c)` or `k_O(c)` as its month is in `T` or not: the
/// plan has at most `Σ max(k_T, k_O)` less `k_O − k_T` for each movable commune in `T`, which is at least `loss(λ)`:
/// its pairs `z ≤ Zc(λ)`, and `z ≤ Zmax` (``QuickBound``). Its load in `T` is at most `X0 + λ` and at most `c(T)`, so
/// at most `x(λ)`; the month spread is at least `h_B(W − U − y) − y/|T|` for its load `y` in `T`
/// (`QuickBound+Months`), which falls as `y` grows, so it is at least `L_T(W, x(λ))`. Its priorities are at most
/// `P(W)` and its team spread at least `spread(z)/2` (``QuickBound``). So its objective is at most
/// `P(W) − balance·L_T(W, x(λ)) + bundling·z − balance·spread(z)/2 ≤ P(W) − balance·L_T(W, x(λ)) + G(min(Zmax, Zc(λ)))`.
///
/// **Computation.** Over an interval `[a, b]` of `λ`, `x(λ) ≤ x(b)` and `Zc(λ) ≤ Zc(a)`, and `L_T` falls in `x` and
/// `G` rises in `Z`, so `max over W of (P − balance·L_T(W, x(b))) + G(min(Zmax, Zc(a)))` bounds the interval. The
/// intervals (first between the points where the pairs lost per day change) are split, the highest first, until the
/// highest is within 0.001 of a value reached at some `λ`, or after 120 splits; the highest is the bound for `T`. Each
/// such bound holds for every plan, so the least over the sets `T` tried does: the 1, 2, … balanced months with the
/// fewest days of units with a column.
extension QuickBound {
    /// The most pairs each commune can make in one bucket, per month: (commune unit, month, pairs).
    typealias PairSite = (unit: Int, month: Int, most: Int)

    /// The least, over the sets `T` tried, of the bound of the type's comment.
    static func pairsAgainstMonths(
        sites: [PairSite], unitDays: [Int: Double], months: MonthCapacities, knapsack: Knapsack, balance: Double,
        zMax: Double, pairsPart best: (Double) -> Double
    ) -> Double? {
        guard balance > 0, months.balancedBits.count > 1, !sites.isEmpty else { return nil }
        let byDays = months.balancedBits.sorted { (months.unitDays(1 << $0), $0) < (months.unitDays(1 << $1), $1) }
        var sets: [Int] = []
        var prefix = 0
        for p in byDays.dropLast() {
            prefix |= 1 << p
            sets.append(prefix)
        }
        var bound = Double.infinity
        for t in sets {
            bound = min(
                bound,
                tradeBound(
                    t, sites: sites, unitDays: unitDays, months: months, knapsack: knapsack, balance: balance,
                    zMax: zMax, pairsPart: best))
        }
        return bound.isFinite ? bound : nil
    }

    /// The bound of the type's comment for the set `t` (a bit mask over ``MonthCapacities/months``).
    private static func tradeBound(
        _ t: Int, sites: [PairSite], unitDays: [Int: Double], months: MonthCapacities, knapsack: Knapsack,
        balance: Double, zMax: Double, pairsPart best: (Double) -> Double
    ) -> Double {
        var inT: [Int: Int] = [:], outside: [Int: Int] = [:]
        for s in sites {
            let bit = months.position[s.month].map { 1 << $0 } ?? 0
            if bit & t != 0 {
                inT[s.unit] = max(inT[s.unit] ?? 0, s.most)
            } else {
                outside[s.unit] = max(outside[s.unit] ?? 0, s.most)
            }
        }
        var zFull = 0.0
        var movable: [(days: Double, loss: Double, unit: Int)] = []
        for u in Set(inT.keys).union(outside.keys).sorted() {
            let kT = inT[u] ?? 0, kO = outside[u] ?? 0
            zFull += Double(max(kT, kO))
            if months.hasColumn(u, in: t), kO > kT { movable.append((unitDays[u] ?? 0, Double(kO - kT), u)) }
        }
        movable.sort { ($0.loss * $1.days, $0.unit) < ($1.loss * $0.days, $1.unit) }
        let movableUnits = Set(movable.map(\.unit))
        let x0 = months.unitDays(t, excluding: movableUnits, days: unitDays)
        let capT = months.capacity(t)
        let size = Double(t.nonzeroBitCount)
        let others = months.balancedBits.filter { t & (1 << $0) == 0 }.map { months.capacity(1 << $0) }.sorted()
        // The breakpoints of the loss: where the pairs lost per day change.
        var points: [(lambda: Double, loss: Double)] = [(0, 0)]
        for m in movable {
            let last = points[points.count - 1]
            let next = (last.lambda + m.days, last.loss + m.loss)
            if points.count > 1, m.days > 0 {
                let previous = points[points.count - 2]
                let slope = (last.loss - previous.loss) / max(last.lambda - previous.lambda, 1e-12)
                if abs(slope - m.loss / m.days) < 1e-12 {
                    points[points.count - 1] = next
                    continue
                }
            }
            points.append(next)
        }
        func zc(_ lambda: Double) -> Double {
            guard let k = points.firstIndex(where: { $0.lambda >= lambda }) else { return zFull - points.last!.loss }
            guard k > 0 else { return zFull }
            let a = points[k - 1], b = points[k]
            let share = b.lambda > a.lambda ? (lambda - a.lambda) / (b.lambda - a.lambda) : 1
            return zFull - a.loss - share * (b.loss - a.loss)
        }
        func withLoad(_ x: Double) -> Double {
            knapsack.best { w in
                let busiest = level(carrying: w - months.outside - x, caps: others)
                return balance * max(0, busiest - x / size)
            }
        }
        func upper(_ a: Double, _ b: Double) -> Double {
            withLoad(min(capT, x0 + b)) + best(min(zMax, zc(a)))
        }
        var intervals = zip(points, points.dropFirst()).map { ($0.lambda, $1.lambda, upper($0.lambda, $1.lambda)) }
        guard !intervals.isEmpty else { return upper(0, 0) }
        var reached = points.map { upper($0.lambda, $0.lambda) }.max()!
        for _ in 0..<120 {
            let k = intervals.indices.max { intervals[$0].2 < intervals[$1].2 }!
            let (a, b, high) = intervals[k]
            guard high - reached > 1e-3, b - a > 1e-9 else { break }
            let mid = (a + b) / 2
            reached = max(reached, upper(mid, mid))
            intervals[k] = (a, mid, upper(a, mid))
            intervals.append((mid, b, upper(mid, b)))
        }
        return intervals.map(\.2).max()!
    }
}
