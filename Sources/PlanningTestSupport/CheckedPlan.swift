import CivilCalendar
import Foundation

/// An inspection plan as `plan.json` and `cchc schedule --json` write it, decoded on its own terms (not through the
/// scheduler's plan type), so that a test can check the text a user receives.
///
/// Only the keys a check needs are read; every other key of the document is ignored.
public struct CheckedPlan: Decodable, Sendable {
    /// One inspection of the document's `inspections` list.
    public struct Visit: Decodable, Hashable, Sendable {
        /// The unit's code.
        public var unit: String
        /// The team's code.
        public var team: String
        /// The start date.
        public var date: CivilDate
        /// The duration in days.
        public var days: Double
        /// Every date the inspection occupies.
        public var dates: [CivilDate]

        /// Creates a visit.
        public init(unit: String, team: String, date: CivilDate, days: Double, dates: [CivilDate]) {
            self.unit = unit
            self.team = team
            self.date = date
            self.days = days
            self.dates = dates
        }
    }

    /// The document's `objectiveTerms`.
    public struct Terms: Decodable, Hashable, Sendable {
        /// Σ priorities of the inspected units.
        public var prioritySum: Double
        /// The team spread in days.
        public var teamSpread: Double
        /// The month spread in days.
        public var monthSpread: Double
        /// The bundled pairs.
        public var bundledPairs: Int
    }

    /// `optimal`, `feasible`, `infeasible` or `no-solution`.
    public var status: String
    /// The objective the solver reported, if any.
    public var objective: Double?
    /// The proven bound, if any.
    public var bound: Double?
    /// The relative gap, if any.
    public var gap: Double?
    /// The terms the plan says it measured.
    public var objectiveTerms: Terms
    /// The calendar.
    public var inspections: [Visit]

    /// Decodes a plan document.
    ///
    /// - Parameter json: The bytes of `plan.json` or of `cchc schedule --json`.
    /// - Throws: `DecodingError` when the text is not such a document.
    public static func decode(json: Data) throws -> CheckedPlan {
        try JSONDecoder().decode(CheckedPlan.self, from: json)
    }
}
