import CivilCalendar
import Foundation
import ScenarioModel
import Staffing
import Tracking

/// A loaded scenario with what was used to build it: the files read and the holidays in force.
public struct LoadedScenario: Sendable {
    /// One file that contributed to the scenario.
    public struct SourceFile: Hashable, Sendable {
        /// What the file is: `scenario.yaml`, or the key that named it (`units`, `teams`, `staffing.positions`, …).
        public var role: String
        /// The resolved absolute path.
        public var path: String
        /// A digest of the bytes the loader read (FNV-1a, 64 bits: for change detection, not security).
        public var digest: UInt64

        /// Describes a file read with `bytes`.
        public init(role: String, path: String, bytes: Data) {
            self.role = role
            self.path = path
            var hash = FNV1a()
            hash.add(bytes)
            digest = hash.value
        }
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
    /// The staffing rule set the scenario names (`staffing.rules`), resolved and checked by the loader: a built-in
    /// set, or a rule file; the built-in default when the scenario names none.
    public var rules: StaffingRuleSet
    /// What the scenario sets for following the year (`tracking:`): the indicators and the due date of the units'
    /// own plans; `nil` when the scenario has no `tracking:` section.
    public var tracking: TrackingSettings? = nil
    /// Weekend days worked in exchange for a swapped weekday off (the year's announced arrangement): working days.
    public var workedWeekendDays: [CivilDate] = []
    /// Where the year's built-in holidays come from (announced arrangement or rule); `nil` when built-ins are off.
    public var holidaySource: VietnameseHolidays.Source? = nil
}

/// The 64-bit FNV-1a hash (for change detection, not security).
public struct FNV1a: Sendable {
    /// The hash so far.
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// An empty hash.
    public init() {}

    /// Adds bytes.
    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for b in bytes {
            value ^= UInt64(b)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    /// Adds a text's UTF-8 bytes.
    public mutating func add(_ text: String) { add(text.utf8) }

    /// The hash as 16 hexadecimal digits.
    public var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
