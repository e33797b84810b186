import CivilCalendar

/// A decided or planned change to one person: an exit, or a transfer to another unit, taking effect on a date.
public struct PlannedMove: Hashable, Sendable, Codable {
    /// What happens.
    public enum Kind: Hashable, Sendable, Codable {
        /// The person leaves the roll.
        case exit
        /// The person moves to the unit with this code.
        case transfer(to: String)
    }

    /// The person's id.
    public var person: String
    /// What happens.
    public var kind: Kind
    /// The day it takes effect (the person is counted in the new state from this day).
    public var date: CivilDate

    /// Creates a move.
    public init(person: String, kind: Kind, date: CivilDate) {
        self.person = person
        self.kind = kind
        self.date = date
    }
}
