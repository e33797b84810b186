import ScenarioModel

/// An upper bound on the objective of every plan of a scheduling model, computed in milliseconds from counts alone,
/// for models whose LP relaxation takes GLPK longer than the time limit (a region of a few thousand units).
///
/// Each term of ``ScheduleObjective`` is bounded on its own, so the sum bounds the objective:
/// - **priorities and month spread**: a fractional knapsack, the units with a column by priority per day, into a
///   total load `W` at most the teams' capacity (Σ over teams and ISO weeks of min(days per week, dates available)),
///   less the least month spread that load `W` forces on months of limited capacity (a summer with the schools
///   closed), maximised over `W` (see `prioritiesLessMonthSpread`);
/// - **bundled pairs** `Z`: at most, per commune, its units with a column or the most one trip holds; and at most,
///   per team and bucket, what its dates hold beside a commune (`slots / perLink`, see below) and what the communes
///   with a bundle in that bucket hold on the trips that fit its dates (blackouts remove a bundle's members);
/// - **team spread**, tied to `Z`: only teams with two or more dates in some bucket can make pairs, and each pair takes
///   at least `perLink` = (smallest unit) + (smallest commune) / (most pairs per commune) half-days of their load.
///   So the busiest team carries at least `perLink·Z / pairing`, and the least busy of the other teams at most
///   `(2·most load − perLink·Z) / others` half-days.
///
/// The bound maximises `bundling·Z − balance·spread(Z)/2` over `Z` (concave, piecewise linear) and adds the knapsack.
/// A second bound ties the pairs to the month spread (`pairsAgainstMonths`): a commune makes its pairs in the month
/// of its inspection, so the months where communes pair best (with the schools) draw the load from the months that
/// lack it (the summer); the lesser of the two is returned.
/// It ignores blackouts of single units and target rules, so it is weaker than the model's LP bound
/// where that can be had, and never below the best plan. `nil` when a weight or priority is negative, or with
/// re-planning rewards or extra-capacity columns (terms it does not model).
public enum QuickBound {
    /// The teams' capacity in days: per team and ISO week, min(days per week, dates it may use).
    static func capacityDays(of sm: ScheduleModel, teams: [Team]) -> Double {
        var weekDates: [ScheduleModel.TeamWeek: Int] = [:]
        for (key, n) in sm.teamDates {
            weekDates[.init(team: key.team, week: sm.buckets[key.bucket].week), default: 0] += n
        }
        return weekDates.reduce(0.0) { $0 + Double(min(teams[$1.key.team].daysPerWeek, $1.value)) }
    }

