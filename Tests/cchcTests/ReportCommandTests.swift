import Foundation
import Testing

/// Every regular file below `folder`, as relative path → bytes (hidden and temporary files included, so a leftover
/// temporary file is a difference).
func fileTree(_ folder: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    else { return [:] }
    for case let url as URL in walker {
        guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        out[String(path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
    }
    return out
}

func temporaryFolder(_ label: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent(
        "cchc-\(label)-\(UUID().uuidString)", isDirectory: true)
}

@Suite struct ReportCommandTests {
    /// Stop at a 5% gap: a few seconds per scenario, and the result does not depend on the machine's speed.
    static let limits = ["--mip-gap", "0.05", "--time-limit", "600"]

    @Test func compareNeedsTwoScenarios() throws {
        let run = try runCCHC(["compare", packageRoot.appendingPathComponent("Scenarios/thach-ha-2022").path])
        #expect(run.status == 64)
        #expect(run.stderr.contains("at least two"))
    }

    @Test func reportRejectsABadTimeLimit() throws {
        let run = try runCCHC([
            "report", packageRoot.appendingPathComponent("Scenarios/thach-ha-2022").path, "--time-limit", "0",
        ])
        #expect(run.status == 64)
    }

    @Test func reportIsCompleteAndDeterministicAndCompareReusesIt() throws {
        let root = temporaryFolder("report")
        defer { try? FileManager.default.removeItem(at: root) }
        let base = packageRoot.appendingPathComponent("Scenarios/thach-ha-2022").path
        let variant = packageRoot.appendingPathComponent("Scenarios/thach-ha-2022-4-teams").path
        let first = try runCCHC(
            ["report", base, "--out", root.appendingPathComponent("thach-ha-2022").path] + Self.limits)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let folder = root.appendingPathComponent("thach-ha-2022")
        let files = try fileTree(folder)
        for name in [
            "inspection-plan.md", "inspection-calendar.csv", "inspection-calendar.ics", "staffing-check.md",
            "staffing-projection.csv", "reduction-plan.md", "plan.json", "staffing.json", "inputs.hash", "index.html",
            "inspection-calendar.xlsx", "inspection-plan.docx", "inspection-notices.docx", "staffing.xlsx",
            "reduction-list.docx",
        ] {
            #expect(files[name].map { !$0.isEmpty } == true, "\(name) missing or empty")
        }
        let html = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.contains("Huyện Thạch Hà"))
        let plan = try #require(try JSONSerialization.jsonObject(with: files["plan.json"] ?? Data()) as? [String: Any])
        let timings = try #require(plan["timings"] as? [String: Double])
        #expect(timings.values.allSatisfy { $0 == 0 }, "no timings in saved files")
        // Both solves stopped on a rule, not on the clock (the limit is a generous upper bound) ...
        let gap = try #require(plan["gap"] as? Double)
        #expect(plan["status"] as? String == "optimal" || gap <= 0.05, "calendar stopped by the clock: gap \(gap)")
        let staffing = try #require(
            try JSONSerialization.jsonObject(with: files["staffing.json"] ?? Data()) as? [String: Any])
        let reduction = try #require(staffing["plan"] as? [String: Any])
        #expect(
            ["optimal", "gap-limit"].contains(reduction["termination"] as? String),
            "reduction plan: \(reduction["termination"] ?? "?")")
        // ... so a second run gives the same bytes.
        let again = try runCCHC(["report", base, "--out", folder.path] + Self.limits)
        #expect(again.status == 0)
        #expect(try fileTree(folder) == files)

        #expect(
            try runCCHC(
                ["report", variant, "--out", root.appendingPathComponent("thach-ha-2022-4-teams").path] + Self.limits
            ).status == 0)
        let out = root.appendingPathComponent("cmp")
        let compare = try runCCHC(
            ["compare", base, variant, "--results", root.path, "--json", "--out", out.path, "--lang", "en"]
                + Self.limits)
        #expect(compare.status == 0, "stderr: \(compare.stderr)")
        #expect(
            compare.stderr.components(separatedBy: "using the saved results").count == 3,
            "both scenarios read back: \(compare.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(compare.stdout.utf8)) as? [String: Any])
        let columns = try #require(object["columns"] as? [[String: Any]])
        #expect(columns.map { $0["id"] as? String } == ["thach-ha-2022", "thach-ha-2022-4-teams"])
        let differences = try #require(object["differences"] as? [[String: Any]])
        #expect(differences.count == 1)
        let comparison = try String(contentsOf: out.appendingPathComponent("comparison.html"), encoding: .utf8)
        #expect(comparison.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let table = try String(contentsOf: out.appendingPathComponent("comparison.txt"), encoding: .utf8)
        #expect(table.contains("Differences of thach-ha-2022-4-teams from thach-ha-2022:"))
    }

    @Test func staleSavedResultsAreRecomputed() throws {
        let root = temporaryFolder("stale")
        defer { try? FileManager.default.removeItem(at: root) }
        // A copy of a variant whose teams file is edited after the report.
        let scenarios = root.appendingPathComponent("Scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        for name in ["thach-ha-2022", "thach-ha-2022-4-teams"] {
            try FileManager.default.copyItem(
                at: packageRoot.appendingPathComponent("Scenarios/\(name)"), to: scenarios.appendingPathComponent(name))
        }
        let reports = root.appendingPathComponent("Reports")
        for name in ["thach-ha-2022", "thach-ha-2022-4-teams"] {
            let run = try runCCHC(
                [
                    "report", scenarios.appendingPathComponent(name).path, "--out",
                    reports.appendingPathComponent(name).path,
                ] + Self.limits)
            #expect(run.status == 0, "stderr: \(run.stderr)")
        }
        let yaml = scenarios.appendingPathComponent("thach-ha-2022-4-teams/scenario.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
        try (text + "\n# edited\n").write(to: yaml, atomically: true, encoding: .utf8)
        let compare = try runCCHC(
            [
                "compare", scenarios.appendingPathComponent("thach-ha-2022").path,
                scenarios.appendingPathComponent("thach-ha-2022-4-teams").path,
                "--results", reports.path, "--lang", "en",
            ] + Self.limits)
        #expect(compare.status == 0, "stderr: \(compare.stderr)")
        #expect(compare.stderr.contains("thach-ha-2022: using the saved results"))
        #expect(compare.stderr.contains("thach-ha-2022-4-teams: planning"))
        #expect(compare.stdout.contains("Coverage: Xã, thị trấn"))
    }

    @Test(
        .enabled(
            if: FileManager.default.fileExists(
                atPath: packageRoot.appendingPathComponent("Reports/comparison/comparison.json").path)))
    func committedReportsAreUpToDate() throws {
        let out = temporaryFolder("regen")
        defer { try? FileManager.default.removeItem(at: out) }
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/bin/bash")
        script.arguments = [packageRoot.appendingPathComponent("Scripts/regenerate-reports.sh").path, out.path]
        script.environment = ProcessInfo.processInfo.environment.merging(
            ["CCHC": productsDirectory.appendingPathComponent("cchc").path], uniquingKeysWith: { _, b in b })
        try script.run()
        script.waitUntilExit()
        #expect(script.terminationStatus == 0)
        let fresh = try fileTree(out)
        let committed = try fileTree(packageRoot.appendingPathComponent("Reports")).filter { $0.key != "README.md" }
        #expect(Set(fresh.keys) == Set(committed.keys), "the same files")
        for (name, data) in fresh.sorted(by: { $0.key < $1.key }) where committed[name] != data {
            Issue.record("Reports/\(name) is stale: run Scripts/regenerate-reports.sh and commit Reports/")
        }
    }
}
