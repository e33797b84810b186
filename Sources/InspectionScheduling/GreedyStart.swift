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
        for u in sequence {
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
            let choice = cols.filter(fits).min { a, b in
                let ca = sm.candidates[a], cb = sm.candidates[b]
                let ka = (ca.fixed ? 0 : 1, teamLoad[ca.team] ?? 0, monthLoad[sm.buckets[ca.bucket].month] ?? 0, ca.bucket, ca.team)
                let kb = (cb.fixed ? 0 : 1, teamLoad[cb.team] ?? 0, monthLoad[sm.buckets[cb.bucket].month] ?? 0, cb.bucket, cb.team)
                return ka < kb
            }
            guard let c = choice else { continue }
            let cand = sm.candidates[c]
            x[cand.variable.index] = 1
            used[.init(team: cand.team, bucket: cand.bucket), default: 0] += Int((2 * cand.days).rounded())
            teamLoad[cand.team, default: 0] += cand.days
            monthLoad[sm.buckets[cand.bucket].month, default: 0] += cand.days
            if units[u].kind.isCommuneLevel { placedAt[units[u].code] = (cand.team, cand.bucket) }
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
        if let s = sm.spread {
            let loads = s.teams.map { 2 * (tl[$0] ?? 0) }
            if let v = s.tMax { x[v.index] = loads.max() ?? 0 }
            if let v = s.tMin { x[v.index] = loads.min() ?? 0 }
            let months = sm.balancedMonths.map { 2 * (ml[$0] ?? 0) }
            if let v = s.mMax { x[v.index] = months.max() ?? 0 }
            if let v = s.mMin { x[v.index] = months.min() ?? 0 }
        }
        for b in sm.bundles {
            let k = b.members.reduce(0.0) { $0 + x[sm.candidates[$1].variable.index] }
            if let a = b.anchor {
                x[b.z.index] = x[sm.candidates[a].variable.index] > 0.5 ? k - 1 : 0
            } else if let y = b.y {
                x[y.index] = k > 0 ? 1 : 0
                x[b.z.index] = max(k - 1, 0)
            }
        }
        for m in sm.mustSlacks { x[m.slack.index] = 1 - (count[m.unit] ?? 0) }
        for (g, group) in sm.targetGroups.enumerated() {
            let planned = group.units.reduce(0.0) { $0 + (count[$1] ?? 0) }
            x[sm.targetSlacks[g].index] = max(0, Double(group.required) - planned)
        }
        for f in sm.fixedSlacks {
            let c = sm.candidates.firstIndex { $0.fixed && units[$0.unit].code == sm.fixed[f.fixed].unit }!
            x[f.slack.index] = 1 - x[sm.candidates[c].variable.index]
        }
        return sm.model.violations(at: x).isEmpty ? x : nil
    }
}
