import CivilCalendar
import GLPKSolver
import InspectionScheduling
import MILP
import ScenarioModel
import Testing

@Suite struct InfeasibilityTests {
    @Test func shortTargetIsExplainedWithExtraCapacityAndAnotherTeam() throws {
        let s = tinyScenario(
            units: (1...4).map { commune("X\($0)") }, teams: [Team(code: "T1", name: "Đoàn 1", daysPerWeek: 2)],
            targets: [InspectionTarget(name: "Xã", kinds: [.commune], minShare: 0.75)])
        let plan = try InspectionPlanner.plan(scenario: s, holidays: [], solver: GLPKSolver())
        #expect(plan.status == .infeasible)
        let short = try #require(plan.unmet.first { $0.kind == .targetShortfall })
        #expect(short.shortBy == 1)
        #expect(short.detail == .targetShortfall(required: 3, planned: 2, total: 4))
        let extra = try #require(plan.unmet.first { $0.kind == .extraCapacity })
        #expect(extra.team == "T1" && extra.shortBy == 1 && extra.months == [3])
        #expect(plan.unmet.contains { $0.kind == .addTeam })
        // The compromise calendar still keeps every date and capacity rule.
        #expect(
            PlanValidator.violations(
                plan, scenario: s, calendar: WorkingCalendar(scenario: s, holidays: []), checkTargets: false) == [])
    }

    @Test func conflictingPinAndMustInspectAreNamed() throws {
        let s = tinyScenario(
            units: [commune("X1"), commune("X2", must: true, exclude: true)],
            pins: [Pin(unit: "X1", team: "T1", date: day("2026-03-03"))],
            blackouts: [
                Blackout(selector: .units(["X1"]), dates: DateSpan(from: day("2026-03-03"), to: day("2026-03-03")))
            ]
        )
        let plan = try InspectionPlanner.plan(scenario: s, holidays: [], solver: GLPKSolver())
        #expect(plan.status == .infeasible)
        let pin = try #require(plan.unmet.first { $0.kind == .pinConflict })
        #expect(pin.subject == "X1")
        let march3 = day("2026-03-03")
        #expect(pin.detail == .pinConflict(past: false, date: march3, reason: .blackedOut, blockedOn: march3))
        let must = try #require(plan.unmet.first { $0.kind == .mustInspectConflict })
        #expect(must.subject == "X2")
        #expect(must.detail == .mustInspectConflict(name: "Xã X2", rotationDue: false, reason: .excluded))
    }

    @Test func timeLimitedPlanIsNeverCalledOptimal() throws {
        let solver = FixedSolverFactory.stoppedAtTimeLimit()
        // Room for both communes, so no bound (the solver's or the quick one) proves the solver's plan of X1 alone.
        let s = tinyScenario(
            units: [commune("X1"), commune("X2")], teams: [Team(code: "T1", name: "Đoàn 1", daysPerWeek: 2)])
        let plan = try InspectionPlanner.plan(
            scenario: s, holidays: [], solver: solver, options: PlannerOptions(warmStart: false))
        #expect(plan.status == .feasible)
        #expect(plan.gap != nil && plan.gap! > 0)
    }
}
