import Foundation
import Testing

/// `cchc schedule` uses the announced holiday arrangement of the year when one is on file, and the rule otherwise,
/// and the plan says which.
@Suite struct HolidayArrangementCommandTests {
    /// Writes a small scenario: eight communes, one team working five days a week, every commune required.
    func writeScenario(year: Int, from: String, to: String, pins: [String] = []) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-holidays-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var yaml = """
            name: "Kiểm tra ngày nghỉ \(year)"
            year: \(year)
            units: units.csv
            teams: teams.csv

            """
        if !pins.isEmpty { yaml += "pins: pins.csv\n" }
        yaml += """
            inspection:
              targets:
                - name: "Xã"
                  kinds: [commune]
                  min_share: 1.0
              season:
                from: \(from)
                to: \(to)

            """
        try yaml.write(to: folder.appendingPathComponent("scenario.yaml"), atomically: true, encoding: .utf8)
        let units = (1...8).map { "X\($0),Xã Số \($0),commune,,1" }.joined(separator: "\n")
        try "code,name,kind,commune,priority\n\(units)\n".write(
            to: folder.appendingPathComponent("units.csv"), atomically: true, encoding: .utf8)
        try "code,name,days_per_week,members\nT1,Đoàn số 1,5,Nguyễn Văn An\n".write(
            to: folder.appendingPathComponent("teams.csv"), atomically: true, encoding: .utf8)
        if !pins.isEmpty {
            try ("unit,team,date\n" + pins.joined(separator: "\n") + "\n").write(
                to: folder.appendingPathComponent("pins.csv"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    func schedule(_ folder: URL, json: Bool) throws -> String {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cchc-holidays-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        var arguments = ["schedule", folder.path, "--lang", "vi", "--work-limit", "2000", "--out", out.path]
        if json { arguments.append("--json") }
        let run = try runCCHC(arguments)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        return run.stdout
    }

    func inspectionDates(_ stdout: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let inspections = try #require(object["inspections"] as? [[String: Any]])
        return inspections.compactMap { $0["date"] as? String }
    }

    /// 2023: no inspection during Tết 20–26/1/2023; the plan names the announcing document.
    @Test func tet2023() throws {
        let folder = try writeScenario(year: 2023, from: "2023-01-16", to: "2023-02-03")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dates = try inspectionDates(try schedule(folder, json: true))
        #expect(dates.count == 8)
        for d in 20...26 { #expect(!dates.contains("2023-01-\(d)"), "2023-01-\(d)") }
        let text = try schedule(folder, json: false)
        #expect(text.contains("Ngày nghỉ lễ, Tết năm 2023 theo thông báo"), "\(text)")
        #expect(text.contains("8056/VPCP-KGVX"))
    }

    /// 2024: Monday 29/4 is off by the swap, and the Saturday 4/5 worked in exchange is a working day (a pin may
    /// fall on it).
    @Test func swap2024() throws {
        let folder = try writeScenario(year: 2024, from: "2024-04-22", to: "2024-05-10", pins: ["X1,T1,2024-05-04"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let dates = try inspectionDates(try schedule(folder, json: true))
        #expect(dates.contains("2024-05-04"))
        for d in ["2024-04-29", "2024-04-30", "2024-05-01", "2024-05-05"] { #expect(!dates.contains(d), "\(d)") }
        #expect(try schedule(folder, json: false).contains("5015/TB-LĐTBXH"))
    }

    /// 2027 has no announcement on file: the rule applies, and the plan says so.
    @Test func ruleWithoutAnnouncement() throws {
        let folder = try writeScenario(year: 2027, from: "2027-03-01", to: "2027-03-19")
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try schedule(folder, json: false)
        #expect(text.contains("Ngày nghỉ lễ, Tết năm 2027 tính theo quy tắc Bộ luật Lao động 2019"), "\(text)")
    }
}
