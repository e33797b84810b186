import CivilCalendar
import ScenarioModel
import Testing

@testable import InspectionScheduling

/// A commune's trip (its inspection and units visited beside it by one team) is what bundling counts; only a team with
/// two or more dates a week can make one with a full-day commune. The starting plan and the pooled team assignment
/// must keep trips for such teams.
@Suite struct TripTests {
    /// Three communes with two schools each; one team of two days a week and two teams of one day; two weeks.
    static let threeCommunes = tinyScenario(
        units: (0..<3).flatMap { c in [commune("X\(c)")] + (0..<2).map { school("S\(c)_\($0)", in: "X\(c)") } },
        teams: [
            Team(code: "T1", name: "Đoàn 1", daysPerWeek: 2), Team(code: "T2", name: "Đoàn 2", daysPerWeek: 1),
            Team(code: "T3", name: "Đoàn 3", daysPerWeek: 1),
        ],
        season: DateSpan(from: day("2026-03-02"), to: day("2026-03-13")),
        weights: ObjectiveWeights(priority: 1, balance: 0.1, bundling: 0.05))

    /// The greedy start gives the two-day team a commune with both its schools (two links) in a per-team model.
    @Test func greedyStartBuildsATripForTheTwoDayTeam() throws {
        let s = Self.threeCommunes
        let sm = ScheduleModelBuilder(scenario: s, calendar: WorkingCalendar(scenario: s, holidays: [])).build()
        let x = try #require(GreedyStart.values(for: sm, scenario: s))
        let links = sm.bundles.reduce(0.0) { $0 + x[$1.z.index] }
        #expect(links >= 2, "links \(links)")
        let t1Trip = sm.bundles.contains { b in
            sm.candidates[b.anchor].team == 0 && x[sm.candidates[b.anchor].variable.index] > 0.5
                && x[b.z.index] >= 2 - 1e-9
        }
        #expect(t1Trip, "a commune of T1 with both its schools")
        // Every unit is still planned (the trip gives up no priority).
        let planned = Set(sm.candidates.filter { x[$0.variable.index] > 0.5 }.map(\.unit))
        #expect(planned.count == s.units.count)
    }

    /// Two communes with two schools each and one two-day team over March and April: the greedy start paces its trips
    /// by load and puts both in March; moving a whole trip to April evens the months out and keeps every pair.
    @Test func greedyStartMovesWholeTripsToEvenOutTheMonths() throws {
        let s = tinyScenario(
            units: (0..<2).flatMap { c in [commune("X\(c)")] + (0..<2).map { school("S\(c)_\($0)", in: "X\(c)") } },
            teams: [Team(code: "T1", name: "Đoàn 1", daysPerWeek: 2)],
            season: DateSpan(from: day("2026-03-02"), to: day("2026-04-24")),
            weights: ObjectiveWeights(priority: 1, balance: 0.1, bundling: 0.05))
        let sm = ScheduleModelBuilder(scenario: s, calendar: WorkingCalendar(scenario: s, holidays: [])).build()
        let x = try #require(GreedyStart.values(for: sm, scenario: s))
        var monthLoad: [Int: Double] = [:]
        for cand in sm.candidates where x[cand.variable.index] > 0.5 {
            monthLoad[sm.buckets[cand.bucket].month, default: 0] += cand.days
        }
        #expect(monthLoad == [3: 2, 4: 2], "month loads \(monthLoad)")
        #expect(sm.bundles.reduce(0.0) { $0 + x[$1.z.index] } == 4, "both trips keep their two schools")
    }

    /// Pooled: a commune chosen with four schools in one week fits no single team; the two-day team still gets the
    /// commune with two schools (the trip), and the other schools go to other teams.
    @Test func pooledAssignmentKeepsATripWhenTheWholeCommuneDoesNotFit() throws {
        var s = Self.threeCommunes
        s.units = [commune("X")] + (0..<4).map { school("S\($0)", in: "X") }
        let cal = WorkingCalendar(scenario: s, holidays: [])
        let sm = ScheduleModelBuilder(scenario: s, calendar: cal, poolTeams: true).build()
        #expect(sm.teamGroups == [[0, 1, 2]])
        let chosen = s.units.indices.map { u in sm.candidates.firstIndex { $0.unit == u && $0.bucket == 0 }! }
        let (assigned, unassigned) = TeamAssignment.assign(
            sm, chosen: chosen, scenario: s, calendar: cal, previous: [:])
        #expect(unassigned.isEmpty)
        let teamOf = Dictionary(uniqueKeysWithValues: assigned.map { (sm.candidates[$0.candidate].unit, $0.team) })
        #expect(teamOf[0] == 0, "the commune goes to the two-day team")
        #expect((1...4).filter { teamOf[$0] == 0 }.count == 2, "with two of its schools")
        let plan = InspectionPlanner.place(
            sm, values: completedChoice(sm, chosen), scenario: s, calendar: cal, previous: [:], keep: 0)
        #expect(PlanMetrics.terms(plan.inspections, scenario: s, calendar: cal).bundledPairs == 2)
    }

    private func completedChoice(_ sm: ScheduleModel, _ chosen: [Int]) -> [Double] {
        var x = [Double](repeating: 0, count: sm.model.variables.count)
        for c in chosen { x[sm.candidates[c].variable.index] = 1 }
        return x
    }
}
