import CivilCalendar
import Foundation
import InspectionScheduling
import ScenarioFiles
import Testing

@testable import OfficeDocuments

/// Following the year from Excel: a filled-in copy of the calendar workbook the toolkit writes, and indicator values
/// typed into a sheet, imported from the CLI; and every refused input leaves the store as it was.
@Suite struct TrackWorkbookImportTests {
    var folder: URL { packageRoot.appendingPathComponent("Scenarios/thach-ha-2022") }
    var calendar: URL { packageRoot.appendingPathComponent("Reports/thach-ha-2022/inspection-calendar.csv") }

    func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-trackx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func run(_ ws: URL, _ command: String, _ arguments: [String]) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        try runCCHC([command, folder.path] + arguments + ["--workspace", ws.path, "--lang", "en"])
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The committed Thạch Hà calendar as `inspection-calendar.xlsx`, with a `Trạng thái` and a `Kết quả kiểm tra`
    /// column added to its first sheet and the first rows filled in, as the office does in Excel.
    func filledWorkbook(statuses: [String]) throws -> Data {
        let scenario = try ScenarioLoader.load(folder: folder)
        let plan = try JSONDecoder().decode(
            InspectionPlan.self,
            from: Data(contentsOf: packageRoot.appendingPathComponent("Reports/thach-ha-2022/plan.json")))
        var sheets = CalendarWorkbook.sheets(plan: plan, scenario: scenario, language: .vi)
        let byDate = sheets[0]
        let rows = byDate.rows.enumerated().map { index, row in
            row
                + (index < statuses.count
                    ? [.text(statuses[index]), .text("Biên bản số \(index + 1)")] : [.empty, .empty])
        }
        sheets[0] = SpreadsheetSheet(
            name: byDate.name,
            columns: byDate.columns.map { ($0.title, $0.width) } + [("Trạng thái", 14), ("Kết quả kiểm tra", 30)],
            rows: rows, landscape: true)
        return try XLSXWriter.data(sheets, created: CivilDate(year: 2022, month: 1, day: 10)!)
    }

