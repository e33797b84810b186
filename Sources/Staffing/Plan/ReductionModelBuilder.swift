import CivilCalendar
import MILP
import ScenarioModel

/// Builds the reduction-plan MILP: pure data in, a ``MILPModel`` plus the meaning of each variable out.
///
/// **Data.** The roster at `asOf`; each unit's deadline; the unit's checkpoints = 31 December of every year from the
/// check year to the horizon, except the deadline itself in the deadline's year (a deadline already past is checked
/// from the first checkpoint); candidate dates for measures = the unit's checkpoints up to its deadline (at least one). **Variables.** Binary `x[p,v,t]` (transfer person p to unit v on t),
/// `e[p,t]` (early retirement), `r[p,t]` (resignation), only where allowed, eligible, not protected and before the
/// person's natural exit; continuous slack `s[u,g,Y] ≥ 0` from each unit's deadline year. **Constraints.** At most one
/// measure per person; for every unit, group and year-end `D`: people still counted on D (natural retirements and
/// decided exits applied) − measures out by D + transfers in by D − s ≤ cap, where cap = quota from the deadline
/// year on, and `max(quota, baseline)` before it (transfers never push a unit over); transfers into a post group never
/// exceed its vacancies; a person HR fixed takes exactly one measure. **Objective.** Minimise Σ exit costs +
/// transfer penalty × transfers + the legal-priority weight of each exit (``SelectionPriority``) + `slackPenalty` × Σ s,
/// in millions of VND.
public struct ReductionModelBuilder: Sendable {
    /// One candidate measure and its variable.
    public struct Candidate: Hashable, Sendable {
        /// The measure.
        public enum Measure: Hashable, Sendable {
            /// Transfer to a unit.
            case transfer(to: String)
            /// Leave with a benefit.
            case exit(ExitKind, ExitCost)
        }
        /// The person's id.
        public var person: String
        /// The person's unit.
        public var unit: String
        /// The person's group.
        public var group: QuotaGroup
        /// The date it takes effect.
        public var date: CivilDate
        /// What it is.
        public var measure: Measure
        /// Its variable.
        public var variable: VariableID
        /// Why this person may be selected, and the rule that names the criterion.
        public var criterion: SelectionCriterion? = nil
        /// The rule that names the criterion.
        public var criterionCitation: RuleCitation? = nil
        /// For a transfer: the post group filled at the destination.
        public var post: String? = nil
        /// For a transfer into an elected post: an election is needed.
        public var needsElection: Bool = false
    }

    /// One unit and group with a quota that the model constrains.
    public struct Tracked: Hashable, Sendable {
        /// The unit's code.
        public var unit: String
        /// The group.
        public var group: QuotaGroup
        /// The unit's deadline.
        public var deadline: CivilDate
        /// The baseline surplus at the deadline (natural exits only; may be ≤ 0 for receiving units).
        public var surplusAtDeadline: Int
        /// The slack variable of the deadline year, if the deadline falls within the horizon.
        public var deadlineSlack: VariableID?
    }

    /// The built model and its index.
    public struct Built: Sendable {
        /// The model.
        public var model: MILPModel
        /// Every candidate measure.
        public var candidates: [Candidate]
        /// The constrained units and groups, in scenario then group order.
        public var tracked: [Tracked]
    }

    /// Objective coefficients are in VND × `costScale` (millions of VND).
    public static let costScale = 1e-6
    /// The objective weight of one person above quota for one year-end, in millions of VND (10¹² VND).
    public static let slackPenalty = 1e6

    /// The scenario (its `staffing` settings are used).
    public var scenario: Scenario
    /// The rules.
    public var rules: StaffingRuleSet
    /// The plan's start date.
    public var asOf: CivilDate

    /// Creates a builder.
    public init(scenario: Scenario, rules: StaffingRuleSet, asOf: CivilDate) {
        self.scenario = scenario
        self.rules = rules
        self.asOf = asOf
    }

    /// Builds the model.
    public func build() -> Built {
        let inputs = gatherInputs()
        var draft = Draft(model: MILPModel(name: "reduction-plan"))
        for line in inputs.surplus { addCandidates(for: line, inputs: inputs, to: &draft) }
        addOneMeasureRows(to: &draft)
        addVacancyRows(inputs: inputs, to: &draft)
        let tracked = addHeadcountRows(inputs: inputs, to: &draft)
        draft.model.objective = Objective(sense: .minimize, terms: draft.objective)
        return Built(model: draft.model, candidates: draft.candidates, tracked: tracked)
    }

    /// Baseline counts and quotas of one unit and group, per year of the horizon.
    private struct Line {
        var unit: Unit; var group: QuotaGroup; var deadline: CivilDate; var base: [Int]; var quota: [Int]
    }

