import CivilCalendar
import MILP
import ScenarioModel

/// Builds the aggregated scheduling MILP (see ``ScheduleModel`` for the formulation). Pure.
public struct ScheduleModelBuilder: Sendable {
    /// What the model is for.
    public enum Mode: Sendable, Hashable {
        /// The plan itself (elastic rows for targets, must-inspect units and pins).
        case plan
        /// Explanation: targets stay elastic only at a far higher penalty, and integer extra team-days per ISO week
        /// can be bought at the plain penalty; the optimum names the least extra capacity.
        case extraCapacity
    }

    /// The scenario.
    public var scenario: Scenario
    /// Its calendar.
    public var calendar: WorkingCalendar
    /// Fixed inspections (pins and kept past inspections).
    public var fixed: [FixedInspection]
    /// Free inspections may not start before this date (re-planning).
    public var earliestStart: CivilDate?
    /// Previously announced future inspections by unit code: keeping the team and date earns ``keepReward``.
    public var previous: [String: (team: String, date: CivilDate)]
    /// The reward for keeping a previous inspection.
    public var keepReward: Double
    /// The mode.
    public var mode: Mode
    /// Whether the teams of one region (or all teams without a region) are planned as one pool, with
    /// their capacities added up; concrete teams are assigned afterwards (see ``TeamAssignment``). The pooled model is
    /// a relaxation, so its bound stays valid for the plan; it is for large regions, where per-team columns grow as
    /// units × teams × weeks.
    public var poolTeams: Bool

    /// Creates a builder; `fixed` defaults to the scenario's pins.
    public init(
        scenario: Scenario, calendar: WorkingCalendar, fixed: [FixedInspection]? = nil, earliestStart: CivilDate? = nil,
        previous: [String: (team: String, date: CivilDate)] = [:], keepReward: Double = 0, mode: Mode = .plan,
        poolTeams: Bool = false
    ) {
        self.scenario = scenario
        self.calendar = calendar
        self.fixed = fixed ?? scenario.pins.map { FixedInspection(unit: $0.unit, team: $0.team, date: $0.date, origin: .pin) }
        self.earliestStart = earliestStart
        self.previous = previous
        self.keepReward = keepReward
        self.mode = mode
        self.poolTeams = poolTeams && mode == .plan
    }

    /// The team groups the model plans with: one group per team, or (pooling) one per region; a unit has a column
    /// in a pool when at least one of its teams may inspect it (exclusions are kept when teams are assigned).
    public static func teamGroups(of scenario: Scenario, pooled: Bool) -> [[Int]] {
        guard pooled else { return scenario.teams.indices.map { [$0] } }
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (t, team) in scenario.teams.enumerated() {
            let key = team.region ?? ""
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(t)
        }
        return order.map { members[$0]! }
    }

    /// The number of (unit, team, bucket) columns a per-team model would have at most, to decide on pooling.
    public static func unpooledColumnEstimate(_ scenario: Scenario, calendar: WorkingCalendar) -> Int {
        scenario.units.count * scenario.teams.count * buckets(of: calendar).count
    }

    /// The buckets of a calendar: each ISO week's working days split by month.
    public static func buckets(of calendar: WorkingCalendar) -> [Bucket] {
        var out: [Bucket] = []
        for d in calendar.workingDays {
            let w = WorkingCalendar.weekKey(d)
            if let last = out.last, last.week == w, last.month == d.month {
                out[out.count - 1].dates.append(d)
            } else {
                out.append(Bucket(week: w, month: d.month, dates: [d]))
            }
        }
        return out
    }