    @Test func filledInCalendarWorkbookImportsOutcomesAndThePlan() throws {
        let ws = try workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let file = ws.appendingPathComponent("lich-kiem-tra-da-dien.xlsx")
        try filledWorkbook(statuses: ["Đã kiểm tra", "Hoãn", "Hủy"]).write(to: file)
        let imported = try run(ws, "track", ["import", file.path, "--by", "tester"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("3 inspection outcomes"), "\(imported.stdout)")
        // The workbook names teams "Đoàn 1" …: the planned calendar is stored from it, so no --plan is needed.
        let status = try run(ws, "track", ["status", "--json"])
        #expect(status.status == 0, "\(status.stderr)")
        let object = try json(status.stdout)
        let inspections = try #require(object["inspections"] as? [[String: Any]])
        // The calendar's first three rows: Xã Thạch Khê (20/4, T1), Trường Mầm non Thạch Khê (21/4 morning) and
        // Trường Tiểu học Thạch Khê (21/4 afternoon).
        let first = inspections.prefix(3).map { ($0["unit"] as? String ?? "", $0["status"] as? String ?? "") }
        #expect(first.map(\.0) == ["thach-khe", "mn-thach-khe", "th-thach-khe"])
        #expect(first.map(\.1) == ["done", "postponed", "cancelled"])
        #expect(inspections.first?["date"] as? String == "2022-04-20")
        let targets = try #require(object["targets"] as? [[String: Any]])
        #expect(targets.map { $0["done"] as? Int } == [1, 0])
        #expect(targets.map { $0["planned"] as? Int } == [11, 38])
        // The same workbook twice is refused, and nothing is added.
        let again = try run(ws, "track", ["import", file.path, "--by", "tester"])
        #expect(again.status == 65)
        #expect(again.stderr.contains("already imported"))
        #expect(try run(ws, "track", ["status", "--json"]).stdout == status.stdout)
    }

    @Test func aBadStatusCellIsNamedBySheetAndCell() throws {
        let ws = try workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let file = ws.appendingPathComponent("lich.xlsx")
        try filledWorkbook(statuses: ["Đã kiểm tra", "xong rồi"]).write(to: file)
        let refused = try run(ws, "track", ["import", file.path, "--by", "tester"])
        #expect(refused.status == 65)
        // The status is the 11th column (K); the second inspection is on row 3.
        #expect(refused.stderr.contains("Theo ngày!K3"), "\(refused.stderr)")
        #expect(refused.stderr.contains("`xong rồi`"))
        // All or nothing: the good first row was not stored either.
        let status = try run(ws, "track", ["status", "--json", "--plan", calendar.path])
        let inspections = try #require(try json(status.stdout)["inspections"] as? [[String: Any]])
        #expect(inspections.allSatisfy { $0["status"] as? String == "planned" })
    }

    @Test func indicatorValuesImportFromAWorkbook() throws {
        let ws = try workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let sheet = SpreadsheetSheet(
            name: "Số liệu quý",
            columns: [("Đơn vị", 20), ("Chỉ tiêu", 10), ("Kỳ", 10), ("Tử số", 10), ("Mẫu số", 10)],
            rows: [
                [.text("Xã Thạch Khê"), .text("II.6"), .text("2022-Q1"), .integer(99), .integer(100)],
                [.text("thach-hai"), .text("II.6"), .text("2022-Q1"), .integer(1), .integer(10)],
                [.text("thach-khe"), .text("II.6"), .text("2022-Q2"), .integer(100), .integer(100)],
            ])
        let file = ws.appendingPathComponent("so-lieu.xlsx")
        try XLSXWriter.data([sheet], created: CivilDate(year: 2022, month: 7, day: 1)!).write(to: file)
        let imported = try run(ws, "scorecard", ["import", file.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let shown = try run(ws, "scorecard", ["--json", "--period", "2022-Q1"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let indicators = try #require(try json(shown.stdout)["indicators"] as? [[String: Any]])
        let ii6 = try #require(indicators.first { $0["id"] as? String == "II.6" })
        // (99 + 1) / (100 + 10) = 100 / 110, below the target of 99 %.
        #expect(abs((ii6["value"] as? Double ?? 0) - 100.0 / 110.0) < 1e-5)
        #expect(ii6["met"] as? Bool == false)
        // Without --period: the latest quarter, 100 / 100, met; the trend lists both quarters.
        let latest = try run(ws, "scorecard", ["--json"])
        let all = try #require(try json(latest.stdout)["indicators"] as? [[String: Any]])
        let ii6Latest = try #require(all.first { $0["id"] as? String == "II.6" })
        #expect(ii6Latest["value"] as? Double == 1 && ii6Latest["met"] as? Bool == true)
        let periods = try #require(ii6Latest["periods"] as? [[String: Any]])
        #expect(periods.map { $0["period"] as? String } == ["2022-Q1", "2022-Q2"])
        let again = try run(ws, "scorecard", ["import", file.path])
        #expect(again.status == 65)
        #expect(again.stderr.contains("already imported"))
    }

    /// Each bad input of the year's follow-up is refused with its place and leaves the store as it was.
    @Test func refusedInputsChangeNothing() throws {
        let ws = try workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let track = { (args: [String]) in try self.run(ws, "track", args + ["--by", "tester"]) }
        #expect(try track(["record", "thach-khe", "--status", "done", "--date", "2022-04-20"]).status == 0)
        let before = try run(ws, "track", ["status", "--json", "--plan", calendar.path])
        #expect(before.status == 0, "\(before.stderr)")
        let refusals: [([String], String)] = [
            (["record", "thach-khee", "--status", "done", "--date", "2022-05-04"], "There is no unit `thach-khee`"),
            (["record", "thach-hai", "--status", "done", "--date", "2021-12-30"], "not in the plan year 2022"),
            (["record", "thach-hai", "--status", "done", "--date", "2022-05-04", "--score", "101"], "outside 0–100"),
            (["self-plan", "nowhere", "--kind", "cchc-plan", "--number", "1/KH", "--date", "2022-01-20"], "nowhere"),
            (["self-plan", "thach-hai", "--kind", "cchc-plan", "--number", "1/KH", "--date", "2023-01-20"], "2022"),
        ]
        for (args, message) in refusals {
            let refused = try track(args)
            #expect(refused.status == 65, "\(args)")
            #expect(refused.stderr.contains(message), "\(args): \(refused.stderr)")
        }
        let after = try run(ws, "track", ["status", "--json", "--plan", calendar.path])
        #expect(after.stdout == before.stdout)
        // Indicator values: an unknown indicator and a share above 100 % refuse the whole file.
        let values = ws.appendingPathComponent("values.csv")
        try """
        unit,indicator,period,numerator,denominator,value
        thach-hai,II.6,2022-Q1,9,10,
        thach-khe,II.42,2022-Q1,1,2,
        thach-khe,II.15,2022-Q1,,,1.5

        """.write(to: values, atomically: true, encoding: .utf8)
        let refused = try run(ws, "scorecard", ["import", values.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("values.csv:3:") && refused.stderr.contains("There is no indicator `II.42`"))
        #expect(refused.stderr.contains("values.csv:4:"), "\(refused.stderr)")
        let shown = try run(ws, "scorecard", ["--json", "--period", "2022-Q1"])
        let indicators = try #require(try json(shown.stdout)["indicators"] as? [[String: Any]])
        for id in ["II.6", "II.15"] {
            let indicator = try #require(indicators.first { $0["id"] as? String == id })
            #expect(indicator["value"] is NSNull, "\(id): \(indicator)")
        }
    }

    /// `possible` counts only dates a unit and a team can use. Hand-worked: the season is 21/11–2/12/2022, T1 works
    /// 2 days a week, the schools are closed for exams 28/11–2/12. On 25/11 nothing is done and 2 team-days remain
    /// (week of 28/11). Xã Một can still be inspected: 1 of 1 possible. Both schools fit into 2 team-days (0.5 each)
    /// but have no usable date left: 0 of 2 possible, so the year's targets are no longer reachable.
    @Test func possibleSkipsBlackedOutDates() throws {
        let ws = try workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let scenario = ws.appendingPathComponent("thi-hoc-ky")
        try FileManager.default.createDirectory(at: scenario, withIntermediateDirectories: true)
        let files = [
            "scenario.yaml": """
            name: "Mùa thi học kỳ"
            year: 2022
            units: units.csv
            teams: teams.csv
            inspection:
              targets:
                - name: "Xã"
                  kinds: [commune]
                  min_share: 1.0
                - name: "Trường học"
                  kinds: [school]
                  min_share: 1.0
              duration_days:
                commune: 1
                school: 0.5
              season:
                from: 2022-11-21
                to: 2022-12-02
              blackouts:
                - kinds: [school]
                  from: 2022-11-28
                  to: 2022-12-02
                  reason: "Thi học kỳ I"

            """,
            "units.csv": "code,name,kind,commune,priority\nX1,Xã Một,commune,,1\nS1,Trường Một,school,X1,1\n"
                + "S2,Trường Hai,school,X1,1\n",
            "teams.csv": "code,name,days_per_week,members\nT1,Đoàn số 1,2,Nguyễn Văn An\n",
            "plan.csv": "date,team,unit,days\n2022-11-21,T1,X1,1\n2022-11-23,T1,S1,0.5\n2022-11-23,T1,S2,0.5\n",
        ]
        for (name, text) in files {
            try text.write(to: scenario.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let status = try runCCHC([
            "track", scenario.path, "status", "--json", "--as-of", "2022-11-25", "--plan",
            scenario.appendingPathComponent("plan.csv").path, "--workspace", ws.path, "--lang", "en",
        ])
        #expect(status.status == 0, "\(status.stderr)")
        let object = try json(status.stdout)
        let targets = try #require(object["targets"] as? [[String: Any]])
        #expect(targets.map { $0["required"] as? Int } == [1, 2])
        #expect(targets.map { $0["done"] as? Int } == [0, 0])
        #expect(targets.map { $0["possible"] as? Int } == [1, 0])
        #expect(object["reachable"] as? Bool == false)
        #expect((object["overdue"] as? [String])?.sorted() == ["S1", "S2", "X1"])
    }

    /// Only the dates the units still to inspect can use count, not those of a unit already done. Hand-worked: the
    /// season is 21/11–2/12/2022, T1 works 2 days a week, each school takes a day; S1 and S2 hold exams 29/11–2/12,
    /// S3 was inspected on 24/11. On 25/11, 2 team-days remain (week of 28/11) but S1 and S2 can only use Monday
    /// 28/11: one more school fits, 1 + 1 = 2 of 3 possible.
    @Test func possibleCountsOnlyTheDatesOfUnitsStillToInspect() throws {
        let ws = try workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let scenario = ws.appendingPathComponent("thi-hoc-ky-2")
        try FileManager.default.createDirectory(at: scenario, withIntermediateDirectories: true)
        let files = [
            "scenario.yaml": """
            name: "Mùa thi học kỳ"
            year: 2022
            units: units.csv
            teams: teams.csv
            inspection:
              targets:
                - name: "Trường học"
                  kinds: [school]
                  min_share: 1.0
              duration_days:
                commune: 1
                school: 1
              season:
                from: 2022-11-21
                to: 2022-12-02
              blackouts:
                - units: [S1, S2]
                  from: 2022-11-29
                  to: 2022-12-02
                  reason: "Thi học kỳ I"

            """,
            "units.csv": "code,name,kind,commune,priority\nX1,Xã Một,commune,,1\nS1,Trường Một,school,X1,1\n"
                + "S2,Trường Hai,school,X1,1\nS3,Trường Ba,school,X1,1\n",
            "teams.csv": "code,name,days_per_week,members\nT1,Đoàn số 1,2,Nguyễn Văn An\n",
            "plan.csv": "date,team,unit,days\n2022-11-22,T1,S1,1\n2022-11-23,T1,S2,1\n2022-11-24,T1,S3,1\n",
        ]
        for (name, text) in files {
            try text.write(to: scenario.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let common = ["--workspace", ws.path, "--lang", "en"]
        let recorded = try runCCHC(
            ["track", scenario.path, "record", "S3", "--status", "done", "--date", "2022-11-24", "--by", "tester"]
                + common)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let status = try runCCHC(
            [
                "track", scenario.path, "status", "--json", "--as-of", "2022-11-25", "--plan",
                scenario.appendingPathComponent("plan.csv").path,
            ] + common)
        #expect(status.status == 0, "\(status.stderr)")
        let targets = try #require(try json(status.stdout)["targets"] as? [[String: Any]])
        #expect(targets.map { $0["required"] as? Int } == [3])
        #expect(targets.map { $0["done"] as? Int } == [1])
        #expect(targets.map { $0["possible"] as? Int } == [2])
    }

    /// A file of the units' own plans: an unknown unit and a date outside the year refuse the whole file with their
    /// lines; the corrected file is counted against the 100 % target, and importing it again is refused.
    @Test func selfPlanFileIsCheckedRowByRowAndImportedOnce() throws {
        let ws = try workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let bad = ws.appendingPathComponent("ke-hoach-sai.csv")
        try """
        Đơn vị,Loại kế hoạch,Số kế hoạch,Ngày ban hành
        thach-khe,Kế hoạch CCHC,12/KH-UBND,2022-01-15
        thach-khee,Kế hoạch CCHC,13/KH-UBND,2022-01-16
        thach-hai,Kế hoạch tự kiểm tra,14/KH-UBND,2021-12-30

        """.write(to: bad, atomically: true, encoding: .utf8)
        let refused = try run(ws, "track", ["import", bad.path, "--by", "tester"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("ke-hoach-sai.csv:3:") && refused.stderr.contains("`thach-khee`"))
        #expect(refused.stderr.contains("ke-hoach-sai.csv:4:") && refused.stderr.contains("not in the plan year 2022"))
        let good = ws.appendingPathComponent("ke-hoach.csv")
        try """
        Đơn vị,Loại kế hoạch,Số kế hoạch,Ngày ban hành
        thach-khe,Kế hoạch CCHC,12/KH-UBND,2022-01-15
        Xã Thạch Hải,Kế hoạch tự kiểm tra,14/KH-UBND,2022-01-20

        """.write(to: good, atomically: true, encoding: .utf8)
        let imported = try run(ws, "track", ["import", good.path, "--by", "tester"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let status = try run(ws, "track", ["status", "--json", "--plan", calendar.path, "--as-of", "2022-02-01"])
        #expect(status.status == 0, "\(status.stderr)")
        let plans = try #require(try json(status.stdout)["self_plans"] as? [String: [String: Any]])
        #expect(plans["cchc-plan"]?["issued"] as? Int == 1 && plans["cchc-plan"]?["total"] as? Int == 129)
        #expect(plans["self-inspection"]?["issued"] as? Int == 1)
        let again = try run(ws, "track", ["import", good.path, "--by", "tester"])
        #expect(again.status == 65)
        #expect(again.stderr.contains("already imported"))
        let after = try run(ws, "track", ["status", "--json", "--plan", calendar.path, "--as-of", "2022-02-01"])
        #expect(after.stdout == status.stdout)
    }
}
