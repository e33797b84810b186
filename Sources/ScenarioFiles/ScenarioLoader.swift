import CivilCalendar
import Foundation
import ScenarioModel

/// Loads and validates a scenario folder (`scenario.yaml` plus CSV files) into a `Scenario`.
///
/// Every problem is collected, up to `Options.maxIssues`, and thrown together as one `ScenarioError`; each
/// problem names the file, line and column (for CSV also the row number and column name) and says how to fix it.
///
/// Paths: CSV and `extends` paths are relative to the folder of the scenario.yaml that names them and must stay
/// inside the *scenario tree*, also after resolving symlinks: by default the parent folder of the scenario being
/// loaded, so `extends: ../thach-ha-2022` and `../thach-ha-2022/positions.csv` work between sibling scenarios under
/// `Scenarios/`, while absolute paths and `../../etc/passwd` are refused.
public enum ScenarioLoader {
    /// Loading options.
    public struct Options: Sendable {
        /// The date birth dates are checked against; `nil` means `staffing.as_of`, else 1 January of `year`.
        public var today: CivilDate?
        /// The most problems reported (default 50).
        public var maxIssues: Int
        /// The folder `extends` may not leave; `nil` means the parent of the scenario folder.
        public var treeRoot: URL?
        /// The largest CSV file read, in bytes (default 50 MB).
        public var maxCSVBytes: Int
        /// The largest scenario.yaml read, in bytes (default 1 MB).
        public var maxYAMLBytes: Int

        /// Creates options with the defaults.
        public init(
            today: CivilDate? = nil, maxIssues: Int = 50, treeRoot: URL? = nil, maxCSVBytes: Int = 50_000_000,
            maxYAMLBytes: Int = 1_000_000
        ) {
            self.today = today
            self.maxIssues = maxIssues
            self.treeRoot = treeRoot
            self.maxCSVBytes = maxCSVBytes
            self.maxYAMLBytes = maxYAMLBytes
        }
    }

    /// Loads a scenario folder.
    ///
    /// - Parameters:
    ///   - folder: The folder holding `scenario.yaml`.
    ///   - options: Loading options.
    /// - Returns: The validated scenario.
    /// - Throws: `ScenarioError` listing every problem found.
    public static func load(folder: URL, options: Options = Options()) throws -> Scenario {
        try loadDetailed(folder: folder, options: options).scenario
    }

    /// Loads a scenario folder and returns it with the files read and the holidays in force.
    ///
    /// - Throws: `ScenarioError` listing every problem found.
    public static func loadDetailed(folder: URL, options: Options = Options()) throws -> LoadedScenario {
        let session = LoaderSession(options: options)
        if let loaded = session.load(folder: folder), session.issues.isEmpty { return loaded }
        throw session.issues.error()
    }
}
