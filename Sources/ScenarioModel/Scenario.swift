import CivilCalendar

/// A whole planning scenario: a district's units, teams and staff, and the settings for one year.
///
/// Loaded by `ScenarioFiles` from a folder holding `scenario.yaml` and CSV files; built directly in tests.
public struct Scenario: Hashable, Sendable, Codable {
    /// The scenario's display name.
    public var name: String
    /// The planning year.
    public var year: Int
    /// The units, in file order.
    public var units: [Unit]
    /// The inspection teams, in file order.
    public var teams: [Team]
    /// Team unavailability.
    public var unavailability: [Unavailability]
    /// Fixed inspections.
    public var pins: [Pin]
    /// The staff roster.
    public var staff: [StaffMember]
    /// The job-position framework.
    public var positions: [PositionQuota]
    /// The `inspection:` settings.
    public var inspection: InspectionSettings
    /// The `staffing:` settings.
    public var staffing: StaffingSettings
    /// The `document:` settings of the issued documents.
    public var document: DocumentSettings

    /// Creates a scenario.
    public init(
        name: String, year: Int, units: [Unit] = [], teams: [Team] = [], unavailability: [Unavailability] = [],
        pins: [Pin] = [], staff: [StaffMember] = [], positions: [PositionQuota] = [],
        inspection: InspectionSettings = InspectionSettings(), staffing: StaffingSettings = StaffingSettings(),
        document: DocumentSettings = DocumentSettings()
    ) {
        self.name = name
        self.year = year
        self.units = units
        self.teams = teams
        self.unavailability = unavailability
        self.pins = pins
        self.staff = staff
        self.positions = positions
        self.inspection = inspection
        self.staffing = staffing
        self.document = document
    }

    /// The unit with a code, if any.
    public func unit(_ code: String) -> Unit? { units.first { $0.code == code } }

    /// The team with a code, if any.
    public func team(_ code: String) -> Team? { teams.first { $0.code == code } }
}
