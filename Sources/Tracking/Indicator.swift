import CivilCalendar

/// How an indicator's value is compared with its target.
public enum IndicatorComparison: String, Hashable, Sendable, Codable {
    /// At least the target (`>=`).
    case atLeast = ">="
    /// At most the target (`<=`).
    case atMost = "<="
    /// Between the target and `upper`, both included (`range`).
    case range = "range"
}

/// Which units an indicator is counted over.
public enum IndicatorLevel: String, Hashable, Sendable, Codable {
    /// District-level agencies and units (and the district itself).
    case district
    /// Commune-level administrations (communes, towns, wards).
    case commune
    /// Every unit.
    case all
}

/// How an indicator's value is computed from the units' values.
public enum IndicatorCompute: String, Hashable, Sendable, Codable {
    /// The sum of the numerators over the units divided by the sum of the denominators (never an average of the
    /// units' percentages).
    case ratio
    /// The share of units whose own value meets `unit_target`.
    case shareOfUnits = "share-of-units"
    /// The sum of the units' values (a count, such as initiatives).
    case value
}

/// One indicator of the plan: what is measured, the target, and where it comes from.
public struct Indicator: Hashable, Sendable, Codable {
    /// The plan's number (`II.6`).
    public var id: String
    /// What is measured.
    public var name: String
    /// The target: a share (0.99 for 99 %) or a count.
    public var target: Double
    /// The upper end, for `range`.
    public var upper: Double?
    /// How the value is compared with the target.
    public var comparison: IndicatorComparison
    /// Which units it is counted over.
    public var level: IndicatorLevel
    /// How it is computed.
    public var compute: IndicatorCompute
    /// For `share-of-units`: what one unit's own value must reach (default 1).
    public var unitTarget: Double
    /// For `share-of-units` computed from the units' own plans recorded in the store (II.1, II.3).
    public var selfPlan: SelfPlanKind?
    /// The clause of the plan it comes from.
    public var source: String
    /// Whether the figure was reconstructed (not read in the plan); shown as such.
    public var reconstructed: Bool

    /// Creates an indicator.
    public init(
        id: String, name: String, target: Double, upper: Double? = nil, comparison: IndicatorComparison,
        level: IndicatorLevel, compute: IndicatorCompute, unitTarget: Double = 1, selfPlan: SelfPlanKind? = nil,
        source: String, reconstructed: Bool = false
    ) {
        self.id = id
        self.name = name
        self.target = target
        self.upper = upper
        self.comparison = comparison
        self.level = level
        self.compute = compute
        self.unitTarget = unitTarget
        self.selfPlan = selfPlan
        self.source = source
        self.reconstructed = reconstructed
    }

    /// Whether the value is a share (shown as a percentage, kept between 0 and 1).
    public var isShare: Bool { compute != .value }

    /// Whether a value meets the target.
    public func meets(_ value: Double) -> Bool {
        switch comparison {
        case .atLeast: return value >= target - 1e-12
        case .atMost: return value <= target + 1e-12
        case .range: return value >= target - 1e-12 && value <= (upper ?? target) + 1e-12
        }
    }
}

/// One unit's figures for one indicator and period, as reported.
public struct IndicatorValue: Hashable, Sendable, Codable {
    /// The store's sequence number; `nil` before it is stored.
    public var id: Int64?
    /// The unit's code.
    public var unit: String
    /// The indicator's id.
    public var indicator: String
    /// The period.
    public var period: Period
    /// The count that meets the criterion (files settled on time).
    public var numerator: Double?
    /// The count it is taken of (files settled).
    public var denominator: Double?
    /// A value reported directly (a share for share indicators, a count otherwise).
    public var value: Double?

    /// Creates a value.
    public init(
        id: Int64? = nil, unit: String, indicator: String, period: Period, numerator: Double? = nil,
        denominator: Double? = nil, value: Double? = nil
    ) {
        self.id = id
        self.unit = unit
        self.indicator = indicator
        self.period = period
        self.numerator = numerator
        self.denominator = denominator
        self.value = value
    }

    /// The unit's own value: numerator / denominator, or the value given; `nil` when it cannot be computed.
    public var ownValue: Double? {
        if let numerator, let denominator { return denominator > 0 ? numerator / denominator : nil }
        return value
    }
}

/// What a scenario sets for following the year (`tracking:` in scenario.yaml).
public struct TrackingSettings: Hashable, Sendable {
    /// The plan's indicators, in the file's order.
    public var indicators: [Indicator]
    /// The indicators file, as a path (for messages).
    public var indicatorsFile: String?
    /// The date by which every unit issues its own plans (`self_plan_due`).
    public var selfPlanDue: CivilDate?

    /// Creates settings.
    public init(indicators: [Indicator] = [], indicatorsFile: String? = nil, selfPlanDue: CivilDate? = nil) {
        self.indicators = indicators
        self.indicatorsFile = indicatorsFile
        self.selfPlanDue = selfPlanDue
    }
}
