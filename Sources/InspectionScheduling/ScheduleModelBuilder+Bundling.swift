import MILP
import ScenarioModel

/// The bundling columns and rows of the scheduling model: units inspected together with their commune.
extension ScheduleModelBuilder.ModelDraft {
    /// A commune's bundle in one team-bucket: its own column (the anchor) and the columns of its other units there.
    private struct BundleSite {
        /// The team group and bucket.
        let key: ScheduleModel.TeamBucket
        /// The name tag of its columns and rows: commune, group code, bucket.
        let tag: String
        /// The commune's own column.
        let anchor: Int
        /// The columns of the commune's units there, the anchor among them.
        let members: [Int]
        /// The links column: the number of other units inspected with the commune.
        let links: VariableID
        /// The members other than the anchor.
        var others: [Int] { members.filter { $0 != anchor } }
    }

    /// Adds a links column per commune, team group and bucket (in bucket order) where the commune's own column and
    /// another of its units' columns are, with rows that count only units inspected together with their commune
    /// (see ``ScheduleObjective``); the links earn the bundling weight. Per-team models get disaggregated links,
    /// pooled models aggregated ones.
    mutating func addBundlingRows(_ context: BuildContext) {
        guard context.weights.bundling > 0 else { return }
        let units = context.units
        for key in byTeamBucket.keys.sorted(by: { ($0.bucket, $0.team) < ($1.bucket, $1.team) }) {
            var byCommune: [String: [Int]] = [:]
            for c in byTeamBucket[key]! {
                if let k = ScheduleRules.communeKey(of: units[candidates[c].unit]) {
                    byCommune[k, default: []].append(c)
                }
            }
            for commune in byCommune.keys.sorted() {
                let members = byCommune[commune]!
                guard members.count > 1,
                    let anchor = members.first(where: { units[candidates[$0].unit].code == commune })
                else { continue }
                // No link can exist where the team-bucket has no room beside the commune's own inspection (a team
                // with one day a week and a full-day commune): no columns or rows for it.
                if context.builder.mode != .extraCapacity, let limit = bundleRoom[key],
                    Double(limit) - 2 * candidates[anchor].days < 1e-9
                {
                    continue
                }
                let tag = "\(commune)_\(context.groupCode(key.team))_b\(key.bucket)"
                let z = model.addVariable("links_\(tag)", kind: .continuous, lowerBound: 0)
                let site = BundleSite(key: key, tag: tag, anchor: anchor, members: members, links: z)
                if context.builder.poolTeams {
                    addAggregatedLinks(site, context)
                } else if context.builder.compactLinks, let room = compactRoom(site, context) {
                    addCompactLinks(site, room: room, context)
                } else {
                    addAnchoredLinks(site, context)
                }
            }
        }
    }

    /// Pooled (large) models: two rows per bundle instead of two per unit, links ≤ Σ x_others and
    /// links ≤ k·x_commune with k the units one team can visit beside the commune. Weaker, but the disaggregated rows
    /// made the root LP of a 1,500-unit region take minutes.
    private mutating func addAggregatedLinks(_ site: BundleSite, _ context: BuildContext) {
        let others = site.others, z = site.links, anchor = candidates[site.anchor]
        let room = Double(bundleRoom[site.key] ?? 0) - 2 * anchor.days
        let smallest = others.map { 2 * candidates[$0].days }.min() ?? 1
        let k = Double(min(others.count, Int((max(room, 0) / max(smallest, 1)).rounded(.down))))
        model.addConstraint(
            "links_\(site.tag)", [LinearTerm(z)] + others.map { LinearTerm(candidates[$0].variable, -1) },
            .lessOrEqual(0))
        model.addConstraint("linkcap_\(site.tag)", [LinearTerm(z), LinearTerm(anchor.variable, -k)], .lessOrEqual(0))
        bundles.append((z, site.members, site.anchor, k))
        objective.append(LinearTerm(z, context.weights.bundling))
    }

