import CivilCalendar
import ScenarioModel
import Staffing
import Testing

/// Who the plan selects (NĐ 29/2023 Điều 2 khoản 1, docs/legal-sources.md §13.5) and where transfers may land.
@Suite struct LawfulSelectionTests {
    let asOf = date(2024, 1, 1)

    /// Centre A: three public employees for 2 posts, coefficients 2, 3, 4; resignation only.
    func roster(_ change: (inout [StaffMember]) -> Void = { _ in }) -> Scenario {
        var staff = [("P1", 2.0), ("P2", 3.0), ("P3", 4.0)].map {
            person($0.0, unit: "A", category: .publicEmployee, coefficient: $0.1)
        }
        change(&staff)
        return centreScenario(staffA: staff, measures: [.resignation])
    }

    @Test func cheapestOnlyAmongEquals() throws {
        let plan = try ReductionPlanner.plan(
            scenario: roster(), rules: .vnDefault, asOf: asOf, solver: ExhaustiveSolver())
        #expect(plan.exits.map(\.id) == ["P1"])
        #expect(plan.exits.first?.criterion == .redundantByRestructuring)
    }

    @Test func volunteerBeforeACheaperColleague() throws {
        // P2 asked to leave: chosen although P1 costs less; the reason cites Điều 2 khoản 1 điểm c.
        let s = roster { $0[1].volunteer = true }
        let plan = try ReductionPlanner.plan(scenario: s, rules: .vnDefault, asOf: asOf, solver: ExhaustiveSolver())
        #expect(plan.exits.map(\.id) == ["P2"])
        #expect(plan.exits.first?.criterion == .volunteer)
        #expect(plan.exits.first?.criterionCitation?.article == "Art. 2(1)(c)")
        // Rated "không hoàn thành nhiệm vụ" comes before a volunteer.
        let rated = roster {
            $0[1].volunteer = true
            $0[2].rating = .notCompleted
        }
        let plan2 = try ReductionPlanner.plan(
            scenario: rated, rules: .vnDefault, asOf: asOf, solver: ExhaustiveSolver())
        #expect(plan2.exits.map(\.id) == ["P3"])
        #expect(plan2.exits.first?.criterion == .notCompletedRating)
    }

    @Test func hrCanFixAPerson() throws {
        var s = roster()
        s.staffing.fixed = ["P3"]
        let plan = try ReductionPlanner.plan(scenario: s, rules: .vnDefault, asOf: asOf, solver: ExhaustiveSolver())
        #expect(plan.exits.map(\.id) == ["P3"])
        #expect(plan.exits.first?.criterion == .hrDecision)
    }

    /// Communes X (allocated 1 CBCC, two deputy chairs) and Y (allocated 2, one deputy chair); the framework
    /// approves 2 "Phó Chủ tịch UBND" per commune.
    func communes(yHolders: Int) -> Scenario {
        var x = commune("X", .ii)
        x.quotaOfficials = 1
        var y = commune("Y", .ii)
        y.quotaOfficials = 3
        let post = "Phó Chủ tịch UBND"
        let staff =
            [
                person("X1", unit: "X", position: post, category: .cadre),
                person("X2", unit: "X", position: post, category: .cadre),
            ]
            + (0..<yHolders).map { person("Y\($0)", unit: "Y", position: post, category: .cadre) }
        var s = Scenario(
            name: "t", year: 2024, units: [x, y], staff: staff,
            positions: [PositionQuota(scope: .kind(.commune), position: post, category: .cadre, approved: 2)],
            staffing: StaffingSettings(
                deadline: date(2024, 12, 31), hiring: .freeze, measures: [.transfer], allowedTransfers: .any))
        s.staffing.quotaDecision = "QĐ giao"
        return s
    }

    @Test func transfersFillOnlyAVacantPostAndSayAnElectionIsNeeded() throws {
        let plan = try ReductionPlanner.plan(
            scenario: communes(yHolders: 1), rules: .vnDefault, asOf: asOf, solver: ExhaustiveSolver())
        #expect(plan.transfers.count == 1)
        #expect(plan.transfers.first?.post == "Phó Chủ tịch UBND")
        #expect(plan.transfers.first?.needsElection == true)
        // Y's two deputy-chair posts are filled: no transfer, although Y is below its quota of 3.
        let full = try ReductionPlanner.plan(
            scenario: communes(yHolders: 2), rules: .vnDefault, asOf: asOf, solver: ExhaustiveSolver())
        #expect(full.transfers.isEmpty)
        #expect(!full.isComplete)
    }

