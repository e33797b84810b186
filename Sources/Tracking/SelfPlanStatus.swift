import CivilCalendar

/// Which units have issued one kind of their own plan.
public struct SelfPlanStatus: Hashable, Sendable, Codable {
    /// The plan kind.
    public var kind: SelfPlanKind
    /// How many units have issued it (on or before the day the status is taken).
    public var issued: Int
    /// How many units must issue it.
    public var total: Int
    /// The units that have not issued it, in the scenario's order.
    public var missing: [String]
    /// The units that issued it after the due date.
    public var late: [String]
    /// The due date, when the scenario sets one.
    public var due: CivilDate?
    /// Whether the due date has passed with units still missing.
    public var overdue: Bool

    /// The share of units that issued it (the plan asks for 100 %); `nil` without units.
    public var share: Double? { total == 0 ? nil : Double(issued) / Double(total) }
}

/// Computes the status of the units' own plans.
public enum SelfPlanTracking {
    /// The status of each kind of plan among `units`, on `asOf`.
    ///
    /// - Parameters:
    ///   - units: The codes of the units that must issue the plans, in display order.
    ///   - events: Every recorded self-plan event; the newest per unit and kind counts.
    ///   - due: The due date (`tracking.self_plan_due`).
    ///   - asOf: Plans dated after this day are not counted yet.
    public static func status(
        units: [String], events: [SelfPlanEvent], due: CivilDate?, asOf: CivilDate
    ) -> [SelfPlanStatus] {
        let latest = newest(events.filter { $0.date <= asOf }, key: { "\($0.kind.rawValue)|\($0.unit)" }, id: \.id)
        return SelfPlanKind.allCases.map { kind in
            let issued = units.filter { latest["\(kind.rawValue)|\($0)"] != nil }
            let missing = units.filter { latest["\(kind.rawValue)|\($0)"] == nil }
            let late = due.map { due in issued.filter { latest["\(kind.rawValue)|\($0)"]!.date > due } } ?? []
            return SelfPlanStatus(
                kind: kind, issued: issued.count, total: units.count, missing: missing, late: late, due: due,
                overdue: due.map { asOf > $0 && !missing.isEmpty } ?? false)
        }
    }

    /// Whether each unit had issued the plan by the end of a day: the basis of the share-of-units indicators
    /// computed from the units' own plans.
    public static func issuedUnits(kind: SelfPlanKind, events: [SelfPlanEvent], by day: CivilDate) -> Set<String> {
        Set(events.filter { $0.kind == kind && $0.date <= day }.map(\.unit))
    }
}
