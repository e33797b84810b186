import CivilCalendar
import Foundation
import InspectionScheduling
import Testing

@testable import OfficeDocuments

@Suite("Excel workbooks")
struct WorkbookTests {
    /// The sheet names in workbook order and the XML of each sheet, by name.
    func sheets(_ parts: [String: String]) throws -> [(name: String, xml: String)] {
        let workbook = try #require(parts["xl/workbook.xml"])
        let names = try matches(#"<sheet name="([^"]*)""#, in: workbook)
        return try names.enumerated().map { index, name in
            (name, try #require(parts["xl/worksheets/sheet\(index + 1).xml"]))
        }
    }

    /// The number format code of the style a cell uses.
    func formatCode(styleIndex: Int, _ parts: [String: String]) throws -> String? {
        let styles = try #require(parts["xl/styles.xml"])
        let cellXfs = try #require(try matches("<cellXfs[^>]*>(.*?)</cellXfs>", in: styles).first)
        let xfs = try matches("<xf ([^>]*)", in: cellXfs)
        let id = try #require(try matches(#"numFmtId="(\d+)""#, in: xfs[styleIndex]).first)
        return try matches(#"<numFmt numFmtId="\#(id)" formatCode="([^"]*)""#, in: styles).first
    }

    @Test func calendarHasTheFourSheetsWithTypedDatesFrozenHeaderAndFilter() throws {
        let r = try ShippedResults.load()
        let data = try OfficeReports.calendarWorkbook(plan: r.plan, scenario: r.scenario, language: .vi)
        let parts = try packageParts(data)
        let sheets = try sheets(parts)
        #expect(sheets.map(\.name) == ["Theo ngày", "Theo đoàn", "Theo đơn vị", "Mức bao phủ"])
        let byDate = sheets[0].xml
        #expect(try matches("<row ", in: byDate).count == r.plan.inspections.count + 1)
        #expect(byDate.contains(#"state="frozen""#) && byDate.contains(#"ySplit="1""#))
        #expect(byDate.contains(#"<autoFilter ref="A1:J\#(r.plan.inspections.count + 1)""#))
        let shared = try #require(parts["xl/sharedStrings.xml"])
        #expect(shared.contains("<t>Ngày</t>") && shared.contains("<t>Đơn vị</t>"))
        // A2 is the first inspection's date: a number (no t="s") in the 1900 system with a dd/mm/yyyy style.
        let a2 = try #require(try matches(#"<c r="A2"([^>]*)>"#, in: byDate).first)
        #expect(!a2.contains("t="))
        let styleText = try #require(try matches(#"s="(\d+)""#, in: a2).first)
        let style = try #require(Int(styleText))
        #expect(try formatCode(styleIndex: style, parts) == "dd/mm/yyyy")
        let value = try #require(try matches(#"<c r="A2"[^>]*><v>([^<]*)</v>"#, in: byDate).first)
        let first = try #require(r.plan.inspections.map(\.date).min())
        let serial = first.dayNumber - CivilDate(year: 1899, month: 12, day: 30)!.dayNumber
        #expect(Double(value) == Double(serial))
        // The team column says "Đoàn n", never a code.
        #expect(shared.contains("<t>Đoàn 1</t>") && !shared.contains("<t>T1</t>"))
        #expect(try matches("<row ", in: sheets[2].xml).count == r.scenario.units.count + 1)
        #expect(try matches("<row ", in: sheets[3].xml).count == r.plan.targets.count + 1)
    }

    @Test func englishSwitchesSheetNamesAndHeaders() throws {
        let r = try ShippedResults.load()
        let parts = try packageParts(
            try OfficeReports.calendarWorkbook(plan: r.plan, scenario: r.scenario, language: .en))
        #expect(try sheets(parts).map(\.name) == ["By date", "By team", "By unit", "Coverage"])
        #expect(parts["xl/sharedStrings.xml"]?.contains("<t>Weekday</t>") == true)
    }

    @Test func staffingHasItsSheetsAndMoneyAndBirthDates() throws {
        let r = try ShippedResults.load()
        let data = try OfficeReports.staffingWorkbook(report: r.staffing, scenario: r.scenario, language: .vi)
        let parts = try packageParts(data)
        let sheets = try sheets(parts)
        #expect(sheets.map(\.name) == ["Kiểm tra biên chế", "Dự báo", "Biện pháp", "Nghỉ hưu"])
        #expect(try matches("<row ", in: sheets[0].xml).count == r.staffing.units.count + 1)
        #expect(try matches("<row ", in: sheets[1].xml).count == r.staffing.projection.count + 1)
        let measures = r.staffing.plan.exits.count + r.staffing.plan.transfers.count
        #expect(try matches("<row ", in: sheets[2].xml).count == measures + 1)
        #expect(try matches("<row ", in: sheets[3].xml).count == r.staffing.retirements.count + 1)
        // The cost column (H) of the first measure uses #,##0.
        let h2 = try #require(try matches(#"<c r="H2" s="(\d+)""#, in: sheets[2].xml).first.flatMap { Int($0) })
        #expect(try formatCode(styleIndex: h2, parts) == "#,##0")
        // Birth dates (B) of the retirements are dates.
        let b2 = try #require(try matches(#"<c r="B2" s="(\d+)""#, in: sheets[3].xml).first.flatMap { Int($0) })
        #expect(try formatCode(styleIndex: b2, parts) == "dd/mm/yyyy")
        let shared = try #require(parts["xl/sharedStrings.xml"])
        let retiring = try #require(r.staffing.retirements.first)
        let name = try #require(r.scenario.staff.first { $0.id == retiring.id }?.name)
        #expect(shared.contains("<t>\(name)</t>"))
    }

    /// The measures sheet names each person's post and why: criterion, package and formula (the shipped Thạch Hà
    /// plan: TH0234 resigns as a volunteer; TH0222 fills the vacant elected post of Phó Chủ tịch HĐND).
    @Test func staffingMeasuresGiveThePostAndTheReason() throws {
        let r = try ShippedResults.load()
        let data = try OfficeReports.staffingWorkbook(report: r.staffing, scenario: r.scenario, language: .vi)
        let parts = try packageParts(data)
        let shared = try #require(parts["xl/sharedStrings.xml"])
        for header in ["Chức vụ, chức danh", "Chức danh ở nơi đến", "Lý do chọn", "Chính sách áp dụng", "Cách tính"] {
            #expect(shared.contains("<t>\(header)</t>"), "\(header)")
        }
        #expect(shared.contains("<t>tự nguyện tinh giản (điểm c khoản 1 Điều 2 Nghị định số 29/2023/NĐ-CP [D])</t>"))
        #expect(shared.contains("<t>Điều 10 Nghị định số 108/2014/NĐ-CP (sửa đổi bởi NĐ 143/2020/NĐ-CP) [C]</t>"))
        #expect(shared.contains("<t>(3 + 1,5 × 1) × 2,34 × 1.490.000 = 15.689.700 — lương hiện hưởng</t>"))
        #expect(shared.contains("<t>Phó Chủ tịch HĐND (chức danh bầu cử: cần tổ chức bầu)</t>"))
        let person = try #require(r.scenario.staff.first { $0.id == "TH0234" })
        #expect(shared.contains("<t>\(person.position)</t>"))
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let r = try ShippedResults.load()
        let a = try OfficeReports.calendarWorkbook(plan: r.plan, scenario: r.scenario, language: .vi)
        let b = try OfficeReports.calendarWorkbook(plan: r.plan, scenario: r.scenario, language: .vi)
        #expect(a == b)
    }

    @Test func valuesExcelCannotHoldAreRefusedBeforeTheLibrary() throws {
        func attempt(_ sheet: SpreadsheetSheet) -> OfficeDocumentError? {
            do {
                _ = try XLSXWriter.data([sheet], created: CivilDate(year: 2022, month: 1, day: 1)!)
                return nil
            } catch {
                return error
            }
        }
        let long = SpreadsheetSheet(name: String(repeating: "x", count: 32), columns: [("A", 5)], rows: [])
        let slash = SpreadsheetSheet(name: "Tháng 4/2022", columns: [("A", 5)], rows: [])
        let text = SpreadsheetSheet(
            name: "A", columns: [("A", 5)],
            rows: [[.text(String(repeating: "ạ", count: 32_768))]])
        let date = SpreadsheetSheet(
            name: "A", columns: [("A", 5)], rows: [[.date(CivilDate(year: 1899, month: 1, day: 1)!)]])
        // 16 decomposed letters are 16 characters on screen but 32 Unicode scalars, over the limit the library counts.
        let decomposed = SpreadsheetSheet(
            name: String(repeating: "a\u{0323}", count: 16), columns: [("A", 5)], rows: [])
        for sheet in [long, slash, text, date, decomposed] {
            guard case .invalidValue? = attempt(sheet) else {
                Issue.record("\(sheet.name) was not refused")
                continue
            }
        }
        let fine = SpreadsheetSheet(
            name: String(repeating: "ạ", count: 31), columns: [("A", 5)],
            rows: [[.text(String(repeating: "ạ", count: 32_767))]])
        #expect(attempt(fine) == nil)
    }
}
