import Foundation
import Testing

@testable import ScenarioFiles

/// Every scenario shipped under `Scenarios/` loads without a problem: a shipped scenario must always validate.
@Suite struct ShippedScenariosTests {
    static var scenarioFolders: [URL] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().map { root.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("scenario.yaml").path) }
    }

    @Test func everyShippedScenarioLoads() throws {
        for folder in Self.scenarioFolders {
            do {
                let loaded = try ScenarioLoader.loadDetailed(folder: folder)
                #expect(!loaded.scenario.units.isEmpty, "\(folder.lastPathComponent)")
                #expect(!loaded.holidays.isEmpty, "\(folder.lastPathComponent)")
            } catch let error as ScenarioError {
                Issue.record("\(folder.lastPathComponent):\n\(error.formatted(language: .en))")
            }
        }
    }
}
