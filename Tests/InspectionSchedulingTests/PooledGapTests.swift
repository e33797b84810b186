import GLPKSolver
import InspectionScheduling
import ScenarioModel
import Testing

/// The automatic gap: pooled (large) models stop at ``PlannerOptions/pooledRelativeGap`` when no gap is asked,
/// models with a column per team still ask for a proof.
@Suite struct PooledGapTests {
    /// Two one-day teams (one pool) for two full-day communes (3 points each), a half-day school (2 points) and its
    /// commune (1 point): the quick bound (the school, one commune and half the other: 6.5) is no plan, so only a
    /// solver run proves the optimum, 6 (each team inspects one of the 3-point communes).
    static let crowded = tinyScenario(
        units: [commune("X", priority: 3), commune("Z", priority: 3), commune("Y"), school("S", in: "Y", priority: 2)],
        teams: [Team(code: "T1", name: "Đoàn 1", daysPerWeek: 1), Team(code: "T2", name: "Đoàn 2", daysPerWeek: 1)])

    @Test func aPooledModelStopsAtItsGapWithoutASolverRun() throws {
        let plan = try InspectionPlanner.plan(
            scenario: Self.crowded, holidays: [], solver: GLPKSolver(),
            options: PlannerOptions(timeLimitSeconds: 10, poolTeams: true, pooledRelativeGap: 0.9))
        #expect(plan.model.solves == 0)
        #expect(plan.status == .feasible)
        #expect(plan.notes.contains { $0.kind == .greedyWithinGap })
        // The greedy plan: the school on one team's day, a 3-point commune on the other's.
        #expect(abs((plan.objective ?? 0) - 5) < 1e-9)
        #expect(abs((plan.bound ?? 0) - 6.5) < 1e-9)
        #expect(abs((plan.gap ?? 1) - 1.5 / 5) < 1e-9, "the gap relative to the plan")
    }

    @Test func withoutAPooledGapThePooledModelIsProven() throws {
        let plan = try InspectionPlanner.plan(
            scenario: Self.crowded, holidays: [], solver: GLPKSolver(),
            options: PlannerOptions(timeLimitSeconds: 10, poolTeams: true))
        #expect(plan.model.solves > 0)
        #expect(plan.status == .optimal)
        #expect(abs((plan.objective ?? 0) - 6) < 1e-9)
    }

    @Test func theAskedGapWinsAndPerTeamModelsIgnoreThePooledGap() throws {
        // A per-team model asks for a proof even with a pooled gap set.
        let perTeam = try InspectionPlanner.plan(
            scenario: Self.crowded, holidays: [], solver: GLPKSolver(),
            options: PlannerOptions(timeLimitSeconds: 10, poolTeams: false, pooledRelativeGap: 0.9))
        #expect(perTeam.model.solves > 0)
        #expect(perTeam.status == .optimal)
        #expect(abs((perTeam.objective ?? 0) - 6) < 1e-9)
        // An asked gap smaller than any greedy plan's overrides the pooled one: the solver runs.
        let asked = try InspectionPlanner.plan(
            scenario: Self.crowded, holidays: [], solver: GLPKSolver(),
            options: PlannerOptions(
                timeLimitSeconds: 10, relativeGap: 0.01, poolTeams: true, pooledRelativeGap: 0.9))
        #expect(asked.model.solves > 0)
        #expect(abs((asked.objective ?? 0) - 6) < 1e-9)
    }
}
