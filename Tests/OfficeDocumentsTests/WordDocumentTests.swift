import CivilCalendar
import Foundation
import InspectionScheduling
import ScenarioModel
import Testing

@testable import OfficeDocuments

@Suite("Word documents in the form of ND 30/2020")
struct WordDocumentTests {
    func document(_ data: Data) throws -> (xml: String, paragraphs: [String], styles: String) {
        let parts = try packageParts(data)
        let xml = try #require(parts["word/document.xml"])
        return (xml, try paragraphTexts(xml), try #require(parts["word/styles.xml"]))
    }

    @Test func planHasTheHeaderTitleAndPartsInOrder() throws {
        let r = try ShippedResults.load()
        let (xml, paragraphs, styles) = try document(
            try OfficeReports.planDocument(plan: r.plan, scenario: r.scenario, language: .vi))
        #expect(paragraphs.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(paragraphs.contains("Độc lập - Tự do - Hạnh phúc"))
        let motto = try matches(
            #"<w:r><w:rPr>((?:(?!</w:rPr>).)*)</w:rPr><w:t xml:space="preserve">Độc lập - Tự do - Hạnh phúc</w:t>"#,
            in: xml)
        #expect(motto.count == 1 && motto[0].contains(#"<w:u w:val="single"/>"#) && motto[0].contains("<w:b/>"))
        #expect(paragraphs.contains { $0.hasPrefix("Số:") && $0.hasSuffix("/KH-UBND") })
        #expect(paragraphs.contains("KẾ HOẠCH"))
        #expect(paragraphs.contains("Kiểm tra công tác cải cách hành chính năm 2022"))
        // The shipped scenario's document: section.
        #expect(paragraphs.contains("Thạch Hà, ngày 10 tháng 01 năm 2022"))
        #expect(paragraphs.contains("UBND TỈNH HÀ TĨNH") && paragraphs.contains("ỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ"))
        #expect(paragraphs.contains("Nguyễn Văn Minh"))
        let parts = paragraphs.compactMap { p in try? matches(#"^([IVX]+)\. [A-ZĐÀ-Ỹ]"#, in: p).first }
        #expect(parts == ["I", "II", "III", "IV", "V", "VI"])
        #expect(paragraphs.contains { $0.hasPrefix("Căn cứ Nghị quyết số 76/NQ-CP") && $0.hasSuffix(";") })
        #expect(paragraphs.contains("Nơi nhận:"))
        #expect(paragraphs.contains("- Lưu: VT, NV."))
        #expect(paragraphs.contains("TM. ỦY BAN NHÂN DÂN") && paragraphs.contains("PHÓ CHỦ TỊCH"))
        #expect(styles.contains(#"w:ascii="Times New Roman""#))
        #expect(xml.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        #expect(xml.contains(#"<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701""#))
    }

    @Test func planTableHasOneRowPerInspectionAndNoSolverWords() throws {
        let r = try ShippedResults.load()
        let (xml, paragraphs, _) = try document(
            try OfficeReports.planDocument(plan: r.plan, scenario: r.scenario, language: .vi))
        let rows = try tableRows(xml).filter { $0.count == 5 }
        #expect(rows.first == ["Số TT", "Đơn vị được kiểm tra", "Ngày kiểm tra", "Đoàn kiểm tra", "Nội dung"])
        let body = Array(rows.dropFirst())
        #expect(body.count == r.plan.inspections.count)
        #expect(body.map(\.[0]) == (1...r.plan.inspections.count).map(String.init))
        let text = paragraphs.joined(separator: "\n")
        for word in ["optimal", "tối ưu", "gap", "[U]", "ISO week", "tuần ISO", r.scenario.name] {
            #expect(!text.contains(word), "the plan says \(word)")
        }
        for unit in r.scenario.units { #expect(try matches("\\b\(unit.code)\\b", in: text).isEmpty, "\(unit.code)") }
        #expect(try matches(#"\bT\d{1,2}\b"#, in: text).isEmpty, "a team or a month written T<n>")
        #expect(body.allSatisfy { $0[3].hasPrefix("Đoàn ") })
        // Schools are never inspected on institutional reform (point b); communes are.
        let kinds = Dictionary(r.scenario.units.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        for row in body {
            let letters = row[4].components(separatedBy: ", ")
            if kinds[row[1]] == .school { #expect(!letters.contains("b"), "\(row[1])") }
            if kinds[row[1]] == .commune { #expect(letters == ["a", "b", "c", "d", "đ", "e", "g"]) }
        }
        #expect(body.contains { kinds[$0[1]] == .school })
    }

    @Test func withoutSettingsTheScenarioGivesTheDefaults() throws {
        let r = try ShippedResults.load()
        let (_, paragraphs, _) = try document(
            try OfficeReports.planDocument(
                plan: r.plan, scenario: r.scenario, settings: DocumentSettings(), language: .vi))
        #expect(paragraphs.contains("ỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ"))
        #expect(!paragraphs.contains("UBND TỈNH HÀ TĨNH"))
        #expect(paragraphs.contains("Thạch Hà, ngày 01 tháng 4 năm 2022"), "the season's first day")
        #expect(paragraphs.contains { $0.hasPrefix("Căn cứ Nghị quyết số 76/NQ-CP") })
        #expect(paragraphs.contains { $0.hasPrefix("Căn cứ Kế hoạch số …/KH-UBND") })
        #expect(paragraphs.contains("Số:\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}/KH-UBND"))
    }

    @Test func settingsFillTheNumberDateSignerAndLegalBases() throws {
        let r = try ShippedResults.load()
        let settings = DocumentSettings(
            parentBody: "UBND TỈNH HÀ TĨNH", number: "5", place: "Thạch Hà",
            date: CivilDate(year: 2022, month: 2, day: 8),
            signer: .init(title: "CHỦ TỊCH", name: "Nguyễn Văn An"), legalBases: ["Căn cứ Quyết định số 1"],
            recipients: ["Sở Nội vụ"], funding: ["Kinh phí từ ngân sách huyện./."])
        let (_, paragraphs, _) = try document(
            try OfficeReports.planDocument(plan: r.plan, scenario: r.scenario, settings: settings, language: .vi))
        #expect(paragraphs.contains("UBND TỈNH HÀ TĨNH"))
        #expect(paragraphs.contains("Số: 05/KH-UBND"))
        #expect(paragraphs.contains("Thạch Hà, ngày 08 tháng 02 năm 2022"))
        #expect(paragraphs.contains("Căn cứ Quyết định số 1;"))
        #expect(!paragraphs.contains { $0.contains("76/NQ-CP") })
        #expect(paragraphs.contains("CHỦ TỊCH") && paragraphs.contains("Nguyễn Văn An"))
        #expect(paragraphs.contains("- Sở Nội vụ;") && paragraphs.last { $0.hasPrefix("- ") } == "- Lưu: VT, NV.")
        #expect(paragraphs.contains("Kinh phí từ ngân sách huyện./."))
    }

    @Test func sameInputsGiveByteIdenticalDocuments() throws {
        let r = try ShippedResults.load()
        let a = try OfficeReports.planDocument(plan: r.plan, scenario: r.scenario, language: .vi)
        let b = try OfficeReports.planDocument(plan: r.plan, scenario: r.scenario, language: .vi)
        #expect(a == b)
        let c = try OfficeReports.noticesDocument(plan: r.plan, scenario: r.scenario, language: .vi)
        #expect(c == (try OfficeReports.noticesDocument(plan: r.plan, scenario: r.scenario, language: .vi)))
    }

    @Test func noticesHaveOnePagePerUnitAndTheUnitsAreas() throws {
        let r = try ShippedResults.load()
        let (xml, paragraphs, _) = try document(
            try OfficeReports.noticesDocument(plan: r.plan, scenario: r.scenario, language: .vi))
        #expect(try matches(#"<w:br w:type="page"/>"#, in: xml).count == r.plan.inspections.count - 1)
        let addressed = paragraphs.filter { $0.hasPrefix("Kính gửi: ") }
        #expect(addressed.count == r.plan.inspections.count)
        #expect(paragraphs.filter { $0 == "THÔNG BÁO" }.count == r.plan.inspections.count)
        #expect(paragraphs.contains { $0.hasPrefix("Số:") && $0.hasSuffix("/TB-UBND") })
        // Split the notices at the page breaks: a school's notice never lists institutional reform.
        let notices = xml.components(separatedBy: #"<w:br w:type="page"/>"#)
        let kinds = Dictionary(r.scenario.units.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        var schools = 0
        for notice in notices {
            let texts = try paragraphTexts(notice)
            let unit = try #require(texts.first { $0.hasPrefix("Kính gửi: ") }).dropFirst("Kính gửi: ".count)
            let institutional = texts.contains { $0.contains("Cải cách thể chế") }
            if kinds[String(unit)] == .school {
                schools += 1
                #expect(!institutional, "\(unit)")
            } else if kinds[String(unit)] == .commune {
                #expect(institutional, "\(unit)")
            }
        }
        #expect(schools > 0)
    }

    @Test func reductionListNamesEveryMeasureOnLandscapeA4() throws {
        let r = try ShippedResults.load()
        let (xml, paragraphs, _) = try document(
            try OfficeReports.reductionListDocument(report: r.staffing, scenario: r.scenario, language: .vi))
        #expect(xml.contains(#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#))
        #expect(paragraphs.contains("DANH SÁCH"))
        let names = try tableRows(xml).map { $0.count > 1 ? $0[1] : "" }
        for exit in r.staffing.plan.exits { #expect(names.contains(exit.name)) }
        for move in r.staffing.plan.transfers { #expect(names.contains(move.name)) }
        let total = DocumentText.money(r.staffing.plan.totalCostVND, true)
        #expect(paragraphs.contains { $0.contains("Tổng kinh phí dự kiến: \(total) đồng") })
        let parts = paragraphs.compactMap { p in try? matches(#"^([IVX]+)\. [A-ZĐÀ-Ỹ]"#, in: p).first }
        #expect(parts == (1...parts.count).map { DocumentText.roman($0) })
    }

    /// Every person of the list shows their post and why: criterion, package and formula, as the Markdown plan does
    /// (the shipped Thạch Hà plan: TH0234 resigns as a volunteer under NĐ 108/2014 Art. 10, TH0222 fills the vacant
    /// elected post of Phó Chủ tịch HĐND at Ngọc Sơn).
    @Test func reductionListGivesEachPersonTheirPostAndReason() throws {
        let r = try ShippedResults.load()
        let (xml, _, _) = try document(
            try OfficeReports.reductionListDocument(report: r.staffing, scenario: r.scenario, language: .vi))
        let rows = try tableRows(xml)
        let headers = try #require(rows.first { $0.contains("Lý do đề nghị, chính sách và cách tính") })
        #expect(headers.count == 12 && headers[4] == "Chức vụ, chức danh")
        let resigning = try #require(rows.first { $0.count > 1 && $0[1] == "Nguyễn Thu Giang" })
        #expect(resigning[4] == "Địa chính - nông nghiệp - xây dựng và môi trường")
        #expect(
            resigning[11] == "tự nguyện tinh giản (điểm c khoản 1 Điều 2 Nghị định số 29/2023/NĐ-CP [D])\n"
                + "Chính sách: Điều 10 Nghị định số 108/2014/NĐ-CP (sửa đổi bởi NĐ 143/2020/NĐ-CP) [C]\n"
                + "Cách tính: (3 + 1,5 × 1) × 2,34 × 1.490.000 = 15.689.700 — lương hiện hưởng")
        let moved = try #require(rows.first { $0.count > 1 && $0[1] == "Bùi Khắc Lâm" })
        #expect(moved[7] == "Phó Chủ tịch HĐND (chức danh bầu cử: cần tổ chức bầu)")
        #expect(moved[9].hasPrefix("Dôi dư so với định mức"))
        for exit in r.staffing.plan.exits {
            let row = try #require(rows.first { $0.count == 12 && $0[1] == exit.name })
            #expect(row[11].contains("Chính sách: ") && row[11].contains("Cách tính: "))
            #expect(exit.criterion == nil || !row[11].hasPrefix("—"))
        }
    }

    @Test func englishPlanKeepsTheFormWithEnglishWords() throws {
        let r = try ShippedResults.load()
        let (xml, paragraphs, styles) = try document(
            try OfficeReports.planDocument(plan: r.plan, scenario: r.scenario, language: .en))
        #expect(paragraphs.contains("SOCIALIST REPUBLIC OF VIET NAM") && paragraphs.contains("PLAN"))
        let parts = paragraphs.compactMap { p in try? matches(#"^([IVX]+)\. [A-Z]"#, in: p).first }
        #expect(parts == ["I", "II", "III", "IV", "V", "VI"])
        #expect(try tableRows(xml).filter { $0.count == 5 }.dropFirst().allSatisfy { $0[3].hasPrefix("Team ") })
        #expect(styles.contains(#"w:val="en-GB""#))
    }

    @Test func fileSetsNameEveryOfficeFile() throws {
        let r = try ShippedResults.load()
        let calendar = try OfficeReports.calendarFiles(plan: r.plan, scenario: r.scenario, language: .vi)
        let staffing = try OfficeReports.staffingFiles(report: r.staffing, scenario: r.scenario, language: .vi)
        #expect(
            calendar.map(\.name) == ["inspection-calendar.xlsx", "inspection-plan.docx", "inspection-notices.docx"])
        #expect(staffing.map(\.name) == ["staffing.xlsx", "reduction-list.docx"])
        // Every file is a ZIP package (PK\u{3}\u{4}).
        #expect((calendar + staffing).allSatisfy { Array($0.data.prefix(4)) == [0x50, 0x4B, 0x03, 0x04] })
    }

    @Test func textIsEscaped() throws {
        var doc = WordDocument()
        doc.append(WordParagraph("A & B <C> \"D\" \u{01}"))
        let xml = doc.documentXML()
        #expect(xml.contains("A &amp; B &lt;C&gt; &quot;D&quot; </w:t>"))
        #expect(try paragraphTexts(xml) == ["A & B <C> \"D\" "])
    }
}
