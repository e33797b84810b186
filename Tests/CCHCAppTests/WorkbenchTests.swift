import CCHCApp
import Foundation
import GLPKSolver
import InspectionScheduling
import MILP
import ScenarioFiles
import Synchronization
import Testing

@Suite struct WorkbenchTests {
    @Test func openResolvesTheRuleSetAndKeepsTheLoadersBytes() throws {
        let loaded = try Workbench.open(packageRoot.appendingPathComponent("Scenarios/thach-ha-2022"))
        #expect(loaded.rules.name == "vn-ha-tinh" || loaded.rules.name == "vn-default")
        #expect(loaded.files.first?.role == "scenario.yaml")
        let roles = Set(loaded.files.map(\.role))
        #expect(roles.isSuperset(of: ["units", "teams"]))
        #expect(Set(loaded.files.map(\.digest)).count == loaded.files.count, "each file has its own digest")
    }

    @Test func misspeltBuiltInRuleSetIsABadInputWithPlaceAndSuggestion() throws {
        let scenarios = try copyOfShippedScenarios()
        defer { try? FileManager.default.removeItem(at: scenarios.deletingLastPathComponent()) }
        let yaml = scenarios.appendingPathComponent("thach-ha-2022/scenario.yaml")
        var text = try String(contentsOf: yaml, encoding: .utf8)
        text = text.replacingOccurrences(of: "rules: vn-ha-tinh", with: "rules: vn-ha-tnh")
        text = text.replacingOccurrences(of: "rules: vn-default", with: "rules: vn-ha-tnh")
        if !text.contains("rules: vn-ha-tnh") {
            text = text.replacingOccurrences(of: "staffing:\n", with: "staffing:\n  rules: vn-ha-tnh\n")
        }
        try text.write(to: yaml, atomically: true, encoding: .utf8)
        #expect(text.contains("rules: vn-ha-tnh"))
        do {
            _ = try Workbench.open(yaml.deletingLastPathComponent())
            Issue.record("a misspelt rule set was accepted")
        } catch {
            #expect(error.status == .dataError)
            guard case .scenario(let problems) = error else { return }
            let issue = try #require(problems.issues.first { $0.field == "staffing.rules" })
            #expect(issue.file.hasSuffix("scenario.yaml"))
            #expect(issue.line != nil)
            #expect(issue.hint?.en.contains("vn-ha-tinh") == true)
        }
    }

    @Test func brokenRuleFileNamesTheFileAndTheLine() throws {
        let scenarios = try copyOfShippedScenarios()
        defer { try? FileManager.default.removeItem(at: scenarios.deletingLastPathComponent()) }
        let folder = scenarios.appendingPathComponent("thach-ha-2022")
        try "name: broken\ncommune_quotas: [unclosed\n".write(
            to: folder.appendingPathComponent("my-rules.yaml"), atomically: true, encoding: .utf8)
        let yaml = folder.appendingPathComponent("scenario.yaml")
        var text = try String(contentsOf: yaml, encoding: .utf8)
        if let range = text.range(of: #"rules: [a-z-]+"#, options: .regularExpression) {
            text.replaceSubrange(range, with: "rules: my-rules.yaml")
        } else {
            text = text.replacingOccurrences(of: "staffing:\n", with: "staffing:\n  rules: my-rules.yaml\n")
        }
        try text.write(to: yaml, atomically: true, encoding: .utf8)
        do {
            _ = try Workbench.open(folder)
            Issue.record("a broken rule file was accepted")
        } catch {
            #expect(error.status == .dataError)
            guard case .scenario(let problems) = error else { return }
            let issue = try #require(problems.issues.first)
            #expect(issue.file.hasSuffix("my-rules.yaml"))
            #expect(issue.line == 3 || issue.line == 2, "line \(String(describing: issue.line)): \(issue)")
        }
    }

