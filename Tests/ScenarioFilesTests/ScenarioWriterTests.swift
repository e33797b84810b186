import CivilCalendar
import Foundation
import ScenarioModel
import Testing

@testable import ScenarioFiles

@Suite struct ScenarioWriterTests {
    private func date(_ s: String) -> CivilDate { CivilDate(iso: s)! }

    private func scratch() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    /// A scenario using every field, with text that needs quoting.
    private var tricky: Scenario {
        let units = [
            ScenarioModel.Unit(
                code: "X01", name: "Xã Đỉnh Bàn, \"mới\"", kind: .commune, region: "Phía Đông", priority: 2.5,
                lastInspected: 2019, mustInspect: true, communeClass: .i, population: 9800, areaKm2: 11.25,
                mergedOn: date("2020-01-01"), mergedFrom: ["Thạch Đỉnh", "Thạch Bàn"]),
            ScenarioModel.Unit(
                code: "S01", name: "Trường Tiểu học Đỉnh Bàn", kind: .school, commune: "X01", region: "Phía Đông",
                schoolLevel: .combined, classes: 18),
            ScenarioModel.Unit(
                code: "C01", name: "Trung tâm\nVăn hóa", kind: UnitKind(rawValue: "library"), region: "Phía Tây",
                priority: 0.5, exclude: true),
        ]
        var inspection = InspectionSettings(
            targets: [
                InspectionTarget(name: "Xã: \"đạt\" 50%", kinds: [.commune], minShare: 0.5, scope: .region),
                InspectionTarget(name: "Khác", kinds: [.school, UnitKind(rawValue: "library")], minShare: 1.0 / 3),
            ],
            rotationYears: 3,
            holidays: HolidaySettings(builtin: true, extra: [date("2022-01-03")], remove: [date("2022-09-01")]),
            season: DateSpan(from: date("2022-03-01"), to: date("2022-11-30")),
            blackouts: [
                Blackout(
                    selector: .units(["X01"]), dates: DateSpan(from: date("2022-09-12"), to: date("2022-09-23")),
                    reason: "Thẩm định \\ nông thôn mới: \"nâng cao\"")
            ],
            objective: ObjectiveWeights(priority: 1, balance: 0, bundling: 0.125))
        inspection.durationDays[UnitKind(rawValue: "library")] = 1.5
        let staffing = StaffingSettings(
            rules: .builtIn("vn-default"), asOf: date("2022-01-01"), deadline: date("2025-12-31"), hiring: .freeze,
            measures: [.transfer, .resignation], transferPenaltyVND: 20_000_000, protected: ["NS2", "NS1"],
            allowedTransfers: .pairs([UnitPair(from: "X01", to: "S01")]),
            reductionTargets: [
                ReductionTarget(categories: [.cadre, .civilServant], fromYear: 2022, toYear: 2026, minCut: 0.05)
            ])
        return Scenario(
            name: "Huyện \"Mẫu\": kiểm tra, 2022", year: 2022, units: units,
            teams: [
                Team(
                    code: "T1", name: "Đoàn 1, Phòng Nội vụ", daysPerWeek: 3,
                    members: ["Nguyễn Văn An", "Trần Thị Bình"],
                    region: "Phía Đông", excludedUnits: ["S01", "C01"])
            ],
            unavailability: [
                Unavailability(
                    team: "T1", dates: DateSpan(from: date("2022-04-04"), to: date("2022-04-08")),
                    reason: "Tập huấn, \"đợt 1\"")
            ],
            pins: [Pin(unit: "X01", team: "T1", date: date("2022-03-15"))],
            staff: [
                StaffMember(
                    id: "NS1", name: "Lê Thị Hoa", unit: "X01", position: "Chủ tịch UBND", category: .cadre,
                    gender: .female,
                    birthDate: date("1970-05-02"), insuranceYears: 25.5, salaryCoefficient: 4.98,
                    allowanceCoefficient: 0.25, qualification: .master, leaving: date("2022-06-30")),
                StaffMember(
                    id: "NS2", name: "Võ Văn Nam", unit: "X01", position: "Công chức Tư pháp - Hộ tịch",
                    category: .civilServant, gender: .male, birthDate: date("1990-12-31"), insuranceYears: 8,
                    salaryCoefficient: 2.67),
            ],
            positions: [
                PositionQuota(
                    scope: .kind(.commune), position: "Chủ tịch UBND", category: .cadre, approved: 1,
                    qualification: .university),
                PositionQuota(
                    scope: .unit("X01"), position: "Công chức Tư pháp - Hộ tịch", category: .civilServant,
                    approved: 2),
            ],
            inspection: inspection, staffing: staffing)
    }

    @Test func csvCellsAreQuotedOnlyWhenNeeded() {
        #expect(ScenarioWriter.csvCell("Xã Đỉnh Bàn") == "Xã Đỉnh Bàn")
        #expect(ScenarioWriter.csvCell("") == "")
        #expect(ScenarioWriter.csvCell("a,b") == "\"a,b\"")
        #expect(ScenarioWriter.csvCell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(ScenarioWriter.csvCell("two\nlines") == "\"two\nlines\"")
        #expect(ScenarioWriter.csvCell(" padded") == "\" padded\"")
        #expect(ScenarioWriter.table(["a", "b"], [["1", "x,y"]]) == "a,b\n1,\"x,y\"\n")
    }

