import ScenarioModel

/// The decoded CSV rows of a scenario, each with its source row, and the readers that locate them.
struct TableSet {
    var units: [(ScenarioModel.Unit, CSVTable.Row)]
    var teams: [(Team, CSVTable.Row)]
    var unavailability: [(Unavailability, CSVTable.Row)]
    var pins: [(Pin, CSVTable.Row)]
    var staff: [(StaffMember, CSVTable.Row)]
    var positions: [(PositionQuota, CSVTable.Row)]
    var readers: [String: TableReader]
    /// The tables that loaded with their required columns: references into the others are not checked, since
    /// every reference would fail until the table itself is fixed.
    var usable: Set<String>
}
