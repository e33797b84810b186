import MILP
import ScenarioModel

extension GreedyStart {
    /// The greedy point as ``GreedyStart/values(for:scenario:)`` builds it: the chosen columns and the load they put
    /// on each team-bucket (in half-day slots), team group and month.
    struct Draft {
        /// The model.
        let sm: ScheduleModel
        /// The scenario.
        let scenario: Scenario
        /// The scenario's units.
        let units: [Unit]
        /// The columns of each unit.
        let byUnit: [Int: [Int]]
        /// The units with a fixed column.
        let fixedUnits: Set<Int>
        /// The must-inspect units.
        let mustUnits: Set<Int>
        /// The units counted by a target.
        let targetUnits: Set<Int>
        /// The point: 1 for each chosen column.
        var x: [Double]
        /// The half-day slots used per team group and bucket.
        var used: [ScheduleModel.TeamBucket: Int] = [:]
        /// The inspection-days per team group.
        var teamLoad: [Int: Double] = [:]
        /// The inspection-days per month.
        var monthLoad: [Int: Double] = [:]
        /// Where each placed commune-level unit went (team group, bucket), by unit code.
        var placedAt: [String: (team: Int, bucket: Int)] = [:]
        /// The units placed on trips.
        var tripPlaced = Set<Int>()
        /// The columns of each trip, its commune first.
        var trips: [[Int]] = []

        init(_ sm: ScheduleModel, scenario: Scenario) {
            self.sm = sm
            self.scenario = scenario
            units = scenario.units
            x = [Double](repeating: 0, count: sm.model.variables.count)
            var byUnit: [Int: [Int]] = [:]
            for (c, cand) in sm.candidates.enumerated() { byUnit[cand.unit, default: []].append(c) }
            self.byUnit = byUnit
            mustUnits = Set(sm.mustSlacks.map(\.unit))
            targetUnits = Set(sm.targetGroups.filter { $0.required > 0 }.flatMap(\.units))
            fixedUnits = Set(sm.candidates.filter(\.fixed).map(\.unit))
        }

        /// The placement rank of unit `u`: fixed, must-inspect, counted by a target, other.
        func rank(_ u: Int) -> Int {
            fixedUnits.contains(u) ? 0 : mustUnits.contains(u) ? 1 : targetUnits.contains(u) ? 2 : 3
        }

        /// The half-day slots column `c` takes.
        func halfDays(_ c: Int) -> Int { Int((2 * sm.candidates[c].days).rounded()) }

        /// Whether column `c` fits the free slots of its team-bucket and, in a split week, the week's dates.
        func fits(_ c: Int) -> Bool {
            let cand = sm.candidates[c]
            let key = ScheduleModel.TeamBucket(team: cand.team, bucket: cand.bucket)
            let h = Int((2 * cand.days).rounded())
            guard let limit = sm.slotLimit[key], (used[key] ?? 0) + h <= limit else { return false }
            let week = sm.buckets[cand.bucket].week
            if let wl = sm.splitWeekLimit[.init(team: cand.team, week: week)] {
                var dates = 0
                for (k, v) in used
                where k.team == cand.team && sm.buckets[k.bucket].week == week && k.bucket != cand.bucket {
                    dates += (v + 1) / 2
                }
                dates += ((used[key] ?? 0) + h + 1) / 2
                if dates > wl { return false }
            }
            return true
        }

        /// Chooses column `c` and adds its load.
        mutating func choose(_ c: Int) {
            let cand = sm.candidates[c]
            x[cand.variable.index] = 1
            used[.init(team: cand.team, bucket: cand.bucket), default: 0] += Int((2 * cand.days).rounded())
            teamLoad[cand.team, default: 0] += cand.days
            monthLoad[sm.buckets[cand.bucket].month, default: 0] += cand.days
        }

        /// Chooses column `c` for a trip.
        private mutating func take(_ c: Int) {
            choose(c)
            tripPlaced.insert(sm.candidates[c].unit)
        }

        /// The units with a column in placement order — by rank, then priority per day — with each commune-level unit
        /// of rank 2 or more followed by its commune's other units of such rank, to keep communes together; and
        /// those units (not commune-level) by commune key.
        func placementOrder() -> (sequence: [Int], communeMembers: [String: [Int]]) {
            let order = byUnit.keys.sorted { a, b in
                let ra = rank(a), rb = rank(b)
                if ra != rb { return ra < rb }
                let da = units[a].priority / ScheduleRules.duration(of: units[a], in: scenario)
                let db = units[b].priority / ScheduleRules.duration(of: units[b], in: scenario)
                if da != db { return da > db }
                return a < b
            }
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
            return (sequence, members)
        }

