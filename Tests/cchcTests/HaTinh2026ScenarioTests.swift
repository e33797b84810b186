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

    /// The illustrative roster is planned end to end under the rules after the 1/7/2025 reform, in seconds: every
    /// unit formed that day takes the two-tier quota (32 officials, [U]), must be within it by 1/7/2030, exits follow
    /// NĐ 178/2024 as amended by NĐ 67/2025, and the reports say so and list the unconfirmed rules.
    @Test func staffingAfterTheReformRunsEndToEnd() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-ha-tinh-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try runCCHC(["staffing", folder.path, "--json", "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let reform = try #require(object["reform"] as? [String: Any])
        #expect(reform["date"] as? String == "2025-07-01")
        let units = try #require(object["units"] as? [[String: Any]])
        let officials = units.filter { $0["category"] as? String == "cadre+civil-servant" }
        #expect(officials.count == 69)
        for row in officials {
            #expect(row["quota"] as? Int == 32 && row["unconfirmed"] as? Bool == true, "\(row)")
        }
        let plan = try #require(object["plan"] as? [String: Any])
        #expect(plan["termination"] as? String == "optimal")
        let deadlines = try #require(plan["deadlines"] as? [[String: Any]])
        #expect(!deadlines.isEmpty)
        for d in deadlines {
            #expect(d["date"] as? String == "2030-07-01" && d["unresolved"] as? Int == 0, "\(d)")
        }
        let exits = try #require(plan["exits"] as? [[String: Any]])
        #expect(!exits.isEmpty)
        for exit in exits {
            let citation = exit["citation"] as? [String: Any]
            #expect((citation?["document"] as? String)?.hasPrefix("NĐ 178/2024/NĐ-CP") == true, "\(exit)")
            #expect(exit["criterion"] is String)
        }
        let md = try String(contentsOf: out.appendingPathComponent("reduction-plan.md"), encoding: .utf8)
        #expect(md.contains("phương án bắt đầu sau ngày 01/07/2025"))
        #expect(md.contains("nếu chưa có quyết định giao thì 32 [U] người mỗi đơn vị"))
        #expect(md.contains("các số liệu sau dựa trên quy định chưa được xác nhận [U]"))
        #expect(md.contains("Điều 11 (NQ 76/2025) Nghị quyết số 203/2025/QH15"))
        #expect(!md.contains("giai đoạn này vượt qua ngày"))
    }
}