    @Test func inputHashFollowsTheBytesNotTheFolder() throws {
        let scenarios = try copyOfShippedScenarios()
        defer { try? FileManager.default.removeItem(at: scenarios.deletingLastPathComponent()) }
        let shipped = try Workbench.open(packageRoot.appendingPathComponent("Scenarios/thach-ha-2022"))
        let copy = try Workbench.open(scenarios.appendingPathComponent("thach-ha-2022"))
        #expect(ScenarioResults.inputHash(of: shipped) == ScenarioResults.inputHash(of: copy))
        let units = scenarios.appendingPathComponent("thach-ha-2022/units.csv")
        var text = try String(contentsOf: units, encoding: .utf8)
        text += "\n"
        try text.write(to: units, atomically: true, encoding: .utf8)
        let changed = try Workbench.open(scenarios.appendingPathComponent("thach-ha-2022"))
        #expect(ScenarioResults.inputHash(of: changed) != ScenarioResults.inputHash(of: shipped))
    }

    @Test func aStoppedRunWritesNothing() throws {
        let out = try temporaryFolder("stopped")
        defer { try? FileManager.default.removeItem(at: out) }
        let loaded = try Workbench.open(packageRoot.appendingPathComponent("Scenarios/thach-ha-2022"))
        let folder = try Workbench.reportFolder(
            out, owner: "thach-ha-2022", scenarioFolder: loaded.folder, force: false)
        let before = try allFiles(out)
        do {
            try Workbench.write([ReportFile("a.txt", "x")], to: folder, control: RunControl(shouldStop: { true }))
            Issue.record("a stopped run wrote its reports")
        } catch {
            #expect(error.status == .interrupted)
        }
        #expect(try allFiles(out) == before)
    }

    @Test func aPassedDeadlineNeverStartsTheSolverAndKeepsTheStartingPlan() throws {
        // The clock is moved past the deadline as the phase starts: every solve must see no time left, whatever the
        // machine's speed, and the planner answers with its starting plan without reaching GLPK.
        let loaded = try Workbench.open(packageRoot.appendingPathComponent("Scenarios/thach-ha-2022"))
        let clock = ManualClock()
        let counting = CountingSolver(base: GLPKSolver())
        let control = RunControl(clock: clock, phaseStarted: { _, _ in clock.advance(by: 3_600) })
        let plan = try Workbench.planCalendar(
            loaded, limits: SolveLimits(timeLimit: 60), control: control, base: counting)
        #expect(counting.count == 0, "GLPK was started \(counting.count) times after the deadline")
        #expect(plan.status == .feasible)
        #expect(plan.targets.allSatisfy { $0.isMet })
        #expect(!plan.inspections.isEmpty)
    }

    @Test func watchdogFiresOnTheRunsClockAndNotAfterDisarm() throws {
        let clock = ManualClock()
        let fired = Mutex<[WatchdogAlarm]>([])
        let signal = DispatchSemaphore(value: 0)
        let dog = SolveWatchdog(
            deadline: Deadline(after: 10, clock: clock), limit: 10, shouldStop: { false },
            fire: { alarm in
                fired.withLock { $0.append(alarm) }
                signal.signal()
            })
        clock.advance(by: 11)
        #expect(signal.wait(timeout: .now() + 60) == .success)
        #expect(fired.withLock { $0 } == [WatchdogAlarm(reason: .overran(seconds: 10))])
        #expect(fired.withLock { $0.first?.status } == .noPlan)
        dog.disarm()

        let quiet = Mutex(0)
        let calm = SolveWatchdog(
            deadline: Deadline(after: 10, clock: clock), limit: 10, shouldStop: { false },
            fire: { _ in quiet.withLock { $0 += 1 } })
        calm.disarm()
        clock.advance(by: 100)
        // The watchdog thread checks the disarm flag before the clock; once disarmed it can never fire.
        #expect(quiet.withLock { $0 } == 0)
    }

    @Test func exitStatusesOfErrors() {
        #expect(ApplicationError.interrupted.status.rawValue == 130)
        #expect(ApplicationError.solver(.tooLarge("x")).status.rawValue == 70)
        #expect(ApplicationError.output(.cannotWrite("/x", "no")).status.rawValue == 73)
        #expect(ApplicationError.interrupted.message(.vi).contains("giữ nguyên"))
    }
}