    /// What the model is built from.
    private struct Inputs {
        var roster: StaffRoster
        /// The roster's entries by `"unit|group"`.
        var byUnitGroup: [String: [StaffRoster.Entry]]
        /// The years from the start year to the horizon.
        var years: [Int]
        /// Every unit and group with a quota in every year, in scenario then group order.
        var lines: [Line]
        /// The lines over quota in some year from their deadline year on.
        var surplus: [Line]
        /// The lines under quota in some year.
        var receivers: [Line]
        var calculator: BenefitCalculator
    }

    /// The model under construction.
    private struct Draft {
        var model: MILPModel
        var candidates: [Candidate] = []
        var objective: [LinearTerm] = []
    }

    private func yearEnd(_ y: Int) -> CivilDate { CivilDate(year: y, month: 12, day: 31)! }

    /// The checkpoint of a unit in year `y`: its deadline in the deadline's year, else 31 December.
    private func checkpoint(_ y: Int, _ deadline: CivilDate) -> CivilDate {
        y == deadline.year && deadline >= asOf ? deadline : yearEnd(y)
    }

    /// The roster, the years, and the baseline counts and quotas per unit, group and year.
    private func gatherInputs() -> Inputs {
        let roster = StaffRoster(scenario: scenario, rules: rules, asOf: asOf)
        let deadlines = Dictionary(
            UnitDeadline.all(for: scenario, fallbackYear: asOf.year, reform: rules.reform).map { ($0.unit, $0.date) },
            uniquingKeysWith: { a, _ in a })
        let startYear = asOf.year
        let calculator = BenefitCalculator(rules: rules, referenceYear: scenario.year)
        let horizon = max(startYear, deadlines.values.map(\.year).max() ?? startYear)
        let years = Array(startYear...horizon)
        var lines: [Line] = []
        let covered = roster.coveredUnits
        let byUnitGroup = Dictionary(grouping: roster.entries) {
            "\($0.person.unit)|\(QuotaGroup($0.person.category).rawValue)"
        }
        for unit in scenario.units where covered.contains(unit.code) {
            guard let deadline = deadlines[unit.code] else { continue }
            for group in QuotaGroup.allCases {
                let quotas = years.map {
                    rules.quota(for: unit, group: group, on: checkpoint($0, deadline), in: scenario)?.value
                }
                guard quotas.allSatisfy({ $0 != nil }) else { continue }
                let members = byUnitGroup["\(unit.code)|\(group.rawValue)", default: []]
                let base = years.map { y in members.filter { $0.isCounted(on: checkpoint(y, deadline)) }.count }
                lines.append(
                    Line(unit: unit, group: group, deadline: deadline, base: base, quota: quotas.map { $0 ?? 0 }))
            }
        }
        let surplus = lines.filter { l in
            years.indices.contains { years[$0] >= l.deadline.year && l.base[$0] > l.quota[$0] }
        }
        let receivers = lines.filter { l in years.indices.contains { l.base[$0] < l.quota[$0] } }
        return Inputs(
            roster: roster, byUnitGroup: byUnitGroup, years: years, lines: lines, surplus: surplus,
            receivers: receivers, calculator: calculator)
    }

    /// The candidate measures of the unprotected people of a surplus line, at each checkpoint up to its deadline.
    private func addCandidates(for line: Line, inputs: Inputs, to draft: inout Draft) {
        let settings = scenario.staffing
        let startYear = asOf.year
        let people = inputs.byUnitGroup["\(line.unit.code)|\(line.group.rawValue)", default: []].filter {
            !settings.protected.contains($0.person.id)
        }
        let targets =
            settings.measures.contains(.transfer)
            ? inputs.receivers.filter {
                $0.group == line.group && $0.unit.code != line.unit.code
                    && Self.allowed(from: line.unit, to: $0.unit, settings.allowedTransfers)
            }
            : []
        let ranked = people.map { selection(of: $0.person, line: line) }
        let bestRank = ranked.compactMap { $0?.rank }.min() ?? 0
        for (entry, selected) in zip(people, ranked) {
            for y in startYear...max(startYear, line.deadline.year) {
                let t = checkpoint(y, line.deadline)
                guard t >= asOf, t < entry.naturalExit else { continue }
                addMeasures(
                    of: entry, selected: selected, rankAbove: (selected?.rank ?? bestRank) - bestRank, year: y,
                    date: t, line: line, targets: targets, inputs: inputs, to: &draft)
            }
        }
    }

    /// The selection criterion a person of a line meets first, with its rank, under the rules' priority.
    private func selection(of p: StaffMember, line: Line) -> (criterion: SelectionCriterion, rank: Int)? {
        rules.selection?.criterion(
            of: p, unit: line.unit, requiredQualification: PostTitle.requiredQualification(of: p, in: scenario),
            fixed: scenario.staffing.fixed.contains(p.id))
    }

