import Foundation
import Testing

/// The shipped Hà Tĩnh 2026 scenario: the 69 commune-level units after the 2025 reform, planned end to end.
@Suite struct HaTinh2026ScenarioTests {
    let folder = packageRoot.appendingPathComponent("Scenarios/ha-tinh-2026")

    /// 60 xã and 9 phường, each with a health station, in three clusters.
    @Test func unitCounts() throws {
        let text = try String(contentsOf: folder.appendingPathComponent("units.csv"), encoding: .utf8)
        let kinds = text.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)[2]
        }
        #expect(kinds.filter { $0 == "commune" }.count == 60)
        #expect(kinds.filter { $0 == "ward" }.count == 9)
        #expect(kinds.filter { $0 == "health-station" }.count == 69)
        #expect(text.contains("Phường Thành Sen"))
        let run = try runCCHC(["validate", folder.path, "--lang", "vi"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Xã (commune): 60"))
        #expect(run.stdout.contains("Phường (ward): 9"))
    }

    /// Planned under a work limit: every target met, the 2026 announced holidays used.
    @Test func plansEveryTarget() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-ha-tinh-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try runCCHC(["schedule", folder.path, "--json", "--work-limit", "200", "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "optimal")
        let targets = try #require(object["targets"] as? [[String: Any]])
        #expect(targets.count == 6)
        for t in targets { #expect((t["planned"] as? Int ?? 0) >= (t["required"] as? Int ?? 1)) }
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(notes.contains { $0["kind"] as? String == "holidays-announced" && $0["year"] as? Int == 2026 })
        let dates = (object["inspections"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        #expect(!dates.contains("2026-04-27") && !dates.contains("2026-04-30") && !dates.contains("2026-09-02"))
    }
}
