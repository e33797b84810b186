import CivilCalendar

/// How vacancies are filled in the projection.
public enum HiringPolicy: String, Hashable, Sendable, Codable, CaseIterable {
    /// No one is hired.
    case freeze
    /// Each retiree is replaced one for one.
    case replaceRetirees = "replace-retirees"
    /// Vacancies below the quota are filled.
    case fillToQuota = "fill-to-quota"
}

/// A measure the reduction plan may use.
public enum ReductionMeasure: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    case transfer
    case earlyRetirement = "early-retirement"
    case resignation

    public static func < (lhs: ReductionMeasure, rhs: ReductionMeasure) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Which transfers between units are allowed.
public enum TransferPolicy: Hashable, Sendable, Codable {
    /// Only between units of the same region (the whole district when there are no regions).
    case sameRegion
    /// Between any two units.
    case any
    /// Only these ordered pairs (from, to) of unit codes.
    case pairs([UnitPair])
}

/// An ordered pair of unit codes.
public struct UnitPair: Hashable, Sendable, Codable {
    /// The unit people leave.
    public var from: String
    /// The unit people join.
    public var to: String

    /// Creates a pair.
    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}

/// A reduction target such as KL 40-KL/TW: cut at least `minCut` of the headcount of some categories between two years.
public struct ReductionTarget: Hashable, Sendable, Codable {
    /// The categories counted.
    public var categories: [StaffCategory]
    /// The base year (headcount on 1 January... see the staffing docs).
    public var fromYear: Int
    /// The final year.
    public var toYear: Int
    /// The minimum share cut, 0...1.
    public var minCut: Double
    /// The establishment allocated (biên chế giao) for these categories in the base year, when the scenario gives
    /// it; the cut is then measured against it rather than against the roster's headcount.
    public var baseEstablishment: Int?

    /// Creates a target.
    public init(categories: [StaffCategory], fromYear: Int, toYear: Int, minCut: Double) {
        self.categories = categories
        self.fromYear = fromYear
        self.toYear = toYear
        self.minCut = minCut
    }
}

/// Where the staffing rules come from.
public enum RuleSource: Hashable, Sendable, Codable {
    /// A built-in rule set, by name.
    case builtIn(String)
    /// A YAML rule file (path as written, relative to the declaring scenario folder).
    case file(String)
}

/// The `staffing:` section of a scenario.
public struct StaffingSettings: Hashable, Sendable, Codable {
    /// The rule set; `nil` means the built-in rules covering every date.
    public var rules: RuleSource?
    /// The date of the check; default 1 January of the scenario year.
    public var asOf: CivilDate?
    /// A single deadline for all units; `nil` means each merged unit's `merged_on` + 5 years, end of that year.
    public var deadline: CivilDate?
    /// The hiring policy in the projection.
    public var hiring: HiringPolicy
    /// The measures the plan may use.
    public var measures: Set<ReductionMeasure>
    /// The penalty in VND added per transfer.
    public var transferPenaltyVND: Double
    /// Staff ids the plan never chooses.
    public var protected: Set<String>
    /// Which transfers are allowed.
    public var allowedTransfers: TransferPolicy
    /// Reduction targets to check.
    public var reductionTargets: [ReductionTarget]
    /// The document that allocated the units' quotas (`quota_cbcc`, `quota_part_time` in units.csv), if any.
    public var quotaDecision: String?
    /// Staff ids the plan must choose (HR's decision), the counterpart of `protected`.
    public var fixed: Set<String> = []

    /// Creates staffing settings with the documented defaults.
    public init(
        rules: RuleSource? = nil, asOf: CivilDate? = nil, deadline: CivilDate? = nil,
        hiring: HiringPolicy = .replaceRetirees, measures: Set<ReductionMeasure> = Set(ReductionMeasure.allCases),
        transferPenaltyVND: Double = 10_000_000, protected: Set<String> = [],
        allowedTransfers: TransferPolicy = .sameRegion,
        reductionTargets: [ReductionTarget] = []
    ) {
        self.rules = rules
        self.asOf = asOf
        self.deadline = deadline
        self.hiring = hiring
        self.measures = measures
        self.transferPenaltyVND = transferPenaltyVND
        self.protected = protected
        self.allowedTransfers = allowedTransfers
        self.reductionTargets = reductionTargets
    }
}
