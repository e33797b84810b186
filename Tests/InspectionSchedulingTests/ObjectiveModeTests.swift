import CivilCalendar
import Foundation
import GLPKSolver
import InspectionScheduling
import PlanningTestSupport
import ScenarioModel
import Testing

/// The objective modes (`coverage`, `targets`, `reserve`), the limits (`max_share`, `max_days`) and the weekday rules
/// on tiny scenarios worked out by hand, each plan checked by the independent checker and its optimum confirmed by
/// trying every calendar.
@Suite struct ObjectiveModeTests {
    /// The week of Monday 2 March 2026 (5 working days), one team of 5 days a week. Communes X1 (priority 1) and X2 (3),
    /// each a whole day; schools S1 of X1 (2) and S2 of X2 (1), half a day each. Targets: half the communes (1) and
    /// half the schools (1).
    static func fourUnits(_ weights: ObjectiveWeights, weekdays: WeekdaySettings? = nil) -> Scenario {
        var s = tinyScenario(
            units: [
                commune("X1", priority: 1), commune("X2", priority: 3), school("S1", in: "X1", priority: 2),
                school("S2", in: "X2", priority: 1),
            ],
            targets: [
                InspectionTarget(name: "Xã", kinds: [.commune], minShare: 0.5),
                InspectionTarget(name: "Trường", kinds: [.school], minShare: 0.5),
            ],
            weights: weights)
        s.inspection.weekdays = weekdays
        return s
    }

    static func plan(_ s: Scenario) throws -> CheckedPlan {
        let plan = try InspectionPlanner.plan(scenario: s, holidays: [], solver: GLPKSolver())
        return try CheckedPlan.decode(json: JSONEncoder().encode(plan))
    }

    /// The lexicographic measure of targets mode for the exhaustive search: team-dates first, half-days second, then
    /// the objective (whose swing on these scenarios is far below 10).
    static func targetsMeasure(_ checker: IndependentPlanChecker) -> ([CheckedPlan.Visit]) -> Double {
        { visits in
            -1000 * Double(checker.teamDates(visits)) - 10 * checker.halfDays(visits) + checker.measure(visits).value
        }
    }

    /// Coverage inspects everything the week holds: X1 and X2 (two dates) and S1 + S2 (one date), 3 + 1 + 2 + 1 = 7
    /// points plus the pairs placed next to their communes (2 × 0.05): 7.1.
    @Test func coverageInspectsEverythingTheWeekHolds() throws {
        let s = Self.fourUnits(ObjectiveWeights(priority: 1, balance: 0, bundling: 0.05, mode: .coverage))
        let checker = IndependentPlanChecker(scenario: s, holidays: [])
        let plan = try Self.plan(s)
        #expect(plan.status == "optimal")
        #expect(checker.violations(of: plan) == [])
        #expect(plan.inspections.count == 4)
        #expect(abs((plan.objective ?? 0) - 7.1) < 1e-9)
    }

    /// Targets mode: one commune and one school are enough. The fewest team-dates is 2 (a whole-day commune takes its
    /// date), with 3 half-days; among such plans X2 + S1 scores 3 + 2 = 5 (X2 + S2 only 4.05 with their pair). The
    /// exhaustive search under the lexicographic measure agrees: −1000 × 2 − 10 × 3 + 5 = −2025.
    @Test func targetsMeetsTheTargetsWithTheFewestTeamDates() throws {
        let s = Self.fourUnits(ObjectiveWeights(priority: 1, balance: 0, bundling: 0.05, mode: .targets))
        let checker = IndependentPlanChecker(scenario: s, holidays: [])
        let plan = try Self.plan(s)
        #expect(plan.status == "optimal")
        #expect(checker.violations(of: plan) == [])
        #expect(Set(plan.inspections.map(\.unit)) == ["X2", "S1"])
        #expect(checker.teamDates(plan.inspections) == 2)
        #expect(abs((plan.objective ?? 0) - 5) < 1e-9)
        let best = ExhaustiveInspectionSearch(checker: checker).optima([Self.targetsMeasure(checker)])?.first
        #expect(best.map { abs($0.value - -2025) < 1e-9 } == true, "\(best?.value ?? .nan)")
        #expect(abs(Self.targetsMeasure(checker)(plan.inspections) - -2025) < 1e-9)
    }

    /// Targets mode never inspects beyond a target unless a rule forces it: a must-inspect school S2 is inspected
    /// besides the target's one school only when the target alone would not take it; here S2 satisfies the school
    /// target itself, so the plan is X2 + S2 (2 dates, 3 half-days; X2 + S1 + S2 would need 4 half-days).
    @Test func targetsGoesAboveATargetOnlyWhereARuleForcesIt() throws {
        var s = Self.fourUnits(ObjectiveWeights(priority: 1, balance: 0, bundling: 0.05, mode: .targets))
        s.units[3].mustInspect = true
        let checker = IndependentPlanChecker(scenario: s, holidays: [])
        let plan = try Self.plan(s)
        #expect(plan.status == "optimal")
        #expect(checker.violations(of: plan) == [])
        #expect(Set(plan.inspections.map(\.unit)) == ["X2", "S2"])
        let best = ExhaustiveInspectionSearch(checker: checker).optima([Self.targetsMeasure(checker)])?.first
        #expect(best.map { abs($0.value - Self.targetsMeasure(checker)(plan.inspections)) < 1e-9 } == true)
    }

