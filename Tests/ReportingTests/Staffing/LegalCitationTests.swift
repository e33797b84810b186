import Staffing
import Testing

@testable import Reporting

/// Vietnamese output cites in the legal form: article before document, "khoản 1 Điều 2 Nghị định số 34/2019/NĐ-CP".
@Suite struct LegalCitationTests {
    @Test func vietnameseCitationForm() {
        let police = RuleCitation(document: "NĐ 34/2019/NĐ-CP", article: "Art. 2(1)", confidence: .confirmed)
        #expect(StaffingVocabulary.citation(police, .vi) == "khoản 1 Điều 2 Nghị định số 34/2019/NĐ-CP [C]")
        #expect(StaffingVocabulary.citation(police, .en) == "NĐ 34/2019/NĐ-CP Art. 2(1) [C]")
        let quota = RuleCitation(document: "NĐ 33/2023/NĐ-CP", article: "Art. 6(1)–(2)", confidence: .confirmed)
        #expect(StaffingVocabulary.citation(quota, .vi) == "khoản 1–2 Điều 6 Nghị định số 33/2023/NĐ-CP [C]")
        let criterion = RuleCitation(document: "NĐ 29/2023/NĐ-CP", article: "Art. 2(1)(đ)", confidence: .derived)
        #expect(StaffingVocabulary.citation(criterion, .vi) == "điểm đ khoản 1 Điều 2 Nghị định số 29/2023/NĐ-CP [D]")
        let norm = RuleCitation(document: "TT 03/2023/TT-BYT", article: "Art. 3–4", confidence: .unconfirmed)
        #expect(StaffingVocabulary.citation(norm, .vi) == "Điều 3–4 Thông tư số 03/2023/TT-BYT [U]")
        let decision = RuleCitation(document: "Quyết định số 12/QĐ-UBND", article: "", confidence: .confirmed)
        #expect(StaffingVocabulary.citation(decision, .vi) == "Quyết định số 12/QĐ-UBND [C]")
    }
}
