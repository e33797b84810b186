import CivilCalendar
import GLPKSolver
import InspectionScheduling
import MILP
import ScenarioModel
import Testing

/// The quick bound (counts only) and the pooled model's pair rows must never cut off a real plan: checked against the
/// exhaustive optimum of small seeded scenarios that have bundling, teams of one to three days a week and pools.
@Suite struct QuickBoundTests {
    /// A seeded small scenario with bundling on: one or two communes with two or three units each.
    static func bundlingScenario(seed: UInt64) -> Scenario {
        var rng = SplitMix64(seed: seed &+ 1_000)
        func pick(_ n: Int) -> Int { Int.random(in: 0..<n, using: &rng) }
        let start = day(["2026-03-02", "2026-03-30"][pick(2)])  // the second week straddles a month end
        var units: [Unit] = []
        let nCommunes = 1 + pick(2)
        for c in 0..<nCommunes {
            units.append(commune("X\(c)", priority: Double(1 + pick(3)), must: pick(5) == 0))
            // At most five units, so the exhaustive search stays quick.
            for k in 0..<(c == 0 ? 2 + (nCommunes == 1 ? pick(2) : 0) : 1) {
                units.append(school("S\(c)_\(k)", in: "X\(c)", priority: Double(1 + pick(2))))
            }
        }
        let teams = (0..<(1 + pick(2))).map {
            Team(code: "T\($0 + 1)", name: "Đoàn \($0 + 1)", daysPerWeek: 1 + pick(3))
        }
        var unavailability: [Unavailability] = []
        if pick(3) == 0 {
            let d = start.adding(days: pick(5))
            unavailability.append(Unavailability(team: "T1", dates: DateSpan(from: d, to: d)))
        }
        var blackouts: [Blackout] = []
        if pick(3) == 0 {
            let d = start.adding(days: pick(5))
            blackouts.append(
                Blackout(selector: .kinds([.school]), dates: DateSpan(from: d, to: d.adding(days: pick(2)))))
        }
        let targets = [
            InspectionTarget(name: "Xã", kinds: [.commune], minShare: [0.0, 0.5][pick(2)]),
            InspectionTarget(name: "Trường", kinds: [.school], minShare: [0.0, 0.35][pick(2)]),
        ]
        let weights = ObjectiveWeights(
            priority: 1, balance: [0, 0.1, 0.5][pick(3)], bundling: [0.05, 0.3, 1][pick(3)])
        return tinyScenario(
            units: units, teams: teams, targets: targets, season: DateSpan(from: start, to: start.adding(days: 4)),
            unavailability: unavailability, blackouts: blackouts, weights: weights)
    }

