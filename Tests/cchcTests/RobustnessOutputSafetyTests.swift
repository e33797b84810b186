import Foundation
import Testing

/// Output safety through the real binary: interrupted runs leave the previous reports byte for byte, reports never
/// go into the scenario folder, and another scenario's reports are overwritten only with `--force`.
@Suite(.serialized) struct RobustnessOutputSafetyTests {
    static let scheduleReports = ["inspection-calendar.csv", "inspection-calendar.ics", "inspection-plan.md"]

    /// Writes a first set of reports, then starts a run of another scenario into the same folder with `--force` that
    /// cannot finish (a generated 150-unit calendar asked for a
    /// proof of optimality, which GLPK cannot give: the optimum, 185.15, is one objective step below the best bound
    /// any solver reached in minutes), waits until the binary says on standard error that the solve has started,
    /// signals it, and checks it ends with status 130 with every previous report byte-identical and no temporary
    /// file. It synchronises on that state, not on a sleep, so the machine's speed does not matter.
    @Test(arguments: [SIGINT, SIGTERM])
    func interruptedScheduleLeavesPreviousReports(_ signal: Int32) throws {
        let root = try Robustness.temporaryFolder("sigint")
        defer { try? FileManager.default.removeItem(at: root) }
        let scenario = root.appendingPathComponent("g150")
        let generated = try Robustness.run(
            ["generate", "--units", "150", "--teams", "3", "--seed", "1", "--out", scenario.path], in: root,
            timeout: 120)
        #expect(generated.status == 0, "generate: \(generated.stderr.suffix(400))")
        let out = root.appendingPathComponent("reports")
        let first = try Robustness.run(
            ["schedule", scenario.path, "--out", out.path, "--mip-gap", "0.05", "--time-limit", "60"], in: root,
            timeout: 300)
        #expect(first.status == 0, "first run: \(first.stderr.suffix(400))")
        let before = try Robustness.snapshot(out)
        for name in Self.scheduleReports { #expect(before[name] != nil, "first run wrote no \(name)") }

        // The interrupted run is of another scenario, with --force: the owner marker must not change either.
        let other = root.appendingPathComponent("g150-other")
        try FileManager.default.copyItem(at: scenario, to: other)
        #expect(before[".cchc-scenario"] == Data("g150\n".utf8))
        let t0 = Robustness.now()
        let started = try Robustness.start(
            ["schedule", other.path, "--out", out.path, "--force", "--time-limit", "3600"], in: root)
        let solving = Robustness.waitForStandardError(started, containing: "Đang giải lịch kiểm tra", timeout: 300)
        #expect(solving, "the run never said that the solve started")
        #expect(started.0.isRunning, "a run asked to prove an unprovable optimum ended by itself")
        kill(started.0.processIdentifier, signal)
        let run = Robustness.finish(started, since: t0, timeout: 600)
        #expect(!run.crashed && !run.timedOut)
        #expect(run.status == 130, "status \(run.status): \(run.stderr.suffix(400))")
        #expect(run.stderr.contains("dừng"))
        let after = try Robustness.snapshot(out)
        #expect(after == before, "the report folder changed: \(Set(after.keys).symmetricDifference(before.keys))")
    }

    @Test func outIntoTheScenarioFolderIsRefused() throws {
        let root = try Robustness.temporaryFolder("out-scenario")
        defer { try? FileManager.default.removeItem(at: root) }
        let scenario = try Robustness.copy(Robustness.thachHa, into: root, as: "thach-ha-2022")
        let link = root.appendingPathComponent("link-to-scenario")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: scenario)
        let before = try Robustness.snapshot(scenario)
        for out in [scenario.path, scenario.path + "/", scenario.appendingPathComponent("reports").path, link.path] {
            for command in ["schedule", "staffing"] {
                let run = try Robustness.run(
                    [command, scenario.path, "--out", out, "--time-limit", "5"], in: root, timeout: 60)
                #expect(run.status == 73, "\(command) --out \(out): status \(run.status)")
                #expect(!run.stderr.isEmpty)
            }
        }
        #expect(try Robustness.snapshot(scenario) == before, "the scenario folder changed")
        #expect(!FileManager.default.fileExists(atPath: scenario.appendingPathComponent("reports").path))
    }

    @Test func anotherScenariosReportsNeedForce() throws {
        let root = try Robustness.temporaryFolder("out-owner")
        defer { try? FileManager.default.removeItem(at: root) }
        let alpha = try Robustness.copy(Robustness.thachHa, into: root, as: "alpha")
        let beta = try Robustness.copy(Robustness.thachHa, into: root, as: "beta")
        let out = root.appendingPathComponent("reports")
        let first = try Robustness.run(["staffing", alpha.path, "--out", out.path], in: root, timeout: 60)
        #expect(first.status == 0 || first.status == 3, "\(first.stderr.suffix(300))")
        let before = try Robustness.snapshot(out)
        #expect(String(decoding: before[".cchc-scenario"] ?? Data(), as: UTF8.self) == "alpha\n")

        for command in ["staffing", "schedule"] {
            let refused = try Robustness.run(
                [command, beta.path, "--out", out.path, "--time-limit", "3"], in: root, timeout: 60)
            #expect(refused.status == 73, "\(command): status \(refused.status)")
            #expect(refused.stderr.contains("alpha"), "the message should name the owner: \(refused.stderr)")
            #expect(try Robustness.snapshot(out) == before)
        }

        let forced = try Robustness.run(["staffing", beta.path, "--out", out.path, "--force"], in: root, timeout: 60)
        #expect(forced.status == 0 || forced.status == 3, "\(forced.stderr.suffix(300))")
        let after = try Robustness.snapshot(out)
        #expect(String(decoding: after[".cchc-scenario"] ?? Data(), as: UTF8.self) == "beta\n")
        #expect(Set(after.keys) == Set(before.keys), "no stray temporary files")
    }

    /// Staffing twice gives byte-identical reports (and the same JSON).
    @Test func staffingIsDeterministic() throws {
        let root = try Robustness.temporaryFolder("staffing-det")
        defer { try? FileManager.default.removeItem(at: root) }
        var outputs: [[String: Data]] = []
        var json: [String] = []
        for label in ["a", "b"] {
            let out = root.appendingPathComponent(label)
            let run = try Robustness.run(
                ["staffing", Robustness.thachHa.path, "--out", out.path, "--json"], in: root, timeout: 120)
            #expect(run.status == 0 || run.status == 3, "\(run.stderr.suffix(300))")
            outputs.append(try Robustness.snapshot(out))
            json.append(run.stdout)
        }
        #expect(
            outputs[0].keys.sorted() == [
                ".cchc-scenario", "reduction-list.docx", "reduction-plan.md", "staffing-check.md",
                "staffing-projection.csv", "staffing.xlsx",
            ])
        for name in outputs[0].keys.sorted() {
            #expect(outputs[0][name] == outputs[1][name], "\(name) differs between two runs")
        }
        #expect(!json[0].isEmpty)
        #expect(json[0] == json[1], "the JSON differs between two runs")
    }
}