    /// The fixture of a merged commune where nobody retires by the deadline and two people volunteer or are rated
    /// low: M (merged 1/9/2023, allocated 3 CBCC by "QĐ 5/QĐ-UBND") has 5 civil servants born 1980–1990.
    static func noRetirementFixture() -> Scenario {
        var m = commune("M", .iii)
        m.mergedOn = date(2023, 9, 1)
        m.quotaOfficials = 3
        var staff = [
            person("P1", unit: "M", insurance: 5, coefficient: 2.0),
            person("P2", unit: "M", insurance: 6, coefficient: 2.2),
            person("P3", unit: "M", insurance: 15, coefficient: 4.0),
            person("P4", unit: "M", insurance: 18, coefficient: 4.5),
            person("P5", unit: "M", born: date(1990, 5, 1), insurance: 8, coefficient: 3.0),
        ]
        staff[2].volunteer = true
        staff[3].rating = .notCompleted
        var s = Scenario(
            name: "no-retirement", year: 2024, units: [m], staff: staff,
            staffing: StaffingSettings(
                deadline: date(2024, 12, 31), hiring: .freeze, measures: [.earlyRetirement, .resignation]))
        s.staffing.quotaDecision = "QĐ 5/QĐ-UBND"
        return s
    }

    @Test func volunteersAndLowRatedFirstThenLeastCost() throws {
        // Nobody can retire early (all under 45). The law names P4 (rated not completing duties) and P3
        // (volunteer) before P1 and P2, who would be cheaper. Resignations on 31/12/2024:
        // P3 (3 + 1.5 × 16) × 4.0 × 2,340,000 = 252,720,000; P4 (3 + 1.5 × 19) × 4.5 × 2,340,000 = 331,695,000.
        let s = Self.noRetirementFixture()
        let plan = try ReductionPlanner.plan(scenario: s, rules: .vnDefault, asOf: asOf, solver: ExhaustiveSolver())
        #expect(plan.exits.map(\.id) == ["P3", "P4"])
        #expect(plan.exits.map(\.criterion) == [.volunteer, .notCompletedRating])
        #expect(plan.exits.map(\.costVND) == [252_720_000, 331_695_000])
        #expect(plan.totalCostVND == 584_415_000)
        #expect(plan.isComplete)
        #expect(plan.deadlines.allSatisfy { $0.unresolved == 0 && $0.date == date(2024, 12, 31) })
        // Without the legal priority the two cheapest would go: the priority, not cost, chose P3 and P4.
        var costOnly = StaffingRuleSet.vnDefault
        costOnly.selection = nil
        let cheapest = try ReductionPlanner.plan(scenario: s, rules: costOnly, asOf: asOf, solver: ExhaustiveSolver())
        #expect(cheapest.exits.map(\.id) == ["P1", "P2"])
    }

    @Test func amongPeopleOfTheSameRankTheCheapestGoes() throws {
        // P5 also volunteers: three people are named by the law for two exits. P4 (not completing duties) ranks
        // first; of the two volunteers P5 is cheaper than P3. Resignations on 31/12/2024:
        // P4 (3 + 1.5 × 19) × 4.5 × 2,340,000 = 331,695,000; P5 (3 + 1.5 × 9) × 3.0 × 2,340,000 = 115,830,000.
        var s = Self.noRetirementFixture()
        s.staff[4].volunteer = true
        let plan = try ReductionPlanner.plan(scenario: s, rules: .vnDefault, asOf: asOf, solver: ExhaustiveSolver())
        #expect(plan.exits.map(\.id) == ["P4", "P5"])
        #expect(plan.exits.map(\.criterion) == [.notCompletedRating, .volunteer])
        #expect(plan.exits.map(\.costVND) == [331_695_000, 115_830_000])
        #expect(plan.totalCostVND == 447_525_000)
        #expect(plan.isComplete)
        // Still nobody retires by the deadline: every exit is a resignation the plan chose.
        #expect(plan.exits.allSatisfy { $0.kind == .resignation })
    }
}
