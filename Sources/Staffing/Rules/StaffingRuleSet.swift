import CivilCalendar

/// A complete, date-versioned set of staffing rules: quotas, norms, retirement ages, benefit packages, base salary.
///
/// Codable, so a YAML rule file can replace it; ``builtIn(named:)`` returns the shipped sets. Every figure a check,
/// projection or plan computes cites the version it applied.
public struct StaffingRuleSet: Hashable, Sendable, Codable {
    /// The set's name, e.g. `vn-default`.
    public var name: String
    /// A one-line description.
    public var summary: String
    /// Commune-level CBCC and NHĐKCT quotas.
    public var communeQuotas: RuleTimeline<CommuneQuotaRule>
    /// School norms.
    public var schoolNorms: RuleTimeline<SchoolNormRule>
    /// Health-station norms.
    public var healthStationNorms: RuleTimeline<HealthStationNormRule>
    /// Retirement ages.
    public var retirementAges: RuleTimeline<RetirementAgeRule>
    /// Benefit packages for leaving.
    public var benefits: RuleTimeline<BenefitPackage>
    /// Base salary.
    public var baseSalary: RuleTimeline<BaseSalary>
    /// Provincial top-ups for staff of merged units, if the set has any.
    public var topUps: RuleTimeline<ProvincialTopUp>?
    /// The province's own maxima of part-time commune staff, if it set lower ones.
    public var provincialPartTime: RuleTimeline<ProvincialQuotaCap>?
    /// The legal priority of who is selected; `nil` selects on cost alone.
    public var selection: SelectionPriority?
    /// The 2025 local-government reform, if the set knows it.
    public var reform: LocalGovernmentReform?
    /// The package for exits caused by the 2025 restructuring (NĐ 178/2024 as amended by NĐ 67/2025), used for units
    /// formed on or after the version's start.
    public var restructuringBenefits: RuleTimeline<BenefitPackage>?

    /// Creates a rule set.
    public init(
        name: String, summary: String, communeQuotas: RuleTimeline<CommuneQuotaRule>,
        schoolNorms: RuleTimeline<SchoolNormRule>, healthStationNorms: RuleTimeline<HealthStationNormRule>,
        retirementAges: RuleTimeline<RetirementAgeRule>, benefits: RuleTimeline<BenefitPackage>,
        baseSalary: RuleTimeline<BaseSalary>, topUps: RuleTimeline<ProvincialTopUp>? = nil,
        provincialPartTime: RuleTimeline<ProvincialQuotaCap>? = nil, selection: SelectionPriority? = nil,
        reform: LocalGovernmentReform? = nil, restructuringBenefits: RuleTimeline<BenefitPackage>? = nil
    ) {
        self.topUps = topUps
        self.provincialPartTime = provincialPartTime
        self.selection = selection
        self.reform = reform
        self.restructuringBenefits = restructuringBenefits
        self.name = name
        self.summary = summary
        self.communeQuotas = communeQuotas
        self.schoolNorms = schoolNorms
        self.healthStationNorms = healthStationNorms
        self.retirementAges = retirementAges
        self.benefits = benefits
        self.baseSalary = baseSalary
    }

    /// The names of the built-in rule sets.
    public static var builtInNames: [String] { [vnDefault.name, vnHaTinh.name] }

    /// A built-in rule set by name, or `nil` when there is none.
    public static func builtIn(named name: String) -> StaffingRuleSet? {
        [vnDefault, vnHaTinh].first { $0.name == name }
    }

    /// Every provenance record of the set, ordered by document start date then document.
    public var allProvenance: [RuleProvenance] {
        let all =
            communeQuotas.versions.map(\.provenance) + schoolNorms.versions.map(\.provenance)
            + healthStationNorms.versions.map(\.provenance) + retirementAges.versions.map(\.provenance)
            + benefits.versions.map(\.provenance) + baseSalary.versions.map(\.provenance)
            + (topUps?.versions.map(\.provenance) ?? [])
            + (provincialPartTime?.versions.map(\.provenance) ?? []) + (selection.map { [$0.provenance] } ?? [])
            + (reform.map { [$0.provenance] } ?? []) + (restructuringBenefits?.versions.map(\.provenance) ?? [])
        return all.sorted { ($0.from, $0.document) < ($1.from, $1.document) }
    }

    /// The statutory retirement date of a person under the retirement rule in force at their birth-date-based
    /// retirement (the latest version, since schedules only extend), or `nil` when the set has none.
    public func retirementRule() -> RuleTimeline<RetirementAgeRule>.Version? {
        retirementAges.versions.max { $0.provenance.from < $1.provenance.from }
    }
}