    /// Compact per-team models: the half-day slots beside the commune's inspection, when every other unit of the
    /// bundle takes half a day (one slot) and the capacity cut applies; `nil` otherwise (the disaggregated links).
    private func compactRoom(_ site: BundleSite, _ context: BuildContext) -> Int? {
        guard context.builder.mode != .extraCapacity, let limit = bundleRoom[site.key],
            site.others.allSatisfy({ abs(2 * candidates[$0].days - 1) < 1e-9 })
        else { return nil }
        return max(0, Int((Double(limit) - 2 * candidates[site.anchor].days + 1e-9).rounded(.down)))
    }

    /// Compact per-team models: links ≤ Σ x_others and links ≤ min(others, room)·x_commune. With one slot per other
    /// unit these allow, for whole numbers, exactly what the disaggregated links allow (the commune's chosen units up
    /// to the room, none without the commune); the cut family `links ≤ Σ_o min(x_o, x_commune)` restores the
    /// disaggregated LP relaxation.
    private mutating func addCompactLinks(_ site: BundleSite, room: Int, _ context: BuildContext) {
        let others = site.others, z = site.links, anchor = candidates[site.anchor]
        let k = Double(min(others.count, room))
        model.addConstraint(
            "links_\(site.tag)", [LinearTerm(z)] + others.map { LinearTerm(candidates[$0].variable, -1) },
            .lessOrEqual(0))
        model.addConstraint("linkcap_\(site.tag)", [LinearTerm(z), LinearTerm(anchor.variable, -k)], .lessOrEqual(0))
        model.minimumSumCuts.append(
            MinimumSumCut(bounded: z, cap: anchor.variable, members: others.map { candidates[$0].variable }))
        bundles.append((z, site.members, site.anchor, Double(room)))
        objective.append(LinearTerm(z, context.weights.bundling))
    }

    /// Per-team models: links = the other units inspected with the commune itself, disaggregated into one link per
    /// other unit, each at most that unit's and the commune's choice, so the LP relaxation cannot spread a
    /// fractional commune inspection over many links. Outside explanation mode, a capacity cut: what links to the
    /// commune must fit in the team-bucket beside the commune's own inspection. Valid for integer plans, it removes
    /// the relaxation's habit of splitting a commune and its units over several buckets to collect more links than
    /// any real week holds.
    private mutating func addAnchoredLinks(_ site: BundleSite, _ context: BuildContext) {
        let others = site.others, z = site.links, anchor = candidates[site.anchor]
        var links: [VariableID] = []
        for o in others {
            let name = "\(site.tag)_\(context.units[candidates[o].unit].code)"
            let w = model.addVariable("link_\(name)", kind: .continuous, lowerBound: 0, upperBound: 1)
            model.addConstraint(
                "linko_\(name)", [LinearTerm(w), LinearTerm(candidates[o].variable, -1)], .lessOrEqual(0))
            model.addConstraint("linka_\(name)", [LinearTerm(w), LinearTerm(anchor.variable, -1)], .lessOrEqual(0))
            links.append(w)
            bundleLinks.append((w, o, site.anchor))
        }
        model.addConstraint("links_\(site.tag)", [LinearTerm(z)] + links.map { LinearTerm($0, -1) }, .lessOrEqual(0))
        var roomBeside: Double?
        if context.builder.mode != .extraCapacity, let limit = bundleRoom[site.key] {
            let room = Double(limit) - 2 * anchor.days
            roomBeside = max(room, 0)
            let cut = zip(links, others).map { w, o in LinearTerm(w, 2 * candidates[o].days) }
            model.addConstraint(
                "linkcap_\(site.tag)", cut + [LinearTerm(anchor.variable, -max(room, 0))], .lessOrEqual(0))
        }
        bundles.append((z, site.members, site.anchor, roomBeside))
        objective.append(LinearTerm(z, context.weights.bundling))
    }

