import CivilCalendar
import Foundation
import ScenarioModel
import Testing

@testable import ScenarioFiles

/// .xlsx workbooks: typed cells, every problem at `file:Sheet!C12`, and refusals (legacy .xls, encrypted
/// workbooks, zip bombs) before anything large is expanded.
@Suite struct XLSXReaderTests {
    private func read(_ book: TestWorkbook, sheet: String? = nil, limits: XLSXLimits = XLSXLimits())
        throws -> (CSVTable?, [ScenarioIssue])
    {
        let issues = IssueCollector(limit: 50)
        let table = XLSXTableReader.read(
            try book.data(), file: "du-lieu.xlsx", role: "units", sheet: sheet,
            issues: issues, limits: limits)
        return (table, issues.issues)
    }

    /// The Vietnamese scenario with its units read from a workbook; returns the single issue the load reports.
    private func singleIssue(units rows: [[TestCell?]], file: String = "du-lieu.xlsx", bytes: [UInt8]? = nil)
        throws -> ScenarioIssue?
    {
        let scratch = try ScratchScenario(copying: "vietnamese")
        let data = try bytes ?? [UInt8](TestWorkbook(sheets: [("Đơn vị", rows)]).data())
        try scratch.write(file, bytes: data)
        try scratch.replace("scenario.yaml", "units: don-vi.csv", with: "units: \(file)")
        try scratch.replace("scenario.yaml", "staff: nhan-su.csv\n", with: "")
        try scratch.replace("doan.csv", "Lê Văn Cường;Nam;", with: "Lê Văn Cường;;")
        let error = try scratch.failure()
        #expect(error.issues.count == 1, "\(error.formatted(language: .en))")
        return error.issues.first
    }

    private static let header: [TestCell?] = ["Mã", "Tên đơn vị", "Loại hình", "Thuộc xã", "Dân số", "Ngày sáp nhập"]
        .map { .text($0) }
    private static let town: [TestCell?] = [.text("TT"), .text("Thị trấn Thạch Hà"), .text("Thị trấn"), nil]
    private static let communes: [[TestCell?]] = ["X01", "X02", "X03"].map {
        [.text($0), .text("Xã \($0)"), .text("Xã")]
    }

    @Test func cellsKeepTheirTypes() throws {
        let book = TestWorkbook(sheets: [
            (
                "Đơn vị",
                [
                    [.text("a"), .text("b"), .text("c"), .text("d"), .text("e"), .text("f")],
                    [
                        .text("Xã Đỉnh Bàn"), .inline("chữ trong ô"), .number(4.32), .date(1970, 3, 15),
                        .formula("A1", cached: "12.5"),
                        .bool(true),
                    ],
                    [
                        .number(9000), nil, .number(0.1 + 0.2), .date(2000, 2, 29), .formula("1+1", cached: "2"),
                        .bool(false),
                    ],
                ]
            )
        ])
        let (table, issues) = try read(book)
        #expect(issues.isEmpty)
        let t = try #require(table)
        #expect(t.sheet == "Đơn vị" && t.header == ["a", "b", "c", "d", "e", "f"])
        #expect(t.rows[0].fields.map(\.value) == ["Xã Đỉnh Bàn", "chữ trong ô", "4.32", "1970-03-15", "12.5", "yes"])
        #expect(t.rows[1].fields.map(\.value) == ["9000", "", "0.30000000000000004", "2000-02-29", "2", "no"])
        #expect(t.rows[0].fields[3].cell == "D2" && t.rows[0].fields[3].typed && !t.rows[0].fields[0].typed)
        #expect(t.rows[1].line == 3 && t.rows[1].number == 2)
    }

