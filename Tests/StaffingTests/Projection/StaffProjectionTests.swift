import ScenarioModel
import Staffing
import Testing

@Suite struct StaffProjectionTests {
    // Loại III xã, ND 34 quota 19 until 31/7/2023, ND 33 quota 18 after. 20 CBCC, one retiring 30/4/2022, one leaving 2023.
    func scenario(_ hiring: HiringPolicy) -> Scenario {
        var staff = (0..<18).map { person("P\($0)", unit: "X") }
        staff.append(person("R", unit: "X", born: date(1961, 10, 5)))
        staff.append(person("L", unit: "X", leaving: date(2023, 3, 1)))
        return Scenario(
            name: "t", year: 2022, units: [commune("X", .iii)], staff: staff, staffing: StaffingSettings(hiring: hiring)
        )
    }

    func officials(_ s: Scenario) -> [ProjectionRow] {
        StaffProjection(scenario: s, rules: .vnDefault, asOf: date(2022, 1, 1)).rows(
            untilYear: 2024, hiring: s.staffing.hiring
        )
        .filter { $0.category == .officials }
    }

    @Test func freeze() {
        let rows = officials(scenario(.freeze))
        #expect(rows.map(\.headcount) == [19, 18, 18])
        #expect(rows.map(\.quota) == [19, 18, 18])
        #expect(rows.map(\.surplus) == [0, 0, 0])
    }

    @Test func replaceRetireesNeverAboveQuota() {
        // 2022: 19 present, quota 19 → the retiree is not replaced. Decided exits are never replaced.
        let rows = officials(scenario(.replaceRetirees))
        #expect(rows.map(\.headcount) == [19, 18, 18])
        #expect(rows.map(\.hires) == [0, 0, 0])
    }

    @Test func fillToQuota() {
        var s = scenario(.fillToQuota)
        s.staff.removeFirst(5)
        let rows = officials(s)
        #expect(rows.map(\.headcount) == [19, 18, 18])
        #expect(rows.map(\.hires) == [5, 5, 5])
    }

    @Test func retirementsAndMoves() {
        let p = StaffProjection(scenario: scenario(.freeze), rules: .vnDefault, asOf: date(2022, 1, 1))
        #expect(p.retirements(untilYear: 2024).map(\.id) == ["R"])
        #expect(p.retirements(untilYear: 2024).first?.date == date(2022, 4, 30))
        let rows = p.rows(
            untilYear: 2022, hiring: .freeze, moves: [PlannedMove(person: "P0", kind: .exit, date: date(2022, 12, 31))])
        #expect(rows.first { $0.category == .officials }?.headcount == 18)
    }

    @Test func reductionTarget() {
        // KL 40 style: 20 CBCC on 1/1/2022 → 18 at the end of 2024: −10 % ≥ 5 % → met; a 15 % target is not.
        let s = scenario(.freeze)
        let p = StaffProjection(scenario: s, rules: .vnDefault, asOf: date(2022, 1, 1))
        let r = ReductionTargetCheck.evaluate(
            [
                ReductionTarget(categories: [.cadre, .civilServant], fromYear: 2022, toYear: 2024, minCut: 0.05),
                ReductionTarget(categories: [.cadre, .civilServant], fromYear: 2022, toYear: 2024, minCut: 0.15),
            ],
            projection: p, hiring: .freeze, moves: [])
        #expect(r.map(\.baseline) == [20, 20])
        #expect(r.map(\.final) == [18, 18])
        #expect(abs(r[0].projectedCut - 0.1) < 1e-12)
        #expect(r.map(\.met) == [true, false])
    }
}
