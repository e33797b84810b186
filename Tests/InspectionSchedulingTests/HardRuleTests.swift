import CivilCalendar
import GLPKSolver
import InspectionScheduling
import MILP
import ScenarioModel
import Testing

/// One test per hard rule: a tiny scenario in which the greedy "inspect everything" answer would break the rule.
@Suite struct HardRuleTests {
    func solve(_ s: Scenario, holidays: [CivilDate] = []) throws -> (InspectionPlan, WorkingCalendar) {
        let plan = try InspectionPlanner.plan(
            scenario: s, holidays: holidays, solver: GLPKSolver(), options: PlannerOptions(timeLimitSeconds: 20))
        let cal = WorkingCalendar(scenario: s, holidays: holidays)
        #expect(
            PlanValidator.violations(plan, scenario: s, calendar: cal, checkTargets: plan.status != .infeasible) == [])
        return (plan, cal)
    }

    let fiveCommunes = (1...5).map { commune("X\($0)", priority: Double($0)) }

    @Test func workingDaysSkipHolidaysAndSeason() throws {
        let s = tinyScenario(units: fiveCommunes)
        let (plan, _) = try solve(s, holidays: [day("2026-03-04")])
        #expect(plan.status == .optimal)
        #expect(plan.inspections.count == 4)
        #expect(plan.inspections.allSatisfy { $0.date != day("2026-03-04") && !$0.date.isWeekend })
        #expect(plan.inspections.allSatisfy { s.inspection.season!.contains($0.date) })
        #expect(!plan.inspections.map(\.unit).contains("X1"))  // lowest priority left out
    }

    @Test func eachUnitOnceByOneTeam() throws {
        let s = tinyScenario(units: [commune("X1")], teams: [Team(code: "T1", name: "1"), Team(code: "T2", name: "2")])
        let (plan, _) = try solve(s)
        #expect(plan.inspections.map(\.unit) == ["X1"])
    }

    @Test func twoHalfDaysShareADateButNotWithAFullDay() throws {
        var s = tinyScenario(
            units: [school("S1", in: "X1"), school("S2", in: "X1"), commune("X1", priority: 0.5)],
            teams: [Team(code: "T1", name: "1", daysPerWeek: 1)]
        )
        s.inspection.objective = ObjectiveWeights(priority: 1, balance: 0, bundling: 0)
        let (plan, _) = try solve(s)
        #expect(plan.status == .optimal)
        #expect(Set(plan.inspections.map(\.unit)) == ["S1", "S2"])
        #expect(Set(plan.inspections.map(\.date)).count == 1)
    }

    @Test func multiDayInspectionsTakeConsecutiveWorkingDays() throws {
        let kind = UnitKind(rawValue: "department")
        let units = [Unit(code: "P1", name: "Phòng 1", kind: kind), Unit(code: "P2", name: "Phòng 2", kind: kind)]
        var durations = InspectionSettings.defaultDurations
        durations[kind] = 2
        let s = tinyScenario(units: units, durations: durations)
        let (plan, cal) = try solve(s, holidays: [day("2026-03-04")])
        // Mon–Tue and Thu–Fri are the only 2-day runs inside the week (Wednesday is a holiday).
        #expect(plan.inspections.count == 2)
        for i in plan.inspections {
            #expect(i.dates.count == 2)
            #expect(cal.nextWorkingDay(after: i.dates[0]) == i.dates[1])
        }
    }

    @Test func teamAvailabilityIsRespected() throws {
        let s = tinyScenario(
            units: fiveCommunes,
            unavailability: [
                Unavailability(team: "T1", dates: DateSpan(from: day("2026-03-02"), to: day("2026-03-05")))
            ])
        let (plan, _) = try solve(s)
        #expect(plan.inspections.map(\.date) == [day("2026-03-06")])
    }

    @Test func daysPerWeekLimitsDistinctDates() throws {
        let s = tinyScenario(
            units: fiveCommunes, teams: [Team(code: "T1", name: "1", daysPerWeek: 2)],
            season: DateSpan(from: day("2026-03-02"), to: day("2026-03-13")))
        let (plan, _) = try solve(s)
        #expect(plan.inspections.count == 4)
        var perWeek: [Int: Set<CivilDate>] = [:]
        for i in plan.inspections { perWeek[WorkingCalendar.weekKey(i.date), default: []].insert(i.date) }
        #expect(perWeek.values.allSatisfy { $0.count <= 2 })
    }

    @Test func blackoutsAreRespected() throws {
        let s = tinyScenario(
            units: [commune("X1", priority: 5), commune("X2")], teams: [Team(code: "T1", name: "1", daysPerWeek: 1)],
            blackouts: [
                Blackout(selector: .units(["X1"]), dates: DateSpan(from: day("2026-03-02"), to: day("2026-03-06")))
            ])
        let (plan, _) = try solve(s)
        #expect(plan.inspections.map(\.unit) == ["X2"])
    }

    @Test func excludedUnitsAndRegionsAreRespected() throws {
        let teams = [Team(code: "T1", name: "1", region: "A", excludedUnits: ["X1"])]
        let s = tinyScenario(
            units: [commune("X1", region: "A"), commune("X2", region: "B"), commune("X3", region: "A")], teams: teams)
        let (plan, _) = try solve(s)
        #expect(plan.inspections.map(\.unit) == ["X3"])
    }

    @Test func targetsBeatPriorities() throws {
        let units = [
            commune("X1"), commune("X2"), school("S1", in: "X1", priority: 9), school("S2", in: "X2", priority: 9),
        ]
        let s = tinyScenario(
            units: units, teams: [Team(code: "T1", name: "1", daysPerWeek: 1)],
            targets: [InspectionTarget(name: "Xã", kinds: [.commune], minShare: 0.5)])
        let (plan, _) = try solve(s)
        #expect(plan.status == .optimal)
        #expect(plan.targets.first?.planned == 1)
        #expect(plan.inspections.count == 1)
    }

    @Test func mustInspectAndRotationDueUnitsAreInspected() throws {
        let units = [commune("X1", priority: 9), commune("X2", must: true), commune("X3", last: 2021)]
        let s = tinyScenario(units: units, teams: [Team(code: "T1", name: "1", daysPerWeek: 2)], rotationYears: 5)
        let (plan, _) = try solve(s)
        #expect(Set(plan.inspections.map(\.unit)) == ["X2", "X3"])
    }

    @Test func excludedUnitsAreNotInspected() throws {
        let s = tinyScenario(units: [commune("X1", priority: 9, exclude: true), commune("X2")])
        let (plan, _) = try solve(s)
        #expect(plan.inspections.map(\.unit) == ["X2"])
    }

    @Test func pinsAreKeptExactly() throws {
        let s = tinyScenario(
            units: fiveCommunes,
            teams: [Team(code: "T1", name: "1", daysPerWeek: 2), Team(code: "T2", name: "2", daysPerWeek: 1)],
            pins: [Pin(unit: "X1", team: "T2", date: day("2026-03-05"))])
        let (plan, _) = try solve(s)
        #expect(
            plan.inspections.contains(
                PlannedInspection(unit: "X1", team: "T2", date: day("2026-03-05"), days: 1, fixed: true)))
        #expect(plan.inspections.count == 3)
    }
}
