import CivilCalendar
import GLPKSolver
import MILP
import ScenarioModel
import Synchronization
import Testing

@testable import InspectionScheduling

/// Independent regions planned separately and merged: the merged plan is the regions' plans together.
@Suite struct RegionalPlannerTests {
    /// Three regions (A, B, C), each with two communes and three schools; A has two teams, B and C one each.
    /// Every target is per region, so the regions are independent.
    func threeRegions(bTeamAway: Bool = false) -> Scenario {
        var units: [Unit] = []
        for region in ["A", "B", "C"] {
            for c in 1...2 {
                let code = "\(region)X\(c)"
                units.append(commune(code, priority: Double(c), region: region))
                if c == 1 {
                    for k in 1...2 {
                        units.append(school("\(code)S\(k)", in: code, priority: Double(k), region: region))
                    }
                } else {
                    units.append(school("\(code)S1", in: code, region: region))
                }
            }
        }
        let teams = [
            Team(code: "TA1", name: "Đoàn A1", daysPerWeek: 2, region: "A"),
            Team(code: "TA2", name: "Đoàn A2", daysPerWeek: 1, region: "A"),
            Team(code: "TB", name: "Đoàn B", daysPerWeek: 2, region: "B"),
            Team(code: "TC", name: "Đoàn C", daysPerWeek: 2, region: "C"),
        ]
        let season = DateSpan(from: day("2026-03-02"), to: day("2026-03-13"))
        return tinyScenario(
            units: units, teams: teams,
            targets: [
                InspectionTarget(name: "Xã", kinds: [.commune], minShare: 1, scope: .region),
                InspectionTarget(name: "Trường", kinds: [.school], minShare: 0.5, scope: .region),
            ],
            season: season,
            unavailability: bTeamAway ? [Unavailability(team: "TB", dates: season)] : [],
            weights: ObjectiveWeights(priority: 1, balance: 0.1, bundling: 0.05))
    }

    func options() -> PlannerOptions { PlannerOptions(timeLimitSeconds: 30) }

    @Test func mergedPlanIsTheUnionOfTheRegionsPlannedAlone() throws {
        let s = threeRegions()
        let parts = try #require(s.regionParts())
        let alone = try parts.map {
            try InspectionPlanner.plan(scenario: $0, holidays: [], solver: GLPKSolver(), options: options())
        }
        let outcome = try RegionalPlanner.planRegions(
            scenario: s, holidays: [], solver: GLPKSolver(), options: options(), parallel: 2)
        let plan = outcome.plan

        #expect(outcome.regions.map(\.region) == ["A", "B", "C"] && outcome.parallel == 2)
        #expect(alone.allSatisfy { $0.status == .optimal })
        #expect(plan.status == .optimal && plan.gap == 0)
        #expect(plan.inspections == alone.flatMap(\.inspections).sorted(by: PlannedInspection.planOrder))
        #expect(Set(plan.inspections.map(\.unit)).count == plan.inspections.count)
        let sum = alone.reduce(0) { $0 + ($1.objective ?? .nan) }
        #expect(abs((plan.objective ?? .nan) - sum) < 1e-9)
        #expect(abs((plan.bound ?? .nan) - sum) < 1e-9)
        // The merged terms are the regions' terms summed, so the objective formula still holds.
        let t = plan.objectiveTerms
        #expect(t.prioritySum == alone.reduce(0) { $0 + $1.objectiveTerms.prioritySum })
        #expect(t.teamSpread == alone.reduce(0) { $0 + $1.objectiveTerms.teamSpread })
        #expect(t.monthSpread == alone.reduce(0) { $0 + $1.objectiveTerms.monthSpread })
        #expect(t.bundledPairs == alone.reduce(0) { $0 + $1.objectiveTerms.bundledPairs })
        #expect(abs(ScheduleObjective.value(t, priority: 1, balance: 0.1, bundling: 0.05) - sum) < 1e-9)
        // Loads and coverage are measured on the whole scenario.
        #expect(plan.teamLoads.map(\.team) == ["TA1", "TA2", "TB", "TC"])
        #expect(plan.teamLoads.reduce(0) { $0 + $1.inspections } == plan.inspections.count)
        #expect(plan.targets.map(\.region) == ["A", "B", "C", "A", "B", "C"] && plan.targets.allSatisfy(\.isMet))
        let cal = WorkingCalendar(scenario: s, holidays: [])
        #expect(PlanValidator.violations(plan, scenario: s, calendar: cal) == [])
        #expect(plan.model.variables == alone.reduce(0) { $0 + $1.model.variables })
        #expect(plan.model.solves == alone.reduce(0) { $0 + $1.model.solves })
        // One note on the split, then the regions' notes without repeats.
        let split = try #require(regionSplit(plan.notes.first))
        #expect(split.parallel == 2 && split.outcomes.map(\.region) == ["A", "B", "C"])
        #expect(split.outcomes.allSatisfy { $0.status == .optimal })
        #expect(Set(plan.notes).count == plan.notes.count)
        #expect(plan.notes.filter { $0.kind == .configurableDefaults }.count == 1)
    }