    /// The transfers, early retirement and resignation of one person on one checkpoint, where allowed and eligible.
    ///
    /// A transfer needs a vacant post of the person's title group at the destination on that day (when the scenario
    /// has a job-position framework); an exit carries the person's selection criterion, and a priority weight of
    /// `rankAbove` steps (ranks behind the best-placed person of the same unit and group).
    private func addMeasures(
        of entry: StaffRoster.Entry, selected: (criterion: SelectionCriterion, rank: Int)?, rankAbove: Int,
        year y: Int, date t: CivilDate, line: Line, targets: [Line], inputs: Inputs, to draft: inout Draft
    ) {
        let calculator = inputs.calculator
        let settings = scenario.staffing
        let p = entry.person
        func add(_ name: String, _ measure: Candidate.Measure, cost: Double, post: String? = nil) {
            let v = draft.model.addVariable(name, kind: .binary)
            var c = Candidate(person: p.id, unit: p.unit, group: line.group, date: t, measure: measure, variable: v)
            c.criterion = selected?.criterion
            c.criterionCitation = selected.flatMap { rules.selection?.citation($0.criterion) }
            c.post = post
            c.needsElection = post != nil && PostTitle.isElected(p)
            draft.candidates.append(c)
            draft.objective.append(LinearTerm(v, cost))
        }
        let postGroup = PostTitle.group(of: p.position)
        for target in targets
        where vacancies(at: target.unit, post: postGroup, group: line.group, on: t, roster: inputs.roster) > 0 {
            add(
                "x_\(p.id)_\(target.unit.code)_\(y)", .transfer(to: target.unit.code),
                cost: settings.transferPenaltyVND * Self.costScale, post: scenario.positions.isEmpty ? nil : p.position)
        }
        let priority = (rules.selection?.stepMillionsVND ?? 0) * Double(rankAbove)
        let mergedCommune = line.unit.kind.isCommuneLevel && line.unit.mergedOn != nil
        if settings.measures.contains(.earlyRetirement),
            let national = calculator.earlyRetirement(
                of: p, retirement: entry.retirementDate, exit: t, mergedCommune: mergedCommune,
                communeOfficial: line.unit.kind.isCommuneLevel, mergedOn: line.unit.mergedOn)
        {
            let cost = calculator.addingTopUp(
                to: national, kind: .earlyRetirement, exit: t, mergedOn: line.unit.mergedOn)
            add("e_\(p.id)_\(y)", .exit(.earlyRetirement, cost), cost: cost.vnd * Self.costScale + priority)
        }
        if settings.measures.contains(.resignation),
            let national = calculator.resignation(
                of: p, retirement: entry.retirementDate, exit: t, roadmapEnd: line.deadline,
                mergedOn: line.unit.mergedOn)
        {
            let cost =
                p.category == .partTime
                ? national
                : calculator.addingTopUp(
                    to: national, kind: .resignation, exit: t, mergedOn: line.unit.mergedOn)
            add("r_\(p.id)_\(y)", .exit(.resignation, cost), cost: cost.vnd * Self.costScale + priority)
        }
    }

    /// Vacant posts of a title group at a unit on a date: approved posts of the group minus the people holding one
    /// and still counted that day; unlimited when the scenario has no job-position framework.
    func vacancies(at unit: Unit, post: String, group: QuotaGroup, on date: CivilDate, roster: StaffRoster) -> Int {
        guard !scenario.positions.isEmpty else { return Int.max }
        guard let approved = PostTitle.approved(at: unit, group: post, category: group, in: scenario) else { return 0 }
        let holders = roster.entries.filter {
            $0.person.unit == unit.code && QuotaGroup($0.person.category) == group
                && PostTitle.group(of: $0.person.position) == post && $0.isCounted(on: date)
        }.count
        return max(0, approved - holders)
    }

    /// Transfers into a post group at a unit never exceed its vacancies: one row per destination, group and date.
    private func addVacancyRows(inputs: Inputs, to draft: inout Draft) {
        guard !scenario.positions.isEmpty else { return }
        let transfers = draft.candidates.compactMap { c -> (String, Candidate)? in
            guard case .transfer(let to) = c.measure, let post = c.post else { return nil }
            return ("\(to)|\(c.group.rawValue)|\(PostTitle.group(of: post))", c)
        }
        for (key, members) in Dictionary(grouping: transfers, by: \.0).sorted(by: { $0.key < $1.key }) {
            let cs = members.map(\.1)
            guard case .transfer(let to) = cs[0].measure, let unit = scenario.unit(to), let post = cs[0].post else {
                continue
            }
            for t in Set(cs.map(\.date)).sorted() {
                let upTo = cs.filter { $0.date <= t }
                let room = vacancies(
                    at: unit, post: PostTitle.group(of: post), group: cs[0].group, on: t, roster: inputs.roster)
                guard upTo.count > room else { continue }
                draft.model.addConstraint(
                    "post_\(key)_\(t)", upTo.map { LinearTerm($0.variable) }, .lessOrEqual(Double(room)))
            }
        }
    }

