import MILP
import ScenarioModel

extension GreedyStart {
    /// The local search of the greedy point: moves single inspections to other columns, and whole trips to another
    /// bucket of their team, while the model objective improves (month and team spread, bundling links; priorities do
    /// not change).
    struct LocalSearch {
        /// The point being improved.
        private(set) var draft: Draft
        /// The objective's weights.
        private let weights: ObjectiveWeights
        /// The bundles each column belongs to.
        private let bundlesOf: [Int: [Int]]
        /// The free columns by team group and bucket, then unit.
        private let columnAt: [ScheduleModel.TeamBucket: [Int: Int]]
        /// The chosen column of each placed unit.
        private var chosenOf: [Int: Int] = [:]
        /// The moves evaluated so far.
        private var evaluations = 0
        /// The most moves evaluated; keeps the warm start to a fraction of a second on large instances.
        private let evaluationBudget = 300_000
        /// The most rounds over all inspections.
        private let roundLimit = 400

        init(_ draft: Draft) {
            self.draft = draft
            let sm = draft.sm
            weights = draft.scenario.inspection.objective
            var bundlesOf: [Int: [Int]] = [:]
            for (i, b) in sm.bundles.enumerated() { for c in b.members { bundlesOf[c, default: []].append(i) } }
            self.bundlesOf = bundlesOf
            for (c, cand) in sm.candidates.enumerated() where draft.x[cand.variable.index] > 0.5 {
                chosenOf[cand.unit] = c
            }
            var columnAt: [ScheduleModel.TeamBucket: [Int: Int]] = [:]
            for (c, cand) in sm.candidates.enumerated() where !cand.fixed {
                columnAt[.init(team: cand.team, bucket: cand.bucket), default: [:]][cand.unit] = c
            }
            self.columnAt = columnAt
        }

        /// Rounds of moves until none improves, or the round or evaluation budget is spent: first each inspection
        /// not on a trip (trips stay as built, paced to the average load; the other inspections even the loads out),
        /// then each trip.
        mutating func run() {
            var improved = true
            var rounds = 0
            while improved && rounds < roundLimit && evaluations < evaluationBudget {
                improved = false
                rounds += 1
                for u in chosenOf.keys.sorted() {
                    let from = chosenOf[u]!
                    guard !draft.sm.candidates[from].fixed, !draft.tripPlaced.contains(u) else { continue }
                    if let to = bestMove(of: u, from: from) {
                        apply(from, to)
                        improved = true
                    }
                }
                for k in draft.trips.indices where evaluations < evaluationBudget {
                    guard let targets = bestTripMove(k) else { continue }
                    for (a, b) in zip(draft.trips[k], targets) { apply(a, b) }
                    draft.trips[k] = targets
                    improved = true
                }
            }
        }

        /// The links of bundle `i` in the current point (at most its room).
        private func links(_ i: Int) -> Double {
            let sm = draft.sm, x = draft.x
            let b = sm.bundles[i]
            let k = b.members.reduce(0.0) { $0 + x[sm.candidates[$1].variable.index] }
            let links = x[sm.candidates[b.anchor].variable.index] > 0.5 ? k - 1 : 0
            return b.room.map { min(links, $0) } ?? links
        }

        /// The spread term of the objective, and Σ load² (weighted) to break its ties.
        private func spreadCost() -> (cost: Double, tieBreak: Double) {
            guard weights.balance > 0, let sp = draft.sm.spread else { return (0, 0) }
            var cost = 0.0
            // Σ load² breaks ties: with equal spreads, a more even spread of loads is one step closer to a smaller one.
            var squares = 0.0
            if sp.tMax != nil {
                let l = sp.teams.map { draft.teamLoad[$0] ?? 0 }
                cost += (l.max() ?? 0) - (l.min() ?? 0)
                squares += l.reduce(0) { $0 + $1 * $1 }
            }
            if sp.mMax != nil {
                let l = draft.sm.balancedMonths.map { draft.monthLoad[$0] ?? 0 }
                cost += (l.max() ?? 0) - (l.min() ?? 0)
                squares += l.reduce(0) { $0 + $1 * $1 }
            }
            return (weights.balance * cost, weights.balance * 1e-4 * squares)
        }

        /// Moves an inspection from column `from` to column `to`, with its load.
        private mutating func apply(_ from: Int, _ to: Int) {
            let a = draft.sm.candidates[from], b = draft.sm.candidates[to]
            draft.x[a.variable.index] = 0
            draft.x[b.variable.index] = 1
            draft.used[.init(team: a.team, bucket: a.bucket), default: 0] -= Int((2 * a.days).rounded())
            draft.used[.init(team: b.team, bucket: b.bucket), default: 0] += Int((2 * b.days).rounded())
            draft.teamLoad[a.team, default: 0] -= a.days
            draft.teamLoad[b.team, default: 0] += b.days
            draft.monthLoad[draft.sm.buckets[a.bucket].month, default: 0] -= a.days
            draft.monthLoad[draft.sm.buckets[b.bucket].month, default: 0] += b.days
            chosenOf[b.unit] = to
        }

