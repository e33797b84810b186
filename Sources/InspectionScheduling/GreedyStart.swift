import MILP
import ScenarioModel

/// A greedy plan for the aggregated model, used as the solver's starting solution.
///
/// Fixed inspections first, then must-inspect units, then units counted by a target, then the rest, each in order of
/// priority per day; each unit goes to the column with free capacity whose team and month carry the least load so
/// far. Slacks absorb whatever it cannot place, so the point satisfies every row except, possibly, placement cuts;
/// ``values(for:scenario:)`` returns `nil` when the point is not feasible for the model.
public enum GreedyStart {
    /// The greedy point, or `nil` when it violates a row of the model (e.g. a cut).
    public static func values(for sm: ScheduleModel, scenario: Scenario) -> [Double]? {
        guard sm.extraCapacity.isEmpty else { return nil }
        let units = scenario.units
        var x = [Double](repeating: 0, count: sm.model.variables.count)
        var used: [ScheduleModel.TeamBucket: Int] = [:]
        var teamLoad: [Int: Double] = [:]
        var monthLoad: [Int: Double] = [:]
        var byUnit: [Int: [Int]] = [:]
        for (c, cand) in sm.candidates.enumerated() { byUnit[cand.unit, default: []].append(c) }
        let mustUnits = Set(sm.mustSlacks.map(\.unit))
        let targetUnits = Set(sm.targetGroups.filter { $0.required > 0 }.flatMap(\.units))
        let fixedUnits = Set(sm.candidates.filter(\.fixed).map(\.unit))
        func rank(_ u: Int) -> Int {
            fixedUnits.contains(u) ? 0 : mustUnits.contains(u) ? 1 : targetUnits.contains(u) ? 2 : 3
        }
        let order = byUnit.keys.sorted { a, b in
            let ra = rank(a), rb = rank(b)
            if ra != rb { return ra < rb }
            let da = units[a].priority / ScheduleRules.duration(of: units[a], in: scenario)
            let db = units[b].priority / ScheduleRules.duration(of: units[b], in: scenario)
            if da != db { return da > db }
            return a < b
        }
        func fits(_ c: Int) -> Bool {
            let cand = sm.candidates[c]
            let key = ScheduleModel.TeamBucket(team: cand.team, bucket: cand.bucket)
            let h = Int((2 * cand.days).rounded())
            guard let limit = sm.slotLimit[key], (used[key] ?? 0) + h <= limit else { return false }
            let week = sm.buckets[cand.bucket].week
            if let wl = sm.splitWeekLimit[.init(team: cand.team, week: week)] {
                var dates = 0
                for (k, v) in used where k.team == cand.team && sm.buckets[k.bucket].week == week && k.bucket != cand.bucket {
                    dates += (v + 1) / 2
                }
                dates += ((used[key] ?? 0) + h + 1) / 2
                if dates > wl { return false }
            }
            return true
        }
        // Keep communes together: after a commune-level unit, try its own units in the same team and bucket first.
        var placedAt: [String: (team: Int, bucket: Int)] = [:]
        var members: [String: [Int]] = [:]
        for u in order where !units[u].kind.isCommuneLevel {
            if let k = ScheduleRules.communeKey(of: units[u]) { members[k, default: []].append(u) }
        }
        var sequence: [Int] = []
        var queued = Set<Int>()
        for u in order where !queued.contains(u) {
            sequence.append(u)
            queued.insert(u)
            if units[u].kind.isCommuneLevel, rank(u) >= 2 {
                for v in members[units[u].code] ?? [] where !queued.contains(v) && rank(v) >= 2 {
                    sequence.append(v)
                    queued.insert(v)
                }
            }
        }
        // Trips first (per-team models with bundling, when every unit fits the teams' capacity, so no priority is
        // given up): week by week, each team that can visit units beside a commune (two or more dates) takes the
        // commune with the most such units, paced so that its load stays near the average load.
        var tripPlaced = Set<Int>()
        var trips: [[Int]] = []  // candidates of each trip, its commune first
        let w0 = scenario.inspection.objective
        let demand = byUnit.keys.reduce(0.0) { $0 + ScheduleRules.duration(of: units[$1], in: scenario) }
        if !sm.isPooled, w0.bundling > 0, !sm.bundles.isEmpty, !sm.activeTeams.isEmpty,
           demand <= QuickBound.capacityDays(of: sm, teams: scenario.teams) {
            let average = demand / Double(sm.activeTeams.count)
            var byTeamBucket: [ScheduleModel.TeamBucket: [Int]] = [:]
            for (i, b) in sm.bundles.enumerated() {
                let a = sm.candidates[b.anchor]
                byTeamBucket[.init(team: a.team, bucket: a.bucket), default: []].append(i)
            }
            func take(_ c: Int) {
                let cand = sm.candidates[c]
                x[cand.variable.index] = 1
                used[.init(team: cand.team, bucket: cand.bucket), default: 0] += Int((2 * cand.days).rounded())
                teamLoad[cand.team, default: 0] += cand.days
                monthLoad[sm.buckets[cand.bucket].month, default: 0] += cand.days
                tripPlaced.insert(cand.unit)
            }
            func release(_ c: Int) {
                let cand = sm.candidates[c]
                x[cand.variable.index] = 0
                used[.init(team: cand.team, bucket: cand.bucket), default: 0] -= Int((2 * cand.days).rounded())
                teamLoad[cand.team, default: 0] -= cand.days
                monthLoad[sm.buckets[cand.bucket].month, default: 0] -= cand.days
                tripPlaced.remove(cand.unit)
            }
            for b in sm.buckets.indices {
                let pace = average * Double(b + 1) / Double(sm.buckets.count)
                for t in sm.activeTeams {
                    let key = ScheduleModel.TeamBucket(team: t, bucket: b)
                    guard (used[key] ?? 0) == 0, let ids = byTeamBucket[key], (teamLoad[t] ?? 0) < pace else { continue }
                    // The trip with the most units beside its commune (then the higher priorities), as far as they fit.
                    var best: (trip: [Int], key: (Int, Double, Int))?
                    for i in ids {
                        let bundle = sm.bundles[i]
                        guard !tripPlaced.contains(sm.candidates[bundle.anchor].unit), fits(bundle.anchor) else { continue }
                        take(bundle.anchor)
                        var trip = [bundle.anchor]
                        let others = bundle.members.filter { $0 != bundle.anchor && !tripPlaced.contains(sm.candidates[$0].unit) }
                            .sorted { (sm.candidates[$0].days, $0) < (sm.candidates[$1].days, $1) }
                        for o in others where trip.count - 1 < (bundle.room.map { Int(($0 / max(2 * sm.candidates[o].days, 1e-9)).rounded(.down)) } ?? .max) {
                            if fits(o) {
                                take(o)
                                trip.append(o)
                            }
                        }
                        let score = (trip.count - 1, trip.reduce(0.0) { $0 + units[sm.candidates[$1].unit].priority }, -i)
                        for c in trip.reversed() { release(c) }
                        if trip.count > 1, best.map({ score > $0.key }) ?? true { best = (trip, score) }
                    }
                    if let best {
                        for c in best.trip { take(c) }
                        trips.append(best.trip)
                        placedAt[units[sm.candidates[best.trip[0]].unit].code] = (t, b)
                    }
                }
            }
        }
        for u in sequence where !tripPlaced.contains(u) {
            let cols = byUnit[u]!
            if let k = ScheduleRules.communeKey(of: units[u]), let at = placedAt[k],
               let c = cols.first(where: { sm.candidates[$0].team == at.team && sm.candidates[$0].bucket == at.bucket }), fits(c) {
                let cand = sm.candidates[c]
                x[cand.variable.index] = 1
                used[.init(team: cand.team, bucket: cand.bucket), default: 0] += Int((2 * cand.days).rounded())
                teamLoad[cand.team, default: 0] += cand.days
                monthLoad[sm.buckets[cand.bucket].month, default: 0] += cand.days
                continue
            }
            // For a commune-level unit, prefer the team-bucket that can also take the rest of its commune.
            let cluster = units[u].kind.isCommuneLevel ? (members[units[u].code] ?? []).filter { rank($0) >= 2 } : []
            func clusterMisses(_ c: Int) -> Int {
                guard !cluster.isEmpty else { return 0 }
                let cand = sm.candidates[c]
                let key = ScheduleModel.TeamBucket(team: cand.team, bucket: cand.bucket)
                var free = (sm.slotLimit[key] ?? 0) - (used[key] ?? 0) - Int((2 * cand.days).rounded())
                var misses = 0
                for v in cluster {
                    let h = Int((2 * ScheduleRules.duration(of: units[v], in: scenario)).rounded())
                    if byUnit[v]?.contains(where: { sm.candidates[$0].team == cand.team && sm.candidates[$0].bucket == cand.bucket }) == true, free >= h {
                        free -= h
                    } else {
                        misses += 1
                    }
                }
                return misses
            }
            let choice = cols.filter(fits).min { a, b in
                let ca = sm.candidates[a], cb = sm.candidates[b]
                let ka = (ca.fixed ? 0 : 1, clusterMisses(a), monthLoad[sm.buckets[ca.bucket].month] ?? 0, teamLoad[ca.team] ?? 0, ca.bucket)
                let kb = (cb.fixed ? 0 : 1, clusterMisses(b), monthLoad[sm.buckets[cb.bucket].month] ?? 0, teamLoad[cb.team] ?? 0, cb.bucket)
                return ka < kb || (ka == kb && ca.team < cb.team)
            }
            guard let c = choice else { continue }
            let cand = sm.candidates[c]
            x[cand.variable.index] = 1
            used[.init(team: cand.team, bucket: cand.bucket), default: 0] += Int((2 * cand.days).rounded())
            teamLoad[cand.team, default: 0] += cand.days
            monthLoad[sm.buckets[cand.bucket].month, default: 0] += cand.days
            if units[u].kind.isCommuneLevel { placedAt[units[u].code] = (cand.team, cand.bucket) }
        }
        // Local search: move single inspections to other columns while the model objective improves
        // (month and team spread, bundling links; priorities do not change).
        let w = scenario.inspection.objective
        var bundlesOf: [Int: [Int]] = [:]
        for (i, b) in sm.bundles.enumerated() { for c in b.members { bundlesOf[c, default: []].append(i) } }
        func links(_ i: Int) -> Double {
            let b = sm.bundles[i]
            let k = b.members.reduce(0.0) { $0 + x[sm.candidates[$1].variable.index] }
            let links = x[sm.candidates[b.anchor].variable.index] > 0.5 ? k - 1 : 0
            return b.room.map { min(links, $0) } ?? links
        }
        /// The spread term of the objective, and Σ load² (weighted) to break its ties.
        func spreadCost() -> (cost: Double, tieBreak: Double) {
            guard w.balance > 0, let sp = sm.spread else { return (0, 0) }
            var cost = 0.0
            // Σ load² breaks ties: with equal spreads, a more even spread of loads is one step closer to a smaller one.
            var squares = 0.0
            if sp.tMax != nil {
                let l = sp.teams.map { teamLoad[$0] ?? 0 }
                cost += (l.max() ?? 0) - (l.min() ?? 0)
                squares += l.reduce(0) { $0 + $1 * $1 }
            }
            if sp.mMax != nil {
                let l = sm.balancedMonths.map { monthLoad[$0] ?? 0 }
                cost += (l.max() ?? 0) - (l.min() ?? 0)
                squares += l.reduce(0) { $0 + $1 * $1 }
            }
            return (w.balance * cost, w.balance * 1e-4 * squares)
        }
        var chosenOf: [Int: Int] = [:]
        for (c, cand) in sm.candidates.enumerated() where x[cand.variable.index] > 0.5 { chosenOf[cand.unit] = c }
        func apply(_ from: Int, _ to: Int) {
            let a = sm.candidates[from], b = sm.candidates[to]
            x[a.variable.index] = 0
            x[b.variable.index] = 1
            used[.init(team: a.team, bucket: a.bucket), default: 0] -= Int((2 * a.days).rounded())
            used[.init(team: b.team, bucket: b.bucket), default: 0] += Int((2 * b.days).rounded())
            teamLoad[a.team, default: 0] -= a.days
            teamLoad[b.team, default: 0] += b.days
            monthLoad[sm.buckets[a.bucket].month, default: 0] -= a.days
            monthLoad[sm.buckets[b.bucket].month, default: 0] += b.days
            chosenOf[b.unit] = to
        }
        var improved = true
        var rounds = 0
        var evaluations = 0
        // Whole trips move together to another bucket of their team, which evens out the months without losing pairs.
        var columnAt: [ScheduleModel.TeamBucket: [Int: Int]] = [:]  // (team, bucket) -> unit -> candidate
        for (c, cand) in sm.candidates.enumerated() where !cand.fixed {
            columnAt[.init(team: cand.team, bucket: cand.bucket), default: [:]][cand.unit] = c
        }
        func halfDays(_ c: Int) -> Int { Int((2 * sm.candidates[c].days).rounded()) }
        /// The best move of trip `k` to another bucket of its team, if any improves (as for single inspections).
        func bestTripMove(_ k: Int) -> (targets: [Int], gain: Double)? {
            let trip = trips[k]
            let anchor = sm.candidates[trip[0]]
            var best: (targets: [Int], gain: Double)?
            for to in byUnit[anchor.unit]! where sm.candidates[to].team == anchor.team && sm.candidates[to].bucket != anchor.bucket {
                guard let row = columnAt[.init(team: anchor.team, bucket: sm.candidates[to].bucket)] else { continue }
                let targets = trip.compactMap { row[sm.candidates[$0].unit] }
                guard targets.count == trip.count else { continue }
                // Free the trip, then fit its inspections one by one into the new bucket.
                for c in trip { used[.init(team: anchor.team, bucket: anchor.bucket), default: 0] -= halfDays(c) }
                var fitted: [Int] = []
                for t in targets {
                    guard fits(t) else { break }
                    used[.init(team: anchor.team, bucket: sm.candidates[t].bucket), default: 0] += halfDays(t)
                    fitted.append(t)
                }
                for t in fitted { used[.init(team: anchor.team, bucket: sm.candidates[t].bucket), default: 0] -= halfDays(t) }
                for c in trip { used[.init(team: anchor.team, bucket: anchor.bucket), default: 0] += halfDays(c) }
                guard fitted.count == targets.count else { continue }
                evaluations += 1
                let before = spreadCost()
                let touched = Set((trip + targets).flatMap { bundlesOf[$0] ?? [] })
                let linksBefore = touched.reduce(0.0) { $0 + links($1) }
                for (a, b) in zip(trip, targets) { apply(a, b) }
                let after = spreadCost()
                let linkGain = w.bundling * (touched.reduce(0.0) { $0 + links($1) } - linksBefore)
                for (a, b) in zip(trip, targets) { apply(b, a) }
                let real = (before.cost - after.cost) + linkGain
                let gain = real + (before.tieBreak - after.tieBreak)
                let accepted = real > 1e-9 || (real > -1e-9 && linkGain > -1e-9 && gain > 1e-9)
                if accepted, gain > (best?.gain ?? 0) { best = (targets, gain) }
            }
            return best
        }
        let evaluationBudget = 300_000  // keeps the warm start to a fraction of a second on large instances
        while improved && rounds < 400 && evaluations < evaluationBudget {
            improved = false
            rounds += 1
            for u in chosenOf.keys.sorted() {
                let from = chosenOf[u]!
                // Trips stay as built (they are paced to the average load); the other inspections even the loads out.
                guard !sm.candidates[from].fixed, !tripPlaced.contains(u) else { continue }
                let before = spreadCost()
                let touchedBefore = bundlesOf[from] ?? []
                var best: (to: Int, gain: Double)?
                for to in byUnit[u]! where to != from {
                    // Free the current column, test the new one.
                    let a = sm.candidates[from]
                    used[.init(team: a.team, bucket: a.bucket), default: 0] -= Int((2 * a.days).rounded())
                    let ok = fits(to)
                    used[.init(team: a.team, bucket: a.bucket), default: 0] += Int((2 * a.days).rounded())
                    guard ok else { continue }
                    evaluations += 1
                    let touched = Set(touchedBefore + (bundlesOf[to] ?? []))
                    let linksBefore = touched.reduce(0.0) { $0 + links($1) }
                    apply(from, to)
                    let after = spreadCost()
                    let linkGain = w.bundling * (touched.reduce(0.0) { $0 + links($1) } - linksBefore)
                    let real = (before.cost - after.cost) + linkGain
                    let gain = real + (before.tieBreak - after.tieBreak)
                    apply(to, from)
                    // A move must improve the objective, or leave it and the links as they are and even out the loads
                    // (the tie-break must not trade a commune's trip for evener loads at the same score).
                    let accepted = real > 1e-9 || (real > -1e-9 && linkGain > -1e-9 && gain > 1e-9)
                    if accepted, gain > (best?.gain ?? 0) { best = (to, gain) }
                }
                if let best {
                    apply(from, best.to)
                    improved = true
                }
            }
            for k in trips.indices where evaluations < evaluationBudget {
                guard let best = bestTripMove(k) else { continue }
                for (a, b) in zip(trips[k], best.targets) { apply(a, b) }
                trips[k] = best.targets
                improved = true
            }
        }
        // Order identical teams by decreasing load (the model's symmetry rows).
        var lookup: [ScheduleModel.TeamBucket: [Int: Int]] = [:]  // (team,bucket) -> unit -> candidate
        for (c, cand) in sm.candidates.enumerated() where !cand.fixed {
            lookup[.init(team: cand.team, bucket: cand.bucket), default: [:]][cand.unit] = c
        }
        for cls in sm.symmetryClasses {
            let sorted = cls.sorted { (teamLoad[$0] ?? 0, -$0) > (teamLoad[$1] ?? 0, -$1) }
            guard sorted != cls else { continue }
            var remap: [Int: Int] = [:]
            for (i, t) in sorted.enumerated() { remap[t] = cls[i] }
            var moves: [(from: Int, to: Int)] = []
            for (c, cand) in sm.candidates.enumerated() where !cand.fixed && x[cand.variable.index] > 0.5 && cls.contains(cand.team) {
                guard let target = lookup[.init(team: remap[cand.team]!, bucket: cand.bucket)]?[cand.unit] else { return nil }
                moves.append((c, target))
            }
            for m in moves { x[sm.candidates[m.from].variable.index] = 0 }
            for m in moves { x[sm.candidates[m.to].variable.index] = 1 }
        }
        return completed(x, for: sm, scenario: scenario)
    }

