import CivilCalendar
import Foundation
import ScenarioModel

/// A loaded scenario with what was used to build it: the files read and the holidays in force.
public struct LoadedScenario: Sendable {
    /// One file that contributed to the scenario.
    public struct SourceFile: Hashable, Sendable {
        /// What the file is: `scenario.yaml`, or the key that named it (`units`, `teams`, `staffing.positions`, …).
        public var role: String
        /// The resolved absolute path.
        public var path: String
    }

    /// The scenario, validated.
    public var scenario: Scenario
    /// The scenario folder that was loaded.
    public var folder: URL
    /// The files read, in reading order: the `extends` chain's scenario.yaml files (child first), then the CSV files.
    public var files: [SourceFile]
    /// The days off in force for the scenario year: built-in holidays (when `holidays.builtin`), plus `extra`,
    /// minus `remove`.
    public var holidays: [Holiday]
    /// The "today" that dates were checked against (birth dates may not be after it).
    public var today: CivilDate
    /// How each table file was read (CSV encoding and separator, or workbook sheet; date style, decimal
    /// separator), in reading order.
    public var detectedConventions: [DetectedConventions] = []
}
