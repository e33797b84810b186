import ScenarioModel

/// The priorities traded against the month spread, for ``QuickBound``.
///
/// **Capacity of a set of months** `c(T)`: the most days, by start month, that a plan can inspect in the months of
/// `T`; the lesser of (a) the days of the units with a column in some month of `T` (a unit is inspected at most once),
/// and (b) per team and ISO week, `min(days per week, the team's dates in the week's buckets of T)`, summed, plus the
/// days of the fixed columns there (a fixed inspection may run past its bucket; a free column lies inside its bucket,
/// so its days take that many of the team's dates there). `c_m` is `c({m})`.
///
/// **Claim.** For every plan, `priority·Σ priorities − balance·monthSpread ≤ max over W of (P(W) − balance·L(W))`,
/// where `P(W)` is the fractional knapsack of the units with a column into `W` days and
/// `L(W) = max(0, max over T of (h_B(W − U − c(T)) − c(T)/|T|))`, over the non-empty proper subsets `T` of the
/// balanced months, `B` the other balanced months, `U` the capacity of the months that are not balanced, and `h_B(s)`
/// the least level with `Σ_{m ∈ B} min(c_m, h) ≥ s` (0 for `s ≤ 0`).
///
/// **Proof.** Let a plan inspect units of `W` days in all. Its priorities are a knapsack of those units into `W` days,
/// so at most `P(W)`. The months that are not balanced carry at most `U`, so the balanced ones carry `S ≥ W − U`. Take
/// any `T` and let the plan put `x ≤ c(T)` days in `T`. Its least busy balanced month has at most the average of `T`,
/// `x/|T| ≤ c(T)/|T|`. Its months of `B` carry `S − x ≥ S − c(T)` days, each month `m` at most `c_m`; if the busiest
/// of them had less than `h = h_B(S − c(T))`, they would carry less than `Σ_B min(c_m, h) ≥ S − c(T)`. So the month
/// spread is at least `h_B(W − U − c(T)) − c(T)/|T|` for every `T`, and at least 0: at least `L(W)`. The plan's two
/// terms are then at most `P(W) − balance·L(W)` for its own `W`, hence at most the maximum over `W`.
///
/// `P` is concave and `L` convex (a maximum of non-decreasing convex functions), so `P − balance·L` is concave in `W`
/// and a ternary search finds its maximum (``Knapsack/best(less:)``).
extension QuickBound {
    /// The fractional knapsack of the units with a column, as a function of the load `W`.
    struct Knapsack {
        /// Cumulative days and values of the units, best value per day first (units of no days excluded).
        private var days = [0.0], values = [0.0]
        /// The value of the units of no days, counted at any load.
        private var free = 0.0
        /// The steepest value per day.
        private var steepest = 0.0
        /// The most load.
        let most: Double

        /// The knapsack of `items` (value, days), sorted by value per day, best first, up to `most` days.
        init(_ items: [(value: Double, days: Double)], most: Double) {
            self.most = max(0, most)
            for item in items {
                guard item.days > 0 else {
                    free += item.value
                    continue
                }
                days.append(days[days.count - 1] + item.days)
                values.append(values[values.count - 1] + item.value)
                steepest = max(steepest, item.value / item.days)
            }
        }

        /// The best value of units of at most `w` days.
        func value(_ w: Double) -> Double {
            var lo = 0, hi = days.count - 1
            while lo < hi {  // the last breakpoint at or below `w`
                let mid = (lo + hi + 1) / 2
                if days[mid] <= w { lo = mid } else { hi = mid - 1 }
            }
            guard lo + 1 < days.count else { return free + values[lo] }
            let share = max(0, w - days[lo]) / (days[lo + 1] - days[lo])
            return free + values[lo] + share * (values[lo + 1] - values[lo])
        }

        /// At least the most of `value(W) − cost(W)` over `0 ≤ W ≤ most`, for a convex non-decreasing `cost`: a ternary
        /// search of the concave difference, plus the most it can rise over the last interval (its steepest slope,
        /// the knapsack's, times the width).
        func best(less cost: (Double) -> Double) -> Double {
            func f(_ w: Double) -> Double { value(w) - cost(w) }
            var lo = 0.0, hi = most
            for _ in 0..<100 where hi - lo > 1e-5 {
                let a = lo + (hi - lo) / 3, b = hi - (hi - lo) / 3
                if f(a) < f(b) { lo = a } else { hi = b }
            }
            return max(f(lo), f(hi), f(0), f(most)) + steepest * (hi - lo)
        }
    }

    /// The capacities of sets of the model's months (see the type's comment); sets are bit masks over ``months``.
    struct MonthCapacities {
        /// The months with a bucket, ascending.
        let months: [Int]
        /// The index of each month in ``months``.
        let position: [Int: Int]
        /// The indices of the balanced months.
        let balancedBits: [Int]
        /// The months of each unit with a column.
        private let unitMask: [Int: Int]
        /// The days of the units, by the months they have a column in.
        private let daysByMask: [(mask: Int, days: Double)]
        /// Per team and ISO week: its days per week and its dates per month.
        private let weeks: [(daysPerWeek: Int, dates: [(bit: Int, count: Int)])]
        /// The days of the fixed columns, per month.
        private let fixedDays: [Double]
        /// The capacity of the months that are not balanced (`U`).
        private(set) var outside = 0.0

