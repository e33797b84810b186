import Foundation
import OfficeDocuments
import Testing
import ZIPFoundation

@testable import ScenarioFiles

/// The office path with no edits: a unit list typed in Excel with Vietnamese headers and values goes through
/// `cchc init` → `cchc validate` → `cchc schedule`, once from an .xlsx workbook and once from a `;` CSV with
/// dd/mm/yyyy dates and a byte-order mark, and gives the Excel calendar and the Word plan.
@Suite struct OfficeInitEndToEndTests {
    /// Eight units of a small district: two communes and a town, the rest lying in them (given by name).
    /// Columns: Mã, Tên đơn vị, Loại hình, Thuộc xã, Cụm, Ưu tiên, Năm kiểm tra gần nhất, Bắt buộc kiểm tra.
    static let units: [[String]] = [
        ["xa-an-phu", "Xã An Phú", "Xã", "", "Cụm Đông", "2", "2023", "Không"],
        ["xa-hoa-binh", "Xã Hòa Bình", "Xã", "", "Cụm Tây", "1", "2024", "Không"],
        ["tt-binh-minh", "Thị trấn Bình Minh", "Thị trấn", "", "Cụm Tây", "1", "2022", "Có"],
        ["mn-an-phu", "Trường Mầm non An Phú", "Trường Mầm non", "Xã An Phú", "Cụm Đông", "1", "", "Không"],
        [
            "th-binh-minh", "Trường Tiểu học Bình Minh", "Trường Tiểu học", "Thị trấn Bình Minh", "Cụm Tây", "1",
            "2023",
            "Không",
        ],
        ["thcs-hoa-binh", "Trường THCS Hòa Bình", "Trường THCS", "Xã Hòa Bình", "Cụm Tây", "1", "", "Không"],
        ["yt-an-phu", "Trạm y tế xã An Phú", "Trạm y tế", "Xã An Phú", "Cụm Đông", "1", "", "Không"],
        ["tt-vhtt", "Trung tâm Văn hóa - Thể thao", "Trung tâm", "Thị trấn Bình Minh", "Cụm Tây", "1", "", "Không"],
    ]
    /// The merger date of the town, typed as an office types a date.
    static let mergedOn = "01/01/2020"

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-office-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The unit list as a filled-in `cchc template` workbook (written with our libxlsxwriter writer): text cells,
    /// numbers as numbers, the merger date as a date cell.
    func workbook() throws -> Data {
        let columns = InputTables.tables(year: 2026)[0].columns.map(\.canonical)
        let rows: [[InputTables.Value?]] = Self.units.map { row in
            columns.map { column -> InputTables.Value? in
                let index = ["code", "name", "kind", "commune", "region", "priority", "last_inspected", "must_inspect"]
                    .firstIndex(of: column)
                if column == "merged_on", row[0] == "tt-binh-minh" {
                    return .date(.init(year: 2020, month: 1, day: 1)!)
                }
                guard let index, !row[index].isEmpty else { return nil }
                return Double(row[index]).map { .number($0) } ?? .text(row[index])
            }
        }
        return try OfficeReports.inputTemplate(year: 2026, rows: ["units": rows])
    }

    /// The unit list as Excel on a Vietnamese PC saves "CSV UTF-8": `;`, CRLF, a byte-order mark.
    func csv() -> Data {
        let header =
            "Mã;Tên đơn vị;Loại hình;Thuộc xã;Cụm;Ưu tiên;Năm kiểm tra gần nhất;Bắt buộc kiểm tra;Ngày sáp nhập"
        let lines = Self.units.map { row in
            (row + [row[0] == "tt-binh-minh" ? Self.mergedOn : ""]).joined(separator: ";")
        }
        return Data(("\u{FEFF}" + ([header] + lines).joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// The rows of a sheet of a generated workbook, read back by our own reader.
    func sheet(_ data: Data, _ name: String) throws -> CSVTable {
        let issues = IssueCollector(limit: 10)
        let table = XLSXTableReader.read(data, file: "calendar.xlsx", role: "", sheet: name, issues: issues)
        #expect(issues.isEmpty)
        return try #require(table)
    }

    /// The paragraph texts of a .docx body.
    func paragraphs(_ data: Data) throws -> [String] {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        let text = String(decoding: xml, as: UTF8.self)
        let paragraph = try NSRegularExpression(pattern: "<w:p[ >].*?</w:p>", options: [.dotMatchesLineSeparators])
        let run = try NSRegularExpression(pattern: "<w:t[^>]*>(.*?)</w:t>", options: [.dotMatchesLineSeparators])
        return paragraph.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            let p = String(text[Range(match.range, in: text)!])
            return run.matches(in: p, range: NSRange(p.startIndex..., in: p)).map {
                String(p[Range($0.range(at: 1), in: p)!])
            }.joined()
        }
    }

    /// init → validate → schedule from `file`, and the checks on the outputs.
    func runOfficePath(unitsFile: String, bytes: Data, sheet: String?) throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try bytes.write(to: root.appendingPathComponent(unitsFile))
        let sheetArguments = sheet.map { ["--sheet", $0] } ?? []
        let initRun = try runCCHC(
            ["init", "ke-hoach", "--units", unitsFile, "--today", "2026-01-15"] + sheetArguments,
            currentDirectory: root)
        #expect(initRun.status == 0, "\(initRun.stderr)")
        #expect(initRun.stdout.contains("8 đơn vị") && initRun.stdout.contains("cchc validate ke-hoach"))
        #expect(initRun.stdout.contains("Các bước tiếp theo") && initRun.stdout.contains("teams.csv"))
        let made = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("ke-hoach").path)
        #expect(made.sorted() == [sheet == nil ? "don-vi.csv" : "don-vi.xlsx", "scenario.yaml", "teams.csv"])

        let validate = try runCCHC(["validate", "ke-hoach"], currentDirectory: root)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout.contains("Kịch bản hợp lệ"))

