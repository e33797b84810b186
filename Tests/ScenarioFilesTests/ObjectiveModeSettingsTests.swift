import Foundation
import ScenarioModel
import Testing

@testable import ScenarioFiles

/// `inspection.objective.mode`, `reserve_share`, `max_share`, `weekdays`, `content` and the `max_days` team column.
@Suite struct ObjectiveModeSettingsTests {
    @Test func modesWeekdaysContentAndLimitsAreReadWithVietnameseSpellings() throws {
        let scratch = try ScratchScenario()
        try scratch.replace(
            "scenario.yaml", "    bundling: 0\n",
            with: """
                    bundling: 0
                    mode: chỉ tiêu
                  weekdays:
                    allowed: [t2, thứ ba, Thứ Tư, thu, fri]
                    avoid: [Thứ Hai]
                    prefer: [t3, wed]
                  content:
                    school: [procedures, e-government]

                """)
        try scratch.replace(
            "scenario.yaml", "      min_share: 0.3\n", with: "      min_share: 0.3\n      max_share: 0.5\n")
        try scratch.replace("teams.csv", "region,excluded_units\n", with: "region,excluded_units,Số ngày tối đa\n")
        try scratch.replace("teams.csv", ",,X01\n", with: ",,X01,20\n")
        try scratch.replace("teams.csv", ",Nam,\n", with: ",Nam,,\n")
        let s = try ScenarioLoader.load(folder: scratch.folder)
        #expect(s.inspection.objective.effectiveMode == .targets)
        #expect(s.inspection.weekdays == WeekdaySettings(allowed: [1, 2, 3, 4, 5], avoid: [1], prefer: [2, 3]))
        #expect(s.inspection.weekdays?.placementOrder() == [3, 2, 4, 5, 1])
        #expect(s.inspection.effectiveContent.areas(for: .school) == [.procedures, .eGovernment])
        #expect(s.inspection.effectiveContent.areas(for: .commune) == InspectionArea.allCases)
        #expect(!InspectionContent.default.areas(for: .healthStation).contains(.institutions))
        #expect(s.inspection.targets[1].maxShare == 0.5)
        #expect(s.teams[0].maxDays == 20)
        #expect(s.teams[1].maxDays == nil)
    }

    @Test func withoutTheKeysTheOldBehaviourHolds() throws {
        let scratch = try ScratchScenario()
        let s = try ScenarioLoader.load(folder: scratch.folder)
        #expect(s.inspection.objective.mode == nil && s.inspection.objective.effectiveMode == .coverage)
        #expect(s.inspection.weekdays == nil && s.inspection.content == nil)
        #expect(WeekdaySettings().placementOrder() == [3, 4, 2, 5, 1])
    }

    @Test func badValuesAreReportedWithTheirPlace() throws {
        let scratch = try ScratchScenario()
        try scratch.replace(
            "scenario.yaml", "    bundling: 0\n",
            with: """
                    bundling: 0
                    mode: maximal
                    reserve_share: 1.5
                  weekdays:
                    avoid: [sun]
                  content:
                    school: [reform]

                """)
        let fields = Set(try scratch.failure().issues.map(\.field))
        #expect(
            fields.isSuperset(of: [
                "inspection.objective.mode", "inspection.objective.reserve_share", "inspection.weekdays.avoid[0]",
                "inspection.content.school[0]",
            ]), "\(fields)")
    }
}