        /// Trips first (models with bundling, when every unit fits the teams' capacity, so no priority is given up):
        /// bucket by bucket, each active team with an empty team-bucket whose load is below the pace of the average
        /// load takes the trip with the most units beside its commune (see ``bestTrip(among:)``); a pool takes as
        /// many trips as its teams' dates hold (see ``placePoolTrips()``).
        mutating func placeTrips() {
            let demand = byUnit.keys.reduce(0.0) { $0 + ScheduleRules.duration(of: units[$1], in: scenario) }
            guard scenario.inspection.objective.bundling > 0, !sm.bundles.isEmpty,
                !sm.activeTeams.isEmpty, demand <= QuickBound.capacityDays(of: sm, teams: scenario.teams)
            else { return }
            if sm.isPooled {
                placePoolTrips()
                return
            }
            let average = demand / Double(sm.activeTeams.count)
            var bundlesAt: [ScheduleModel.TeamBucket: [Int]] = [:]
            for (i, b) in sm.bundles.enumerated() {
                let a = sm.candidates[b.anchor]
                bundlesAt[.init(team: a.team, bucket: a.bucket), default: []].append(i)
            }
            for b in sm.buckets.indices {
                let pace = average * Double(b + 1) / Double(sm.buckets.count)
                for t in sm.activeTeams {
                    let key = ScheduleModel.TeamBucket(team: t, bucket: b)
                    guard (used[key] ?? 0) == 0, let ids = bundlesAt[key], (teamLoad[t] ?? 0) < pace else { continue }
                    if let trip = bestTrip(among: ids) {
                        for c in trip { take(c) }
                        trips.append(trip)
                        placedAt[units[sm.candidates[trip[0]].unit].code] = (t, b)
                    }
                }
            }
        }

        /// The trip of bundles `ids` with the most units beside its commune (then the commune with the fewest bundles
        /// that can make as many, by `flexibility`: per commune unit, its bundles that can make 0, 1, … links; then
        /// the higher priorities, then the first bundle), each trip as far as its units fit (shortest first, within the bundle's room); `nil` when
        /// no trip has a unit beside its commune.
        private func bestTrip(
            among ids: [Int], flexibility: [Int: [Int]] = [:], sortedOthers: [[Int]]? = nil
        ) -> [Int]? {
            var best: (trip: [Int], key: (Int, Int, Double, Int))?
            for i in ids {
                let bundle = sm.bundles[i]
                let anchorUnit = sm.candidates[bundle.anchor].unit
                guard !tripPlaced.contains(anchorUnit) else { continue }
                var room = tripRoom(of: bundle.anchor)
                guard room.take(halfDays(bundle.anchor)) else { continue }
                var trip = [bundle.anchor]
                for o in sortedOthers?[i] ?? othersBySize(bundle)
                where !tripPlaced.contains(sm.candidates[o].unit) && trip.count - 1 < mostBeside(bundle.room, o) {
                    if room.take(halfDays(o)) { trip.append(o) }
                }
                guard trip.count > 1 else { continue }
                let flex = flexibility[anchorUnit].map { $0[min(trip.count - 1, $0.count - 1)] } ?? 0
                let score = (
                    trip.count - 1, -flex, trip.reduce(0.0) { $0 + units[sm.candidates[$1].unit].priority }, -i
                )
                if best.map({ score > $0.key }) ?? true { best = (trip, score) }
            }
            return best?.trip
        }

        /// The members of `bundle` but its commune, shortest first (then by column).
        func othersBySize(_ bundle: (z: VariableID, members: [Int], anchor: Int, room: Double?)) -> [Int] {
            let others = bundle.members.filter { $0 != bundle.anchor }
            let days = others.map { sm.candidates[$0].days }
            return others.indices.sorted { (days[$0], others[$0]) < (days[$1], others[$1]) }.map { others[$0] }
        }

