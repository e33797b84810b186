import Foundation
import Testing

/// Solver safety through the real binary: time limits hold (a generous upper bound: a limit that is ignored fails,
/// a slow machine does not) with an honest status, and memory limits refuse an oversized model before GLPK starts.
@Suite(.serialized) struct RobustnessSolverTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// An upper bound no run that honours its limit reaches, whatever the machine's load.
    static func generousBound(_ t: Double) -> Double { t + 30 }

    @Test(arguments: [("thach-ha-2022", 2.0), ("thach-ha-2022-4-teams", 4.0), ("thach-ha-2022-60pct", 3.0)])
    func scheduleReturnsWithinTheTimeLimit(_ scenario: String, _ limit: Double) throws {
        let root = try Robustness.temporaryFolder("tl")
        defer { try? FileManager.default.removeItem(at: root) }
        let path = packageRoot.appendingPathComponent("Scenarios/\(scenario)").path
        let out = root.appendingPathComponent("r")
        let run = try Robustness.run(
            ["schedule", path, "--out", out.path, "--time-limit", "\(limit)", "--json"], in: root, timeout: 120)
        #expect(!run.crashed && !run.timedOut)
        #expect(run.seconds <= Self.generousBound(limit), "took \(run.seconds) s with --time-limit \(limit)")
        // Either a plan with an honest status, or the watchdog's clear message (Vietnamese by default) with status 4 and
        // no report.
        if run.stdout.isEmpty {
            #expect(
                run.status == 4 && run.stderr.contains("giới hạn thời gian"),
                "status \(run.status): \(run.stderr.suffix(300))")
            return
        }
        let object = try json(run.stdout)
        let status = try #require(object["status"] as? String)
        let expected: [String: Int32] = ["optimal": 0, "feasible": 0, "infeasible": 3, "no-solution": 4]
        #expect(expected[status] == run.status, "status \(status) with exit \(run.status)")
        if status == "feasible", let gap = object["gap"] as? Double { #expect(gap >= 0) }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("inspection-plan.md").path))
    }

    @Test(arguments: ["schedule", "staffing"])
    func maxMemoryRefusesBeforeSolving(_ command: String) throws {
        let root = try Robustness.temporaryFolder("mem")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("r")
        let run = try Robustness.run(
            [command, Robustness.thachHa.path, "--out", out.path, "--max-memory", "1", "--lang", "en"], in: root,
            timeout: 60)
        #expect(run.status == 70, "status \(run.status): \(run.stderr)")
        #expect(run.stderr.contains("too large") && run.stderr.contains("--max-memory 1"), "\(run.stderr)")
        #expect(run.stderr.contains("not started"))
        let reports = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        #expect(reports.filter { !$0.hasPrefix(".") }.isEmpty, "reports were written: \(reports)")
    }

    @Test func generousMaxMemoryStillSolves() throws {
        let root = try Robustness.temporaryFolder("mem-ok")
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Robustness.run(
            [
                "staffing", Robustness.thachHa.path, "--out", root.appendingPathComponent("r").path, "--max-memory",
                "2048",
            ], in: root, timeout: 60)
        #expect(run.status == 0 || run.status == 3, "\(run.stderr.suffix(300))")
    }

    @Test func badMaxMemoryIsAUsageError() throws {
        for value in ["0", "-5", "lots"] {
            let run = try Robustness.run(["schedule", Robustness.thachHa.path, "--max-memory", value], timeout: 30)
            #expect(run.status == 64, "--max-memory \(value): status \(run.status)")
        }
    }
}
