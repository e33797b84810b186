import Foundation
import Testing

/// End-to-end tests of `cchc schedule` on the shipped scenario and small fixtures.
@Suite(.serialized) struct ScheduleCommandTests {
    let thachHa = packageRoot.appendingPathComponent("Scenarios/thach-ha-2022").path

    func temporaryFolder(_ label: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("cchc-\(label)-\(UUID().uuidString)")
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The shipped scenario, with its default weights and no gap tolerance, solves to proven optimality.
    @Test func shippedScenarioSolvesToProvenOptimality() throws {
        let out = temporaryFolder("optimal")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try runCCHC(["schedule", thachHa, "--json", "--out", out.path, "--lang", "en", "--time-limit", "240"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let object = try json(run.stdout)
        #expect(object["status"] as? String == "optimal")
        #expect(object["gap"] as? Double == 0)
        let objective = try #require(object["objective"] as? Double)
        let bound = try #require(object["bound"] as? Double)
        #expect(abs(objective - bound) < 1e-9)
        // The objective is the one the plan measures: priority − balance × spreads + bundling × pairs.
        let terms = try #require(object["objectiveTerms"] as? [String: Any])
        let value =
            (terms["prioritySum"] as? Double ?? .nan) - 0.1
            * ((terms["teamSpread"] as? Double ?? .nan) + (terms["monthSpread"] as? Double ?? .nan))
            + 0.05 * Double(terms["bundledPairs"] as? Int ?? -1_000)
        #expect(abs(value - objective) < 1e-6, "objective \(objective) vs terms \(terms)")
    }

    @Test func shippedScenarioGivesAPlanMeetingEveryTarget() throws {
        let out = temporaryFolder("schedule")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try runCCHC([
            "schedule", thachHa, "--json", "--out", out.path, "--mip-gap", "0.05", "--time-limit", "600",
        ])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let object = try json(run.stdout)
        for key in [
            "scenario", "year", "status", "objective", "bound", "gap", "targets", "inspections", "unmet", "model",
            "timings",
        ] {
            #expect(object[key] != nil, "missing key \(key)")
        }
        #expect(["optimal", "feasible"].contains(object["status"] as? String))
        let targets = try #require(object["targets"] as? [[String: Any]])
        #expect(targets.count == 2)
        for t in targets { #expect((t["planned"] as? Int ?? 0) >= (t["required"] as? Int ?? 1)) }
        let inspections = try #require(object["inspections"] as? [[String: Any]])
        let keys = inspections.map {
            "\($0["date"] as? String ?? "")|\($0["team"] as? String ?? "")|\($0["unit"] as? String ?? "")"
        }
        #expect(keys == keys.sorted(), "inspections sorted by date, team, unit")
        #expect(
            Set(inspections.compactMap { $0["unit"] as? String }).count == inspections.count, "each unit at most once")
        // Pins are kept exactly.
        #expect(
            inspections.contains {
                $0["unit"] as? String == "thach-khe" && $0["team"] as? String == "T1"
                    && $0["date"] as? String == "2022-04-20"
            })
        let model = try #require(object["model"] as? [String: Any])
        #expect((model["binaries"] as? Int ?? 0) > 0)

        let csv = try String(contentsOf: out.appendingPathComponent("inspection-calendar.csv"), encoding: .utf8)
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == inspections.count + 1)
        let ics = try String(contentsOf: out.appendingPathComponent("inspection-calendar.ics"), encoding: .utf8)
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == inspections.count)
        let md = try String(contentsOf: out.appendingPathComponent("inspection-plan.md"), encoding: .utf8)
        #expect(md.hasPrefix("# KẾ HOẠCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2022"))
    }

    /// Two runs that each stop on the gap rule (proven within 5%, or proven optimal), never on the clock, give the
    /// same bytes. The time limit is a generous upper bound; a run that reached it would not be comparable.
    @Test func sameInputsGiveByteIdenticalReports() throws {
        let a = temporaryFolder("det-a"), b = temporaryFolder("det-b")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        for out in [a, b] {
            // A work limit, not the clock, ends every solve: otherwise a busy machine changes where GLPK stops.
            let run = try runCCHC([
                "schedule", thachHa, "--json", "--out", out.path, "--mip-gap", "0.05", "--work-limit", "200",
                "--time-limit", "600",
            ])
            #expect(run.status == 0, "stderr: \(run.stderr)")
            let object = try json(run.stdout)
            let gap = try #require(object["gap"] as? Double)
            #expect(
                object["status"] as? String == "optimal" || gap <= 0.05,
                "stopped by the clock: \(object["status"] ?? "?"), gap \(gap)")
        }
        for name in [
            "inspection-calendar.csv", "inspection-calendar.ics", "inspection-plan.md",
            "inspection-calendar.xlsx", "inspection-plan.docx", "inspection-notices.docx",
        ] {
            let x = try Data(contentsOf: a.appendingPathComponent(name)),
                y = try Data(contentsOf: b.appendingPathComponent(name))
            #expect(x == y, "\(name) differs between two runs")
        }
    }

    @Test func replanningKeepsThePastExactly() throws {
        let first = temporaryFolder("replan-1"), second = temporaryFolder("replan-2")
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        let run1 = try runCCHC([
            "schedule", thachHa, "--json", "--out", first.path, "--mip-gap", "0.05", "--time-limit", "600",
        ])
        #expect(run1.status == 0, "stderr: \(run1.stderr)")
        let previous = first.appendingPathComponent("inspection-calendar.csv").path
        let run2 = try runCCHC([
            "schedule", thachHa, "--json", "--out", second.path, "--previous", previous, "--from", "2022-07-01",
            "--mip-gap", "0.05", "--time-limit", "600",
        ])
        #expect(run2.status == 0, "stderr: \(run2.stderr)")
        func before(_ object: [String: Any]) -> [String] {
            ((object["inspections"] as? [[String: Any]]) ?? []).compactMap { i -> String? in
                guard let d = i["date"] as? String, d < "2022-07-01" else { return nil }
                return "\(d)|\(i["team"] ?? "")|\(i["unit"] ?? "")"
            }
        }
        let old = before(try json(run1.stdout)), new = before(try json(run2.stdout))
        #expect(!old.isEmpty)
        #expect(old == new)
    }

    @Test func infeasibleScenarioExplainsWhatIsMissing() throws {
        let out = temporaryFolder("infeasible")
        defer { try? FileManager.default.removeItem(at: out) }
        let fixture = packageRoot.appendingPathComponent("Tests/cchcTests/Fixtures/tiny-infeasible").path
        let run = try runCCHC(["schedule", fixture, "--json", "--out", out.path, "--time-limit", "20"])
        #expect(run.status == 3, "stderr: \(run.stderr)")
        let object = try json(run.stdout)
        #expect(object["status"] as? String == "infeasible")
        let unmet = try #require(object["unmet"] as? [[String: Any]])
        #expect(unmet.contains { $0["kind"] as? String == "target-shortfall" })
        let md = try String(contentsOf: out.appendingPathComponent("inspection-plan.md"), encoding: .utf8)
        #expect(md.contains("## VII."))
    }

    @Test func previousWithoutFromIsAUsageError() throws {
        let run = try runCCHC(["schedule", thachHa, "--previous", "x.csv"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--from"))
    }
}
