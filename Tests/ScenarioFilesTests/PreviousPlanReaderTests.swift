import CivilCalendar
import Foundation
import InspectionScheduling
import ScenarioFiles
import Testing

/// Reading a previous `inspection-calendar.csv` for `cchc schedule --previous`.
@Suite struct PreviousPlanReaderTests {
    /// The header `cchc schedule` writes (the reader needs only date, team, unit and days).
    static let header = "date,weekday,session,team,team_name,unit,unit_name,kind,commune,days,dates,fixed"

    /// A scratch folder removed when the value is released.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-previous-\(UUID().uuidString)")

        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }

        deinit { try? FileManager.default.removeItem(at: url) }

        /// Writes `bytes` as `name` and returns its URL.
        func file(_ name: String, _ bytes: Data) throws -> URL {
            let file = url.appendingPathComponent(name)
            try bytes.write(to: file)
            return file
        }

        func file(_ name: String, _ text: String) throws -> URL { try file(name, Data(text.utf8)) }
    }

    func date(_ text: String) throws -> CivilDate { try #require(CivilDate(iso: text)) }

    func failure(_ url: URL) throws -> ScenarioError {
        do {
            let read = try PreviousPlanReader.read(url)
            Issue.record("expected an error, read \(read.count) inspections")
            return ScenarioError(issues: [])
        } catch let error as ScenarioError {
            return error
        }
    }

    @Test func readsACalendarAsWrittenByScheduleInFileOrder() throws {
        let folder = try Folder()
        let text =
            Self.header + "\r\n"
            + "2022-09-06,Thứ Ba,Cả ngày,T3,\"Đoàn kiểm tra số 3 (Văn phòng HĐND-UBND chủ trì, đợt 2)\","
            + "thach-lien,Xã Thạch Liên,commune,,1,2022-09-06,no\r\n"
            + "2022-04-21,Thứ Năm,Sáng,T1,Đoàn số 1,mn-thach-khe,Trường Mầm non Thạch Khê,school,thach-khe,"
            + "0.5,2022-04-21,no\r\n"
        let read = try PreviousPlanReader.read(try folder.file("inspection-calendar.csv", text))
        #expect(
            read == [
                PlannedInspection(unit: "thach-lien", team: "T3", date: try date("2022-09-06"), days: 1),
                PlannedInspection(unit: "mn-thach-khe", team: "T1", date: try date("2022-04-21"), days: 0.5),
            ])
    }

    /// Excel's "CSV UTF-8" adds a byte-order mark, may reorder or drop the descriptive columns and ends lines in LF.
    @Test func acceptsAByteOrderMarkAndOnlyTheNeededColumns() throws {
        let folder = try Folder()
        let text = "unit,days,note,team,date\nthach-khe,1,\"ghi chú, có dấu phẩy\",T1,2022-04-20\n"
        let read = try PreviousPlanReader.read(
            try folder.file("excel.csv", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)))
        #expect(read == [PlannedInspection(unit: "thach-khe", team: "T1", date: try date("2022-04-20"), days: 1)])
    }

    /// The reader does not know the scenario: codes are kept as written, and the planner reports the ones it cannot
    /// keep (see `ScheduleReplanTests`).
    @Test func keepsUnknownTeamAndUnitCodesAsWritten() throws {
        let folder = try Folder()
        let text = "date,team,unit,days\n2022-04-04,T9,no-such-unit,1\n"
        let read = try PreviousPlanReader.read(try folder.file("ghost.csv", text))
        #expect(read == [PlannedInspection(unit: "no-such-unit", team: "T9", date: try date("2022-04-04"), days: 1)])
    }

    @Test func aMissingRequiredColumnIsNamed() throws {
        let folder = try Folder()
        let url = try folder.file("no-days.csv", "date,team,unit\n2022-04-20,T1,thach-khe\n")
        let error = try failure(url)
        #expect(!error.isMissingFile)
        let issue = try #require(error.issues.first)
        #expect(issue.file == url.path)
        #expect(issue.field == "days", "\(issue)")
        #expect(issue.line == 1, "the header line: \(issue)")
    }

    @Test func aBadDateNamesFileLineAndColumnWithTheFix() throws {
        let folder = try Folder()
        let url = try folder.file(
            "bad-date.csv",
            "date,team,unit,days\n2022-04-20,T1,thach-khe,1\n"
                + "2022-04-21,T1,mn-thach-khe,0.5\n15/03/2022,T1,x,1\n")
        let error = try failure(url)
        #expect(error.issues.count == 1)
        let issue = try #require(error.issues.first)
        #expect(issue.file == url.path)
        #expect(issue.line == 4)
        #expect(issue.column == 1)
        #expect(issue.field == "date")
        #expect(issue.row == 3)
        let message = issue.formatted(language: .en)
        #expect(message.hasPrefix(url.path + ":4:1:"), "\(message)")
        #expect(message.contains("2022-03-15"), "the fix gives the ISO date: \(message)")
    }

    @Test func daysThatAreNotWholeOrHalfDaysAreRefused() throws {
        let folder = try Folder()
        let url = try folder.file(
            "days.csv", "date,team,unit,days\n2022-04-20,T1,a,0.3\n2022-04-21,T1,b,0\n2022-04-22,T1,c,-1\n")
        let error = try failure(url)
        #expect(error.issues.map(\.line) == [2, 3, 4])
        #expect(error.issues.allSatisfy { $0.field == "days" && $0.column == 17 }, "\(error.issues)")
    }

    @Test func aMissingFileIsAMissingFileError() throws {
        let folder = try Folder()
        let url = folder.url.appendingPathComponent("nowhere/inspection-calendar.csv")
        let error = try failure(url)
        #expect(error.isMissingFile)
        #expect(error.issues.first?.file == url.path)
        #expect(error.formatted(language: .en).contains("--previous"))
    }

    @Test func anEmptyOrLegacyEncodedFileIsRefusedWithItsName() throws {
        let folder = try Folder()
        // "Xã Đỉnh Bàn" in TCVN3 (ABC), an encoding that is refused (Windows-1258 and UTF-16 are read).
        let tcvn3 =
            Data("date,team,unit,days\n2022-04-20,T1,X".utf8) + Data([0xB7, 0x20, 0xA7, 0xDE])
            + Data("nh B".utf8) + Data([0xB5]) + Data("n,1\n".utf8)
        for (name, bytes) in [("empty.csv", Data()), ("tcvn3.csv", tcvn3)] {
            let url = try folder.file(name, bytes)
            let error = try failure(url)
            #expect(!error.isMissingFile)
            #expect(error.issues.first?.file == url.path, "\(name): \(error)")
        }
    }
}
