import Foundation
import Testing

@Suite struct TrackCommandTests {
    var scenario: String { packageRoot.appendingPathComponent("Scenarios/thach-ha-2022").path }
    var calendar: URL { packageRoot.appendingPathComponent("Reports/thach-ha-2022/inspection-calendar.csv") }

    func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-track-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func track(_ ws: URL, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try runCCHC(["track", scenario] + arguments + ["--workspace", ws.path, "--by", "tester", "--lang", "en"])
    }

    /// The committed calendar's first `count` rows with a status column filled in.
    func filledCalendar(_ ws: URL, statuses: [String]) throws -> URL {
        let lines = try String(contentsOf: calendar, encoding: .utf8).split(whereSeparator: \.isNewline).map(
            String.init
        )
        .filter { !$0.isEmpty }
        var out = [lines[0] + ",status,findings"]
        for (index, line) in lines.dropFirst().enumerated() {
            out.append(line + "," + (index < statuses.count ? statuses[index] : "") + ",")
        }
        let file = ws.appendingPathComponent("calendar-filled.csv")
        try (out.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func recordingRefusesUnknownUnitsAndDatesOutsideTheYear() throws {
        let ws = try workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let unknown = try track(ws, ["record", "thach-khee", "--status", "done", "--date", "2022-04-20"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("There is no unit `thach-khee`"))
        #expect(unknown.stderr.contains("thach-khe"))
        let outside = try track(ws, ["record", "thach-khe", "--status", "done", "--date", "2023-01-05"])
        #expect(outside.status == 65)
        #expect(outside.stderr.contains("not in the plan year 2022"))
        let badScore = try track(ws, ["record", "thach-khe", "--status", "done", "--score", "120"])
        #expect(badScore.status == 65)
        let ok = try track(ws, ["record", "thach-khe", "--status", "done", "--date", "2022-04-20", "--team", "T1"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let status = try track(ws, ["status", "--json", "--plan", calendar.path])
        #expect(status.status == 0, "\(status.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let targets = try #require(json["targets"] as? [[String: Any]])
        #expect(targets.map { $0["done"] as? Int } == [1, 0])
        #expect(targets.map { $0["required"] as? Int } == [11, 38])
        #expect(json["as_of"] as? String == "2022-04-20")
        #expect(json["reachable"] as? Bool == true)
        let selfPlans = try #require(json["self_plans"] as? [String: [String: Any]])
        #expect(selfPlans["cchc-plan"]?["issued"] as? Int == 0)
        #expect(selfPlans["cchc-plan"]?["total"] as? Int == 129)
    }

    @Test func importIsAllOrNothingAndTheSameFileOnlyOnce() throws {
        let ws = try workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let bad = try filledCalendar(ws, statuses: ["done", "hoãn", "finished"])
        let refused = try track(ws, ["import", bad.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("calendar-filled.csv:4:"))
        #expect(refused.stderr.contains("`finished` is not an allowed value"))
        let good = try filledCalendar(ws, statuses: ["done", "hoãn", "Hủy"])
        let imported = try track(ws, ["import", good.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("3 inspection outcomes"))
        let again = try track(ws, ["import", good.path])
        #expect(again.status == 65)
        #expect(again.stderr.contains("already imported"))
        let status = try track(ws, ["status", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let inspections = try #require(json["inspections"] as? [[String: Any]])
        #expect(inspections.prefix(3).map { $0["status"] as? String } == ["done", "postponed", "cancelled"])
    }

    @Test func scorecardImportChecksEveryRowAndSumsRatios() throws {
        let ws = try workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let bad = ws.appendingPathComponent("values-bad.csv")
        try """
        Đơn vị,Chỉ tiêu,Kỳ,Tử số,Mẫu số,Giá trị
        thach-khe,II.6,2022-Q1,99,100,
        thach-khe,II.99,2022-Q1,1,2,
        thach-hai,II.6,2022-Q1,12,10,
        thach-hai,II.7,2021-Q4,1,2,
        nowhere,II.6,2022-Q1,1,2,
        thach-hai,II.15,2022-Q1,,,1.5

        """.write(to: bad, atomically: true, encoding: .utf8)
        let card = { (args: [String]) in
            try runCCHC(["scorecard", self.scenario] + args + ["--workspace", ws.path, "--lang", "en"])
        }
        let refused = try card(["import", bad.path])
        #expect(refused.status == 65)
        for place in [
            "values-bad.csv:3:", "values-bad.csv:4:", "values-bad.csv:5:", "values-bad.csv:6:", "values-bad.csv:7:",
        ] {
            #expect(refused.stderr.contains(place), "\(place) in \(refused.stderr)")
        }
        let good = ws.appendingPathComponent("values.csv")
        try """
        unit,indicator,period,numerator,denominator,value
        thach-khe,II.6,2022-Q1,99,100,
        thach-hai,II.6,2022-Q1,1,10,
        thach-khe,II.6,2022-Q2,100,100,

        """.write(to: good, atomically: true, encoding: .utf8)
        #expect(try card(["import", good.path]).status == 0)
        let shown = try card(["--json", "--period", "2022-Q1"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let indicators = try #require(json["indicators"] as? [[String: Any]])
        let ii6 = try #require(indicators.first { $0["id"] as? String == "II.6" })
        // (99 + 1) / (100 + 10) = 0.909091, not the mean of 99 % and 10 %.
        #expect(abs((ii6["value"] as? Double ?? 0) - 100.0 / 110.0) < 1e-5)
        #expect(ii6["met"] as? Bool == false)
        let ii7 = try #require(indicators.first { $0["id"] as? String == "II.7" })
        #expect(ii7["value"] is NSNull)
        #expect(ii7["met"] is NSNull)
    }

    @Test func backupCopiesTheWorkspace() throws {
        let ws = try workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let none = try runCCHC(["backup", "--out", ws.appendingPathComponent("b.sqlite").path, "--workspace", ws.path])
        #expect(none.status == 66)
        #expect(try track(ws, ["record", "thach-khe", "--status", "postponed", "--date", "2022-04-20"]).status == 0)
        let out = ws.appendingPathComponent("copy/b.sqlite")
        let backup = try runCCHC(["backup", "--out", out.path, "--workspace", ws.path])
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.path))
    }
    /// Re-planning from what happened: done kept on its date, postponed moved on or after `--from`, cancelled dropped,
    /// and the targets still met by the new calendar.
    @Test func replanFromTrackingKeepsDoneMovesPostponedAndDropsCancelled() throws {
        let ws = try workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let filled = try filledCalendar(ws, statuses: ["done", "hoãn", "done", "done", "done", "Hủy"])
        // The committed calendar's fourth inspection is recorded done and its sixth cancelled, both before --from.
        let planned = try String(contentsOf: calendar, encoding: .utf8).split(whereSeparator: \.isNewline)
            .dropFirst().map { $0.split(separator: ",").map(String.init) }
        let keptDone = planned[3]
        let cancelledUnit = planned[5][5]
        try #require(keptDone[0] < "2022-05-02" && planned[5][0] < "2022-05-02")
        let imported = try track(ws, ["import", filled.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let out = ws.appendingPathComponent("out")
        let replan = try runCCHC([
            "schedule", scenario, "--from-tracking", "--from", "2022-05-02", "--workspace", ws.path, "--out", out.path,
            "--work-limit", "200", "--lang", "en",
        ])
        #expect(replan.status == 0, "\(replan.stderr)")
        #expect(replan.stdout.contains("mn-thach-khe") || replan.stdout.contains("Trường Mầm non Thạch Khê"))
        // The postponed inspection is listed as moved from its planned date and team, never as new.
        #expect(replan.stdout.contains("  mn-thach-khe: 2022-04-21 T1 → 2022-"), "\(replan.stdout)")
        #expect(!replan.stdout.contains("mn-thach-khe: (new)"))
        #expect(replan.stdout.contains("  mn-thach-khe: T1 2022-04-21 → "))
        #expect(replan.stdout.contains("(postponed, moved)"))
        let rows = try String(contentsOf: out.appendingPathComponent("inspection-calendar.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",").map(String.init) }
        func row(_ unit: String) -> [String]? { rows.first { $0.count > 5 && $0[5] == unit } }
        // Done before the re-plan date: kept exactly.
        #expect(row("thach-khe")?[0] == "2022-04-20" && row("thach-khe")?[3] == "T1")
        #expect(row(keptDone[5])?[0] == keptDone[0], "\(keptDone)")
        // Postponed: moved on or after 2 May 2022.
        let postponed = try #require(row("mn-thach-khe"))
        #expect(postponed[0] >= "2022-05-02", "\(postponed)")
        // Cancelled: no longer planned.
        #expect(row(cancelledUnit) == nil)
        // The re-planned calendar is the plan tracked now, and it still meets both targets (11 and 38).
        let status = try track(ws, ["status", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let targets = try #require(json["targets"] as? [[String: Any]])
        #expect(targets.map { $0["required"] as? Int } == [11, 38])
        for target in targets {
            #expect((target["planned"] as? Int ?? 0) >= (target["required"] as? Int ?? .max), "\(target)")
        }
        let inspections = try #require(json["inspections"] as? [[String: Any]])
        let cancelled = try #require(inspections.first { $0["unit"] as? String == cancelledUnit })
        #expect(cancelled["status"] as? String == "cancelled" && cancelled["planned_date"] is NSNull, "\(cancelled)")
    }
}