    /// Builds the model.
    public func build() -> ScheduleModel {
        let units = scenario.units, teams = scenario.teams
        let weights = scenario.inspection.objective
        let buckets = Self.buckets(of: calendar)
        var bucketOf: [CivilDate: Int] = [:]
        for (i, b) in buckets.enumerated() { for d in b.dates { bucketOf[d] = i } }
        let unitIndex = Dictionary(units.indices.map { (units[$0].code, $0) }, uniquingKeysWith: { a, _ in a })
        let teamIndex = Dictionary(teams.indices.map { (teams[$0].code, $0) }, uniquingKeysWith: { a, _ in a })
        var m = MILPModel(name: "inspection-schedule")

        // Team groups (one team each, or pools) and fast date rules by working-day index.
        let teamGroups = Self.teamGroups(of: scenario, pooled: poolTeams)
        var groupOf = [Int](repeating: 0, count: teams.count)
        for (g, members) in teamGroups.enumerated() { for t in members { groupOf[t] = g } }
        func groupCode(_ g: Int) -> String { teamGroups[g].count == 1 ? teams[teamGroups[g][0]].code : "P\(g + 1)" }
        let rules = DateRules(calendar: calendar, scenario: scenario)

        // Columns.
        var candidates: [Candidate] = []
        var fixedCandidate: [Int: Int] = [:]  // fixed index -> candidate
        var invalidFixed: [Int] = []
        var pinnedUnits = Set<Int>()
        for (fi, f) in fixed.enumerated() {
            guard let u = unitIndex[f.unit], let t = teamIndex[f.team], !pinnedUnits.contains(u) else {
                invalidFixed.append(fi)
                continue
            }
            let unit = units[u], team = teams[t]
            let days = ScheduleRules.duration(of: unit, in: scenario)
            guard ScheduleRules.teamMayInspect(team, unit), let b = bucketOf[f.date],
                  calendar.canStart(unit: unit.code, team: team.code, days: days, on: f.date)
            else {
                invalidFixed.append(fi)
                continue
            }
            pinnedUnits.insert(u)
            let v = m.addVariable("x_\(unit.code)_\(team.code)_b\(b)_fixed", kind: .binary)
            fixedCandidate[fi] = candidates.count
            candidates.append(Candidate(
                unit: u, team: groupOf[t], bucket: b, starts: [f.date], days: days, variable: v, fixed: true, fixedTeam: t))
        }
        let bucketRange = buckets.map { (first: calendar.workingDayIndex[$0.dates.first!]!, last: calendar.workingDayIndex[$0.dates.last!]!) }
        let earliestIndex = earliestStart.map { e in calendar.workingDays.firstIndex { $0 >= e } ?? calendar.workingDays.count } ?? 0
        for (u, unit) in units.enumerated() where !pinnedUnits.contains(u) && !unit.exclude {
            let days = ScheduleRules.duration(of: unit, in: scenario)
            let span = max(1, Int(days.rounded(.up)))
            let blackout = rules.blackouts(of: unit.code)
            for (g, members) in teamGroups.enumerated() where members.contains(where: { ScheduleRules.teamMayInspect(teams[$0], unit) }) {
                let able = members.filter { ScheduleRules.teamMayInspect(teams[$0], unit) }
                for (b, range) in bucketRange.enumerated() {
                    var starts: [CivilDate] = []
                    var i = max(range.first, earliestIndex)
                    while i + span - 1 <= range.last {
                        if (blackout.map { bl in (i..<(i + span)).allSatisfy { !bl[$0] } } ?? true),
                           able.contains(where: { rules.isFree(team: $0, from: i, count: span) }) {
                            starts.append(calendar.workingDays[i])
                        }
                        i += 1
                    }
                    guard !starts.isEmpty else { continue }
                    let v = m.addVariable("x_\(unit.code)_\(groupCode(g))_b\(b)", kind: .binary)
                    candidates.append(Candidate(unit: u, team: g, bucket: b, starts: starts, days: days, variable: v, fixed: false))
                }
            }
        }
        var byUnit: [Int: [Int]] = [:]
        var byTeamBucket: [ScheduleModel.TeamBucket: [Int]] = [:]
        for (c, cand) in candidates.enumerated() {
            byUnit[cand.unit, default: []].append(c)
            byTeamBucket[.init(team: cand.team, bucket: cand.bucket), default: []].append(c)
        }

        // Penalty: larger than any swing of the plain objective.
        let maxPriority = units.map(\.priority).max() ?? 1
        let totalDays = units.reduce(0.0) { $0 + ScheduleRules.duration(of: $1, in: scenario) }
        let upside = abs(weights.priority) * units.reduce(0.0) { $0 + abs($1.priority) }
            + abs(weights.bundling) * Double(units.count) + keepReward * Double(previous.count)
        let downside = abs(weights.balance) * 2 * totalDays
        let penalty = (upside + downside + 1).rounded(.up)
        let hardPenalty = mode == .extraCapacity ? penalty * 1000 : penalty
        _ = maxPriority
        var objective: [LinearTerm] = []

        // Unit rows and must-inspect slacks.
        var mustSlacks: [(unit: Int, slack: VariableID)] = []
        var unschedulable = false  // a must-inspect unit or a target that no column can serve
        for (u, unit) in units.enumerated() {
            let cols = byUnit[u] ?? []
            if ScheduleRules.mustInspect(unit, in: scenario) {
                if cols.isEmpty { unschedulable = true }
                let s = m.addVariable("miss_\(unit.code)", kind: .continuous, lowerBound: 0, upperBound: 1)
                mustSlacks.append((u, s))
                objective.append(LinearTerm(s, -hardPenalty))
                m.addConstraint("once_\(unit.code)", cols.map { LinearTerm(candidates[$0].variable) } + [LinearTerm(s)], .equal(1))
            } else if cols.count > 1 {
                m.addConstraint("once_\(unit.code)", cols.map { LinearTerm(candidates[$0].variable) }, .lessOrEqual(1))
            }
        }

        // Fixed rows.
        var fixedSlacks: [(fixed: Int, slack: VariableID)] = []
        for fi in fixed.indices {
            guard let c = fixedCandidate[fi] else { continue }
            let s = m.addVariable("unpin_\(fixed[fi].unit)", kind: .continuous, lowerBound: 0, upperBound: 1)
            fixedSlacks.append((fi, s))
            objective.append(LinearTerm(s, -hardPenalty))
            m.addConstraint("pin_\(fixed[fi].unit)", [LinearTerm(candidates[c].variable), LinearTerm(s)], .equal(1))
        }

        // Capacity.
        var splitCounters: [ScheduleModel.TeamBucket: VariableID] = [:]
        var slotLimit: [ScheduleModel.TeamBucket: Int] = [:]
        var splitWeekLimit: [ScheduleModel.TeamWeek: Int] = [:]
        var extra: [(team: Int, week: Int, variable: VariableID)] = []
        var bucketsOfWeek: [Int: [Int]] = [:]
        for (b, bucket) in buckets.enumerated() { bucketsOfWeek[bucket.week, default: []].append(b) }
        let weekKeys = bucketsOfWeek.keys.sorted()
        // Per team and week: the dates it may use (min(days_per_week, available dates)); per team and bucket: the
        // available dates. A pool adds its teams' figures up; `bundleRoom` keeps the largest single team's, since a
        // commune and the units visited with it are one team's work.
        var bundleRoom: [ScheduleModel.TeamBucket: Int] = [:]
        // The dates each team (index into `teams`) may use in each bucket.
        var teamDates: [ScheduleModel.TeamBucket: Int] = [:]
        func available(_ t: Int, _ b: Int) -> Int {
            buckets[b].dates.reduce(0) { $0 + (rules.isFree(team: t, from: calendar.workingDayIndex[$1]!, count: 1) ? 1 : 0) }
        }
        for (g, members) in teamGroups.enumerated() {
            let code = groupCode(g)
            for w in weekKeys {
                let bs = bucketsOfWeek[w]!.filter { byTeamBucket[.init(team: g, bucket: $0)] != nil }
                guard !bs.isEmpty else { continue }
                let availByTeam = members.map { t in bucketsOfWeek[w]!.map { available(t, $0) } }
                let capByTeam = members.indices.map { i in min(teams[members[i]].daysPerWeek, availByTeam[i].reduce(0, +)) }
                let cap = capByTeam.reduce(0, +)
                var e: VariableID?
                if mode == .extraCapacity {
                    let v = m.addVariable("extra_\(code)_w\(w)", kind: .integer, lowerBound: 0, upperBound: 5)
                    extra.append((g, w, v))
                    objective.append(LinearTerm(v, -penalty))
                    e = v
                }
                if bucketsOfWeek[w]!.count == 1 {
                    let b = bs[0]
                    slotLimit[.init(team: g, bucket: b)] = 2 * cap
                    bundleRoom[.init(team: g, bucket: b)] = 2 * (capByTeam.max() ?? 0)
                    for (i, t) in members.enumerated() { teamDates[.init(team: t, bucket: b)] = capByTeam[i] }
                    var terms = byTeamBucket[.init(team: g, bucket: b)]!.map { LinearTerm(candidates[$0].variable, 2 * candidates[$0].days) }
                    if let e { terms.append(LinearTerm(e, -2)) }
                    m.addConstraint("cap_\(code)_b\(b)", terms, .lessOrEqual(Double(2 * cap)))
                } else {
                    var weekTerms: [LinearTerm] = []
                    for b in bs {
                        let k = bucketsOfWeek[w]!.firstIndex(of: b)!
                        // The part of a split week holds at most what the whole week allows (n ≤ cap follows from
                        // the week row); saying so here keeps the bundling capacity cut below tight.
                        let partByTeam = members.indices.map { i in min(availByTeam[i][k], capByTeam[i]) }
                        let part = partByTeam.reduce(0, +)
                        let availSum = members.indices.reduce(0) { $0 + availByTeam[$1][k] }
                        let n = m.addVariable("days_\(code)_b\(b)", kind: .integer, lowerBound: 0, upperBound: Double(availSum))
                        splitCounters[.init(team: g, bucket: b)] = n
                        slotLimit[.init(team: g, bucket: b)] = 2 * part
                        bundleRoom[.init(team: g, bucket: b)] = 2 * (partByTeam.max() ?? 0)
                        for (i, t) in members.enumerated() { teamDates[.init(team: t, bucket: b)] = partByTeam[i] }
                        var terms = byTeamBucket[.init(team: g, bucket: b)]!.map { LinearTerm(candidates[$0].variable, 2 * candidates[$0].days) }
                        terms.append(LinearTerm(n, -2))
                        m.addConstraint("cap_\(code)_b\(b)", terms, .lessOrEqual(0))
                        weekTerms.append(LinearTerm(n, 1))
                    }
                    if let e { weekTerms.append(LinearTerm(e, -1)) }
                    splitWeekLimit[.init(team: g, week: w)] = cap
                    m.addConstraint("week_\(code)_w\(w)", weekTerms, .lessOrEqual(Double(cap)))
                }
            }
        }

        // Targets.
        let groups = ScheduleRules.targetGroups(of: scenario)
        var targetSlacks: [VariableID] = []
        for (g, group) in groups.enumerated() {
            let s = m.addVariable("short_\(g)", kind: .continuous, lowerBound: 0, upperBound: Double(group.required))
            targetSlacks.append(s)
            objective.append(LinearTerm(s, -hardPenalty))
            if group.units.filter({ byUnit[$0] != nil }).count < group.required { unschedulable = true }
            var terms = group.units.flatMap { (byUnit[$0] ?? []).map { LinearTerm(candidates[$0].variable) } }
            terms.append(LinearTerm(s))
            m.addConstraint("target_\(g)", terms, .greaterOrEqual(Double(group.required)))
        }

        // Priority and keep rewards.
        for (c, cand) in candidates.enumerated() {
            var coef = weights.priority * units[cand.unit].priority
            if let prev = previous[units[cand.unit].code], let pt = teamIndex[prev.team], teamGroups[cand.team].contains(pt),
               bucketOf[prev.date] == cand.bucket, cand.starts.contains(prev.date) {
                coef += keepReward
            }
            _ = c
            if coef != 0 { objective.append(LinearTerm(cand.variable, coef)) }
        }

        // Spread.
        var spread: ScheduleModel.SpreadVariables?
        // Team groups with any column; a pool's load counts as its teams' average (a relaxation: the busiest team has
        // at least, the least busy at most, its pool's average).
        let teamsWithWork = teamGroups.indices.filter { g in candidates.contains { $0.team == g } }
        var byGroup: [[Int]] = Array(repeating: [], count: teamGroups.count)
        for (c, cand) in candidates.enumerated() { byGroup[cand.team].append(c) }
        // The teams of a group that have a column of their own: a pool's load is shared among these (teams without
        // one carry no load in any plan), so the busiest of them has at least, the least busy at most, the average.
        func isActive(_ t: Int) -> Bool {
            byGroup[groupOf[t]].contains { c in
                let cand = candidates[c]
                if let ft = cand.fixedTeam { return ft == t }
                guard ScheduleRules.teamMayInspect(teams[t], units[cand.unit]) else { return false }
                let span = max(1, Int(cand.days.rounded(.up)))
                return cand.starts.contains { rules.isFree(team: t, from: calendar.workingDayIndex[$0]!, count: span) }
            }
        }
        let activeMembers: [[Int]] = teamGroups.map { members in members.count == 1 ? members : members.filter(isActive) }
        var monthDays: [Int: Int] = [:]
        for d in calendar.workingDays { monthDays[d.month, default: 0] += 1 }
        let balancedMonths = monthDays.keys.sorted().filter { monthDays[$0]! >= ScheduleObjective.balancedMonthMinimumWorkingDays }
        if weights.balance > 0 {
            var sv = ScheduleModel.SpreadVariables(teams: teamsWithWork, activeTeams: teamsWithWork.map { max(1, activeMembers[$0].count) })
            if teamsWithWork.count > 1 || teamsWithWork.contains(where: { activeMembers[$0].count > 1 }) {
                let hi = m.addVariable("team_load_max_halfdays", kind: .integer, lowerBound: 0)
                let lo = m.addVariable("team_load_min_halfdays", kind: .integer, lowerBound: 0)
                for g in teamsWithWork {
                    let share = 2 / Double(max(1, activeMembers[g].count))
                    let load = candidates.filter { $0.team == g }.map { LinearTerm($0.variable, share * $0.days) }
                    m.addConstraint("tmax_\(groupCode(g))", [LinearTerm(hi)] + load.map { LinearTerm($0.variable, -$0.coefficient) }, .greaterOrEqual(0))
                    m.addConstraint("tmin_\(groupCode(g))", load + [LinearTerm(lo, -1)], .greaterOrEqual(0))
                }
                objective += [LinearTerm(hi, -weights.balance / 2), LinearTerm(lo, weights.balance / 2)]
                sv.tMax = hi
                sv.tMin = lo
            }
            if balancedMonths.count > 1 {
                let hi = m.addVariable("month_load_max_halfdays", kind: .integer, lowerBound: 0)
                let lo = m.addVariable("month_load_min_halfdays", kind: .integer, lowerBound: 0)
                for month in balancedMonths {
                    let load = candidates.filter { buckets[$0.bucket].month == month }.map { LinearTerm($0.variable, 2 * $0.days) }
                    m.addConstraint("mmax_\(month)", [LinearTerm(hi)] + load.map { LinearTerm($0.variable, -$0.coefficient) }, .greaterOrEqual(0))
                    m.addConstraint("mmin_\(month)", load + [LinearTerm(lo, -1)], .greaterOrEqual(0))
                }
                objective += [LinearTerm(hi, -weights.balance / 2), LinearTerm(lo, weights.balance / 2)]
                sv.mMax = hi
                sv.mMin = lo
            }
            spread = sv
        }

        // Bundling.
        var bundles: [(z: VariableID, members: [Int], anchor: Int, room: Double?)] = []
        var bundleLinks: [(w: VariableID, other: Int, anchor: Int)] = []
        if weights.bundling > 0 {
            for key in byTeamBucket.keys.sorted(by: { ($0.bucket, $0.team) < ($1.bucket, $1.team) }) {
                var byCommune: [String: [Int]] = [:]
                for c in byTeamBucket[key]! {
                    if let k = ScheduleRules.communeKey(of: units[candidates[c].unit]) { byCommune[k, default: []].append(c) }
                }
                for commune in byCommune.keys.sorted() {
                    let members = byCommune[commune]!
                    guard members.count > 1 else { continue }
                    // Only units inspected together with their commune count (see ``ScheduleObjective``).
                    guard let anchor = members.first(where: { units[candidates[$0].unit].code == commune }) else { continue }
                    // No link can exist where the team-bucket has no room beside the commune's own inspection (a
                    // team with one day a week and a full-day commune): no columns or rows for it.
                    if mode != .extraCapacity, let limit = bundleRoom[key], Double(limit) - 2 * candidates[anchor].days < 1e-9 {
                        continue
                    }
                    let tag = "\(commune)_\(groupCode(key.team))_b\(key.bucket)"
                    let z = m.addVariable("links_\(tag)", kind: .continuous, lowerBound: 0)
                    let others = members.filter { $0 != anchor }
                    if poolTeams {
                        // Pooled (large) models: two rows per group instead of two per unit, links ≤ Σ x_others and
                        // links ≤ k·x_commune with k the units one team can visit beside the commune. Weaker, but the
                        // disaggregated rows made the root LP of a 1,500-unit region take minutes.
                        let room = Double(bundleRoom[key] ?? 0) - 2 * candidates[anchor].days
                        let smallest = others.map { 2 * candidates[$0].days }.min() ?? 1
                        let k = Double(min(others.count, Int((max(room, 0) / max(smallest, 1)).rounded(.down))))
                        m.addConstraint("links_\(tag)", [LinearTerm(z)] + others.map { LinearTerm(candidates[$0].variable, -1) }, .lessOrEqual(0))
                        m.addConstraint("linkcap_\(tag)", [LinearTerm(z), LinearTerm(candidates[anchor].variable, -k)], .lessOrEqual(0))
                        bundles.append((z, members, anchor, k))
                        objective.append(LinearTerm(z, weights.bundling))
                        continue
                    }
                    // Anchored: links = the other units inspected with the commune itself (2 rows).
                    // Disaggregated: one link per other unit, each at most that unit's and the commune's choice, so
                    // the LP relaxation cannot spread a fractional commune inspection over many links.
                    var linkTerms = [LinearTerm(z)]
                    for o in others {
                        let w = m.addVariable("link_\(tag)_\(units[candidates[o].unit].code)", kind: .continuous, lowerBound: 0, upperBound: 1)
                        m.addConstraint("linko_\(tag)_\(units[candidates[o].unit].code)", [LinearTerm(w), LinearTerm(candidates[o].variable, -1)], .lessOrEqual(0))
                        m.addConstraint("linka_\(tag)_\(units[candidates[o].unit].code)", [LinearTerm(w), LinearTerm(candidates[anchor].variable, -1)], .lessOrEqual(0))
                        linkTerms.append(LinearTerm(w, -1))
                        bundleLinks.append((w, o, anchor))
                    }
                    m.addConstraint("links_\(tag)", linkTerms, .lessOrEqual(0))
                    // Capacity cut: what links to the commune must fit in the team-bucket beside the commune's own
                    // inspection. Valid for integer plans; it removes the relaxation's habit of splitting a commune
                    // and its units over several buckets to collect more links than any real week holds.
                    var roomBeside: Double?
                    if mode != .extraCapacity, let limit = bundleRoom[key] {
                        let room = Double(limit) - 2 * candidates[anchor].days
                        roomBeside = max(room, 0)
                        let cut = others.enumerated().map { i, o in LinearTerm(linkTerms[i + 1].variable, 2 * candidates[o].days) }
                        m.addConstraint("linkcap_\(tag)", cut + [LinearTerm(candidates[anchor].variable, -max(room, 0))], .lessOrEqual(0))
                    }
                    bundles.append((z, members, anchor, roomBeside))
                    objective.append(LinearTerm(z, weights.bundling))
                }
            }
        }

        // Pooled models: which teams can make links, and how many. The aggregated rows above let a pool's bucket
        // count links for every commune, while a link is one team's trip: the commune's inspection and a unit beside
        // it. So per (pool, bucket), links ≤ Σ over the pool's teams of what one team-bucket holds; and the teams that
        // can make links carry their work, which ties bundling to the team spread (see ``ScheduleModel/poolLinkRows``).
        var pairCaps: [(bundles: [Int], cap: Double)] = []
        var poolLinkRows: [ScheduleModel.PoolLinkRow] = []
        if poolTeams, !bundles.isEmpty {
            var bundlesOf: [ScheduleModel.TeamBucket: [Int]] = [:]
            for (i, b) in bundles.enumerated() {
                let a = candidates[b.anchor]
                bundlesOf[.init(team: a.team, bucket: a.bucket), default: []].append(i)
            }
            for (g, members) in teamGroups.enumerated() where members.count > 1 {
                let mine = bundlesOf.keys.filter { $0.team == g }.sorted { $0.bucket < $1.bucket }
                guard !mine.isEmpty else { continue }
                let all = mine.flatMap { bundlesOf[$0]! }
                // Per link: its unit's half-days plus its share of the commune's (at most `kmax` links per commune).
                let kmax = all.map { bundles[$0].room ?? 0 }.max() ?? 0
                guard kmax > 0 else { continue }
                let minAnchor = all.map { 2 * candidates[bundles[$0].anchor].days }.min()!
                let minOther = all.flatMap { i in bundles[i].members.filter { $0 != bundles[i].anchor }.map { 2 * candidates[$0].days } }.min()!
                let perLink = minOther + minAnchor / kmax
                guard perLink > 1e-9 else { continue }  // zero-day inspections: no limit to state
                func linkCap(_ dates: Int) -> Int {
                    let slots = Double(2 * dates)
                    return slots + 1e-9 >= minAnchor + minOther ? Int((slots / perLink + 1e-9).rounded(.down)) : 0
                }
                var pairing = Set<Int>()
                for key in mine {
                    let ids = bundlesOf[key]!
                    var cap = 0
                    for t in members {
                        let n = linkCap(teamDates[.init(team: t, bucket: key.bucket)] ?? 0)
                        if n > 0 { pairing.insert(t) }
                        cap += n
                    }
                    let most = ids.reduce(0.0) { $0 + (bundles[$1].room ?? 0) }
                    guard Double(cap) < most else { continue }
                    pairCaps.append((ids, Double(cap)))
                    m.addConstraint("pairs_\(groupCode(g))_b\(key.bucket)", ids.map { LinearTerm(bundles[$0].z) }, .lessOrEqual(Double(cap)))
                }
                guard let hi = spread?.tMax, let lo = spread?.tMin else { continue }
                let active = Set(activeMembers[g])
                let nPairing = pairing.intersection(active).count
                let nOthers = active.count - nPairing
                guard nPairing > 0 else { continue }
                let links = all.map { bundles[$0].z }
                poolLinkRows.append(.init(group: g, pairing: nPairing, others: nOthers, perLink: perLink, links: links))
                m.addConstraint("linkmax_\(groupCode(g))", [LinearTerm(hi, Double(nPairing))] + links.map { LinearTerm($0, -perLink) }, .greaterOrEqual(0))
                if nOthers > 0 {
                    let load = byGroup[g].map { LinearTerm(candidates[$0].variable, 2 * candidates[$0].days) }
                    m.addConstraint("linkmin_\(groupCode(g))", load + links.map { LinearTerm($0, -perLink) } + [LinearTerm(lo, -Double(nOthers))], .greaterOrEqual(0))
                }
            }
        }

        // Symmetry of identical teams.
        let fixedTeams = Set(fixed.map(\.team)).union(previous.values.map(\.team))
        func signature(_ t: Int) -> String {
            let team = teams[t]
            let un = (calendar.teamUnavailable[team.code] ?? []).sorted().map(\.description).joined(separator: ",")
            return "\(team.daysPerWeek)|\(team.region ?? "-")|\(team.excludedUnits.sorted().joined(separator: ","))|\(un)"
        }
        var lastOfSignature: [String: Int] = [:]
        var classes: [String: [Int]] = [:]
        for t in teamsWithWork where !poolTeams && !fixedTeams.contains(teams[t].code) {
            let sig = signature(t)
            if let prev = lastOfSignature[sig] {
                let a = candidates.filter { $0.team == prev }.map { LinearTerm($0.variable, $0.days) }
                let b = candidates.filter { $0.team == t }.map { LinearTerm($0.variable, -$0.days) }
                m.addConstraint("sym_\(teams[prev].code)_\(teams[t].code)", a + b, .greaterOrEqual(0))
            }
            lastOfSignature[sig] = t
            classes[sig, default: []].append(t)
        }

        m.objective = Objective(sense: .maximize, terms: objective)
        return ScheduleModel(
            model: m, buckets: buckets, candidates: candidates, targetGroups: groups, targetSlacks: targetSlacks,
            mustSlacks: mustSlacks, fixedSlacks: fixedSlacks, fixed: fixed, invalidFixed: invalidFixed, extraCapacity: extra,
            penalty: hardPenalty, extraCost: penalty, feasibleFloor: -downside - 1e-6,
            teamGroups: teamGroups, hasUnschedulableRequirement: unschedulable, objectiveStep: ObjectiveStep.of(objective.map(\.coefficient)), splitCounters: splitCounters, spread: spread, bundles: bundles, bundleLinks: bundleLinks,
            slotLimit: slotLimit, splitWeekLimit: splitWeekLimit,
            symmetryClasses: classes.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] },
            balancedMonths: balancedMonths, pairCaps: pairCaps, poolLinkRows: poolLinkRows, teamDates: teamDates,
            activeTeams: activeMembers.flatMap { $0 }.filter { t in !byGroup[groupOf[t]].isEmpty }.sorted()
        )
    }
}