    @Test(arguments: 1...24)
    func quickBoundIsAtLeastTheOptimum(seed: Int) throws {
        let s = Self.bundlingScenario(seed: UInt64(seed))
        guard let brute = bruteForceOptimum(s) else {
            // No lawful calendar, so no optimum to bound: the planner must say so rather than print a plan.
            let plan = try InspectionPlanner.plan(scenario: s, holidays: [], solver: GLPKSolver())
            #expect(plan.status == .infeasible, "seed \(seed): \(plan.status)")
            return
        }
        let cal = WorkingCalendar(scenario: s, holidays: [])
        for pooled in [false, true] {
            let sm = ScheduleModelBuilder(scenario: s, calendar: cal, poolTeams: pooled).build()
            let q = try #require(QuickBound.value(for: sm, scenario: s))
            #expect(
                q >= brute.objective - 1e-6,
                "seed \(seed), pooled \(pooled): quick bound \(q) below the optimum \(brute.objective)")
        }
    }

    /// The pooled model with its pair rows (`pairs_…`, `linkmax_…`, `linkmin_…`) stays a relaxation.
    @Test(arguments: 1...24)
    func pooledPlanWithBundlingKeepsAValidBound(seed: Int) throws {
        let s = Self.bundlingScenario(seed: UInt64(seed))
        let plan = try InspectionPlanner.plan(
            scenario: s, holidays: [], solver: GLPKSolver(), options: PlannerOptions(poolTeams: true))
        guard let brute = bruteForceOptimum(s) else {
            #expect(plan.status != .optimal && plan.status != .feasible, "seed \(seed): \(plan.status)")
            return
        }
        let cal = WorkingCalendar(scenario: s, holidays: [])
        #expect(plan.status == .optimal || plan.status == .feasible, "seed \(seed): \(plan.status)")
        #expect(PlanValidator.violations(plan, scenario: s, calendar: cal) == [], "seed \(seed)")
        #expect(try independentViolations(plan, s) == [], "seed \(seed)")
        let measured = try #require(plan.objective)
        #expect(
            measured <= brute.objective + 1e-6, "seed \(seed): plan \(measured) above the optimum \(brute.objective)")
        let bound = try #require(plan.bound)
        #expect(bound >= brute.objective - 1e-6, "seed \(seed): bound \(bound) below the optimum \(brute.objective)")
    }

    /// One commune and two schools, one team with two days: the commune on one day and both schools the next day.
    static let oneTrip = tinyScenario(
        units: [commune("X", priority: 2), school("S1", in: "X"), school("S2", in: "X")],
        teams: [Team(code: "T1", name: "Đoàn 1", daysPerWeek: 2)],
        weights: ObjectiveWeights(priority: 1, balance: 0.1, bundling: 0.05))

    @Test func quickBoundIsExactForOneTrip() throws {
        let s = Self.oneTrip
        let sm = ScheduleModelBuilder(scenario: s, calendar: WorkingCalendar(scenario: s, holidays: [])).build()
        let q = try #require(QuickBound.value(for: sm, scenario: s))
        let brute = try #require(bruteForceOptimum(s))
        #expect(abs(q - 4.1) < 1e-9, "priorities 4 + two pairs × 0.05")
        #expect(abs(brute.objective - 4.1) < 1e-9)
    }

    /// Two communes, each with two schools and a health station; one two-day team for two weeks; the schools are
    /// closed in the first week. A trip of the first week can take the health station only, so the pairs are at most
    /// 1 + 2 (counting by time alone gave 2 + 2).
    @Test func blackoutsLimitTheTripsOfAWeek() throws {
        func station(_ code: String, in commune: String) -> Unit {
            Unit(code: code, name: "Trạm \(code)", kind: .healthStation, commune: commune, priority: 1)
        }
        let s = tinyScenario(
            units: [
                commune("A"), school("A1", in: "A"), school("A2", in: "A"), station("AH", in: "A"),
                commune("B"), school("B1", in: "B"), school("B2", in: "B"), station("BH", in: "B"),
            ],
            teams: [Team(code: "T1", name: "Đoàn 1", daysPerWeek: 2)],
            season: DateSpan(from: day("2026-03-02"), to: day("2026-03-13")),
            blackouts: [
                Blackout(selector: .kinds([.school]), dates: DateSpan(from: day("2026-03-02"), to: day("2026-03-06")))
            ],
            weights: ObjectiveWeights(priority: 1, balance: 0, bundling: 0.05))
        let sm = ScheduleModelBuilder(scenario: s, calendar: WorkingCalendar(scenario: s, holidays: [])).build()
        let q = try #require(QuickBound.value(for: sm, scenario: s))
        // Knapsack: the six half-day units and one commune in four days (7 points), plus three pairs.
        #expect(abs(q - 7.15) < 1e-9, "got \(q)")
        // The best plan: A with its station in week 1 beside BH, all four schools in week 2: 7 points and one pair.
        let plan = try InspectionPlanner.plan(
            scenario: s, holidays: [], solver: GLPKSolver(), options: PlannerOptions(warmStart: false))
        #expect(plan.status == .optimal)
        #expect(abs((plan.objective ?? 0) - 7.05) < 1e-9, "got \(plan.objective ?? .nan)")
    }

    /// A team of one day a week cannot pair a full-day commune with anything: no pair is counted.
    @Test func oneDayTeamsMakeNoPairs() throws {
        var s = Self.oneTrip
        s.teams = [Team(code: "T1", name: "Đoàn 1", daysPerWeek: 1)]
        let sm = ScheduleModelBuilder(scenario: s, calendar: WorkingCalendar(scenario: s, holidays: [])).build()
        let q = try #require(QuickBound.value(for: sm, scenario: s))
        #expect(abs(q - 2) < 1e-9, "one day of capacity at 2 points a day, and no pair; got \(q)")
        #expect(abs((bruteForceOptimum(s)?.objective ?? 0) - 2) < 1e-9)
    }

    /// When the greedy plan is within the requested gap of the quick bound, GLPK is not run, and the plan says so.
    @Test func planWithinTheGapOfTheQuickBoundSkipsTheSolver() throws {
        let s = Self.oneTrip
        let plan = try InspectionPlanner.plan(
            scenario: s, holidays: [], solver: GLPKSolver(),
            options: PlannerOptions(timeLimitSeconds: 10, relativeGap: 0.5))
        #expect(plan.model.solves == 0)
        #expect(plan.status == .feasible || plan.status == .optimal)
        #expect(plan.notes.contains { [.greedyWithinGap, .greedyReachesQuickBound].contains($0.kind) })
        let objective = try #require(plan.objective), bound = try #require(plan.bound)
        #expect(bound >= objective)
        #expect((bound - objective) / objective <= 0.5)
        // Without a gap only a proof settles it: here the greedy plan (the commune on Monday, both schools on
        // Tuesday) reaches the quick bound, so it is optimal without a solver run.
        let proven = try InspectionPlanner.plan(
            scenario: s, holidays: [], solver: GLPKSolver(), options: PlannerOptions(timeLimitSeconds: 10))
        #expect(proven.model.solves == 0)
        #expect(proven.status == .optimal)
        #expect(abs((proven.objective ?? 0) - 4.1) < 1e-9)
        #expect(proven.bound == proven.objective && proven.gap == 0)
        #expect(proven.notes.contains { $0.kind == .greedyReachesQuickBound })
        #expect(!proven.notes.contains { $0.kind == .provenByObjectiveStep }, "one note, not two")
        // One day for a full-day commune (3 points) or a half-day school (2 points): the knapsack's half school and
        // half commune (3.5) is no plan, so the bound is not reached; GLPK runs and proves 3.
        let crowded = tinyScenario(
            units: [commune("X", priority: 3), commune("Y"), school("S", in: "Y", priority: 2)],
            teams: [Team(code: "T1", name: "Đoàn 1", daysPerWeek: 1)],
            weights: ObjectiveWeights(priority: 1, balance: 0.1, bundling: 0.05))
        let cal = WorkingCalendar(scenario: crowded, holidays: [])
        #expect(
            QuickBound.value(for: ScheduleModelBuilder(scenario: crowded, calendar: cal).build(), scenario: crowded)
                == 3.5)
        let solved = try InspectionPlanner.plan(
            scenario: crowded, holidays: [], solver: GLPKSolver(), options: PlannerOptions(timeLimitSeconds: 10))
        #expect(solved.model.solves > 0)
        #expect(solved.status == .optimal)
        #expect(solved.objective == 3)
    }
}
