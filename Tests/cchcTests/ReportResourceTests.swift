import Foundation
import Testing

/// `report` and `compare` follow the same resource rules as `schedule` and `staffing`: `--max-memory` refuses a model
/// too large for it before GLPK starts, with a clear message and exit 70, and the previous reports stay as they were.
@Suite(.serialized) struct ReportResourceTests {
    /// A small generated scenario in a fresh temporary root.
    static func generated(_ label: String) throws -> (root: URL, scenario: URL) {
        let root = try Robustness.temporaryFolder(label)
        let scenario = root.appendingPathComponent("g60")
        let gen = try Robustness.run(
            ["generate", "--units", "60", "--teams", "2", "--seed", "3", "--out", scenario.path, "--lang", "en"],
            in: root, timeout: 60)
        #expect(gen.status == 0, "generate: \(gen.stderr)")
        return (root, scenario)
    }

    @Test func reportWithTooLittleMemoryRefusesAndKeepsThePreviousReports() throws {
        let (root, scenario) = try Self.generated("report-mem")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("reports")
        let first = try Robustness.run(
            ["report", scenario.path, "--out", out.path, "--time-limit", "5", "--lang", "en"], in: root, timeout: 120)
        #expect(first.status == 0, "first report: \(first.stderr.suffix(400))")
        let before = try fileTree(out)
        #expect(before["index.html"] != nil)
        #expect(before["inspection-plan.md"] != nil)

        let refused = try Robustness.run(
            ["report", scenario.path, "--out", out.path, "--time-limit", "5", "--max-memory", "1", "--lang", "en"],
            in: root, timeout: 60)
        #expect(!refused.crashed && !refused.timedOut)
        #expect(refused.status == 70, "status \(refused.status): \(refused.stderr)")
        #expect(refused.stderr.contains("model too large"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--max-memory 1"))
        #expect(refused.stderr.contains("the solver was not started"))
        #expect(refused.stdout.isEmpty)
        #expect(try fileTree(out) == before, "the previous reports changed")
    }

    @Test func reportRejectsABadMaxMemory() throws {
        let run = try Robustness.run(["report", Robustness.thachHa.path, "--max-memory", "0"], timeout: 30)
        #expect(run.status == 64, "status \(run.status)")
        #expect(run.stderr.contains("--max-memory"))
    }

    @Test func compareWithTooLittleMemoryRefusesAndWritesNothing() throws {
        let (root, scenario) = try Self.generated("compare-mem")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("comparison")
        let run = try Robustness.run(
            [
                "compare", scenario.path, Robustness.thachHa.path, "--fresh", "--out", out.path, "--max-memory", "1",
                "--time-limit", "5", "--lang", "vi",
            ],
            in: root, timeout: 60)
        #expect(!run.crashed && !run.timedOut)
        #expect(run.status == 70, "status \(run.status): \(run.stderr)")
        #expect(run.stderr.contains("mô hình vượt giới hạn bộ nhớ"), "\(run.stderr)")
        #expect(run.stderr.contains("--max-memory 1"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