        let schedule = try runCCHC(
            ["schedule", "ke-hoach", "--out", "bao-cao", "--work-limit", "20000"], currentDirectory: root)
        #expect(schedule.status == 0, "\(schedule.stderr)")
        let out = root.appendingPathComponent("bao-cao")
        try checkCalendar(try Data(contentsOf: out.appendingPathComponent("inspection-calendar.xlsx")))
        try checkPlan(try Data(contentsOf: out.appendingPathComponent("inspection-plan.docx")))
    }

    /// One team has room for every unit in the season (1 April – 30 November, 2 days a week), and every unit has a
    /// positive priority: all eight are inspected.
    func checkCalendar(_ data: Data) throws {
        let byDate = try sheet(data, "Theo ngày")
        #expect(byDate.rows.count == 8)
        #expect(byDate.header.first == "Ngày")
        let names = Set(byDate.rows.flatMap { $0.fields.map(\.value) })
        #expect(names.isSuperset(of: Self.units.map { $0[1] }))
        // Dates are date cells in the season, read back as ISO dates.
        let dates = byDate.rows.map { $0.fields[0].value }.sorted()
        #expect(dates.allSatisfy { $0.hasPrefix("2026-") && $0.count == 10 })
        #expect(try #require(dates.first) >= "2026-04-01" && (try #require(dates.last)) <= "2026-11-30")
        // No school inspected in the summer holidays the init added.
        let schools = byDate.rows.filter { row in row.fields.contains { $0.value.hasPrefix("Trường") } }
        #expect(schools.allSatisfy { !("2026-06-01"..."2026-08-31").contains($0.fields[0].value) })
        #expect(try sheet(data, "Theo đơn vị").rows.count == 8)
        let coverage = try sheet(data, "Mức bao phủ")
        #expect(
            coverage.rows.map { $0.fields[0].value } == ["Xã, phường, thị trấn", "Trường học, trung tâm, trạm y tế"])
    }

    func checkPlan(_ data: Data) throws {
        let texts = try paragraphs(data)
        #expect(texts.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && texts.contains("KẾ HOẠCH"))
        #expect(texts.contains("Kiểm tra công tác cải cách hành chính năm 2026"))
        #expect(texts.contains("I. MỤC ĐÍCH, YÊU CẦU") && texts.contains("III. THÀNH PHẦN ĐOÀN KIỂM TRA"))
        // The schedule table: a row per inspection, numbered 1 to 8, each unit named (never by its code).
        for unit in Self.units { #expect(texts.contains(unit[1]), "\(unit[1])") }
        #expect(!texts.contains { text in Self.units.contains { text.contains($0[0]) } })
        #expect(texts.contains("- Xã, phường, thị trấn: kiểm tra 3/3 đơn vị (yêu cầu tối thiểu 2 đơn vị)."))
        #expect(texts.contains("Đoàn 1: Đoàn kiểm tra số 1, gồm:"))
    }

    @Test func officeWorkbookGoesThroughInitValidateAndSchedule() throws {
        try runOfficePath(unitsFile: "danh-sach.xlsx", bytes: try workbook(), sheet: "Đơn vị")
    }

    @Test func officeSemicolonCSVGoesThroughInitValidateAndSchedule() throws {
        try runOfficePath(unitsFile: "danh-sach.csv", bytes: csv(), sheet: nil)
    }

    @Test func initRefusesANonEmptyFolderAndNeverOverwrites() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try csv().write(to: root.appendingPathComponent("danh-sach.csv"))
        let folder = root.appendingPathComponent("ke-hoach")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("của tôi".utf8).write(to: folder.appendingPathComponent("teams.csv"))
        let arguments = ["init", "ke-hoach", "--units", "danh-sach.csv", "--today", "2026-01-15"]
        let refused = try runCCHC(arguments, currentDirectory: root)
        #expect(refused.status == 73 && refused.stderr.contains("--force"))
        let forced = try runCCHC(arguments + ["--force"], currentDirectory: root)
        #expect(forced.status == 73 && forced.stderr.contains("teams.csv"))
        #expect(try String(contentsOf: folder.appendingPathComponent("teams.csv"), encoding: .utf8) == "của tôi")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["teams.csv"])
        // With the user's file out of the way, --force adds the scenario beside their other files.
        try FileManager.default.moveItem(
            at: folder.appendingPathComponent("teams.csv"), to: folder.appendingPathComponent("ghi-chu.txt"))
        let added = try runCCHC(arguments + ["--force"], currentDirectory: root)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "don-vi.csv", "ghi-chu.txt", "scenario.yaml", "teams.csv",
            ])
    }

    @Test func badUnitListGivesItsSheetAndCellAndExit65() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var rows = Self.units.map { $0.map { InputTables.Value?.some(.text($0)) } }
        rows[3][2] = .text("Truong Mam non")  // a typo in Loại hình of the fourth unit (row 5 of the sheet)
        let columns = InputTables.tables(year: 2026)[0].columns.count
        let padded = rows.map { $0 + Array(repeating: nil, count: columns - $0.count) }
        try OfficeReports.inputTemplate(year: 2026, rows: ["units": padded]).write(
            to: root.appendingPathComponent("danh-sach.xlsx"))
        let run = try runCCHC(
            ["init", "ke-hoach", "--units", "danh-sach.xlsx", "--today", "2026-01-15"], currentDirectory: root)
        #expect(run.status == 65)
        #expect(run.stderr.contains("danh-sach.xlsx:Đơn vị!C5"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("ke-hoach").path))
    }
}