    @Test func eachPlannedRegionIsReportedOnce() throws {
        let s = threeRegions()
        let seen = Mutex<[RegionalPlanner.RegionProgress]>([])
        let plan = try RegionalPlanner.plan(
            scenario: s, holidays: [], solver: GLPKSolver(), options: options(), parallel: 2,
            regionFinished: { r in seen.withLock { $0.append(r) } })
        let reports = seen.withLock { $0 }
        #expect(reports.map(\.region).sorted() == ["A", "B", "C"])
        #expect(reports.map(\.finished).sorted() == [1, 2, 3] && reports.allSatisfy { $0.total == 3 })
        #expect(abs(reports.reduce(0) { $0 + ($1.plan.objective ?? .nan) } - (plan.objective ?? .nan)) < 1e-9)
    }

    @Test func sameInputsGiveTheSamePlan() throws {
        let s = threeRegions()
        let a = try RegionalPlanner.plan(
            scenario: s, holidays: [], solver: GLPKSolver(), options: options(), parallel: 2)
        let b = try RegionalPlanner.plan(
            scenario: s, holidays: [], solver: GLPKSolver(), options: options(), parallel: 3)
        let c = try RegionalPlanner.plan(
            scenario: s, holidays: [], solver: GLPKSolver(), options: options(), parallel: 1)
        #expect(a.inspections == b.inspections && a.inspections == c.inspections)
        #expect(a.objective == b.objective && a.status == b.status && a.objectiveTerms == c.objectiveTerms)
        #expect(a.notes.dropFirst() == b.notes.dropFirst())
    }

    @Test func scenarioWithAWholeScenarioTargetIsOneModel() throws {
        var s = threeRegions()
        s.inspection.targets[1].scope = .all
        #expect(s.regionParts() == nil)
        let outcome = try RegionalPlanner.planRegions(
            scenario: s, holidays: [], solver: GLPKSolver(), options: options())
        let single = try InspectionPlanner.plan(scenario: s, holidays: [], solver: GLPKSolver(), options: options())
        #expect(outcome.regions.isEmpty && outcome.parallel == 1)
        #expect(outcome.plan.inspections == single.inspections && outcome.plan.objective == single.objective)
        #expect(!outcome.plan.notes.contains { $0.kind == .regionsPlannedSeparately })
    }

    @Test func anInfeasibleRegionMakesThePlanInfeasible() throws {
        let s = threeRegions(bTeamAway: true)
        let plan = try RegionalPlanner.plan(scenario: s, holidays: [], solver: GLPKSolver(), options: options())
        #expect(plan.status == .infeasible)
        #expect(plan.bound == nil && plan.gap == nil)
        let shortfalls = plan.unmet.filter { $0.kind == .targetShortfall }
        #expect(!shortfalls.isEmpty && shortfalls.allSatisfy { $0.region == "B" })
        #expect(plan.unmet.allSatisfy { $0.region == nil || $0.region == "B" })
        // The other regions are still planned.
        let regionOf = Dictionary(uniqueKeysWithValues: s.units.map { ($0.code, $0.region!) })
        #expect(Set(plan.inspections.map { regionOf[$0.unit]! }).isSuperset(of: ["A", "C"]))
        let split = try #require(regionSplit(plan.notes.first))
        #expect(split.outcomes.map(\.status) == [.optimal, .infeasible, .optimal])
    }

