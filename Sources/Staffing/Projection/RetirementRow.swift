import CivilCalendar

/// A person's statutory retirement date (JSON `retirements`).
public struct RetirementRow: Hashable, Sendable, Codable {
    /// The person's id.
    public var id: String
    /// The person's unit.
    public var unit: String
    /// The last day of the retirement month.
    public var date: CivilDate

    /// Creates a row.
    public init(id: String, unit: String, date: CivilDate) {
        self.id = id
        self.unit = unit
        self.date = date
    }
}
