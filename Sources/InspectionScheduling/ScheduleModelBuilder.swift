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

    /// Creates a builder; `fixed` defaults to the scenario's pins.
    public init(
        scenario: Scenario, calendar: WorkingCalendar, fixed: [FixedInspection]? = nil, earliestStart: CivilDate? = nil,
        previous: [String: (team: String, date: CivilDate)] = [:], keepReward: Double = 0, mode: Mode = .plan
    ) {
        self.scenario = scenario
        self.calendar = calendar
        self.fixed = fixed ?? scenario.pins.map { FixedInspection(unit: $0.unit, team: $0.team, date: $0.date, origin: .pin) }
        self.earliestStart = earliestStart
        self.previous = previous
        self.keepReward = keepReward
        self.mode = mode
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
            candidates.append(Candidate(unit: u, team: t, bucket: b, starts: [f.date], days: days, variable: v, fixed: true))
        }
        for (u, unit) in units.enumerated() where !pinnedUnits.contains(u) && !unit.exclude {
            let days = ScheduleRules.duration(of: unit, in: scenario)
            let span = max(1, Int(days.rounded(.up)))
            for (t, team) in teams.enumerated() where ScheduleRules.teamMayInspect(team, unit) {
                for (b, bucket) in buckets.enumerated() {
                    var starts: [CivilDate] = []
                    for (i, d) in bucket.dates.enumerated() where i + span <= bucket.dates.count {
                        if let e = earliestStart, d < e { continue }
                        guard calendar.canStart(unit: unit.code, team: team.code, days: days, on: d),
                              let occ = calendar.occupiedDates(start: d, days: days), occ.last! <= bucket.dates.last!
                        else { continue }
                        starts.append(d)
                    }
                    guard !starts.isEmpty else { continue }
                    let v = m.addVariable("x_\(unit.code)_\(team.code)_b\(b)", kind: .binary)
                    candidates.append(Candidate(unit: u, team: t, bucket: b, starts: starts, days: days, variable: v, fixed: false))
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
        for (u, unit) in units.enumerated() {
            let cols = byUnit[u] ?? []
            if ScheduleRules.mustInspect(unit, in: scenario) {
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
        for (t, team) in teams.enumerated() {
            for w in weekKeys {
                let bs = bucketsOfWeek[w]!.filter { byTeamBucket[.init(team: t, bucket: $0)] != nil }
                guard !bs.isEmpty else { continue }
                let availWeek = bucketsOfWeek[w]!.reduce(0) { acc, b in
                    acc + buckets[b].dates.filter { calendar.isAvailable(team: team.code, on: $0) }.count
                }
                let cap = min(team.daysPerWeek, availWeek)
                var e: VariableID?
                if mode == .extraCapacity {
                    let v = m.addVariable("extra_\(team.code)_w\(w)", kind: .integer, lowerBound: 0, upperBound: 5)
                    extra.append((t, w, v))
                    objective.append(LinearTerm(v, -penalty))
                    e = v
                }
                if bucketsOfWeek[w]!.count == 1 {
                    let b = bs[0]
                    slotLimit[.init(team: t, bucket: b)] = 2 * cap
                    var terms = byTeamBucket[.init(team: t, bucket: b)]!.map { LinearTerm(candidates[$0].variable, 2 * candidates[$0].days) }
                    if let e { terms.append(LinearTerm(e, -2)) }
                    m.addConstraint("cap_\(team.code)_b\(b)", terms, .lessOrEqual(Double(2 * cap)))
                } else {
                    var weekTerms: [LinearTerm] = []
                    for b in bs {
                        let avail = buckets[b].dates.filter { calendar.isAvailable(team: team.code, on: $0) }.count
                        let n = m.addVariable("days_\(team.code)_b\(b)", kind: .integer, lowerBound: 0, upperBound: Double(avail))
                        splitCounters[.init(team: t, bucket: b)] = n
                        // The part of a split week holds at most what the whole week allows (n ≤ cap follows from
                        // the week row); saying so here keeps the bundling capacity cut below tight.
                        slotLimit[.init(team: t, bucket: b)] = 2 * min(avail, cap)
                        var terms = byTeamBucket[.init(team: t, bucket: b)]!.map { LinearTerm(candidates[$0].variable, 2 * candidates[$0].days) }
                        terms.append(LinearTerm(n, -2))
                        m.addConstraint("cap_\(team.code)_b\(b)", terms, .lessOrEqual(0))
                        weekTerms.append(LinearTerm(n, 1))
                    }
                    if let e { weekTerms.append(LinearTerm(e, -1)) }
                    splitWeekLimit[.init(team: t, week: w)] = cap
                    m.addConstraint("week_\(team.code)_w\(w)", weekTerms, .lessOrEqual(Double(cap)))
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
            var terms = group.units.flatMap { (byUnit[$0] ?? []).map { LinearTerm(candidates[$0].variable) } }
            terms.append(LinearTerm(s))
            m.addConstraint("target_\(g)", terms, .greaterOrEqual(Double(group.required)))
        }

        // Priority and keep rewards.
        for (c, cand) in candidates.enumerated() {
            var coef = weights.priority * units[cand.unit].priority
            if let prev = previous[units[cand.unit].code], prev.team == teams[cand.team].code,
               bucketOf[prev.date] == cand.bucket, cand.starts.contains(prev.date) {
                coef += keepReward
            }
            _ = c
            if coef != 0 { objective.append(LinearTerm(cand.variable, coef)) }
        }

        // Spread.
        var spread: ScheduleModel.SpreadVariables?
        let teamsWithWork = teams.indices.filter { t in candidates.contains { $0.team == t } }
        var monthDays: [Int: Int] = [:]
        for d in calendar.workingDays { monthDays[d.month, default: 0] += 1 }
        let balancedMonths = monthDays.keys.sorted().filter { monthDays[$0]! >= ScheduleObjective.balancedMonthMinimumWorkingDays }
        if weights.balance > 0 {
            var sv = ScheduleModel.SpreadVariables(teams: teamsWithWork)
            if teamsWithWork.count > 1 {
                let hi = m.addVariable("team_load_max_halfdays", kind: .integer, lowerBound: 0)
                let lo = m.addVariable("team_load_min_halfdays", kind: .integer, lowerBound: 0)
                for t in teamsWithWork {
                    let load = candidates.filter { $0.team == t }.map { LinearTerm($0.variable, 2 * $0.days) }
                    m.addConstraint("tmax_\(teams[t].code)", [LinearTerm(hi)] + load.map { LinearTerm($0.variable, -$0.coefficient) }, .greaterOrEqual(0))
                    m.addConstraint("tmin_\(teams[t].code)", load + [LinearTerm(lo, -1)], .greaterOrEqual(0))
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
        var bundles: [(z: VariableID, members: [Int], anchor: Int)] = []
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
                    let tag = "\(commune)_\(teams[key.team].code)_b\(key.bucket)"
                    let z = m.addVariable("links_\(tag)", kind: .continuous, lowerBound: 0)
                    // Anchored: links = the other units inspected with the commune itself (2 rows).
                    // Disaggregated: one link per other unit, each at most that unit's and the commune's choice, so
                    // the LP relaxation cannot spread a fractional commune inspection over many links.
                    let others = members.filter { $0 != anchor }
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
                    if mode != .extraCapacity, let limit = slotLimit[key] {
                        let room = Double(limit) - 2 * candidates[anchor].days
                        let cut = others.enumerated().map { i, o in LinearTerm(linkTerms[i + 1].variable, 2 * candidates[o].days) }
                        m.addConstraint("linkcap_\(tag)", cut + [LinearTerm(candidates[anchor].variable, -max(room, 0))], .lessOrEqual(0))
                    }
                    bundles.append((z, members, anchor))
                    objective.append(LinearTerm(z, weights.bundling))
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
        for t in teamsWithWork where !fixedTeams.contains(teams[t].code) {
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
            objectiveStep: ObjectiveStep.of(objective.map(\.coefficient)), splitCounters: splitCounters, spread: spread, bundles: bundles, bundleLinks: bundleLinks,
            slotLimit: slotLimit, splitWeekLimit: splitWeekLimit,
            symmetryClasses: classes.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] },
            balancedMonths: balancedMonths
        )
    }
}
