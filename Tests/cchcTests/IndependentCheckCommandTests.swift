import Foundation
import PlanningTestSupport
import ScenarioFiles
import Testing

/// `cchc schedule --json` output checked by the independent checker (written from the format contract) on a generated
/// scenario of three independent regions, where the regions' plans are merged and the objective is their sum. (The
/// shipped scenarios' committed plans, which `committedReportsAreUpToDate` keeps equal to a fresh run, are checked in
/// `CommittedReportsCheckTests`.)
@Suite struct IndependentCheckCommandTests {
    func check(folder: URL, arguments: [String]) throws -> CheckedPlan {
        let run = try runCCHC(["schedule", folder.path, "--json", "--lang", "en"] + arguments)
        #expect(run.status == 0, "stderr: \(run.stderr.suffix(400))")
        let plan = try CheckedPlan.decode(json: Data(run.stdout.utf8))
        let loaded = try ScenarioLoader.loadDetailed(folder: folder)
        let checker = IndependentPlanChecker(scenario: loaded.scenario, holidays: loaded.holidays.map(\.date))
        #expect(["optimal", "feasible"].contains(plan.status), "\(plan.status)")
        #expect(checker.violations(of: plan) == [])
        let measure = checker.measure(plan.inspections)
        let objective = try #require(plan.objective)
        #expect(abs(measure.value - objective) < 1e-6, "the calendar measures \(measure), the plan says \(objective)")
        #expect(measure.pairs == plan.objectiveTerms.bundledPairs)
        #expect(abs(measure.teamSpread - plan.objectiveTerms.teamSpread) < 1e-9)
        #expect(abs(measure.monthSpread - plan.objectiveTerms.monthSpread) < 1e-9)
        #expect((plan.bound ?? .infinity) >= objective - 1e-6)
        return plan
    }

    @Test func generatedRegionsKeepEveryRuleAndSumTheirObjectives() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let generate = try runCCHC(
            [
                "generate", "--units", "90", "--teams", "6", "--regions", "3", "--seed", "11", "--staff-per-commune",
                "0",
                "--out", "scenario", "--lang", "en",
            ],
            currentDirectory: root)
        #expect(generate.status == 0, "\(generate.stderr)")
        let folder = root.appendingPathComponent("scenario")
        let loaded = try ScenarioLoader.loadDetailed(folder: folder)
        #expect(IndependentPlanChecker(scenario: loaded.scenario, holidays: []).splitsIntoRegions)
        _ = try check(
            folder: folder, arguments: ["--out", root.appendingPathComponent("reports").path, "--time-limit", "60"])
    }
}
