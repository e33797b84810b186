import Foundation
import Testing

@Suite struct StaffingCommandTests {
    @Test func shippedScenarioGivesJSONAndReports() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-staffing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let scenario = packageRoot.appendingPathComponent("Scenarios/thach-ha-2022").path
        let run = try runCCHC(["staffing", scenario, "--json", "--out", out.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        for key in ["rules", "as_of", "units", "retirements", "projection", "plan", "deadlines", "targets"] {
            #expect(object[key] != nil, "missing key \(key)")
        }
        let plan = try #require(object["plan"] as? [String: Any])
        let exits = try #require(plan["exits"] as? [[String: Any]])
        let transfers = try #require(plan["transfers"] as? [[String: Any]])
        let total = try #require(plan["total_cost_vnd"] as? Double)
        let exitCost = exits.reduce(0.0) { $0 + (($1["cost_vnd"] as? Double) ?? 0) }
        let transferCost = transfers.reduce(0.0) { $0 + (($1["cost_vnd"] as? Double) ?? 0) }
        #expect(abs(total - exitCost - transferCost) < 1, "total cost equals the sum of the measures")
        let deadlines = try #require(object["deadlines"] as? [[String: Any]])
        #expect(deadlines.allSatisfy { ($0["unresolved"] as? Int) == 0 })
        for name in ["staffing-check.md", "staffing-projection.csv", "reduction-plan.md"] {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.isEmpty, "\(name) is empty")
        }
        let check = try String(contentsOf: out.appendingPathComponent("staffing-check.md"), encoding: .utf8)
        #expect(check.contains("NĐ 34/2019/NĐ-CP"))
    }

    @Test func refusesToWriteIntoTheScenarioFolder() throws {
        let scenario = packageRoot.appendingPathComponent("Scenarios/thach-ha-2022").path
        let run = try runCCHC(["staffing", scenario, "--out", scenario + "/reports"])
        #expect(run.status == 73)
        #expect(run.stderr.contains("scenario folder"))
    }

    @Test func badDateIsAUsageError() throws {
        let run = try runCCHC(["staffing", "Scenarios/thach-ha-2022", "--as-of", "01/01/2022"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("YYYY-MM-DD"))
    }

    @Test func exportedRulesReadBackAsARuleFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-rules-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("district")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Scenarios/thach-ha-2022"), to: folder)
        let export = try runCCHC(["staffing", folder.path, "--export-rules"])
        #expect(export.status == 0)
        #expect(export.stdout.contains("NĐ 135/2020/NĐ-CP"))
        let renamed = export.stdout.replacingOccurrences(of: "name: vn-ha-tinh", with: "name: province-override")
        try Data(renamed.utf8).write(to: folder.appendingPathComponent("rules.yaml"))
        let yamlURL = folder.appendingPathComponent("scenario.yaml")
        let yaml = try String(contentsOf: yamlURL, encoding: .utf8)
        #expect(yaml.contains("  rules: vn-ha-tinh\n"))
        try Data(yaml.replacingOccurrences(of: "  rules: vn-ha-tinh\n", with: "  rules: rules.yaml\n").utf8).write(
            to: yamlURL)
        let run = try runCCHC(["staffing", folder.path, "--json", "--out", root.appendingPathComponent("out").path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let rules = try #require(object["rules"] as? [String: Any])
        #expect(rules["name"] as? String == "province-override")
    }
}