        /// The room of column `c`'s team-bucket for a trip.
        private func tripRoom(of c: Int) -> TripRoom {
            let key = ScheduleModel.TeamBucket(team: sm.candidates[c].team, bucket: sm.candidates[c].bucket)
            let week = sm.buckets[key.bucket].week
            var room = TripRoom(limit: sm.slotLimit[key], weekLimit: nil, used: used[key] ?? 0)
            room.weekLimit = sm.splitWeekLimit[.init(team: key.team, week: week)]
            if room.weekLimit != nil {
                for (k, v) in used
                where k.team == key.team && sm.buckets[k.bucket].week == week && k.bucket != key.bucket {
                    room.otherDates += (v + 1) / 2
                }
            }
            return room
        }

        /// The free half-day slots of one team-bucket as a trip fills it, as ``fits(_:)`` counts them (the slot
        /// limit, and in a split week the week's dates), without choosing the columns.
        private struct TripRoom {
            var limit: Int?
            var weekLimit: Int?
            /// The dates the team's other buckets of the week use.
            var otherDates = 0
            /// The slots used, with the trip's so far.
            var used: Int

            /// Takes `h` half-day slots if they fit.
            mutating func take(_ h: Int) -> Bool {
                guard let limit, used + h <= limit else { return false }
                if let weekLimit, otherDates + (used + h + 1) / 2 > weekLimit { return false }
                used += h
                return true
            }
        }

        /// The most units like column `o` a trip can take beside its commune, for a bundle of room `room`: the half-day
        /// slots beside the commune over `o`'s (per-team models), or the links one team can make (pooled models).
        private func mostBeside(_ room: Double?, _ o: Int) -> Int {
            guard let room else { return .max }
            if sm.isPooled { return Int((room + 1e-9).rounded(.down)) }
            return Int((room / max(2 * sm.candidates[o].days, 1e-9)).rounded(.down))
        }

        /// Pooled models: bucket by bucket, each pool takes as many trips as its teams' dates hold (per team,
        /// its half-day slots over those of the smallest commune and unit beside it), best first (see
        /// ``bestTrip(among:)``). Team assignment gives each trip to one team as a block, largest first.
        private mutating func placePoolTrips() {
            var bundlesAt: [ScheduleModel.TeamBucket: [Int]] = [:]
            var smallestTrip = Double.infinity  // half-day slots of a commune and one unit
            for (i, b) in sm.bundles.enumerated() {
                let a = sm.candidates[b.anchor]
                bundlesAt[.init(team: a.team, bucket: a.bucket), default: []].append(i)
                let other = b.members.filter { $0 != b.anchor }.map { 2 * sm.candidates[$0].days }.min() ?? .infinity
                smallestTrip = min(smallestTrip, 2 * a.days + other)
            }
            guard smallestTrip.isFinite, smallestTrip > 1e-9 else { return }
            // Per commune, how many of its bundles can make each number of links: a trip prefers the commune that
            // can make as many in the fewest buckets (a commune with schools only, in a school week).
            var flexibility: [Int: [Int]] = [:]
            for b in sm.bundles {
                let others = b.members.count - 1
                let most = min(others, b.room.map { Int(($0 + 1e-9).rounded(.down)) } ?? others)
                var counts = flexibility[sm.candidates[b.anchor].unit] ?? []
                while counts.count <= most { counts.append(0) }
                for k in 0...most { counts[k] += 1 }
                flexibility[sm.candidates[b.anchor].unit] = counts
            }
            var slots: [(at: ScheduleModel.TeamBucket, ids: [Int], room: Int)] = []
            for b in sm.buckets.indices {
                for (g, members) in sm.teamGroups.enumerated() {
                    guard let ids = bundlesAt[.init(team: g, bucket: b)] else { continue }
                    let room = members.reduce(0) { n, t in
                        n
                            + Int(
                                (Double(2 * (sm.teamDates[.init(team: t, bucket: b)] ?? 0)) / smallestTrip + 1e-9)
                                    .rounded(.down))
                    }
                    if room > 0 { slots.append((.init(team: g, bucket: b), ids, room)) }
                }
            }
            let sortedOthers = sm.bundles.map { othersBySize($0) }
            // Round by round, one trip per pool-bucket with room left, so that every month gets its share of the
            // communes.
            var round = 0
            var open = slots.indices.filter { slots[$0].room > 0 }
            while !open.isEmpty {
                open = open.filter { k in
                    guard slots[k].room > round,
                        let trip = bestTrip(among: slots[k].ids, flexibility: flexibility, sortedOthers: sortedOthers)
                    else { return false }
                    for c in trip { take(c) }
                    trips.append(trip)
                    placedAt[units[sm.candidates[trip[0]].unit].code] = (slots[k].at.team, slots[k].at.bucket)
                    return true
                }
                round += 1
            }
        }

