import Foundation
import Testing

/// End-to-end: `cchc schedule` plans a generated scenario with independent regions region by region.
@Suite struct RegionalScheduleCommandTests {
    @Test func generatedRegionsArePlannedSeparatelyAndReportedTogether() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-regions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let generate = try runCCHC(
            [
                "generate", "--units", "300", "--teams", "6", "--regions", "3", "--seed", "2", "--staff-per-commune",
                "0",
                "--out", "scenario", "--lang", "en",
            ],
            currentDirectory: root)
        #expect(generate.status == 0, "\(generate.stderr)")

        let run = try runCCHC(
            ["schedule", "scenario", "--out", "reports", "--json", "--time-limit", "60", "--lang", "en"],
            currentDirectory: root)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(["optimal", "feasible"].contains(object["status"] as? String))
        let notes = try #require(object["notes"] as? [[String: Any]])
        let note = try #require(notes.first { $0["kind"] as? String == "regions-planned-separately" })
        #expect((note["outcomes"] as? [[String: Any]])?.compactMap { $0["region"] as? String }.count == 3)
        #expect(note["parallel"] as? Int == 2)
        let plan = root.appendingPathComponent("reports/inspection-plan.md")
        let markdown = try String(contentsOf: plan, encoding: .utf8)
        #expect(markdown.contains("The scenario has 3 independent regions") && markdown.contains("2 at a time"))
        // Every team (two per region) has a load line, and the objective is the formula of the summed terms.
        let loads = try #require(object["teamLoads"] as? [[String: Any]])
        #expect(loads.count == 6)
        let terms = try #require(object["objectiveTerms"] as? [String: Any])
        let objective = try #require(object["objective"] as? Double)
        let value =
            (terms["prioritySum"] as? Double ?? .nan) - 0.1
            * ((terms["teamSpread"] as? Double ?? .nan) + (terms["monthSpread"] as? Double ?? .nan))
            + 0.05 * Double(terms["bundledPairs"] as? Int ?? -1_000)
        #expect(abs(value - objective) < 1e-6, "objective \(objective) vs terms \(terms)")

        let csv = try String(
            contentsOf: root.appendingPathComponent("reports/inspection-calendar.csv"), encoding: .utf8)
        let inspections = try #require(object["inspections"] as? [[String: Any]])
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == inspections.count + 1)
        for region in ["r01-", "r02-", "r03-"] {
            #expect(csv.contains(",\(region)"), "no inspection of region \(region) in the CSV")
        }

        // --jobs: all three regions at once, the same plan when every region is proven optimal.
        let three = try runCCHC(
            [
                "schedule", "scenario", "--out", "reports-3", "--json", "--time-limit", "60", "--lang", "en", "--jobs",
                "3",
            ],
            currentDirectory: root)
        #expect(three.status == 0, "stderr: \(three.stderr)")
        let other = try #require(try JSONSerialization.jsonObject(with: Data(three.stdout.utf8)) as? [String: Any])
        let otherNotes = try #require(other["notes"] as? [[String: Any]])
        #expect(
            otherNotes.contains { $0["kind"] as? String == "regions-planned-separately" && $0["parallel"] as? Int == 3 }
        )
        if object["status"] as? String == "optimal", other["status"] as? String == "optimal" {
            #expect(other["objective"] as? Double == objective)
            let otherCSV = try String(
                contentsOf: root.appendingPathComponent("reports-3/inspection-calendar.csv"), encoding: .utf8)
            #expect(otherCSV == csv)
        }
        let refused = try runCCHC(
            ["schedule", "scenario", "--out", "reports-0", "--jobs", "0"], currentDirectory: root)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--jobs"))
        for gap in ["1", "2.5", "nan"] {
            let badGap = try runCCHC(
                ["schedule", "scenario", "--out", "reports-gap", "--mip-gap", gap], currentDirectory: root)
            #expect(badGap.status == 64, "--mip-gap \(gap)")
            #expect(badGap.stderr.contains("--mip-gap 0.01"), "--mip-gap \(gap): \(badGap.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("reports-gap").path))
    }
}