    /// Completes a choice of inspection columns (the candidate variables of `x`) with every derived column —
    /// split counters, spreads, bundling links, slacks — so that it can be checked and given to the solver.
    ///
    /// - Returns: The full point, or `nil` when it violates a row of the model.
    public static func completed(_ choice: [Double], for sm: ScheduleModel, scenario: Scenario) -> [Double]? {
        let units = scenario.units
        var x = choice
        // Derived columns.
        var h: [ScheduleModel.TeamBucket: Int] = [:]
        var tl: [Int: Double] = [:]
        var ml: [Int: Double] = [:]
        var count: [Int: Double] = [:]
        for cand in sm.candidates where x[cand.variable.index] > 0.5 {
            h[.init(team: cand.team, bucket: cand.bucket), default: 0] += Int((2 * cand.days).rounded())
            tl[cand.team, default: 0] += cand.days
            ml[sm.buckets[cand.bucket].month, default: 0] += cand.days
            count[cand.unit, default: 0] += 1
        }
        for (key, v) in sm.splitCounters { x[v.index] = Double(((h[key] ?? 0) + 1) / 2) }
        // Links: the chosen units beside their chosen commune, as many as the bundle's room allows (a pool's
        // bucket may hold more than one team can visit on the trip).
        var linksOf: [Int: [Int]] = [:]
        for (i, l) in sm.bundleLinks.enumerated() { linksOf[l.anchor, default: []].append(i) }
        for b in sm.bundles where linksOf[b.anchor] == nil {
            // Aggregated links (pooled models): the chosen others, at most `room` (then a unit count).
            let others = b.members.filter { $0 != b.anchor && x[sm.candidates[$0].variable.index] > 0.5 }.count
            x[b.z.index] = x[sm.candidates[b.anchor].variable.index] > 0.5 ? min(Double(others), b.room ?? .infinity) : 0
        }
        for b in sm.bundles where linksOf[b.anchor] != nil {
            var total = 0.0
            var room = b.room ?? .infinity
            let anchorOn = x[sm.candidates[b.anchor].variable.index] > 0.5
            for i in linksOf[b.anchor] ?? [] {
                let l = sm.bundleLinks[i]
                let h = 2 * sm.candidates[l.other].days
                let on = anchorOn && x[sm.candidates[l.other].variable.index] > 0.5 && h <= room + 1e-9
                x[l.w.index] = on ? 1 : 0
                if on {
                    room -= h
                    total += 1
                }
            }
            x[b.z.index] = total
        }
        // A pool's bucket holds at most so many links (``ScheduleModel/pairCaps``): drop the excess.
        for pc in sm.pairCaps {
            var excess = pc.bundles.reduce(0.0) { $0 + x[sm.bundles[$1].z.index] } - pc.cap
            for i in pc.bundles.reversed() where excess > 1e-9 {
                let z = sm.bundles[i].z.index
                let cut = min(x[z], excess)
                x[z] -= cut
                excess -= cut
            }
        }
        if let s = sm.spread {
            var loads: [Double] = []
            for (i, g) in s.teams.enumerated() {
                let n = i < s.activeTeams.count ? s.activeTeams[i] : sm.teamGroups[g].count
                loads.append(2 * (tl[g] ?? 0) / Double(max(1, n)))
            }
            var tMax = loads.max() ?? 0, tMin = loads.min() ?? 0
            for row in sm.poolLinkRows {
                let links = row.links.reduce(0.0) { $0 + x[$1.index] }
                tMax = max(tMax, row.perLink * links / Double(row.pairing))
                if row.others > 0 { tMin = min(tMin, (2 * (tl[row.group] ?? 0) - row.perLink * links) / Double(row.others)) }
            }
            if let v = s.tMax { x[v.index] = (tMax - 1e-9).rounded(.up) }
            if let v = s.tMin { x[v.index] = max(0, (tMin + 1e-9).rounded(.down)) }
            let months = sm.balancedMonths.map { 2 * (ml[$0] ?? 0) }
            if let v = s.mMax { x[v.index] = months.max() ?? 0 }
            if let v = s.mMin { x[v.index] = months.min() ?? 0 }
        }
        for m in sm.mustSlacks { x[m.slack.index] = 1 - (count[m.unit] ?? 0) }
        for (g, group) in sm.targetGroups.enumerated() {
            let planned = group.units.reduce(0.0) { $0 + (count[$1] ?? 0) }
            x[sm.targetSlacks[g].index] = max(0, Double(group.required) - planned)
        }
        for f in sm.fixedSlacks {
            guard let c = sm.candidates.firstIndex(where: { $0.fixed && units[$0.unit].code == sm.fixed[f.fixed].unit }) else { return nil }
            x[f.slack.index] = 1 - x[sm.candidates[c].variable.index]
        }
        return sm.model.violations(at: x).isEmpty ? x : nil
    }
}