    @Test func formulaWithoutCachedValueIsNamedBySheetAndCell() throws {
        var rows = [Self.header, Self.town] + Self.communes
        rows[2] += [nil, .formula("B2*2", cached: nil)]
        let issue = try #require(try singleIssue(units: rows))
        #expect(issue.sheet == "Đơn vị" && issue.cell == "E3")
        #expect(
            issue.formatted(language: .vi).contains(
                "du-lieu.xlsx:Đơn vị!E3: [dòng dữ liệu 2, cột/khóa `Dân số`] Ô có công thức nhưng không lưu giá trị"))
        #expect(issue.hint?.en.contains("recalculate") == true)
    }

    @Test func badCellsAreNamedBySheetAndCell() throws {
        var rows = [Self.header, Self.town] + Self.communes
        rows[3] += [nil, .error("#REF!")]
        let error = try singleIssue(units: rows)?.formatted(language: .en)
        #expect(
            error?.contains(
                "du-lieu.xlsx:Đơn vị!E4: [row 3, column/key `Dân số`] The cell holds the formula "
                    + "error #REF!") == true)
        rows = [Self.header, Self.town] + Self.communes
        rows[4] += [nil, nil, .text("12/25/2020")]
        let date = try #require(try singleIssue(units: rows))
        #expect(
            date.formatted(language: .en).contains(
                "du-lieu.xlsx:Đơn vị!F5: [row 4, column/key `Ngày sáp nhập`] "
                    + "The date `12/25/2020` only fits month/day/year"))
        rows = [[.text("Mã"), .text("Tên đơn vị")], [.text("X01"), .text("Xã Đỉnh Bàn")]]
        let missing = try #require(try singleIssue(units: rows))
        #expect(
            missing.formatted(language: .en).contains(
                "du-lieu.xlsx:Đơn vị!A1: [column/key `kind`] "
                    + "The required column `kind` (Loại) is missing."))
    }

    @Test func sheetIsChosenByNameOrReportedWithTheSheetList() throws {
        let book = TestWorkbook(sheets: [("Bìa", [[.text("x")]]), ("Đơn vị", [[.text("code")], [.text("X01")]])])
        #expect(try read(book).0?.sheet == "Đơn vị")
        #expect(try read(book, sheet: "bìa").0?.sheet == "Bìa")
        let (table, issues) = try read(book, sheet: "Nhân sự")
        #expect(table == nil && issues.count == 1)
        #expect(issues.first?.hint?.en.contains("\"Bìa\", \"Đơn vị\"") == true)
    }

    @Test func legacyAndEncryptedWorkbooksAreRefusedWithTheFix() throws {
        let ole = TableFileReader.compoundFileSignature + [UInt8](repeating: 0, count: 504)
        let legacy = try #require(try singleIssue(units: [], file: "don-vi.xls", bytes: ole))
        #expect(legacy.message.en.contains("Legacy Excel files (.xls"))
        #expect(legacy.hint?.vi.contains("lưu lại dưới dạng .xlsx") == true)
        // The same container under another name is still recognised by its signature.
        #expect(try singleIssue(units: [], file: "don-vi.csv", bytes: ole)?.message.en.contains("Legacy Excel") == true)
        let encrypted = ole + Array("EncryptionInfo".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let locked = try #require(try singleIssue(units: [], file: "du-lieu.xlsx", bytes: encrypted))
        #expect(
            locked.message.en.contains("password-protected") && locked.hint?.en.contains("remove the password") == true)
        let text = try #require(try singleIssue(units: [], file: "du-lieu.xlsx", bytes: Array("Mã;Tên\n".utf8)))
        #expect(text.message.en.contains("is not an Excel workbook"))
    }

    @Test func highlyCompressedEntryIsRefusedBeforeExpanding() throws {
        let zeros = Data(count: 8 << 20)
        let bomb = try TestWorkbook.zip([
            ("xl/workbook.xml", Data("<workbook/>".utf8)), ("xl/worksheets/sheet1.xml", zeros),
        ])
        let issue = try #require(try singleIssue(units: [], bytes: [UInt8](bomb)))
        #expect(
            issue.message.en.contains(
                "possible zip bomb: the entry `xl/worksheets/sheet1.xml` is compressed more "
                    + "than 200:1"))
    }

    @Test func entryThatExpandsPastItsDeclaredSizeIsStopped() throws {
        var rows = [Self.header, Self.town] + Self.communes
        rows[1] += [.text(String(repeating: "x", count: 60_000))]
        let honest = try TestWorkbook(sheets: [("Đơn vị", rows)]).data()
        // Every entry now claims 100 bytes: the central directory passes the caps, the expansion does not.
        let lying = ZipPatch.declareUncompressedSize(100, in: honest, localHeaders: true)
        let issues = IssueCollector(limit: 50)
        #expect(XLSXTableReader.read(lying, file: "du-lieu.xlsx", role: "units", sheet: nil, issues: issues) == nil)
        #expect(issues.issues.count == 1)
        #expect(issues.issues.first?.message.en.contains("expands to more than its declared size") == true)
    }

    @Test func entryCountAndDeclaredTotalAreCapped() throws {
        let many = try TestWorkbook.zip((0...1_000).map { ("xl/part\($0).xml", Data("<a/>".utf8)) })
        let issues = IssueCollector(limit: 50)
        _ = XLSXTableReader.read(many, file: "x.xlsx", role: "units", sheet: nil, issues: issues)
        #expect(issues.issues.first?.message.en.contains("more than 1000 entries") == true)
        let book = try TestWorkbook(sheets: [("Đơn vị", [Self.header])]).data()
        let huge = ZipPatch.declareUncompressedSize(200 << 20, in: book, localHeaders: false)
        var limits = XLSXLimits()
        limits.maxRatio = .max
        let capped = IssueCollector(limit: 50)
        _ = XLSXTableReader.read(huge, file: "x.xlsx", role: "units", sheet: nil, issues: capped, limits: limits)
        #expect(capped.issues.first?.message.en.contains("its content expands past 256 MB") == true)
    }
}
