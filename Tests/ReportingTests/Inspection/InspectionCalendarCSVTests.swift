import Reporting
import Testing

@Suite struct InspectionCalendarCSVTests {
    @Test func startsWithBOMAndKeepsPlanOrder() throws {
        let csv = InspectionCalendarCSV.render(
            InspectionFixtures.plan, scenario: InspectionFixtures.scenario, language: .vi)
        #expect(csv.hasPrefix("\u{FEFF}date,weekday,session,team,"))
        let rows = csv.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 6)
        #expect(rows[1].hasPrefix("2022-05-09,Thứ Hai,Cả ngày,T1,"))
        // Two half days of T1 on 10/5: H1 in the morning, S1 in the afternoon (unit-code order).
        #expect(rows[2].hasPrefix("2022-05-10,Thứ Ba,Sáng,T1,Đoàn kiểm tra số 1,H1,"))
        #expect(rows[3].hasPrefix("2022-05-10,Thứ Ba,Chiều,T1,Đoàn kiểm tra số 1,S1,"))
        // A name with a comma and quotes is quoted, with quotes doubled.
        #expect(rows[5].contains("\"Trung tâm Văn hóa, Truyền thông; \"\"Thể thao\"\"\""))
        try expectSnapshot(csv, named: "inspection-calendar.vi.csv")
    }

    @Test func englishCellsKeepTheSameKeys() throws {
        let csv = InspectionCalendarCSV.render(
            InspectionFixtures.plan, scenario: InspectionFixtures.scenario, language: .en)
        #expect(csv.contains("2022-05-10,Tuesday,Morning,T1,"))
        #expect(
            csv.contains(
                "2022-06-03,Friday,2 days,T2,Đoàn kiểm tra số 2,X2,Xã Đỉnh Bàn,Commune,,2,2022-06-03;2022-06-06,no"))
    }
}
