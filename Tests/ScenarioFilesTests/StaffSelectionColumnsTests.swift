import CivilCalendar
import Foundation
import ScenarioModel
import Testing

@testable import ScenarioFiles

/// The staff columns the lawful selection reads — post (chức danh), volunteer, rating, meets_standard and
/// average_salary_coefficient — under their Vietnamese headers, from a `;` CSV and from an .xlsx sheet.
@Suite struct StaffSelectionColumnsTests {
    /// Three people of the `vietnamese` fixture's units, with the selection columns filled in as HR writes them.
    static let roster = [
        "Mã cán bộ;Họ và tên;Đơn vị;Chức danh;Phân loại;Giới tính;Ngày sinh;Số năm đóng BHXH;Hệ số lương;"
            + "Tự nguyện;Xếp loại chất lượng;Đạt tiêu chuẩn;Hệ số lương bình quân",
        "CB101;Nguyễn Văn An;X01;Chủ tịch UBND;Cán bộ;Nam;15/03/1970;25;4,32;Có;Hoàn thành tốt nhiệm vụ;Có;4,1",
        "CB102;Lê Thị Bình;X01;Văn phòng - thống kê;Công chức;Nữ;03/04/1985;12;2,67;Không;"
            + "Không hoàn thành nhiệm vụ;Không;",
        "CB103;Trần Văn Cường;X02;Tư pháp - hộ tịch;Công chức;Nam;01/09/1990;8;2,34;;HTXSNV;;",
    ]

    /// What the three rows mean, whatever the file format.
    func expectMeaning(_ staff: [StaffMember]) throws {
        #expect(staff.map(\.id) == ["CB101", "CB102", "CB103"])
        let an = try #require(staff.first { $0.id == "CB101" })
        #expect(an.position == "Chủ tịch UBND")
        #expect(an.volunteer == true && an.rating == .good && an.meetsStandard == true)
        #expect(an.averageSalaryCoefficient == 4.1)
        let binh = try #require(staff.first { $0.id == "CB102" })
        #expect(binh.position == "Văn phòng - thống kê")
        #expect(binh.volunteer == false && binh.rating == .notCompleted && binh.meetsStandard == false)
        #expect(binh.averageSalaryCoefficient == nil)
        let cuong = try #require(staff.first { $0.id == "CB103" })
        #expect(cuong.volunteer == nil && cuong.rating == .excellent && cuong.meetsStandard == nil)
    }

    @Test func vietnameseCSVHeadersFillTheSelectionColumns() throws {
        let scratch = try ScratchScenario(copying: "vietnamese")
        try scratch.write("nhan-su.csv", "\u{FEFF}" + Self.roster.joined(separator: "\r\n") + "\r\n")
        let loaded = try ScenarioLoader.loadDetailed(folder: scratch.folder)
        try expectMeaning(loaded.scenario.staff)
        let staff = try #require(loaded.detectedConventions.first { $0.role == "staff" })
        #expect(staff.renamedColumns["Chức danh"] == "position")
        #expect(staff.renamedColumns["Tự nguyện"] == "volunteer")
        #expect(staff.renamedColumns["Xếp loại chất lượng"] == "rating")
        #expect(staff.renamedColumns["Đạt tiêu chuẩn"] == "meets_standard")
        #expect(staff.renamedColumns["Hệ số lương bình quân"] == "average_salary_coefficient")
    }

    @Test func vietnameseWorkbookHeadersFillTheSelectionColumns() throws {
        let scratch = try ScratchScenario(copying: "vietnamese")
        var rows = TestWorkbook.typedRows(fromSemicolonCSV: Self.roster.joined(separator: "\n"))
        rows[1][9] = .bool(true)  // an Excel TRUE cell means yes
        let book = TestWorkbook(sheets: [("Nhân sự", rows)])
        try scratch.write("nhan-su.xlsx", bytes: [UInt8](try book.data()))
        try scratch.replace("scenario.yaml", "staff: nhan-su.csv", with: "staff: nhan-su.xlsx")
        let loaded = try ScenarioLoader.loadDetailed(folder: scratch.folder)
        try expectMeaning(loaded.scenario.staff)
        #expect(loaded.detectedConventions.first { $0.role == "staff" }?.format == .xlsx(sheet: "Nhân sự"))
    }

    @Test func aRatingOutsideTheFourIsRefusedWithItsCell() throws {
        let scratch = try ScratchScenario(copying: "vietnamese")
        var lines = Self.roster
        lines[3] = lines[3].replacingOccurrences(of: "HTXSNV", with: "Xuất sắc lắm")
        try scratch.write("nhan-su.csv", lines.joined(separator: "\n") + "\n")
        let error = try scratch.failure()
        let issue = try #require(error.issues.first { $0.message.en.contains("Xuất sắc lắm") })
        #expect(issue.file.hasSuffix("nhan-su.csv") && issue.line == 4)
    }
}
