import CivilCalendar
import InspectionScheduling
import ScenarioModel
import Testing

/// The quick bound's month spread: what the months' capacities force, traded against the priorities.
@Suite struct QuickBoundMonthTests {
    /// 23 March – 7 April 2026: seven working days in March, five in April (both balanced); ISO week 14 straddles the
    /// month end. One team of one day a week: two days in each month, three in all.
    static let season = DateSpan(from: day("2026-03-23"), to: day("2026-04-07"))

    /// Three one-day communes; only X may be inspected in April (the others are closed there).
    static func threeCommunes(zPriority: Double) -> Scenario {
        tinyScenario(
            units: [commune("X"), commune("Y"), commune("Z", priority: zPriority)],
            teams: [Team(code: "T1", name: "Đoàn 1", daysPerWeek: 1)], season: season,
            blackouts: [
                Blackout(selector: .units(["Y", "Z"]), dates: DateSpan(from: day("2026-04-01"), to: day("2026-04-07")))
            ],
            weights: ObjectiveWeights(priority: 1, balance: 1, bundling: 0))
    }

    /// All three communes: March carries two days, April at most X's one, a spread of one day: 3 − 1 = 2. The bound
    /// (priorities alone: 3) now charges it.
    @Test func forcedMonthSpreadIsCharged() throws {
        let s = Self.threeCommunes(zPriority: 1)
        let sm = ScheduleModelBuilder(scenario: s, calendar: WorkingCalendar(scenario: s, holidays: [])).build()
        let q = try #require(QuickBound.value(for: sm, scenario: s))
        let brute = try #require(bruteForceOptimum(s))
        #expect(abs(brute.objective - 2) < 1e-9, "got \(brute.objective)")
        #expect(abs(q - 2) < 1e-4, "got \(q)")  // the search over the load stops within 1e-5 days
    }

    /// With Z worth 0.1 the best plan leaves it out (X in April, Y in March: 2, no spread). Charging the spread that
    /// the full load forces (2.1 − 1 = 1.1) would cut that plan off; the bound trades the load against the spread.
    @Test func leavingAUnitOutToEvenTheMonthsIsAllowed() throws {
        let s = Self.threeCommunes(zPriority: 0.1)
        let sm = ScheduleModelBuilder(scenario: s, calendar: WorkingCalendar(scenario: s, holidays: [])).build()
        let q = try #require(QuickBound.value(for: sm, scenario: s))
        let brute = try #require(bruteForceOptimum(s))
        #expect(abs(brute.objective - 2) < 1e-9, "got \(brute.objective)")
        #expect(abs(q - 2) < 1e-4, "got \(q)")  // the search over the load stops within 1e-5 days
    }

    /// Seeded scenarios across the month end, with blackouts by month and bundling: the bound is never below the
    /// exhaustive optimum, per team and pooled.
    @Test(arguments: 1...16)
    func quickBoundIsAtLeastTheOptimumAcrossMonths(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &+ 7_000)
        func pick(_ n: Int) -> Int { Int.random(in: 0..<n, using: &rng) }
        var units = [commune("X", priority: Double(1 + pick(3)))]
        for k in 0..<(1 + pick(2)) { units.append(school("S\(k)", in: "X", priority: [0.2, 1, 2][pick(3)])) }
        units.append(commune("Y", priority: [0.1, 1][pick(2)]))
        let teams = (0..<(1 + pick(2))).map {
            Team(code: "T\($0 + 1)", name: "Đoàn \($0 + 1)", daysPerWeek: 1 + pick(2))
        }
        let closed = [
            DateSpan(from: day("2026-04-01"), to: day("2026-04-07")),
            DateSpan(from: day("2026-03-23"), to: day("2026-03-27")),
        ][pick(2)]
        let s = tinyScenario(
            units: units, teams: teams, season: Self.season,
            blackouts: [Blackout(selector: .kinds([[.school], [.commune]][pick(2)]), dates: closed)],
            weights: ObjectiveWeights(priority: 1, balance: [0.1, 0.5, 1][pick(3)], bundling: [0, 0.3][pick(2)]))
        guard let brute = bruteForceOptimum(s) else { return }
        let cal = WorkingCalendar(scenario: s, holidays: [])
        for pooled in [false, true] {
            let sm = ScheduleModelBuilder(scenario: s, calendar: cal, poolTeams: pooled).build()
            let q = try #require(QuickBound.value(for: sm, scenario: s))
            #expect(
                q >= brute.objective - 1e-6,
                "seed \(seed), pooled \(pooled): quick bound \(q) below the optimum \(brute.objective)")
        }
    }

    /// A commune and its three schools; the schools are closed in April; one team of two days a week. Beside its
    /// schools in March the commune makes two pairs, but March then carries 2.5 days and April none. The best plan
    /// inspects the commune in April and the schools in March: 4 − 0.5 = 3.5, no pair. Charging the month spread as if
    /// every commune stayed where it pairs best (4 − 2.5 + 0.1 = 1.6) would cut that plan off; the bound trades the
    /// commune's pairs against April's load and is exact here (the months alone gave 3.6, the terms apart 4.1).
    @Test func aCommuneMovedToAnEmptyMonthGivesUpItsPairs() throws {
        let s = tinyScenario(
            units: [commune("X"), school("S1", in: "X"), school("S2", in: "X"), school("S3", in: "X")],
            teams: [Team(code: "T1", name: "Đoàn 1", daysPerWeek: 2)], season: Self.season,
            blackouts: [
                Blackout(selector: .kinds([.school]), dates: DateSpan(from: day("2026-04-01"), to: day("2026-04-07")))
            ],
            weights: ObjectiveWeights(priority: 1, balance: 1, bundling: 0.05))
        let sm = ScheduleModelBuilder(scenario: s, calendar: WorkingCalendar(scenario: s, holidays: [])).build()
        let q = try #require(QuickBound.value(for: sm, scenario: s))
        let brute = try #require(bruteForceOptimum(s))
        #expect(abs(brute.objective - 3.5) < 1e-9, "got \(brute.objective)")
        #expect(q >= brute.objective - 1e-6)
        #expect(abs(q - 3.5) < 1e-3, "got \(q)")
    }
}
