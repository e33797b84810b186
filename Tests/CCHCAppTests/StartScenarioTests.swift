import CCHCApp
import CivilCalendar
import Foundation
import Testing

/// `Workbench.start` and `Workbench.writeTemplate`: the folder rules.
@Suite struct StartScenarioTests {
    static let list = "Mã;Tên đơn vị;Loại hình;Thuộc xã\nxa-a;Xã An;Xã;\nyt-a;Trạm y tế xã An;Trạm y tế;Xã An\n"
    static let today = CivilDate(year: 2026, month: 1, day: 15)!

    @Test func aListAlreadyInTheFolderIsUsedInPlace() throws {
        let root = try temporaryFolder("start")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("kb")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let units = folder.appendingPathComponent("danh sach.csv")
        try Data(Self.list.utf8).write(to: units)
        // The folder holds the list: it is not empty, so --force is needed; the list is not copied.
        #expect(throws: ApplicationError.self) {
            try Workbench.start(folder, units: units, sheet: nil, today: Self.today, force: false)
        }
        let started = try Workbench.start(folder, units: units, sheet: nil, today: Self.today, force: true)
        #expect(started.unitsFile == "danh sach.csv" && started.written == ["teams.csv", "scenario.yaml"])
        #expect(started.scenario.units.map(\.commune) == [nil, "xa-a"])
        let yaml = try String(contentsOf: folder.appendingPathComponent("scenario.yaml"), encoding: .utf8)
        #expect(yaml.contains("\nunits: \"danh sach.csv\"\n"))
        #expect(try Data(contentsOf: units) == Data(Self.list.utf8))
        // Run again: every file it would write exists, and nothing is replaced.
        #expect(throws: ApplicationError.self) {
            try Workbench.start(folder, units: units, sheet: nil, today: Self.today, force: true)
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("scenario.yaml"), encoding: .utf8) == yaml)
        #expect(FileManager.default.subpaths(atPath: root.path)?.filter { $0.contains("cchc-init") } == [])
    }

    @Test func templateIsNotWrittenOverAnExistingFileWithoutForce() throws {
        let root = try temporaryFolder("template")
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("mau.xlsx")
        try Data("mine".utf8).write(to: file)
        #expect(throws: ApplicationError.self) { try Workbench.writeTemplate(to: file, year: 2026, force: false) }
        #expect(try Data(contentsOf: file) == Data("mine".utf8))
        try Workbench.writeTemplate(to: file, year: 2026, force: true)
        #expect(try Data(contentsOf: file).starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }
}
