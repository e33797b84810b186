import CivilCalendar

/// A unit counted by the scorecard, with its level.
public struct ScorecardUnit: Hashable, Sendable {
    /// The unit's code.
    public var code: String
    /// `district` or `commune` (never `all`): which level-specific indicators count it.
    public var level: IndicatorLevel
    /// Whether the unit issues its own plans (counted by the indicators computed from them).
    public var issuesOwnPlans: Bool

    /// Creates a unit.
    public init(code: String, level: IndicatorLevel, issuesOwnPlans: Bool = true) {
        self.code = code
        self.level = level
        self.issuesOwnPlans = issuesOwnPlans
    }
}

/// An indicator's value in one period.
public struct PeriodValue: Hashable, Sendable, Codable {
    /// The period.
    public var period: Period
    /// The value; `nil` when no unit reported.
    public var value: Double?
}

/// One line of the scorecard.
public struct IndicatorResult: Hashable, Sendable, Codable {
    /// The indicator.
    public var indicator: Indicator
    /// The value in the period shown; `nil` when data is missing.
    public var value: Double?
    /// Whether the value meets the target; `nil` when data is missing.
    public var met: Bool?
    /// The value in each period up to the one shown.
    public var periods: [PeriodValue]
    /// The change from the previous period with data to the period shown; `nil` without two values.
    public var change: Double?
    /// The units that pull the value down (their own value misses the target), worst first.
    public var pullingDown: [String]
    /// The units of the indicator's level that reported nothing for the period shown.
    public var missingUnits: [String]
    /// How many units reported for the period shown.
    public var reporting: Int
}

/// The plan's indicators in one period.
public struct Scorecard: Hashable, Sendable, Codable {
    /// The period shown; `nil` when there is no data at all.
    public var period: Period?
    /// Every indicator, in the file's order.
    public var indicators: [IndicatorResult]
}

/// Computes the scorecard.
public enum ScorecardComputation {
    /// The scorecard for `period` (default: the latest period with any data).
    ///
    /// - Parameters:
    ///   - indicators: The indicators, in display order.
    ///   - units: Every unit with its level.
    ///   - values: Every recorded value; the newest per unit, indicator and period counts.
    ///   - selfPlans: The units' own plans, for indicators computed from them.
    ///   - period: The period to show.
    public static func scorecard(
        indicators: [Indicator], units: [ScorecardUnit], values: [IndicatorValue], selfPlans: [SelfPlanEvent],
        period: Period? = nil
    ) -> Scorecard {
        let latest = Array(
            newest(values, key: { "\($0.unit)|\($0.indicator)|\($0.period)" }, id: \.id).values)
        var periods = Set(latest.map(\.period))
        let planned = indicators.contains { $0.selfPlan != nil }
        if planned {
            for event in selfPlans {
                if let p = Period(year: event.date.year, quarter: (event.date.month - 1) / 3 + 1) { periods.insert(p) }
            }
        }
        let shown = period ?? periods.max()
        let timeline = periods.filter { shown == nil || $0 <= shown! }.sorted()
        let results = indicators.map { indicator in
            let members = units.filter {
                (indicator.level == .all || $0.level == indicator.level)
                    && (indicator.selfPlan == nil || $0.issuesOwnPlans)
            }.map(\.code)
            let series = timeline.map { p in
                PeriodValue(
                    period: p,
                    value: computed(indicator, members: members, period: p, values: latest, selfPlans: selfPlans).value)
            }
            let current = shown.map {
                computed(indicator, members: members, period: $0, values: latest, selfPlans: selfPlans)
            }
            let value = current?.value
            let withData = series.filter { $0.value != nil && $0.period <= (shown ?? $0.period) }
            let change =
                withData.count >= 2 && withData.last?.period == shown
                ? withData[withData.count - 1].value! - withData[withData.count - 2].value! : nil
            return IndicatorResult(
                indicator: indicator, value: value, met: value.map(indicator.meets), periods: series, change: change,
                pullingDown: current?.pullingDown ?? [], missingUnits: current?.missing ?? members,
                reporting: current?.reporting ?? 0)
        }
        return Scorecard(period: shown, indicators: results)
    }

    struct Computed {
        var value: Double?
        var pullingDown: [String]
        var missing: [String]
        var reporting: Int
    }

    /// One indicator's value in one period over its units.
    static func computed(
        _ indicator: Indicator, members: [String], period: Period, values: [IndicatorValue],
        selfPlans: [SelfPlanEvent]
    ) -> Computed {
        if let kind = indicator.selfPlan {
            let end = endOfPeriod(period)
            let issued = SelfPlanTracking.issuedUnits(kind: kind, events: selfPlans, by: end)
            let missing = members.filter { !issued.contains($0) }
            let value = members.isEmpty ? nil : Double(members.count - missing.count) / Double(members.count)
            return Computed(value: value, pullingDown: missing, missing: [], reporting: members.count)
        }
        let memberSet = Set(members)
        let rows = values.filter { $0.indicator == indicator.id && $0.period == period && memberSet.contains($0.unit) }
        let byUnit = Dictionary(rows.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        let missing = members.filter { byUnit[$0] == nil }
        let own = members.compactMap { code in byUnit[code]?.ownValue.map { (code, $0) } }
        let value: Double?
        let failing: [(String, Double)]
        switch indicator.compute {
        case .ratio:
            let counted = rows.filter { $0.numerator != nil && $0.denominator != nil }
            let numerator = counted.reduce(0) { $0 + $1.numerator! }
            let denominator = counted.reduce(0) { $0 + $1.denominator! }
            value = denominator > 0 ? numerator / denominator : nil
            failing = own.filter { !indicator.meets($0.1) }
        case .shareOfUnits:
            let meets = own.filter { $0.1 >= indicator.unitTarget - 1e-12 }
            value = own.isEmpty ? nil : Double(meets.count) / Double(own.count)
            failing = own.filter { $0.1 < indicator.unitTarget - 1e-12 }
        case .value:
            value = own.isEmpty ? nil : own.reduce(0) { $0 + $1.1 }
            failing = []
        }
        let worstFirst = failing.sorted {
            indicator.comparison == .atMost ? ($0.1, $1.0) > ($1.1, $0.0) : ($0.1, $0.0) < ($1.1, $1.0)
        }
        return Computed(value: value, pullingDown: worstFirst.map(\.0), missing: missing, reporting: byUnit.count)
    }

    /// The last day of a quarter.
    static func endOfPeriod(_ period: Period) -> CivilDate {
        let next =
            period.quarter == 4
            ? CivilDate(year: period.year + 1, month: 1, day: 1)
            : CivilDate(
                year: period.year, month: period.lastMonth + 1, day: 1)
        return next!.adding(days: -1)
    }
}
