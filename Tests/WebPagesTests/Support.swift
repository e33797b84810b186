import CCHCApp
import Foundation
import InspectionScheduling
import MILP
import ScenarioFiles

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The shipped Thạch Hà scenario with its results: the committed report folder's when they match the files,
/// otherwise planned here under a deterministic work limit.
enum ThachHa {
    static let results: ScenarioResults = {
        do {
            let loaded = try Workbench.open(packageRoot.appendingPathComponent("Scenarios/thach-ha-2022"))
            if let saved = ScenarioResults.saved(
                in: packageRoot.appendingPathComponent("Reports/thach-ha-2022"), for: loaded)
            {
                return saved
            }
            let limits = SolveLimits(timeLimit: 120, workLimit: 2000)
            return try Workbench.results(loaded, limits: limits, control: RunControl())
        } catch {
            fatalError("the shipped scenario does not plan: \(error)")
        }
    }()
}