    @Test func replanSplitsThePreviousCalendarByRegion() throws {
        let s = threeRegions()
        let first = try RegionalPlanner.plan(scenario: s, holidays: [], solver: GLPKSolver(), options: options())
        var o = options()
        o.previous = first.inspections
        o.replanFrom = day("2026-03-09")
        let again = try RegionalPlanner.plan(scenario: s, holidays: [], solver: GLPKSolver(), options: o)
        #expect(regionSplit(again.notes.first)?.outcomes.count == 3)
        #expect(again.status == .optimal || again.status == .feasible)
        // Nothing changed in the scenario, so every announced inspection is kept.
        #expect(again.moved == [])
        #expect(
            again.inspections.map { "\($0.unit) \($0.team) \($0.date)" }
                == first.inspections.map { "\($0.unit) \($0.team) \($0.date)" })
        #expect(again.inspections.filter(\.fixed).allSatisfy { $0.date < day("2026-03-09") })

        // A previous inspection by a team of another region couples the regions: one model.
        var crossed = first.inspections.filter { $0.date < day("2026-03-09") }
        let k = try #require(crossed.firstIndex { $0.team == "TC" })
        crossed[k].team = "TB"
        o.previous = crossed
        let coupled = try RegionalPlanner.planRegions(scenario: s, holidays: [], solver: GLPKSolver(), options: o)
        #expect(coupled.regions.isEmpty)
        #expect(coupled.plan.notes.first == .crossRegionReplan)
        // A future inspection announced for another region's team is only a preference: the regions stay apart.
        var announced = first.inspections
        let f = try #require(announced.firstIndex { $0.team == "TC" && $0.date >= day("2026-03-09") })
        announced[f].team = "TB"
        o.previous = announced
        let split = try RegionalPlanner.planRegions(scenario: s, holidays: [], solver: GLPKSolver(), options: o)
        #expect(split.regions.count == 3)
        #expect(split.plan.moved.map(\.unit) == [announced[f].unit])
    }

    @Test func aSolverFailureStopsTheRunAndIsThrown() {
        let throwing = ThrowingSolver()
        // Without a starting plan every region calls the solver (a greedy plan can be proven optimal without it).
        var o = options()
        o.warmStart = false
        #expect(throws: SolverError.fatal("boom")) {
            try RegionalPlanner.plan(scenario: threeRegions(), holidays: [], solver: throwing, options: o)
        }
    }

    @Test func regionsNotStartedWhenStoppedAreNotPlanned() throws {
        var o = options()
        o.shouldStop = { true }
        let plan = try RegionalPlanner.plan(
            scenario: threeRegions(), holidays: [], solver: ThrowingSolver(), options: o)
        #expect(plan.status == .noSolution && plan.inspections.isEmpty && plan.objective == nil)
        #expect(plan.unmet.map(\.region) == ["A", "B", "C"] && plan.unmet.allSatisfy { $0.kind == .unproven })
        #expect(plan.teamLoads.map(\.team) == ["TA1", "TA2", "TB", "TC"])
        #expect(regionSplit(plan.notes.first)?.outcomes.map(\.status) == [.noSolution, .noSolution, .noSolution])
    }

    /// The values of a ``PlanNote/regionsPlannedSeparately(parallel:outcomes:)`` note, `nil` for another note.
    func regionSplit(_ note: PlanNote?) -> (parallel: Int, outcomes: [RegionOutcome])? {
        guard case .regionsPlannedSeparately(let parallel, let outcomes) = note else { return nil }
        return (parallel, outcomes)
    }
}

/// A solver that always fails.
private struct ThrowingSolver: MILPSolver {
    func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult { throw .fatal("boom") }
}
