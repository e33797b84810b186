import CivilCalendar
import Foundation
import ScenarioModel
import Testing

@testable import ScenarioFiles

/// Files as district staff make them on Vietnamese Windows: `;`, dd/mm/yyyy, decimal commas, Vietnamese headers
/// and values, or an .xlsx workbook. They must load with no issue and mean exactly what the English files mean.
@Suite struct VietnameseOfficeTests {
    private func load(_ folder: URL) throws -> LoadedScenario {
        try ScenarioLoader.loadDetailed(folder: folder)
    }

    private var english: LoadedScenario {
        get throws { try load(try fixturesURL.appendingPathComponent("vietnamese-en")) }
    }

    @Test func vietnameseCSVLoadsLikeTheEnglishFiles() throws {
        let vietnamese = try load(try fixturesURL.appendingPathComponent("vietnamese"))
        let english = try english
        #expect(vietnamese.scenario.units == english.scenario.units)
        #expect(vietnamese.scenario.teams == english.scenario.teams)
        #expect(vietnamese.scenario.staff == english.scenario.staff)
        #expect(vietnamese.scenario == english.scenario)
        // Spot checks of what the conventions mean, not only that both sides agree.
        let staff = Dictionary(uniqueKeysWithValues: vietnamese.scenario.staff.map { ($0.id, $0) })
        #expect(staff["CB001"]?.salaryCoefficient == 4.32)
        #expect(staff["CB002"]?.birthDate == CivilDate(year: 1985, month: 4, day: 3))  // 03/04/1985 is 3 April
        #expect(staff["CB004"]?.birthDate == CivilDate(year: 1990, month: 3, day: 3))  // d/m/yyyy
        #expect(staff["CB011"]?.category == .contract && staff["CB012"]?.qualification == .doctorate)
        let units = Dictionary(uniqueKeysWithValues: vietnamese.scenario.units.map { ($0.code, $0) })
        #expect(units["S01"]?.commune == "X01")  // given by name: Xã Đỉnh Bàn
        #expect(units["S03"]?.kind == .school && units["S03"]?.schoolLevel == .lowerSecondary)
        #expect(units["X03"]?.priority == 1.5 && units["X03"]?.communeClass == .ii)
        #expect(units["C01"]?.exclude == true)
    }

