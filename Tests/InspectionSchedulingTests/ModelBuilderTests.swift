import CivilCalendar
import InspectionScheduling
import MILP
import PlanningTestSupport
import ScenarioModel
import Testing

enum FixedSolverFactory {
    /// A fake solver that "stops at the time limit" with every variable at 0 except X1's first column, bound 10.
    static func stoppedAtTimeLimit() -> FixedSolver {
        FixedSolver { model in
            var values = model.variables.map { _ in 0.0 }
            if let i = model.variables.firstIndex(where: { $0.name.hasPrefix("x_X1_T1_") }) { values[i] = 1 }
            return SolveResult(
                termination: .timeLimit, hasFeasiblePoint: true, objective: model.objectiveValue(at: values),
                bestBound: 10, relativeGap: nil, values: values)
        }
    }
}

@Suite struct ModelBuilderTests {
    @Test func columnsOnlyForEligibleTripleAndBucketsSplitAtMonthEnds() {
        // 30 March – 10 April 2026: ISO week 14 straddles March and April.
        let s = tinyScenario(
            units: [commune("X1", region: "A"), commune("X2", region: "B"), commune("X3", exclude: true)],
            teams: [Team(code: "T1", name: "1", region: "A"), Team(code: "T2", name: "2")],
            season: DateSpan(from: day("2026-03-30"), to: day("2026-04-10"))
        )
        let sm = ScheduleModelBuilder(scenario: s, calendar: WorkingCalendar(scenario: s, holidays: [])).build()
        #expect(sm.buckets.map(\.month) == [3, 4, 4])
        #expect(sm.buckets.map(\.dates.count) == [2, 3, 5])
        // X1: T1 and T2 × 3 buckets; X2: T2 × 3 buckets; X3 excluded.
        #expect(sm.candidates.count == 9)
        #expect(sm.model.binaryCount == 9)
        // Split week: integer date counters for each team in its two parts.
        #expect(sm.model.variables.contains { $0.name == "days_T2_b0" && $0.kind == .integer })
    }

    @Test func noLinkColumnsWhereATeamBucketHasNoRoomBesideTheCommune() {
        // A one-day-a-week team spends its day on the full-day commune: it cannot visit the school in the same week.
        let s = tinyScenario(
            units: [commune("X1"), school("S1", in: "X1")],
            teams: [Team(code: "T1", name: "1", daysPerWeek: 1), Team(code: "T2", name: "2", daysPerWeek: 2)],
            weights: ObjectiveWeights(priority: 1, balance: 0, bundling: 0.05))
        let sm = ScheduleModelBuilder(scenario: s, calendar: WorkingCalendar(scenario: s, holidays: [])).build()
        let names = sm.model.variables.map(\.name)
        #expect(!names.contains { $0.hasPrefix("links_X1_T1_") || $0.hasPrefix("link_X1_T1_") })
        #expect(names.contains { $0.hasPrefix("links_X1_T2_") })
        #expect(names.contains { $0.hasPrefix("link_X1_T2_") })
        #expect(!sm.model.constraints.contains { $0.name.hasPrefix("linkcap_X1_T1_") })
    }

    @Test func decoderPlacesAHandWrittenSolution() throws {
        let s = tinyScenario(
            units: [commune("X1"), school("S1", in: "X1")],
            weights: ObjectiveWeights(priority: 1, balance: 0, bundling: 0.05))
        let solver = FixedSolver(optimalValuesByName: ["x_X1_T1_b0": 1, "x_S1_T1_b0": 1, "links_X1_T1_b0": 1])
        let plan = try InspectionPlanner.plan(
            scenario: s, holidays: [], solver: solver, options: PlannerOptions(warmStart: false))
        #expect(plan.status == .optimal)
        #expect(plan.inspections.count == 2)
        #expect(plan.objectiveTerms.bundledPairs == 1)
        #expect(abs((plan.objective ?? 0) - 2.05) < 1e-9)
        #expect(PlanValidator.violations(plan, scenario: s, calendar: WorkingCalendar(scenario: s, holidays: [])) == [])
    }

    @Test func greedyStartIsFeasibleForTheModel() throws {
        let s = thachHaLike()
        let sm = ScheduleModelBuilder(scenario: s, calendar: WorkingCalendar(scenario: s, holidays: holidays2026))
            .build()
        let x = try #require(GreedyStart.values(for: sm, scenario: s))
        #expect(sm.model.violations(at: x).isEmpty)
        #expect(sm.slackTotal(x) == 0)
    }

    @Test func validatorCatchesBrokenPlans() {
        let s = tinyScenario(
            units: [commune("X1"), commune("X2")], teams: [Team(code: "T1", name: "1", daysPerWeek: 1)],
            targets: [InspectionTarget(name: "Xã", kinds: [.commune], minShare: 1)])
        let cal = WorkingCalendar(scenario: s, holidays: [])
        let bad = [
            PlannedInspection(unit: "X1", team: "T1", date: day("2026-03-02"), days: 1),
            PlannedInspection(unit: "X2", team: "T1", date: day("2026-03-03"), days: 1),
        ]
        #expect(PlanValidator.violations(bad, scenario: s, calendar: cal).contains { $0.contains("works 2 dates") })
        let weekend = [PlannedInspection(unit: "X1", team: "T1", date: day("2026-03-07"), days: 1)]
        #expect(
            PlanValidator.violations(weekend, scenario: s, calendar: cal).contains { $0.contains("not a working day") })
    }
}
