import CivilCalendar
import Testing

@testable import ScenarioFiles

/// The readings of dates, numbers and headers that Vietnamese spreadsheets need, and the ones never guessed.
@Suite struct ConventionParsingTests {
    private func date(_ text: String) -> CivilDate? { try? ValueParsing.spreadsheetDate(text).get().0 }
    private func number(_ text: String, comma: Bool) -> Double? {
        try? ValueParsing.spreadsheetNumber(text, decimalComma: comma).get().0
    }

    @Test func datesAreDayFirstOrISO() throws {
        #expect(date("15/03/1970") == CivilDate(year: 1970, month: 3, day: 15))
        #expect(date("3/4/2022") == CivilDate(year: 2022, month: 4, day: 3))
        #expect(date("03.04.2022") == CivilDate(year: 2022, month: 4, day: 3))
        #expect(date("2022-04-03") == CivilDate(year: 2022, month: 4, day: 3))
        #expect(try ValueParsing.spreadsheetDate("2022-04-03").get().1 == .iso)
        #expect(try ValueParsing.spreadsheetDate("03/04/2022").get().1 == .dayMonthYear)
    }

    @Test func datesThatNeedAGuessAreRefused() {
        for (text, message) in [
            ("12/25/2022", "only fits month/day/year"), ("15/03/70", "four digits"),
            ("31/02/2022", "not a real date"), ("44635", "Excel date serial"),
        ] {
            guard case .failure(let failure) = ValueParsing.spreadsheetDate(text) else {
                Issue.record("\(text) was accepted")
                continue
            }
            #expect(failure.message.en.contains(message), "\(text): \(failure.message.en)")
        }
    }

    @Test func decimalCommaOnlyWhereItCannotBeASeparator() throws {
        #expect(number("4,32", comma: true) == 4.32)
        #expect(number("-1.234,5", comma: true) == -1234.5)
        #expect(number("4.32", comma: true) == 4.32)
        #expect(number("4,32", comma: false) == nil)
        #expect(number("1.23,4", comma: true) == nil)  // not a grouping of three
        #expect(number("1,2,3", comma: true) == nil)
        #expect(try ValueParsing.spreadsheetNumber("12", decimalComma: true).get().1 == nil)
    }

    @Test func headersMatchWhateverTheNormalisationForm() {
        let decomposed = "Nga\u{300}y sinh"  // "Ngày sinh" in NFD, as some Windows software writes it
        var table = CSVTable(file: "t.csv", header: [" " + decomposed.uppercased() + "  ", "Họ  và_tên"], rows: [])
        table.resolveColumns(ColumnAliases.lookup(role: "staff"))
        #expect(table.columnIndex("birth_date") == 0)
        #expect(table.columnIndex("name") == 1)
        #expect(ValueAliases.kind("TRƯỜNG THCS")?.1 == .lowerSecondary)
        #expect(ValueAliases.canonicalKind("Ban quản lý dự án").rawValue == "Ban quản lý dự án")
    }
}
