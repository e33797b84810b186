import ArgumentParser
import Foundation

/// The `SCENARIO` argument: a scenario folder holding `scenario.yaml`.
struct ScenarioArgument: ParsableArguments {
    @Argument(help: "The scenario folder (holding scenario.yaml), e.g. Scenarios/thach-ha-2022.")
    var scenario: String

    /// The folder as a file URL, relative paths taken from the current directory.
    var folderURL: URL {
        URL(
            fileURLWithPath: scenario,
            relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        )
        .standardizedFileURL
    }

    func validate() throws {
        guard !scenario.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("Please give a scenario folder, e.g. `cchc validate Scenarios/thach-ha-2022`.")
        }
    }
}
