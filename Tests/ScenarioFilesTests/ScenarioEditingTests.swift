import CivilCalendar
import Foundation
import Testing

@testable import ScenarioFiles

@Suite struct ScenarioEditingTests {
    let yaml = """
        name: "Huyện A"
        year: 2022
        units: units.csv
        inspection:
          season:
            from: 2022-04-01
            to: 2022-11-30
          objective:
            mode: targets
            priority: 1
        document:
          place: "Thạch Hà"

        """

    @Test func changedKeysKeepTheirPlaceAndNewKeysGoLast() throws {
        var editor = try ScenarioYAMLEditor(yaml: yaml)
        try editor.set(["inspection", "season", "from"], to: .date(CivilDate(year: 2022, month: 5, day: 2)!))
        try editor.set(["inspection", "objective", "balance"], to: .number(0.25))
        try editor.set(["name"], to: .text("2023"))
        try editor.set(["staffing", "hiring"], to: .word("freeze"))
        try editor.remove(["document", "place"])
        #expect(
            try editor.yaml() == """
                name: "2023"
                year: 2022
                units: units.csv
                inspection:
                  season:
                    from: 2022-05-02
                    to: 2022-11-30
                  objective:
                    mode: targets
                    priority: 1
                    balance: 0.25
                document: {}
                staffing:
                  hiring: freeze

                """)
    }

    @Test func listsOfTextStayTextAndVietnameseStaysReadable() throws {
        var editor = try ScenarioYAMLEditor(yaml: yaml)
        try editor.set(["document", "recipients"], to: .list([.text("Sở Nội vụ"), .text("Lưu: VT, NV")]))
        try editor.set(["inspection", "holidays", "extra"], to: .list([]))
        let text = try editor.yaml()
        #expect(text.contains("  recipients:\n  - \"Sở Nội vụ\"\n  - \"Lưu: VT, NV\"\n"))
        #expect(text.contains("  holidays:\n    extra: []\n"))
    }

    @Test func aKeyThatIsNotAMappingIsRefusedWithTheFileNamed() throws {
        var editor = try ScenarioYAMLEditor(yaml: yaml, file: "scenario.yaml")
        #expect(throws: ScenarioError.self) { try editor.set(["year", "from"], to: .integer(1)) }
        #expect(throws: ScenarioError.self) { try ScenarioYAMLEditor(yaml: "- a\n- b\n") }
        #expect(editor.string(at: ["inspection", "season", "to"]) == "2022-11-30")
        #expect(editor.string(at: ["units"]) == "units.csv")
        #expect(editor.string(at: ["inspection", "season"]) == nil)
        #expect(editor.string(at: ["pins"]) == nil)
    }

    @Test func csvRowsAreEditedByColumnNameKeepingUntouchedCells() throws {
        var pins = try CSVRowEditor(
            text: "unit,team,date\nthach-khe,T1,2022-04-20\n\"a,b\",T2,2022-05-01\n", file: "pins.csv")
        pins.upsert(["unit": "thach-khe", "date": "2022-04-27"], key: "unit")
        pins.upsert(["unit": "ngoc-son", "team": "T3", "date": "2022-06-01"], key: "unit")
        #expect(pins.removeRows(where: "unit", equals: "a,b") == 1)
        #expect(pins.text() == "unit,team,date\nthach-khe,T1,2022-04-27\nngoc-son,T3,2022-06-01\n")
    }

    @Test func replacedRowsKeepTheColumnsTheFormDoesNotShow() throws {
        var teams = try CSVRowEditor(
            text: "code;name;days_per_week;excluded_units\nT1;Đoàn 1;2;thach-lien\nT2;Đoàn 2;2;\n", file: "teams.csv")
        teams.replaceRows(
            [
                ["code": "T1", "name": "Đoàn số 1", "days_per_week": "3"],
                ["code": "T9", "name": "Mới; tạm", "days_per_week": "1"],
            ],
            key: "code")
        #expect(
            teams.text() == "code;name;days_per_week;excluded_units\nT1;Đoàn số 1;3;thach-lien\nT9;\"Mới; tạm\";1;\n")
    }
}
