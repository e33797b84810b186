import CivilCalendar
import Foundation
import ScenarioFiles
import Testing

@testable import CCHCApp

@Suite struct ScenarioLibraryEditsTests {
    /// A workspace holding copies of the shipped Thạch Hà scenario and its coverage variant.
    func workspace() throws -> (ScenarioLibrary, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edits-\(UUID().uuidString)")
        let scenarios = folder.appendingPathComponent("Scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        for name in ["thach-ha-2022", "thach-ha-2022-coverage"] {
            try FileManager.default.copyItem(
                at: packageRoot.appendingPathComponent("Scenarios/\(name)"),
                to: scenarios.appendingPathComponent(name))
        }
        return (ScenarioLibrary(workspace: folder), scenarios)
    }

    func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func settingsEditChangesOnlyTheKeysAskedAndKeepsTheOldVersion() throws {
        let (library, scenarios) = try workspace()
        let before = try library.version("thach-ha-2022")
        let after = try library.editSettings(id: "thach-ha-2022", expectedVersion: before, by: "lan") {
            editor throws(ScenarioError) in
            try editor.set(["inspection", "season", "to"], to: .date(CivilDate(year: 2022, month: 10, day: 31)!))
        }
        #expect(after != before)
        let loaded = try library.open("thach-ha-2022")
        #expect(loaded.scenario.inspection.season?.to == CivilDate(year: 2022, month: 10, day: 31))
        #expect(loaded.scenario.inspection.season?.from == CivilDate(year: 2022, month: 4, day: 1))
        #expect(loaded.scenario.teams.count == 3)
        #expect(try library.history("thach-ha-2022").count == 1)
        #expect(throws: LibraryError.self) {
            try library.editSettings(id: "thach-ha-2022", expectedVersion: before, by: "lan") {
                editor throws(ScenarioError) in
                try editor.set(["year"], to: .integer(2023))
            }
        }
        let yaml = try text(scenarios.appendingPathComponent("thach-ha-2022/scenario.yaml"))
        #expect(yaml.contains("year: 2022"))
    }

    @Test func anEditThatBreaksTheScenarioIsRefusedAndNothingIsWritten() throws {
        let (library, scenarios) = try workspace()
        let file = scenarios.appendingPathComponent("thach-ha-2022/scenario.yaml")
        let original = try text(file)
        let version = try library.version("thach-ha-2022")
        #expect(throws: LibraryError.self) {
            try library.editSettings(id: "thach-ha-2022", expectedVersion: version, by: "lan") {
                editor throws(ScenarioError) in
                try editor.set(["inspection", "objective", "mode"], to: .word("fastest"))
            }
        }
        #expect(try text(file) == original)
    }

    @Test func pinningMovesAPinAndUnpinningRemovesIt() throws {
        let (library, scenarios) = try workspace()
        let pins = scenarios.appendingPathComponent("thach-ha-2022/pins.csv")
        var version = try library.version("thach-ha-2022")
        version = try library.pin(
            id: "thach-ha-2022", unit: "thach-khe", team: "T2", date: CivilDate(year: 2022, month: 5, day: 17)!,
            expectedVersion: version, by: "lan")
        #expect(try text(pins) == "unit,team,date\nthach-khe,T2,2022-05-17\nth-thach-khe,T1,2022-04-21\n")
        _ = try library.unpin(id: "thach-ha-2022", unit: "th-thach-khe", expectedVersion: version, by: "lan")
        #expect(try text(pins) == "unit,team,date\nthach-khe,T2,2022-05-17\n")
    }

    @Test func aVariantGetsItsOwnPinsStartingFromTheInheritedOnes() throws {
        let (library, scenarios) = try workspace()
        let version = try library.version("thach-ha-2022-coverage")
        try library.pin(
            id: "thach-ha-2022-coverage", unit: "ngoc-son", team: "T3", date: CivilDate(year: 2022, month: 9, day: 6)!,
            expectedVersion: version, by: "lan")
        let variant = scenarios.appendingPathComponent("thach-ha-2022-coverage")
        #expect(
            try text(variant.appendingPathComponent("pins.csv"))
                == "unit,team,date\nthach-khe,T1,2022-04-20\nth-thach-khe,T1,2022-04-21\nngoc-son,T3,2022-09-06\n")
        #expect(try text(variant.appendingPathComponent("scenario.yaml")).contains("pins: pins.csv"))
        #expect(try library.open("thach-ha-2022-coverage").scenario.pins.count == 3)
        #expect(try library.open("thach-ha-2022").scenario.pins.count == 2)
    }

    @Test func teamRowsReplaceTheTableKeepingColumnsTheFormDoesNotShow() throws {
        let (library, scenarios) = try workspace()
        let version = try library.version("thach-ha-2022")
        try library.replaceTeams(
            id: "thach-ha-2022",
            rows: [
                ["code": "T1", "name": "Đoàn 1", "days_per_week": "3", "members": "A;B", "region": ""],
                ["code": "T2", "name": "Đoàn 2", "days_per_week": "2", "members": "C", "region": ""],
                ["code": "T3", "name": "Đoàn 3", "days_per_week": "2", "members": "D", "region": ""],
            ], expectedVersion: version, by: "lan")
        let teams = try text(scenarios.appendingPathComponent("thach-ha-2022/teams.csv"))
        #expect(
            teams
                == "code,name,days_per_week,members,region,excluded_units\nT1,Đoàn 1,3,A;B,,\nT2,Đoàn 2,2,C,,thach-lien\n"
                + "T3,Đoàn 3,2,D,,\n")
        #expect(try library.open("thach-ha-2022").scenario.teams.map(\.daysPerWeek) == [3, 2, 2])
    }
}