    /// At most one measure per person; exactly one for a person HR fixed (when the person has any).
    private func addOneMeasureRows(to draft: inout Draft) {
        let fixed = scenario.staffing.fixed
        for (person, cs) in Dictionary(grouping: draft.candidates, by: \.person).sorted(by: { $0.key < $1.key }) {
            if fixed.contains(person) {
                draft.model.addConstraint("fixed_\(person)", cs.map { LinearTerm($0.variable) }, .equal(1))
            } else if cs.count > 1 {
                draft.model.addConstraint("one_\(person)", cs.map { LinearTerm($0.variable) }, .lessOrEqual(1))
            }
        }
    }

    /// The headcount rows (and deadline-year slacks) of every line that a measure touches or that is over quota.
    ///
    /// - Returns: Those lines, in line order.
    private func addHeadcountRows(inputs: Inputs, to draft: inout Draft) -> [Tracked] {
        let candidates = draft.candidates
        let exitOf = Dictionary(
            inputs.roster.entries.map { ($0.person.id, $0.naturalExit) }, uniquingKeysWith: { a, _ in a })
        var tracked: [Tracked] = []
        var outOf: [String: [Candidate]] = [:]
        var into: [String: [Candidate]] = [:]
        for c in candidates {
            outOf["\(c.unit)|\(c.group.rawValue)", default: []].append(c)
            if case .transfer(let to) = c.measure { into["\(to)|\(c.group.rawValue)", default: []].append(c) }
        }
        let touched = Set(candidates.map { "\($0.unit)|\($0.group.rawValue)" })
            .union(
                candidates.compactMap {
                    if case .transfer(let to) = $0.measure { return "\(to)|\($0.group.rawValue)" } else { return nil }
                })
        let surplusKeys = Set(inputs.surplus.map { "\($0.unit.code)|\($0.group.rawValue)" })
        for line in inputs.lines
        where touched.contains("\(line.unit.code)|\(line.group.rawValue)")
            || surplusKeys.contains("\(line.unit.code)|\(line.group.rawValue)")
        {
            let key = "\(line.unit.code)|\(line.group.rawValue)"
            tracked.append(
                addCapRows(
                    for: line, years: inputs.years, out: outOf[key, default: []], in: into[key, default: []],
                    exitOf: exitOf, to: &draft))
        }
        return tracked
    }

    /// The rows of one line, one per year-end: counted − measures out + transfers in − slack ≤ cap.
    private func addCapRows(
        for line: Line, years: [Int], out outOf: [Candidate], in into: [Candidate], exitOf: [String: CivilDate],
        to draft: inout Draft
    ) -> Tracked {
        let startYear = asOf.year
        var deadlineSlack: VariableID?
        for (i, y) in years.enumerated() {
            let d = checkpoint(y, line.deadline)
            var terms: [LinearTerm] = []
            for c in outOf where c.date <= d && (exitOf[c.person] ?? d) > d {
                terms.append(LinearTerm(c.variable, -1))
            }
            for c in into where c.date <= d && (exitOf[c.person] ?? d) > d {
                terms.append(LinearTerm(c.variable, 1))
            }
            let pastDeadline = y >= line.deadline.year
            let cap = pastDeadline ? line.quota[i] : max(line.quota[i], line.base[i])
            if pastDeadline {
                let s = draft.model.addVariable(
                    "s_\(line.unit.code)_\(line.group.rawValue)_\(y)", kind: .continuous, lowerBound: 0)
                terms.append(LinearTerm(s, -1))
                draft.objective.append(LinearTerm(s, Self.slackPenalty))
                if y == max(startYear, line.deadline.year) { deadlineSlack = s }
            }
            guard !terms.isEmpty else { continue }
            draft.model.addConstraint(
                "cap_\(line.unit.code)_\(line.group.rawValue)_\(y)", terms, .lessOrEqual(Double(cap - line.base[i])))
        }
        let di = years.firstIndex(of: max(startYear, line.deadline.year)) ?? years.count - 1
        return Tracked(
            unit: line.unit.code, group: line.group, deadline: line.deadline,
            surplusAtDeadline: line.base[di] - line.quota[di], deadlineSlack: deadlineSlack)
    }

    /// Whether a transfer between two units is allowed by the policy.
    public static func allowed(from: Unit, to: Unit, _ policy: TransferPolicy) -> Bool {
        switch policy {
        case .any: return true
        case .sameRegion: return from.region == to.region
        case .pairs(let pairs): return pairs.contains(UnitPair(from: from.code, to: to.code))
        }
    }
}