        /// Evaluates a tried move: its gain in the objective (`real`) and with the tie-break (`gain`), and whether it
        /// is accepted. A move must improve the objective, or leave it and the links as they are and even out the
        /// loads (the tie-break must not trade a commune's trip for evener loads at the same score).
        private func judge(
            before: (cost: Double, tieBreak: Double), after: (cost: Double, tieBreak: Double), linkGain: Double
        ) -> (gain: Double, accepted: Bool) {
            let real = (before.cost - after.cost) + linkGain
            let gain = real + (before.tieBreak - after.tieBreak)
            return (gain, real > 1e-9 || (real > -1e-9 && linkGain > -1e-9 && gain > 1e-9))
        }

        /// The best improving column for unit `u`, now in column `from`, if any.
        private mutating func bestMove(of u: Int, from: Int) -> Int? {
            let sm = draft.sm
            let before = spreadCost()
            let touchedBefore = bundlesOf[from] ?? []
            var best: (to: Int, gain: Double)?
            for to in draft.byUnit[u]! where to != from {
                // Free the current column, test the new one.
                let a = sm.candidates[from]
                draft.used[.init(team: a.team, bucket: a.bucket), default: 0] -= Int((2 * a.days).rounded())
                let ok = draft.fits(to)
                draft.used[.init(team: a.team, bucket: a.bucket), default: 0] += Int((2 * a.days).rounded())
                guard ok else { continue }
                evaluations += 1
                let touched = Set(touchedBefore + (bundlesOf[to] ?? []))
                let linksBefore = touched.reduce(0.0) { $0 + links($1) }
                apply(from, to)
                let after = spreadCost()
                let linkGain = weights.bundling * (touched.reduce(0.0) { $0 + links($1) } - linksBefore)
                apply(to, from)
                let verdict = judge(before: before, after: after, linkGain: linkGain)
                if verdict.accepted, verdict.gain > (best?.gain ?? 0) { best = (to, verdict.gain) }
            }
            return best?.to
        }

        /// The best improving move of trip `k` to another bucket of its team, if any: the trip's columns there.
        private mutating func bestTripMove(_ k: Int) -> [Int]? {
            let sm = draft.sm
            let trip = draft.trips[k]
            let anchor = sm.candidates[trip[0]]
            var best: (targets: [Int], gain: Double)?
            for to in draft.byUnit[anchor.unit]!
            where sm.candidates[to].team == anchor.team && sm.candidates[to].bucket != anchor.bucket {
                guard let row = columnAt[.init(team: anchor.team, bucket: sm.candidates[to].bucket)] else { continue }
                let targets = trip.compactMap { row[sm.candidates[$0].unit] }
                guard targets.count == trip.count, tripFits(trip, into: targets) else { continue }
                evaluations += 1
                let before = spreadCost()
                let touched = Set((trip + targets).flatMap { bundlesOf[$0] ?? [] })
                let linksBefore = touched.reduce(0.0) { $0 + links($1) }
                for (a, b) in zip(trip, targets) { apply(a, b) }
                let after = spreadCost()
                let linkGain = weights.bundling * (touched.reduce(0.0) { $0 + links($1) } - linksBefore)
                for (a, b) in zip(trip, targets) { apply(b, a) }
                let verdict = judge(before: before, after: after, linkGain: linkGain)
                if verdict.accepted, verdict.gain > (best?.gain ?? 0) { best = (targets, verdict.gain) }
            }
            return best?.targets
        }

        /// Whether the columns `targets` fit, one by one, in their bucket once the trip's columns are freed.
        private mutating func tripFits(_ trip: [Int], into targets: [Int]) -> Bool {
            let sm = draft.sm
            let team = sm.candidates[trip[0]].team, from = sm.candidates[trip[0]].bucket
            for c in trip { draft.used[.init(team: team, bucket: from), default: 0] -= draft.halfDays(c) }
            var fitted: [Int] = []
            for t in targets {
                guard draft.fits(t) else { break }
                draft.used[.init(team: team, bucket: sm.candidates[t].bucket), default: 0] += draft.halfDays(t)
                fitted.append(t)
            }
            for t in fitted {
                draft.used[.init(team: team, bucket: sm.candidates[t].bucket), default: 0] -= draft.halfDays(t)
            }
            for c in trip { draft.used[.init(team: team, bucket: from), default: 0] += draft.halfDays(c) }
            return fitted.count == targets.count
        }
    }
}
