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

    /// The form edits a save makes: a season date, a weight, the targets (the first one changed), the recipients.
    static func formSave(_ yaml: String, year: Int = 2022) throws -> String {
        var editor = try ScenarioYAMLEditor(yaml: yaml)
        try editor.set(["inspection", "season", "to"], to: .date(CivilDate(year: year, month: 10, day: 31)!))
        try editor.set(["inspection", "objective", "balance"], to: .number(0.25))
        let first = ScenarioYAMLEditor.Value.mapping([
            .init("name", .text("Xã")), .init("kinds", .list([.word("commune"), .word("town")])),
            .init("min_share", .number(0.6)), .init("scope", .word("all")),
        ])
        try editor.set(
            ["inspection", "targets"], items: [first], sources: [0], owned: ["name", "kinds", "min_share", "scope"])
        try editor.set(["document", "recipients"], to: .list([.text("Lưu: VT, NV")]))
        return try editor.yaml()
    }

    /// Every comment line of `original` is in `edited`, in the same order.
    func expectCommentsKept(_ original: String, _ edited: String) {
        let comments = { (text: String) in
            text.components(separatedBy: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        }
        #expect(comments(original).count > 5)
        #expect(comments(edited) == comments(original))
    }

    @Test func aFormSaveKeepsTheShippedScenariosCommentsAndUntouchedKeys() throws {
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios/thach-ha-2022")
        let original = try String(contentsOf: shipped.appendingPathComponent("scenario.yaml"), encoding: .utf8)
        let edited = try Self.formSave(original)
        expectCommentsKept(original, edited)
        // Only the edited lines differ: the first target, the season's end, the weight and the recipients.
        let removed = Set(original.components(separatedBy: "\n")).subtracting(edited.components(separatedBy: "\n"))
        #expect(removed.contains("    to: 2022-11-30") && removed.contains("    balance: 0.1"))
        #expect(!removed.contains { $0.contains("priority") || $0.contains("weekdays") || $0.contains("signer") })
        #expect(edited.contains("  targets:\n  - name: \"Xã\"\n    kinds:\n    - commune\n    - town\n"))
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("edit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: shipped, to: root)
        try Data(edited.utf8).write(to: root.appendingPathComponent("scenario.yaml"))
        let loaded = try ScenarioLoader.load(folder: root)
        #expect(loaded.inspection.season?.to == CivilDate(year: 2022, month: 10, day: 31))
        #expect(loaded.inspection.targets.map(\.minShare) == [0.6])
        #expect(loaded.inspection.objective.priority == 1 && loaded.inspection.objective.balance == 0.25)
        #expect(loaded.document.recipients == ["Lưu: VT, NV"])
        #expect(loaded.staffing.protected == ["TH0462", "TH0589"])
    }

    @Test func aFormSaveKeepsTheCommentsOfAScenarioMadeByInit() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("edit-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data(ScenarioStarterTests.officeCSV.utf8).write(to: root.appendingPathComponent("don-vi.csv"))
        let list = try ScenarioStarter.readUnitList(
            root.appendingPathComponent("don-vi.csv"), sheet: nil, year: 2026)
        let scenario = ScenarioStarter.scenario(name: "Kế hoạch 2026", list: list, today: CivilDate(iso: "2026-01-15")!)
        let files = ScenarioStarter.files(for: scenario, unitsFile: "don-vi.csv", sheet: nil)
        for file in files { try Data(file.contents.utf8).write(to: root.appendingPathComponent(file.name)) }
        let original = files[0].contents
        let edited = try Self.formSave(original, year: 2026)
        expectCommentsKept(original, edited)
        try Data(edited.utf8).write(to: root.appendingPathComponent("scenario.yaml"))
        let loaded = try ScenarioLoader.load(folder: root)
        #expect(loaded.inspection.targets.map(\.minShare) == [0.6])
        #expect(loaded.inspection.objective.balance == 0.25)
        #expect(loaded.document.recipients == ["Lưu: VT, NV"])
        #expect(loaded.units == list.units)
    }

    @Test func aTargetsSaveKeepsTheKeysTheFormDoesNotShow() throws {
        let yaml = """
            # Kế hoạch
            inspection:
              # Chỉ tiêu
              targets:
                - name: "A"
                  kinds: [commune]
                  min_share: 0.5
                  scope: all
                - name: "B"
                  kinds: [school]
                  min_share: 0.2
                  max_share: 0.4
                  scope: region
              # Mùa kiểm tra
              rotation_years: 3

            """
        var editor = try ScenarioYAMLEditor(yaml: yaml)
        let b = ScenarioYAMLEditor.Value.mapping([
            .init("name", .text("B")), .init("kinds", .list([.word("school")])), .init("min_share", .number(0.3)),
        ])
        // The form dropped target A and edited B (now without a region scope).
        try editor.set(
            ["inspection", "targets"], items: [b], sources: [1], owned: ["name", "kinds", "min_share", "scope"])
        #expect(
            try editor.yaml() == """
                # Kế hoạch
                inspection:
                  # Chỉ tiêu
                  targets:
                  - name: "B"
                    kinds:
                    - school
                    min_share: 0.3
                    max_share: 0.4
                  # Mùa kiểm tra
                  rotation_years: 3

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