    /// Pooled models: which teams can make links, and how many. The aggregated rows let a pool's bucket count links
    /// for every commune, while a link is one team's trip: the commune's inspection and a unit beside it. So per
    /// (pool, bucket), links ≤ Σ over the pool's teams of what one team-bucket holds; and the teams that can make
    /// links carry their work, which ties bundling to the team spread (see ``ScheduleModel/poolLinkRows``).
    mutating func addPoolLinkRows(_ context: BuildContext) {
        guard context.builder.poolTeams, !bundles.isEmpty else { return }
        var bundlesOf: [ScheduleModel.TeamBucket: [Int]] = [:]
        for (i, b) in bundles.enumerated() {
            let a = candidates[b.anchor]
            bundlesOf[.init(team: a.team, bucket: a.bucket), default: []].append(i)
        }
        for (g, members) in context.teamGroups.enumerated() where members.count > 1 {
            let mine = bundlesOf.keys.filter { $0.team == g }.sorted { $0.bucket < $1.bucket }
            guard !mine.isEmpty else { continue }
            addPoolLinkRows(group: g, members: members, bundles: mine.map { ($0, bundlesOf[$0]!) }, context)
        }
    }

    /// The link rows of pool `g`, whose bundles are given per team-bucket in bucket order.
    private mutating func addPoolLinkRows(
        group g: Int, members: [Int], bundles mine: [(key: ScheduleModel.TeamBucket, ids: [Int])],
        _ context: BuildContext
    ) {
        let all = mine.flatMap(\.ids)
        // Per link: its unit's half-days plus its share of the commune's (at most `kmax` links per commune).
        let kmax = all.map { bundles[$0].room ?? 0 }.max() ?? 0
        guard kmax > 0 else { return }
        let minAnchor = all.map { 2 * candidates[bundles[$0].anchor].days }.min()!
        let minOther = all.flatMap { i in
            bundles[i].members.filter { $0 != bundles[i].anchor }.map { 2 * candidates[$0].days }
        }.min()!
        let perLink = minOther + minAnchor / kmax
        guard perLink > 1e-9 else { return }  // zero-day inspections: no limit to state
        /// The links one team can make in a bucket where it may use `dates` dates.
        func linkCap(_ dates: Int) -> Int {
            let slots = Double(2 * dates)
            return slots + 1e-9 >= minAnchor + minOther ? Int((slots / perLink + 1e-9).rounded(.down)) : 0
        }
        var pairing = Set<Int>()
        for (key, ids) in mine {
            var cap = 0
            for t in members {
                let n = linkCap(teamDates[.init(team: t, bucket: key.bucket)] ?? 0)
                if n > 0 { pairing.insert(t) }
                cap += n
            }
            let most = ids.reduce(0.0) { $0 + (bundles[$1].room ?? 0) }
            guard Double(cap) < most else { continue }
            pairCaps.append((ids, Double(cap)))
            model.addConstraint(
                "pairs_\(context.groupCode(g))_b\(key.bucket)", ids.map { LinearTerm(bundles[$0].z) },
                .lessOrEqual(Double(cap)))
        }
        guard let hi = spread?.tMax, let lo = spread?.tMin else { return }
        let active = Set(activeMembers[g])
        let nPairing = pairing.intersection(active).count
        let nOthers = active.count - nPairing
        guard nPairing > 0 else { return }
        let links = all.map { bundles[$0].z }
        let perLinkTerms = links.map { LinearTerm($0, -perLink) }
        poolLinkRows.append(.init(group: g, pairing: nPairing, others: nOthers, perLink: perLink, links: links))
        model.addConstraint(
            "linkmax_\(context.groupCode(g))", [LinearTerm(hi, Double(nPairing))] + perLinkTerms, .greaterOrEqual(0))
        if nOthers > 0 {
            let load = byGroup[g].map { LinearTerm(candidates[$0].variable, 2 * candidates[$0].days) }
            model.addConstraint(
                "linkmin_\(context.groupCode(g))", load + perLinkTerms + [LinearTerm(lo, -Double(nOthers))],
                .greaterOrEqual(0))
        }
    }
}