    /// The bound for `sm`, built from `scenario` with the objective weights of `scenario`.
    public static func value(for sm: ScheduleModel, scenario: Scenario) -> Double? {
        let w = scenario.inspection.objective
        guard w.priority >= 0, w.balance >= 0, w.bundling >= 0, sm.extraCapacity.isEmpty,
            scenario.units.allSatisfy({ $0.priority >= 0 })
        else { return nil }
        let teams = scenario.teams

        let capacity = capacityDays(of: sm, teams: teams)

        // Priorities: fractional knapsack over the units that have a column, traded against the month spread.
        var unitDays: [Int: Double] = [:]
        for cand in sm.candidates { unitDays[cand.unit] = cand.days }
        let items = unitDays.keys.sorted().map {
            (value: w.priority * scenario.units[$0].priority, days: unitDays[$0]!)
        }
        .enumerated().sorted { a, b in
            let x = a.element, y = b.element
            return x.value * y.days != y.value * x.days ? x.value * y.days > y.value * x.days : a.offset < b.offset
        }
        .map(\.element)
        let months = MonthCapacities(of: sm, teams: teams, unitDays: unitDays, balanced: sm.balancedMonths)
        let knapsack = Knapsack(items, most: min(capacity, months.total))
        let priorityBound = prioritiesLessMonthSpread(knapsack, months: months, balance: w.balance)
        let mostLoad = min(capacity, unitDays.values.reduce(0, +))

        // Pairs.
        guard w.bundling > 0, !sm.bundles.isEmpty else { return priorityBound }
        let perTeamLinks = !sm.bundleLinks.isEmpty  // per-team models: a bundle's room counts half-day slots
        var othersOf: [Int: Set<Int>] = [:]  // commune unit -> its other units with a column there
        var mostPerCommune: [Int: Int] = [:]
        var capsAt: [ScheduleModel.TeamBucket: [Int]] = [:]  // (group, bucket) -> the most pairs of each bundle there
        var minAnchor = Double.infinity, minOther = Double.infinity
        var sites: [PairSite] = []
        for b in sm.bundles {
            let anchorUnit = sm.candidates[b.anchor].unit
            let others = b.members.filter { $0 != b.anchor }
            minAnchor = min(minAnchor, 2 * sm.candidates[b.anchor].days)
            let smallest = others.map { 2 * sm.candidates[$0].days }.min() ?? 1
            minOther = min(minOther, smallest)
            othersOf[anchorUnit, default: []].formUnion(others.map { sm.candidates[$0].unit })
            let k: Int
            if let r = b.room {
                k = perTeamLinks ? Int((r / max(smallest, 1e-9) + 1e-9).rounded(.down)) : Int((r + 1e-9).rounded(.down))
            } else {
                k = others.count
            }
            mostPerCommune[anchorUnit] = max(mostPerCommune[anchorUnit] ?? 0, min(k, others.count))
            let anchor = sm.candidates[b.anchor]
            sites.append((anchorUnit, sm.buckets[anchor.bucket].month, min(k, others.count)))
            capsAt[.init(team: anchor.team, bucket: anchor.bucket), default: []].append(min(k, others.count))
        }
        let kmax = mostPerCommune.values.max() ?? 0
        let perLink = minOther + minAnchor / Double(max(kmax, 1))
        guard kmax > 0, perLink.isFinite, perLink > 1e-9 else { return priorityBound }
        func linkCap(_ dates: Int) -> Int {
            let slots = Double(2 * dates)
            return slots + 1e-9 >= minAnchor + minOther ? Int((slots / perLink + 1e-9).rounded(.down)) : 0
        }
        // Per (group, bucket): what the dates hold, and what the communes there hold. A commune with pairs takes at
        // least `minAnchor + minOther` half-days of one team, so a team visits at most `trips` such communes in a
        // bucket; the pairs are at most those of the best `trips` communes that have a bundle there (a blackout of
        // the schools leaves a summer trip the health station only).
        var groupOf: [Int: Int] = [:]
        for (g, members) in sm.teamGroups.enumerated() { for t in members { groupOf[t] = g } }
        var timeAt: [ScheduleModel.TeamBucket: Int] = [:]
        var tripsAt: [ScheduleModel.TeamBucket: Int] = [:]
        var pairing = Set<Int>()
        for (key, n) in sm.teamDates {
            let c = linkCap(n)
            guard c > 0, let g = groupOf[key.team] else { continue }
            pairing.insert(key.team)
            let at = ScheduleModel.TeamBucket(team: g, bucket: key.bucket)
            timeAt[at, default: 0] += c
            tripsAt[at, default: 0] += Int((Double(2 * n) / (minAnchor + minOther) + 1e-9).rounded(.down))
        }
        var byTime = 0
        for (at, c) in timeAt {
            let best = (capsAt[at] ?? []).sorted(by: >).prefix(tripsAt[at] ?? 0).reduce(0, +)
            byTime += min(c, best)
        }
        let byCommune = othersOf.reduce(0) { $0 + min($1.value.count, mostPerCommune[$1.key] ?? 0) }
        let zMax = Double(min(byTime, byCommune))

        // Team spread tied to Z, in half-days.
        let active = Set(sm.activeTeams)
        let nPairing = pairing.intersection(active).count
        let nOthers = active.count - nPairing
        func spread(_ z: Double) -> Double {
            guard w.balance > 0, nPairing > 0, nOthers > 0 else { return 0 }
            return max(0, perLink * z / Double(nPairing) - (2 * mostLoad - perLink * z) / Double(nOthers))
        }
        func pairsPart(_ z: Double) -> Double { w.bundling * z - w.balance / 2 * spread(z) }
        /// The most of the pairs part over `0 ≤ z ≤ most`: at an end or at the kink.
        func best(upTo most: Double) -> Double {
            var zs = [0, most]
            if nPairing > 0, nOthers > 0 {
                let kink = 2 * mostLoad / Double(nOthers) / (perLink / Double(nPairing) + perLink / Double(nOthers))
                if kink > 0, kink < most { zs.append(kink) }
            }
            return zs.map(pairsPart).max() ?? 0
        }
        let plain = priorityBound + best(upTo: zMax)
        guard
            let traded = pairsAgainstMonths(
                sites: sites, unitDays: unitDays, months: months, knapsack: knapsack, balance: w.balance, zMax: zMax,
                pairsPart: best)
        else { return plain }
        return min(plain, traded)
    }
}
