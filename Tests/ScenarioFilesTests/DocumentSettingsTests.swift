import CivilCalendar
import Foundation
import ScenarioModel
import Testing

@testable import ScenarioFiles

@Suite("document: section of scenario.yaml")
struct DocumentSettingsTests {
    @Test func aFullSectionIsRead() throws {
        let scratch = try ScratchScenario()
        try scratch.append(
            "scenario.yaml",
            """
            document:
              issuer:
                parent: "UBND TỈNH HÀ TĨNH"
                body: "ỦY BAN NHÂN DÂN HUYỆN MẪU"
                code: UBND
              number: "7"
              place: Mẫu
              date: 2022-01-10
              signer:
                authority: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
                title: PHÓ CHỦ TỊCH
                name: Nguyễn Văn An
              legal_bases:
                - Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ
              recipients: [Sở Nội vụ, "Lưu: VT, NV"]
              purpose: Một đoạn mục đích.
            """)
        let document = try ScenarioLoader.load(folder: scratch.folder).document
        #expect(document.parentBody == "UBND TỈNH HÀ TĨNH")
        #expect(document.body == "ỦY BAN NHÂN DÂN HUYỆN MẪU")
        #expect(document.bodyCode == "UBND")
        #expect(document.number == "7")
        #expect(document.place == "Mẫu")
        #expect(document.date == CivilDate(year: 2022, month: 1, day: 10))
        #expect(
            document.signer
                == .init(
                    authority: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], title: "PHÓ CHỦ TỊCH",
                    name: "Nguyễn Văn An"))
        #expect(document.legalBases == ["Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ"])
        #expect(document.recipients == ["Sở Nội vụ", "Lưu: VT, NV"])
        #expect(document.purpose == ["Một đoạn mục đích."])
        #expect(document.method == nil)
    }

    @Test func withoutTheSectionEveryValueIsAbsent() throws {
        let scratch = try ScratchScenario()
        #expect(try ScenarioLoader.load(folder: scratch.folder).document == DocumentSettings())
    }

    @Test func badValuesAreReportedAtTheirLine() throws {
        let scratch = try ScratchScenario()
        let yaml = try String(contentsOf: scratch.folder.appendingPathComponent("scenario.yaml"), encoding: .utf8)
        let firstLine =
            yaml.split(separator: "\n", omittingEmptySubsequences: false).count
            - (yaml.hasSuffix("\n") ? 1 : 0) + 1
        try scratch.append(
            "scenario.yaml",
            """
            document:
              number: "25/KH-UBND"
              date: 2022-02-30
              issuer:
                code: "Ủy ban"
              signer:
                nam: Nguyễn Văn An
              recipients: ["Sở Nội vụ", ""]
              fundng: x
            """)
        let issues = try scratch.failure().issues
        func issue(_ field: String) -> ScenarioIssue? { issues.first { $0.field == field } }
        let number = try #require(issue("document.number"))
        #expect(number.file.hasSuffix("scenario.yaml"))
        #expect(number.line == firstLine + 1)
        #expect(number.column == 11)
        #expect(issue("document.date")?.line == firstLine + 2)
        #expect(issue("document.issuer.code")?.line == firstLine + 4)
        #expect(issue("document.signer.nam")?.line == firstLine + 6)
        #expect(issue("document.signer.nam")?.hint?.en.contains("name") == true)
        #expect(issue("document.recipients[1]")?.line == firstLine + 7)
        #expect(issue("document.fundng")?.hint?.en.contains("funding") == true)
        #expect(issues.count == 6)
    }
}
