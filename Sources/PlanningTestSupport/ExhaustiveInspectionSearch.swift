import CivilCalendar
import ScenarioModel

/// The best calendars of a tiny scenario, found by trying every calendar: each unit is either not inspected or
/// inspected by one team from one start date. The rules and the objective are the ``IndependentPlanChecker``'s, so the
/// search shares nothing with the scheduler.
public struct ExhaustiveInspectionSearch: Sendable {
    /// The best value found for each requested measure, with a calendar that reaches it.
    public struct Optimum: Sendable {
        /// The objective value.
        public var value: Double
        /// A calendar with that value.
        public var visits: [CheckedPlan.Visit]
    }

    /// The checker whose rules and objective are used.
    public let checker: IndependentPlanChecker

    /// Creates a search.
    public init(checker: IndependentPlanChecker) {
        self.checker = checker
    }

    /// The optimum of each measure (for example the whole-scenario objective and the regions' summed objective),
    /// or `nil` when no calendar keeps every hard rule.
    ///
    /// - Parameter measures: Objective functions of a lawful calendar; each gets its own optimum.
    public func optima(_ measures: [([CheckedPlan.Visit]) -> Double]) -> [Optimum]? {
        var state = SearchState(checker: checker)
        state.measures = measures
        state.best = Array(repeating: nil, count: measures.count)
        state.search(0, prioritySoFar: 0)
        guard state.best.allSatisfy({ $0 != nil }) else { return nil }
        return state.best.map { $0! }
    }
}

/// The search's mutable state: the calendar so far and each team's work per date and ISO week.
private struct SearchState {
    let checker: IndependentPlanChecker
    let units: [Unit]
    let options: [[CheckedPlan.Visit?]]
    let groups: [(members: [Int], required: Int)]
    let remainingPriority: [Double]
    let pairBound: Double
    var measures: [([CheckedPlan.Visit]) -> Double] = []
    var best: [ExhaustiveInspectionSearch.Optimum?] = []
    var chosen: [CheckedPlan.Visit?] = []
    var dayWork: [String: Double] = [:]  // "team|date" → share of the day
    var weekDates: [String: Int] = [:]  // "team|week" → dates worked

    init(checker: IndependentPlanChecker) {
        self.checker = checker
        let scenario = checker.scenario
        let all = scenario.units
        units = all
        options = all.map { unit in
            var out: [CheckedPlan.Visit?] = checker.mustInspect(unit) ? [] : [nil]
            let pins = scenario.pins.filter { $0.unit == unit.code }
            for team in scenario.teams {
                for start in checker.workingDays {
                    if !pins.isEmpty, !pins.contains(where: { $0.team == team.code && $0.date == start }) { continue }
                    guard let dates = checker.lawfulDates(unit: unit, team: team, start: start),
                        let days = checker.duration(of: unit)
                    else { continue }
                    out.append(
                        CheckedPlan.Visit(unit: unit.code, team: team.code, date: start, days: days, dates: dates))
                }
            }
            // A pinned unit is inspected as pinned: the empty choice stays only when no pin names it.
            return pins.isEmpty ? out : out.filter { $0 != nil }
        }
        groups = checker.targetGroups.map { group in
            (all.indices.filter { group.units.contains(all[$0].code) }, group.required)
        }
        var suffix = [Double](repeating: 0, count: all.count + 1)
        for i in all.indices.reversed() { suffix[i] = suffix[i + 1] + all[i].priority }
        remainingPriority = suffix
        let couples = all.filter { u in all.contains { $0.kind.isCommuneLevel && $0.code == u.commune } }.count
        pairBound = scenario.inspection.objective.bundling * Double(couples)
        chosen = Array(repeating: nil, count: all.count)
    }

    /// An upper bound on every measure below this node (spreads are never negative); used once every measure has a
    /// calendar, to skip subtrees that cannot do better.
    func cannotImprove(_ i: Int, prioritySoFar: Double) -> Bool {
        let weights = checker.scenario.inspection.objective
        guard weights.priority >= 0, weights.bundling >= 0, weights.balance >= 0 else { return false }
        let bound = weights.priority * (prioritySoFar + remainingPriority[i]) + pairBound
        return best.allSatisfy { optimum in optimum.map { bound < $0.value - 1e-9 } ?? false }
    }

    mutating func search(_ i: Int, prioritySoFar: Double) {
        if cannotImprove(i, prioritySoFar: prioritySoFar) { return }
        guard i < units.count else { return leaf() }
        for option in options[i] {
            guard let visit = option else {
                search(i + 1, prioritySoFar: prioritySoFar)
                continue
            }
            guard let undo = place(visit) else { continue }
            chosen[i] = visit
            search(i + 1, prioritySoFar: prioritySoFar + units[i].priority)
            chosen[i] = nil
            remove(undo)
        }
    }

    /// Adds a visit's work if the team's days and weeks allow it; returns what to undo.
    mutating func place(_ visit: CheckedPlan.Visit) -> [(day: String, week: String, share: Double, newDate: Bool)]? {
        let share = visit.days <= 0.5 ? 0.5 : 1
        var undo: [(day: String, week: String, share: Double, newDate: Bool)] = []
        let limit = checker.scenario.team(visit.team)?.daysPerWeek ?? 0
        for date in visit.dates {
            let dayKey = "\(visit.team)|\(date)"
            let week = date.isoWeek
            let weekKey = "\(visit.team)|\(week.year)-\(week.week)"
            let before = dayWork[dayKey, default: 0]
            let newDate = before == 0
            if before + share > 1 + 1e-9 || (newDate && weekDates[weekKey, default: 0] + 1 > limit) {
                remove(undo)
                return nil
            }
            dayWork[dayKey] = before + share
            if newDate { weekDates[weekKey, default: 0] += 1 }
            undo.append((dayKey, weekKey, share, newDate))
        }
        return undo
    }

    mutating func remove(_ undo: [(day: String, week: String, share: Double, newDate: Bool)]) {
        for step in undo.reversed() {
            dayWork[step.day, default: 0] -= step.share
            if step.newDate { weekDates[step.week, default: 0] -= 1 }
        }
    }

    mutating func leaf() {
        for group in groups where group.members.filter({ chosen[$0] != nil }).count < group.required { return }
        let visits = chosen.compactMap { $0 }
        guard checker.limitBreaks(visits).isEmpty else { return }
        for (k, measure) in measures.enumerated() {
            let value = measure(visits)
            if best[k].map({ value > $0.value + 1e-9 }) ?? true {
                best[k] = ExhaustiveInspectionSearch.Optimum(value: value, visits: visits)
            }
        }
    }
}