        /// Places the units of `sequence` not on a trip: next to their commune's inspection when it fits, else in the
        /// fitting column with the fewest units of its commune left out (for a commune-level unit), then the least
        /// loaded month and team, then the earliest bucket.
        mutating func placeUnits(_ sequence: [Int], communeMembers members: [String: [Int]]) {
            for u in sequence where !tripPlaced.contains(u) {
                let cols = byUnit[u]!
                if let k = ScheduleRules.communeKey(of: units[u]), let at = placedAt[k],
                    let c = cols.first(where: {
                        sm.candidates[$0].team == at.team && sm.candidates[$0].bucket == at.bucket
                    }), fits(c)
                {
                    choose(c)
                    continue
                }
                // For a commune-level unit, prefer the team-bucket that can also take the rest of its commune.
                let cluster =
                    units[u].kind.isCommuneLevel
                    ? (members[units[u].code] ?? []).filter { rank($0) >= 2 } : []
                let choice = cols.filter(fits).min { a, b in
                    let ca = sm.candidates[a], cb = sm.candidates[b]
                    let ka = (
                        ca.fixed ? 0 : 1, misses(a, cluster), monthLoad[sm.buckets[ca.bucket].month] ?? 0,
                        teamLoad[ca.team] ?? 0, ca.bucket
                    )
                    let kb = (
                        cb.fixed ? 0 : 1, misses(b, cluster), monthLoad[sm.buckets[cb.bucket].month] ?? 0,
                        teamLoad[cb.team] ?? 0, cb.bucket
                    )
                    return ka < kb || (ka == kb && ca.team < cb.team)
                }
                guard let c = choice else { continue }
                choose(c)
                let cand = sm.candidates[c]
                if units[u].kind.isCommuneLevel { placedAt[units[u].code] = (cand.team, cand.bucket) }
            }
        }

        /// How many units of `cluster` would not fit in the team-bucket of column `c` beside it.
        private func misses(_ c: Int, _ cluster: [Int]) -> Int {
            guard !cluster.isEmpty else { return 0 }
            let cand = sm.candidates[c]
            let key = ScheduleModel.TeamBucket(team: cand.team, bucket: cand.bucket)
            var free = (sm.slotLimit[key] ?? 0) - (used[key] ?? 0) - Int((2 * cand.days).rounded())
            var misses = 0
            for v in cluster {
                let h = Int((2 * ScheduleRules.duration(of: units[v], in: scenario)).rounded())
                let there =
                    byUnit[v]?.contains {
                        sm.candidates[$0].team == cand.team && sm.candidates[$0].bucket == cand.bucket
                    } == true
                if there, free >= h {
                    free -= h
                } else {
                    misses += 1
                }
            }
            return misses
        }

        /// The point with identical teams ordered by decreasing load (the model's symmetry rows), or `nil` when a
        /// team's inspections have no column for the team they move to.
        func orderingIdenticalTeams() -> [Double]? {
            var x = x
            var lookup: [ScheduleModel.TeamBucket: [Int: Int]] = [:]  // (team, bucket) -> unit -> candidate
            for (c, cand) in sm.candidates.enumerated() where !cand.fixed {
                lookup[.init(team: cand.team, bucket: cand.bucket), default: [:]][cand.unit] = c
            }
            for cls in sm.symmetryClasses {
                let sorted = cls.sorted { (teamLoad[$0] ?? 0, -$0) > (teamLoad[$1] ?? 0, -$1) }
                guard sorted != cls else { continue }
                var remap: [Int: Int] = [:]
                for (i, t) in sorted.enumerated() { remap[t] = cls[i] }
                var moves: [(from: Int, to: Int)] = []
                for (c, cand) in sm.candidates.enumerated()
                where !cand.fixed && x[cand.variable.index] > 0.5 && cls.contains(cand.team) {
                    guard let target = lookup[.init(team: remap[cand.team]!, bucket: cand.bucket)]?[cand.unit] else {
                        return nil
                    }
                    moves.append((c, target))
                }
                for m in moves { x[sm.candidates[m.from].variable.index] = 0 }
                for m in moves { x[sm.candidates[m.to].variable.index] = 1 }
            }
            return x
        }
    }
}
