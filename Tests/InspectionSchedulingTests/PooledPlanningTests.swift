import CivilCalendar
import GLPKSolver
import InspectionScheduling
import MILP
import ScenarioModel
import Testing

/// Pooled teams (large regions): the pooled model is a relaxation, so its bound must stay above every real plan, and
/// the plan shared among the teams afterwards must keep every hard rule.
@Suite struct PooledPlanningTests {
    @Test(arguments: 1...40)
    func pooledBoundIsValidAndPlanKeepsEveryRule(seed: Int) throws {
        let s = randomScenario(seed: UInt64(seed))
        let cal = WorkingCalendar(scenario: s, holidays: [])
        let plan = try InspectionPlanner.plan(
            scenario: s, holidays: [], solver: GLPKSolver(), options: PlannerOptions(poolTeams: true))
        guard let brute = bruteForceOptimum(s) else {
            #expect(plan.status != .optimal && plan.status != .feasible, "seed \(seed): \(plan.status)")
            return
        }
        #expect(plan.status == .optimal || plan.status == .feasible, "seed \(seed): \(plan.status)")
        #expect(PlanValidator.violations(plan, scenario: s, calendar: cal) == [], "seed \(seed)")
        #expect(try independentViolations(plan, s) == [], "seed \(seed)")
        #expect(plan.targets.allSatisfy { $0.isMet }, "seed \(seed)")
        let measured = try #require(plan.objective)
        #expect(
            measured <= brute.objective + 1e-6, "seed \(seed): plan \(measured) above the optimum \(brute.objective)")
        if let bound = plan.bound {
            #expect(
                bound >= brute.objective - 1e-6, "seed \(seed): bound \(bound) below the optimum \(brute.objective)")
        }
        if plan.status == .optimal { #expect(abs(measured - brute.objective) < 1e-6, "seed \(seed)") }
    }

    /// The same on the optimality property's scenarios (bundling, rotation, holidays, multi-day inspections, pins,
    /// regions), planned as one pooled model and measured by the independent checker.
    @Test(arguments: 1...48)
    func pooledPlanKeepsEveryRuleOnRichScenarios(seed: Int) throws {
        let c = propertyScenario(seed: seed)
        let plan = try InspectionPlanner.plan(
            scenario: c.scenario, holidays: c.holidays, solver: GLPKSolver(), options: PlannerOptions(poolTeams: true))
        guard let brute = bruteForceOptimum(c.scenario, holidays: c.holidays) else {
            #expect(plan.status != .optimal && plan.status != .feasible, "seed \(seed): \(plan.status)")
            return
        }
        // Sharing a pool's work among its teams afterwards can fail when the teams differ (one excludes a unit that
        // must be inspected and is away when the others are busy): the plan then says it found no solution and
        // advises planning without pools. It must never claim that no calendar exists.
        #expect(plan.status != .infeasible, "seed \(seed): a lawful calendar exists")
        let bound = try #require(plan.bound, "seed \(seed)")
        #expect(bound >= brute.objective - 1e-6, "seed \(seed): bound \(bound) below the optimum \(brute.objective)")
        if plan.status == .noSolution {
            #expect(
                plan.unmet.contains { $0.detail == .unproven(.poolingBrokeRules) },
                "seed \(seed): \(plan.unmet.map(\.detail))")
            return
        }
        #expect(plan.status == .optimal || plan.status == .feasible, "seed \(seed): \(plan.status)")
        #expect(try independentViolations(plan, c.scenario, holidays: c.holidays) == [], "seed \(seed)")
        let measured = try #require(plan.objective)
        #expect(
            measured <= brute.objective + 1e-6, "seed \(seed): plan \(measured) above the optimum \(brute.objective)")
        if plan.status == .optimal { #expect(abs(measured - brute.objective) < 1e-6, "seed \(seed)") }
    }

    /// Six interchangeable teams: pooling cuts the columns about sixfold, and the shared plan keeps every rule.
    @Test func sixTeamsArePooledIntoOne() throws {
        var units: [Unit] = []
        for c in 0..<8 {
            units.append(commune("X\(c)", priority: Double(1 + c % 3)))
            for k in 0..<3 { units.append(school("S\(c)_\(k)", in: "X\(c)", priority: 1)) }
        }
        let teams = (1...6).map { Team(code: "T\($0)", name: "Đoàn \($0)", daysPerWeek: 1 + $0 % 2) }
        let s = tinyScenario(
            units: units, teams: teams,
            targets: [
                InspectionTarget(name: "Xã", kinds: [.commune], minShare: 0.5),
                InspectionTarget(name: "Trường", kinds: [.school], minShare: 0.35),
            ],
            season: DateSpan(from: day("2026-03-02"), to: day("2026-03-27")),
            unavailability: [
                Unavailability(team: "T2", dates: DateSpan(from: day("2026-03-09"), to: day("2026-03-13")))
            ],
            weights: ObjectiveWeights(priority: 1, balance: 0.1, bundling: 0.05))
        let cal = WorkingCalendar(scenario: s, holidays: [])
        let pooledModel = ScheduleModelBuilder(scenario: s, calendar: cal, poolTeams: true).build()
        let perTeamModel = ScheduleModelBuilder(scenario: s, calendar: cal).build()
        #expect(pooledModel.teamGroups == [[0, 1, 2, 3, 4, 5]])
        #expect(pooledModel.model.binaryCount * 5 < perTeamModel.model.binaryCount)

        let plan = try InspectionPlanner.plan(
            scenario: s, holidays: [], solver: GLPKSolver(),
            options: PlannerOptions(timeLimitSeconds: 20, poolTeams: true))
        #expect(plan.status == .optimal || plan.status == .feasible)
        #expect(PlanValidator.violations(plan, scenario: s, calendar: cal) == [])
        #expect(try independentViolations(plan, s) == [])
        #expect(plan.targets.allSatisfy { $0.isMet })
        #expect(plan.notes.contains(.pooledTeams(poolSizes: [6])))
        #expect(Set(plan.inspections.map(\.team)).count > 1, "the work is shared among the teams")
        let unpooled = try InspectionPlanner.plan(
            scenario: s, holidays: [], solver: GLPKSolver(),
            options: PlannerOptions(timeLimitSeconds: 20, poolTeams: false))
        if let bound = plan.bound, let best = unpooled.objective {
            #expect(bound >= best - 1e-6, "pooled bound \(bound) vs per-team plan \(best)")
        }
    }
}