    /// Weekday preferences: avoiding Monday and preferring Tuesday puts the whole-day commune X2 on Tuesday 3 March
    /// and the school on the next free preferred-order day, Wednesday 4 March (Tuesday is full).
    @Test func weekdayPreferencesPlaceOnPreferredDays() throws {
        let s = Self.fourUnits(
            ObjectiveWeights(priority: 1, balance: 0, bundling: 0.05, mode: .targets),
            weekdays: WeekdaySettings(avoid: [1], prefer: [2]))
        let plan = try Self.plan(s)
        let dates = Dictionary(uniqueKeysWithValues: plan.inspections.map { ($0.unit, $0.date) })
        #expect(dates == ["X2": day("2026-03-03"), "S1": day("2026-03-04")])
    }

    /// Without weekday settings a week is not filled from its start: the first date tried is Wednesday.
    @Test func defaultPlacementStartsMidWeek() throws {
        let s = Self.fourUnits(ObjectiveWeights(priority: 1, balance: 0, bundling: 0, mode: .targets))
        let plan = try Self.plan(s)
        #expect(plan.inspections.allSatisfy { $0.date.weekday != 1 })
        #expect(plan.inspections.map(\.date).sorted() == [day("2026-03-04"), day("2026-03-05")])
    }

    /// `allowed: [tue, thu]` is a hard rule: the coverage plan has two dates, Tuesday and Thursday, for X2 (3) and
    /// S1 + S2 on one date (2 + 1), 6 points; X1 (1) is left out. Tuesday and Thursday are then consecutive working
    /// days, so S2 beside X2 is a pair: 6.05. The checker finds no break and the exhaustive optimum is 6.05.
    @Test func allowedWeekdaysAreAHardRule() throws {
        let s = Self.fourUnits(
            ObjectiveWeights(priority: 1, balance: 0, bundling: 0.05, mode: .coverage),
            weekdays: WeekdaySettings(allowed: [2, 4]))
        let checker = IndependentPlanChecker(scenario: s, holidays: [])
        let plan = try Self.plan(s)
        #expect(plan.status == "optimal")
        #expect(checker.violations(of: plan) == [])
        #expect(plan.inspections.allSatisfy { [2, 4].contains($0.date.weekday) })
        #expect(abs((plan.objective ?? 0) - 6.05) < 1e-9)
        #expect(bruteForceOptimum(s).map { abs($0.objective - 6.05) < 1e-9 } == true)
    }

    /// Reserve mode with `reserve_share: 0.4`: the team has 5 dates in March, so at most ⌊2 × 0.6 × 5⌋ = 6 half-days:
    /// of four whole-day communes (priorities 1–4) the best three, 4 + 3 + 2 = 9. Coverage takes all four: 10.
    @Test func reserveKeepsAShareOfEachMonthFree() throws {
        func scenario(_ mode: ObjectiveMode) -> Scenario {
            tinyScenario(
                units: (1...4).map { commune("X\($0)", priority: Double($0)) },
                weights: ObjectiveWeights(priority: 1, balance: 0, bundling: 0, mode: mode, reserveShare: 0.4))
        }
        let reserve = scenario(.reserve)
        let checker = IndependentPlanChecker(scenario: reserve, holidays: [])
        #expect(checker.monthDates(of: reserve.teams[0], month: 3) == 5)
        let plan = try Self.plan(reserve)
        #expect(plan.status == "optimal")
        #expect(checker.violations(of: plan) == [])
        #expect(abs((plan.objective ?? 0) - 9) < 1e-9)
        #expect(bruteForceOptimum(reserve).map { abs($0.objective - 9) < 1e-9 } == true)
        let coverage = try Self.plan(scenario(.coverage))
        #expect(abs((coverage.objective ?? 0) - 10) < 1e-9)
    }

    /// `max_share: 0.5` on four communes allows 2 (the best: 4 + 3 = 7); with `max_share: 0.25` the limit is 1, but a
    /// must-inspect commune X1 and a must-inspect X2 raise it to 2: X1 + X2 = 3.
    @Test func maxShareCapsATargetUnlessRulesForceMore() throws {
        func scenario(_ maxShare: Double, must: Bool) -> Scenario {
            tinyScenario(
                units: (1...4).map { commune("X\($0)", priority: Double($0), must: must && $0 <= 2) },
                targets: [InspectionTarget(name: "Xã", kinds: [.commune], minShare: 0.25, maxShare: maxShare)])
        }
        for (s, expected) in [(scenario(0.5, must: false), 7.0), (scenario(0.25, must: true), 3.0)] {
            let checker = IndependentPlanChecker(scenario: s, holidays: [])
            let plan = try Self.plan(s)
            #expect(plan.status == "optimal")
            #expect(checker.violations(of: plan) == [])
            #expect(abs((plan.objective ?? 0) - expected) < 1e-9)
            #expect(bruteForceOptimum(s).map { abs($0.objective - expected) < 1e-9 } == true)
        }
    }

    /// `max_days: 1.5`: the team may work a day and a half in the year: X2 (3) and S1 (2), 5 points.
    @Test func maxDaysCapsATeamsYear() throws {
        var s = Self.fourUnits(ObjectiveWeights(priority: 1, balance: 0, bundling: 0, mode: .coverage))
        s.teams[0].maxDays = 1.5
        let checker = IndependentPlanChecker(scenario: s, holidays: [])
        let plan = try Self.plan(s)
        #expect(plan.status == "optimal")
        #expect(checker.violations(of: plan) == [])
        #expect(abs((plan.objective ?? 0) - 5) < 1e-9)
        #expect(bruteForceOptimum(s).map { abs($0.objective - 5) < 1e-9 } == true)
        s.teams[0].maxDays = 1
        let strict = IndependentPlanChecker(scenario: s, holidays: [])
        #expect(strict.limitBreaks(plan.inspections) == ["T1 works more than max_days 1.0"])
    }
}
