import Reporting
import Testing

@Suite struct InspectionCalendarICSTests {
    let ics = InspectionCalendarICS.render(
        InspectionFixtures.plan, scenario: InspectionFixtures.scenario, calendarID: "huyen-mau", language: .vi
    )

    @Test func isWellFormedRFC5545() throws {
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let physical = ics.components(separatedBy: "\r\n").dropLast()
        for line in physical {
            #expect(line.utf8.count <= 75, "line longer than 75 octets: \(line)")
            #expect(!line.contains("\n") && !line.contains("\r"))
        }
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == 5)
        #expect(ics.components(separatedBy: "END:VEVENT").count - 1 == 5)
        // Every event has the required UID and DTSTAMP.
        #expect(ics.components(separatedBy: "\r\nUID:").count - 1 == 5)
        #expect(ics.components(separatedBy: "\r\nDTSTAMP:20220101T000000Z").count - 1 == 5)
        try expectSnapshot(ics, named: "inspection-calendar.vi.ics")
    }

    @Test func usesStableUIDsAndProperTimes() {
        #expect(ics.contains("UID:2022-X1.huyen-mau@cchc"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20220509\r\nDTEND;VALUE=DATE:20220510"))
        #expect(ics.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20220510T073000"))
        #expect(ics.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20220510T133000"))
        // The two-day inspection over a weekend ends after its last day.
        #expect(ics.contains("DTSTART;VALUE=DATE:20220603\r\nDTEND;VALUE=DATE:20220607"))
        // The moved inspection is a new sequence of the same event.
        #expect(ics.contains("UID:2022-C1.huyen-mau@cchc\r\nDTSTAMP:20220101T000000Z\r\nSEQUENCE:1"))
    }

    @Test func escapesTextAndFoldsWithoutSplittingCharacters() {
        #expect(ICSText.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        let long = "SUMMARY:" + String(repeating: "Kiểm tra ", count: 20)
        let folded = ICSText.fold(long)
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long + "\r\n")
        for line in folded.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
    }
}
