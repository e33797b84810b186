import CivilCalendar
import Foundation
import InspectionScheduling
import ScenarioModel
import Staffing
import Testing

@testable import Reporting

/// A second scenario derived from the fixtures: C1 dropped, X2 moved to T1 on 2022-06-07, a new S2 added; the
/// staffing plan has a resignation instead of the early retirement.
enum ComparisonFixtures {
    static func base() throws -> ComparedScenario {
        ComparedScenario(
            id: "base", scenario: InspectionFixtures.scenario, plan: InspectionFixtures.plan,
            staffing: try StaffingFixtures.report())
    }

    static func variant() throws -> ComparedScenario {
        var scenario = InspectionFixtures.scenario
        scenario.name = "Biến thể <4 đoàn>"
        scenario.units.append(Unit(code: "S2", name: "Trường Tiểu học Đỉnh Bàn", kind: .school, commune: "X2"))
        var plan = InspectionFixtures.plan
        plan.status = .optimal
        plan.gap = 0
        plan.inspections.removeAll { $0.unit == "C1" || $0.unit == "X2" }
        plan.inspections.append(
            PlannedInspection(unit: "X2", team: "T1", date: InspectionFixtures.date("2022-06-07"), days: 1))
        plan.inspections.append(
            PlannedInspection(unit: "S2", team: "T2", date: InspectionFixtures.date("2022-10-04"), days: 0.5))
        plan.targets[1].planned = 2
        plan.objectiveTerms = ObjectiveTerms(prioritySum: 5, teamSpread: 1.5, monthSpread: 2, bundledPairs: 0)
        var report = try StaffingFixtures.report()
        let old = try #require(report.plan.exits.first)
        let exit = PlannedExit(
            id: old.id, name: old.name, unit: old.unit, kind: .resignation, date: old.date,
            cost: ExitCost(vnd: 100_000_000, formula: "f", citation: old.citation, unconfirmed: false))
        report.plan = ReductionPlan(
            transfers: [], exits: [exit], transferPenaltyVND: report.plan.transferPenaltyVND, termination: .optimal,
            deadlines: report.plan.deadlines)
        return ComparedScenario(id: "variant", scenario: scenario, plan: plan, staffing: report)
    }
}

@Suite struct ScenarioComparisonTests {
    @Test func figuresComeFromThePlanAndTheReport() throws {
        let base = try ComparisonFixtures.base()
        let c = ScenarioComparison([base, try ComparisonFixtures.variant()])
        #expect(c.columns.map(\.id) == ["base", "variant"])
        let first = c.columns[0]
        #expect(first.inspection.inspections == 5)
        #expect(first.inspection.teamDays == 4.5)
        #expect(first.inspection.teams == 2)
        #expect(first.inspection.status == .feasible)
        #expect(first.inspection.coverage.map(\.label) == ["Xã, thị trấn", "Trường học, trung tâm, trạm y tế"])
        #expect(
            first.staffing.earlyRetirements == base.staffing.plan.exits.filter { $0.kind == .earlyRetirement }.count)
        #expect(first.staffing.earlyRetirements == 1)
        #expect(first.staffing.costVND == base.staffing.plan.totalCostVND)
        #expect(first.staffing.targets == base.staffing.targets.count)
        let second = c.columns[1]
        #expect(second.inspection.inspections == 5)
        #expect(second.inspection.teamDays == 3.5)
        #expect(second.inspection.teamSpread == 1.5)
        #expect(second.staffing.resignations == 1 && second.staffing.earlyRetirements == 0)
        #expect(second.staffing.costVND == 100_000_000)
        #expect(c.targetLabels.count == 2)
    }

    @Test func calendarAndMeasureDifferencesAgainstTheBaseline() throws {
        let c = ScenarioComparison([try ComparisonFixtures.base(), try ComparisonFixtures.variant()])
        let d = try #require(c.differences.first)
        #expect(c.differences.count == 1)
        #expect(d.baseline == "base" && d.other == "variant")
        let byUnit = Dictionary(uniqueKeysWithValues: d.calendar.map { ($0.unit, $0) })
        #expect(Set(byUnit.keys) == ["X2", "C1", "S2"])
        #expect(byUnit["X2"]?.change == .changed)
        #expect(byUnit["X2"]?.before == CalendarSlot(team: "T2", date: InspectionFixtures.date("2022-06-03"), days: 2))
        #expect(byUnit["X2"]?.after == CalendarSlot(team: "T1", date: InspectionFixtures.date("2022-06-07"), days: 1))
        #expect(byUnit["C1"]?.change == .removed && byUnit["C1"]?.after == nil)
        #expect(byUnit["S2"]?.change == .added && byUnit["S2"]?.name == "Trường Tiểu học Đỉnh Bàn")
        // Sorted by the earliest date involved.
        #expect(d.calendar.map(\.unit) == ["X2", "C1", "S2"])
        #expect(d.measures.count == 1)
        #expect(d.measures[0].change == .changed)
        #expect(d.measures[0].before?.kind == "early-retirement")
        #expect(d.measures[0].after?.kind == "resignation")
    }

    @Test func aScenarioComparedWithItselfHasNoDifferences() throws {
        let base = try ComparisonFixtures.base()
        var copy = base
        copy.id = "copy"
        let c = ScenarioComparison([base, copy])
        #expect(c.differences[0].calendar.isEmpty)
        #expect(c.differences[0].measures.isEmpty)
        #expect(c.columns[0].inspection == c.columns[1].inspection)
    }

    @Test func textTableIsSideBySideAndListsDifferences() throws {
        let c = ScenarioComparison([try ComparisonFixtures.base(), try ComparisonFixtures.variant()])
        let text = ComparisonTable.render(c, language: .vi)
        #expect(text.contains("[1] base: Huyện Mẫu, năm 2022"))
        #expect(text.contains("[2] variant: Biến thể <4 đoàn>"))
        let lines = text.components(separatedBy: "\n")
        let inspections = try #require(lines.first { $0.hasPrefix("Số cuộc kiểm tra") })
        #expect(inspections.split(separator: " ").suffix(2) == ["5", "5"])
        let days = try #require(lines.first { $0.hasPrefix("Ngày-đoàn") })
        #expect(days.split(separator: " ").suffix(2) == ["4,5", "3,5"])
        #expect(text.contains("~ Xã Đỉnh Bàn: T2 03/06/2022 (2 ngày) → T1 07/06/2022 (1 ngày)"))
        #expect(text.contains("− Trung tâm Văn hóa"))
        #expect(text.contains("+ Trường Tiểu học Đỉnh Bàn: (không kiểm tra) → T2 04/10/2022 (0,5 ngày)"))
        #expect(text.contains("Nghỉ hưu trước tuổi 31/12/2024 → Thôi việc ngay 31/12/2024"))
        let en = ComparisonTable.render(c, language: .en)
        #expect(en.contains("Team-days"))
        #expect(en.contains("Differences of variant from base:"))
        try expectSnapshot(text, named: "comparison.vi.txt")
    }

    @Test func jsonIsOneObjectThatDecodesBack() throws {
        let c = ScenarioComparison([try ComparisonFixtures.base(), try ComparisonFixtures.variant()])
        let json = try ComparisonJSON.render(c)
        #expect(json.hasPrefix("{"))
        #expect(json.contains("\"team_days\""))
        #expect(json.contains("\"differences\""))
        let back = try JSONDecoder().decode(ScenarioComparison.self, from: Data(json.utf8))
        #expect(back == c)
        #expect(try ComparisonJSON.render(back) == json)
    }
}
