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
    ///
    /// The phases: trips (a commune with units beside it, paced team by team), then every other unit in order, then
    /// a local search that moves inspections and whole trips while the objective improves, and last the order of
    /// identical teams that the model's symmetry rows ask for.
    public static func values(for sm: ScheduleModel, scenario: Scenario) -> [Double]? {
        guard sm.extraCapacity.isEmpty else { return nil }
        var draft = Draft(sm, scenario: scenario)
        let order = draft.placementOrder()
        draft.placeTrips()
        draft.placeUnits(order.sequence, communeMembers: order.communeMembers)
        var search = LocalSearch(draft)
        search.run()
        guard let choice = search.draft.orderingIdenticalTeams() else { return nil }
        return completed(choice, for: sm, scenario: scenario)
    }

    /// Completes a choice of inspection columns (the candidate variables of `x`) with every derived column —
    /// split counters, spreads, bundling links, slacks — so that it can be checked and given to the solver.
    ///
    /// - Returns: The full point, or `nil` when it violates a row of the model.
    public static func completed(_ choice: [Double], for sm: ScheduleModel, scenario: Scenario) -> [Double]? {
        var x = choice
        let loads = ChosenLoads(x, in: sm)
        for (key, v) in sm.splitCounters { x[v.index] = Double(((loads.halfDays[key] ?? 0) + 1) / 2) }
        for c in sm.avoidCounters {
            x[c.variable.index] = Double(max(0, (loads.halfDays[c.key] ?? 0) - c.otherSlots + 1) / 2)
        }
        setLinks(&x, sm)
        setSpread(&x, sm, loads)
        guard setSlacks(&x, sm, loads, units: scenario.units) else { return nil }
        return sm.model.violations(at: x).isEmpty ? x : nil
    }

    /// What the chosen columns of a point add up to.
    private struct ChosenLoads {
        /// Half-day slots per team group and bucket.
        var halfDays: [ScheduleModel.TeamBucket: Int] = [:]
        /// Inspection-days per team group.
        var team: [Int: Double] = [:]
        /// Inspection-days per month.
        var month: [Int: Double] = [:]
        /// Chosen columns per unit.
        var count: [Int: Double] = [:]

        init(_ x: [Double], in sm: ScheduleModel) {
            for cand in sm.candidates where x[cand.variable.index] > 0.5 {
                halfDays[.init(team: cand.team, bucket: cand.bucket), default: 0] += Int((2 * cand.days).rounded())
                team[cand.team, default: 0] += cand.days
                month[sm.buckets[cand.bucket].month, default: 0] += cand.days
                count[cand.unit, default: 0] += 1
            }
        }
    }

    /// Sets the links: the chosen units beside their chosen commune, as many as the bundle's room allows (a pool's
    /// bucket may hold more than one team can visit on the trip), then at most a pool's link limits.
    private static func setLinks(_ x: inout [Double], _ sm: ScheduleModel) {
        var linksOf: [Int: [Int]] = [:]
        for (i, l) in sm.bundleLinks.enumerated() { linksOf[l.anchor, default: []].append(i) }
        for b in sm.bundles where linksOf[b.anchor] == nil {
            // Aggregated links (pooled models): the chosen others, at most `room` (then a unit count).
            let others = b.members.filter { $0 != b.anchor && x[sm.candidates[$0].variable.index] > 0.5 }.count
            let anchorOn = x[sm.candidates[b.anchor].variable.index] > 0.5
            x[b.z.index] = anchorOn ? min(Double(others), b.room ?? .infinity) : 0
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
    }

    /// Sets the spread columns: the team range (a pool's load shared among its active teams, and within the pool's
    /// link rows) and the month range, in half-days.
    private static func setSpread(_ x: inout [Double], _ sm: ScheduleModel, _ chosen: ChosenLoads) {
        guard let s = sm.spread else { return }
        let tl = chosen.team
        var loads: [Double] = []
        for (i, g) in s.teams.enumerated() {
            let n = i < s.activeTeams.count ? s.activeTeams[i] : sm.teamGroups[g].count
            loads.append(2 * (tl[g] ?? 0) / Double(max(1, n)))
        }
        var tMax = loads.max() ?? 0, tMin = loads.min() ?? 0
        for row in sm.poolLinkRows {
            let links = row.links.reduce(0.0) { $0 + x[$1.index] }
            tMax = max(tMax, row.perLink * links / Double(row.pairing))
            if row.others > 0 {
                tMin = min(tMin, (2 * (tl[row.group] ?? 0) - row.perLink * links) / Double(row.others))
            }
        }
        if let v = s.tMax { x[v.index] = (tMax - 1e-9).rounded(.up) }
        if let v = s.tMin { x[v.index] = max(0, (tMin + 1e-9).rounded(.down)) }
        let months = sm.balancedMonths.map { 2 * (chosen.month[$0] ?? 0) }
        if let v = s.mMax { x[v.index] = months.max() ?? 0 }
        if let v = s.mMin { x[v.index] = months.min() ?? 0 }
    }

    /// Sets the slacks of must-inspect units, targets and fixed inspections; `false` when a fixed inspection has no
    /// column.
    private static func setSlacks(
        _ x: inout [Double], _ sm: ScheduleModel, _ chosen: ChosenLoads, units: [Unit]
    ) -> Bool {
        let count = chosen.count
        for m in sm.mustSlacks { x[m.slack.index] = 1 - (count[m.unit] ?? 0) }
        for (g, group) in sm.targetGroups.enumerated() {
            let planned = group.units.reduce(0.0) { $0 + (count[$1] ?? 0) }
            x[sm.targetSlacks[g].index] = max(0, Double(group.required) - planned)
        }
        for f in sm.fixedSlacks {
            guard let c = sm.candidates.firstIndex(where: { $0.fixed && units[$0.unit].code == sm.fixed[f.fixed].unit })
            else { return false }
            x[f.slack.index] = 1 - x[sm.candidates[c].variable.index]
        }
        return true
    }
}