    @Test func conventionsAreDetectedPerFileAndShownInTheSummary() throws {
        let loaded = try load(try fixturesURL.appendingPathComponent("vietnamese"))
        let units = try #require(loaded.detectedConventions.first { $0.role == "units" })
        #expect(units.format == .csv && units.encoding == .utf8BOM && units.delimiter == ";")
        #expect(units.dateStyles == [.dayMonthYear] && units.decimalSeparators == [.comma])
        #expect(units.renamedColumns["Ngày sáp nhập"] == "merged_on")
        let english = try english.detectedConventions.first { $0.role == "staff" }
        #expect(english?.delimiter == "," && english?.dateStyles == [.iso] && english?.decimalSeparators == [.point])
        let summary = ScenarioSummary(loaded)
        let vi = summary.formatted(language: .vi)
        #expect(
            vi.contains(
                "units (don-vi.csv): CSV UTF-8 BOM, phân cách cột \";\" (chấm phẩy), ngày dd/mm/yyyy, "
                    + "dấu thập phân \",\""))
        let en = summary.formatted(language: .en)
        #expect(
            en.contains(
                "staff (nhan-su.csv): CSV UTF-8 BOM, column separator \";\" (semicolon), dates dd/mm/yyyy, "
                    + "decimal separator \",\""))
    }

    @Test func vietnameseWorkbookLoadsLikeTheEnglishFiles() throws {
        let scratch = try ScratchScenario(copying: "vietnamese")
        let unitsText = try String(contentsOf: scratch.folder.appendingPathComponent("don-vi.csv"), encoding: .utf8)
        let staffText = try String(contentsOf: scratch.folder.appendingPathComponent("nhan-su.csv"), encoding: .utf8)
        var units = TestWorkbook.typedRows(fromSemicolonCSV: unitsText)
        units[2][10] = .formula("4500*2", cached: "9000")  // X01's population, as a formula with its cached value
        units[3][1] = .inline("Xã Thạch Hội")
        var staff = TestWorkbook.typedRows(fromSemicolonCSV: staffText)
        staff[1][7] = .formula("2022-1997", cached: "25")
        let book = TestWorkbook(sheets: [
            ("Ghi chú", [[.text("Dữ liệu của Phòng Nội vụ")]]), ("Đơn vị", units),
            ("Nhân sự", staff),
        ])
        try scratch.write("du-lieu.xlsx", bytes: [UInt8](try book.data()))
        try scratch.replace("scenario.yaml", "units: don-vi.csv", with: "units: du-lieu.xlsx")
        try scratch.replace(
            "scenario.yaml", "staff: nhan-su.csv", with: "staff: {file: du-lieu.xlsx, sheet: \"Nhân sự\"}")
        let loaded = try load(scratch.folder)
        #expect(loaded.scenario == (try english.scenario))
        let conventions = loaded.detectedConventions.first { $0.role == "units" }
        #expect(conventions?.format == .xlsx(sheet: "Đơn vị"))  // found by its Vietnamese name, not the first sheet
        #expect(conventions?.dateStyles == [.excelDate])
    }

    @Test func childTableReferenceReplacesTheParentsSheet() throws {
        let scratch = try ScratchScenario(copying: "vietnamese")
        let unitsText = try String(contentsOf: scratch.folder.appendingPathComponent("don-vi.csv"), encoding: .utf8)
        let book = TestWorkbook(sheets: [
            ("Cũ", [[.text("Mã")], [.text("X01")]]),
            ("Đơn vị", TestWorkbook.typedRows(fromSemicolonCSV: unitsText)),
        ])
        try scratch.write("du-lieu.xlsx", bytes: [UInt8](try book.data()))
        try scratch.replace("scenario.yaml", "units: don-vi.csv", with: "units: {file: du-lieu.xlsx, sheet: Cũ}")
        let child = scratch.root.appendingPathComponent("child")
        try FileManager.default.createDirectory(at: child, withIntermediateDirectories: true)
        try Data("extends: ../vietnamese\nunits: {file: ../vietnamese/du-lieu.xlsx}\n".utf8)
            .write(to: child.appendingPathComponent("scenario.yaml"))
        let loaded = try load(child)
        #expect(loaded.detectedConventions.first { $0.role == "units" }?.format == .xlsx(sheet: "Đơn vị"))
        #expect(loaded.scenario.units == (try english.scenario.units))
    }

    @Test func libreOfficeWorkbookLoadsLikeTheEnglishFiles() throws {
        // Made by LibreOffice Calc from don-vi.csv (Vietnamese locale): real styles, shared strings, date cells.
        let scratch = try ScratchScenario(copying: "vietnamese")
        try scratch.replace("scenario.yaml", "units: don-vi.csv", with: "units: don-vi-libreoffice.xlsx")
        let loaded = try load(scratch.folder)
        #expect(loaded.scenario.units == (try english.scenario.units))
    }

    @Test func largeSemicolonRosterLoadsWithoutIssues() throws {
        let scratch = try ScratchScenario(copying: "vietnamese")
        var lines = [
            "Mã cán bộ;Họ và tên;Đơn vị;Chức vụ;Phân loại;Giới tính;Ngày sinh;Số năm đóng BHXH;Hệ số lương;"
                + "Hệ số phụ cấp;Trình độ"
        ]
        let units = ["TT", "X01", "X02", "X03", "S01", "S02", "S03", "S04", "H01", "H02", "C01", "C02"]
        let categories = ["Cán bộ", "Công chức", "Người hoạt động không chuyên trách", "Viên chức", "Hợp đồng"]
        for i in 1...730 {
            let birth = String(format: "%02d/%02d/%04d", 1 + i % 28, 1 + i % 12, 1962 + i % 38)
            let salary = String(format: "%d,%02d", 1 + i % 5, i % 100)
            lines.append(
                "NV\(i);Nguyễn Văn \(i);\(units[i % units.count]);Chuyên viên;\(categories[i % 5]);"
                    + "\(i % 2 == 0 ? "Nam" : "Nữ");\(birth);\(i % 30);\(salary);\(i % 3 == 0 ? "0,2" : "");Đại học")
        }
        try scratch.write("nhan-su.csv", "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n")
        let loaded = try load(scratch.folder)
        #expect(loaded.scenario.staff.count == 730)
        #expect(loaded.scenario.staff.first { $0.id == "NV7" }?.salaryCoefficient == 3.07)
    }

    @Test func encodingsOfOlderSoftwareAreRead() throws {
        // UTF-16 LE with a BOM ("Unicode Text") and Windows-1258, whose tones are combining marks.
        let scratch = try ScratchScenario(copying: "vietnamese")
        let teams = try String(contentsOf: scratch.folder.appendingPathComponent("doan.csv"), encoding: .utf8)
            .replacingOccurrences(of: "\u{FEFF}", with: "")
        try scratch.write(
            "doan.csv", bytes: [0xFF, 0xFE] + Array(teams.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(
            try load(scratch.folder).detectedConventions.first { $0.role == "teams" }?.encoding == .utf16LittleEndian)
        // "Đoàn kiểm tra số 1" in Windows-1258: Đ = D0, à = E0, ê + combining hook above = EA D2, ô + acute = F4 EC.
        let name: [UInt8] = [
            0xD0, 0x6F, 0xE0, 0x6E, 0x20, 0x6B, 0x69, 0xEA, 0xD2, 0x6D, 0x20, 0x74, 0x72, 0x61, 0x20,
            0x73, 0xF4, 0xEC, 0x20, 0x31,
        ]
        try scratch.write(
            "doan.csv",
            bytes: Array("code;name;days_per_week\r\nT1;".utf8) + name
                + Array(";3\r\nT2;T2;2\r\n".utf8))
        let loaded = try load(scratch.folder)
        #expect(loaded.scenario.teams.first?.name == "Đoàn kiểm tra số 1")
        #expect(loaded.detectedConventions.first { $0.role == "teams" }?.encoding == .windows1258)
    }
}