        init(of sm: ScheduleModel, teams: [Team], unitDays: [Int: Double], balanced: [Int]) {
            months = Set(sm.buckets.map(\.month)).sorted()
            let position = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($0.element, $0.offset) })
            self.position = position
            struct TeamWeek: Hashable { var team: Int; var week: Int }
            var dates: [TeamWeek: [Int: Int]] = [:]
            for (key, n) in sm.teamDates {
                let b = sm.buckets[key.bucket]
                dates[.init(team: key.team, week: b.week), default: [:]][position[b.month]!, default: 0] += n
            }
            weeks = dates.keys.sorted { ($0.team, $0.week) < ($1.team, $1.week) }.map { key in
                (teams[key.team].daysPerWeek, dates[key]!.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
            }
            var unitMask: [Int: Int] = [:]
            var fixedDays = [Double](repeating: 0, count: months.count)
            for cand in sm.candidates {
                let p = position[sm.buckets[cand.bucket].month]!
                unitMask[cand.unit, default: 0] |= 1 << p
                if cand.fixed { fixedDays[p] += cand.days }
            }
            self.unitMask = unitMask
            self.fixedDays = fixedDays
            var byMask: [Int: Double] = [:]
            for (u, mask) in unitMask { byMask[mask, default: 0] += unitDays[u] ?? 0 }
            daysByMask = byMask.keys.sorted().map { ($0, byMask[$0]!) }
            balancedBits = balanced.compactMap { position[$0] }
            let balancedSet = balancedBits.reduce(0) { $0 | (1 << $1) }
            let outsideSet = (0..<months.count).reduce(0) { balancedSet & (1 << $1) != 0 ? $0 : $0 | (1 << $1) }
            outside = outsideSet == 0 ? 0 : capacity(outsideSet)
        }

        /// Whether unit `u` has a column in a month of `set`.
        func hasColumn(_ u: Int, in set: Int) -> Bool { (unitMask[u] ?? 0) & set != 0 }

        /// The days of the units with a column in a month of `set`, but those of `excluded`.
        func unitDays(_ set: Int, excluding excluded: Set<Int> = [], days: [Int: Double] = [:]) -> Double {
            var total = daysByMask.reduce(0.0) { $0 + ($1.mask & set != 0 ? $1.days : 0) }
            for u in excluded where hasColumn(u, in: set) { total -= days[u] ?? 0 }
            return total
        }

        /// `c(set)`.
        func capacity(_ set: Int) -> Double {
            var time = 0.0
            for (p, d) in fixedDays.enumerated() where set & (1 << p) != 0 { time += d }
            for week in weeks {
                let n = week.dates.reduce(0) { $0 + (set & (1 << $1.bit) != 0 ? $1.count : 0) }
                time += Double(min(week.daysPerWeek, n))
            }
            return min(unitDays(set), time)
        }

        /// The most load the months can carry.
        var total: Double { outside + capacity(balancedBits.reduce(0) { $0 | (1 << $1) }) }
    }

    /// The least level `h` with `Σ min(c, h) ≥ s` over the capacities `caps` (ascending); the largest capacity when
    /// they cannot hold `s`, 0 when `s ≤ 0`.
    static func level(carrying s: Double, caps: [Double]) -> Double {
        guard s > 0, let top = caps.last else { return 0 }
        var below = 0.0  // the capacities filled up to themselves
        for (k, c) in caps.enumerated() {
            let h = (s - below) / Double(caps.count - k)
            if h <= c { return h }
            below += c
        }
        return top
    }

    /// The most of `P(W) − balance·L(W)` (see the type's comment). All subsets of the balanced months are tried up to
    /// twelve months, single months beyond.
    static func prioritiesLessMonthSpread(_ knapsack: Knapsack, months: MonthCapacities, balance: Double) -> Double {
        let bits = months.balancedBits
        guard balance > 0, bits.count > 1 else { return knapsack.value(knapsack.most) }
        let single = bits.map { months.capacity(1 << $0) }
        var sets: [(capacity: Double, size: Double, others: [Double])] = []
        let subsets: [[Int]] =
            bits.count <= 12
            ? (1..<(1 << bits.count) - 1).map { s in bits.indices.filter { s & (1 << $0) != 0 } }
            : bits.indices.map { [$0] }
        for t in subsets {
            let inT = Set(t)
            let set = t.reduce(0) { $0 | (1 << bits[$1]) }
            let others = bits.indices.filter { !inT.contains($0) }.map { single[$0] }.sorted()
            sets.append((months.capacity(set), Double(t.count), others))
        }
        return knapsack.best { w in
            var spread = 0.0
            for t in sets {
                let busiest = level(carrying: w - months.outside - t.capacity, caps: t.others)
                spread = max(spread, busiest - t.capacity / t.size)
            }
            return balance * spread
        }
    }
}