    @Test func numbersInShortestForm() {
        #expect(ScenarioWriter.number(1) == "1")
        #expect(ScenarioWriter.number(0.5) == "0.5")
        #expect(ScenarioWriter.number(2.34) == "2.34")
        #expect(ScenarioWriter.number(20_000_000) == "20000000")
        #expect(ScenarioWriter.number(-3) == "-3")
    }

    @Test func everyFieldRoundTripsThroughTheLoader() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("tricky")
        let written = try ScenarioWriter.write(tricky, to: folder, comment: ["test"])
        #expect(
            written.map(\.lastPathComponent) == [
                "scenario.yaml", "units.csv", "teams.csv", "unavailability.csv", "pins.csv", "staff.csv",
                "positions.csv",
            ])
        let loaded = try ScenarioLoader.load(folder: folder)
        #expect(loaded.units == tricky.units)
        #expect(loaded.teams == tricky.teams)
        #expect(loaded.staff == tricky.staff)
        #expect(loaded.positions == tricky.positions)
        #expect(loaded.inspection == tricky.inspection)
        #expect(loaded.staffing == tricky.staffing)
        #expect(loaded == tricky)
        let yaml = try String(contentsOf: folder.appendingPathComponent("scenario.yaml"), encoding: .utf8)
        #expect(yaml.hasPrefix("# Generated by cchc.\n# test\nname: \"Huyện \\\"Mẫu\\\": kiểm tra, 2022\"\n"))
        let units = try String(contentsOf: folder.appendingPathComponent("units.csv"), encoding: .utf8)
        #expect(
            units.contains(
                "X01,\"Xã Đỉnh Bàn, \"\"mới\"\"\",commune,,Phía Đông,2.5,2019,yes,no,I,9800,11.25,2020-01-01,Thạch Đỉnh;Thạch Bàn,,"
            ))
        #expect(units.contains("C01,\"Trung tâm\nVăn hóa\",library,,Phía Tây,0.5,,no,yes,"))
        let teams = try String(contentsOf: folder.appendingPathComponent("teams.csv"), encoding: .utf8)
        #expect(teams.hasSuffix("T1,\"Đoàn 1, Phòng Nội vụ\",3,Nguyễn Văn An;Trần Thị Bình,Phía Đông,C01;S01\n"))
    }

    @Test func defaultStaffingAndNoOptionalFilesRoundTrip() throws {
        var s = tricky
        s.staffing = StaffingSettings()
        s.staff = []
        s.positions = []
        s.pins = []
        s.unavailability = []
        s.inspection.blackouts = []
        s.inspection.targets = []
        s.inspection.season = nil
        s.inspection.rotationYears = nil
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("plain")
        let written = try ScenarioWriter.write(s, to: folder)
        #expect(written.map(\.lastPathComponent) == ["scenario.yaml", "units.csv", "teams.csv"])
        #expect(try ScenarioLoader.load(folder: folder) == s)
    }

    @Test func bytesAreDeterministic() throws {
        let a = ScenarioWriter.files(for: tricky), b = ScenarioWriter.files(for: tricky)
        #expect(a == b)
        #expect(a.allSatisfy { !$0.contents.hasPrefix("\u{FEFF}") && !$0.contents.contains("\r\n") })
    }

    @Test func refusesNonEmptyAndHandMadeFolders() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        #expect(throws: ScenarioWriterError.folderNotEmpty(folder.path)) {
            try ScenarioWriter.write(tricky, to: folder)
        }
        // Overwrite is allowed for a folder without a hand-made scenario; stale optional files go.
        try Data("unit,team,date\n".utf8).write(to: folder.appendingPathComponent("pins.csv"))
        var noPins = tricky
        noPins.pins = []
        try ScenarioWriter.write(noPins, to: folder, overwrite: true)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("pins.csv").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
        // A second overwrite of a generated folder works.
        try ScenarioWriter.write(tricky, to: folder, overwrite: true)
        #expect(try ScenarioLoader.load(folder: folder) == tricky)
        // A hand-made scenario is never overwritten.
        let handMade = root.appendingPathComponent("hand")
        try FileManager.default.createDirectory(at: handMade, withIntermediateDirectories: true)
        let original = Data("name: Thạch Hà\nyear: 2022\n".utf8)
        try original.write(to: handMade.appendingPathComponent("scenario.yaml"))
        #expect(throws: ScenarioWriterError.handMadeScenario(handMade.path)) {
            try ScenarioWriter.write(tricky, to: handMade, overwrite: true)
        }
        #expect(try Data(contentsOf: handMade.appendingPathComponent("scenario.yaml")) == original)
        // Nor is a folder of scenarios (e.g. Scenarios/ itself).
        #expect(throws: ScenarioWriterError.holdsScenarios(root.path, example: "hand")) {
            try ScenarioWriter.write(tricky, to: root, overwrite: true)
        }
        // A file is not a folder.
        let file = root.appendingPathComponent("file.txt")
        try Data().write(to: file)
        #expect(throws: ScenarioWriterError.notAFolder(file.path)) { try ScenarioWriter.write(tricky, to: file) }
    }
}
