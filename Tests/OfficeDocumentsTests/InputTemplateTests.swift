import CivilCalendar
import Foundation
import ScenarioFiles
import ScenarioModel
import Testing

@testable import OfficeDocuments

/// `cchc template`: the blank input workbook, read back by our own loader.
@Suite struct InputTemplateTests {
    @Test func templateHasAnInstructionsSheetThenOneSheetPerInputWithDropDowns() throws {
        let parts = try packageParts(try OfficeReports.inputTemplate(year: 2026))
        let workbook = try #require(parts["xl/workbook.xml"])
        let names = try matches(#"<sheet name="([^"]*)""#, in: workbook)
        #expect(names == ["Hướng dẫn", "Đơn vị", "Đoàn", "Lịch bận", "Lịch cố định", "Cán bộ", "Vị trí việc làm"])
        // The units sheet: a header and one example row; drop-downs on Loại hình (C), Bắt buộc kiểm tra (H),
        // Loại trừ (I), Phân loại (J) and Cấp học (O), for rows 2 to 1001.
        let units = try #require(parts["xl/worksheets/sheet2.xml"])
        #expect(try matches("<row ", in: units).count == 2)
        let validations = try matches(#"<dataValidation ([^>]*)>"#, in: units)
        #expect(validations.count == 5)
        let ranges = try validations.map { try #require(try matches(#"sqref="([^"]*)""#, in: $0).first) }
        #expect(ranges.sorted() == ["C2:C1001", "H2:H1001", "I2:I1001", "J2:J1001", "O2:O1001"])
        // The kind list lets an office write a kind of its own (a warning), the yes/no lists do not.
        let kind = try #require(validations.first { $0.contains("C2:C1001") })
        #expect(kind.contains(#"errorStyle="warning""#))
        #expect(units.contains("<formula1>\"Xã,Phường,Thị trấn,Trường Mầm non,Trường Tiểu học,Trường THCS,"))
        let shared = try #require(parts["xl/sharedStrings.xml"])
        #expect(shared.contains("<t>Tên đơn vị</t>") && shared.contains("<t>Năm kiểm tra gần nhất</t>"))
        #expect(shared.contains("Hướng dẫn sử dụng mẫu nhập liệu"))
        #expect(shared.contains("cchc init &lt;thư mục kịch bản&gt; --units"))
    }

    /// Every sheet of the template, named in one scenario, loads: the example rows refer to one another.
    @Test func everyExampleRowLoadsThroughTheScenarioLoader() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-template-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("mau")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try OfficeReports.inputTemplate(year: 2026).write(to: folder.appendingPathComponent("mau.xlsx"))
        let yaml = """
            name: "Mẫu"
            year: 2026
            units: mau.xlsx
            teams: mau.xlsx
            unavailability: mau.xlsx
            pins: mau.xlsx
            staff: mau.xlsx
            inspection:
              targets: []
              season: {from: 2026-04-01, to: 2026-11-30}
            staffing:
              positions: mau.xlsx
              as_of: 2026-01-01

            """
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("scenario.yaml"))
        let scenario = try ScenarioLoader.load(folder: folder)
        let unit = try #require(scenario.units.first)
        #expect(scenario.units.count == 1 && unit.code == "xa-dong-son" && unit.kind == .commune)
        #expect(unit.lastInspected == 2024 && unit.communeClass == .ii && unit.areaKm2 == 12.5)
        #expect(scenario.teams.map(\.code) == ["D1"] && scenario.teams[0].members.count == 2)
        #expect(scenario.unavailability.first?.dates.from == CivilDate(year: 2026, month: 4, day: 6))
        #expect(scenario.pins.first?.date == CivilDate(year: 2026, month: 5, day: 14))
        let member = try #require(scenario.staff.first)
        #expect(member.category == .cadre && member.gender == .male && member.qualification == .university)
        #expect(member.birthDate == CivilDate(year: 1975, month: 5, day: 12))
        #expect(scenario.positions.count == 1 && scenario.positions[0].approved == 1)
    }
}
