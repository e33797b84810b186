import CivilCalendar
import MILP
import ScenarioModel

/// Everything `cchc staffing` reports: the check, the projection, the plan and the targets (the `--json` shape).
public struct StaffingReport: Hashable, Sendable, Codable {
    /// The rules applied.
    public var rules: RulesSummary
    /// The check date.
    public var asOf: CivilDate
    /// The last projected year.
    public var until: Int
    /// The hiring policy used.
    public var hiring: HiringPolicy
    /// Headcount against quota per unit and group on `asOf`.
    public var units: [UnitHeadcount]
    /// People against the approved number per unit and position.
    public var positions: [PositionHeadcount]
    /// Findings of the checks, sorted.
    public var findings: [Finding]
    /// Statutory retirement dates up to `until`.
    public var retirements: [RetirementRow]
    /// The projection without the plan (natural retirements, decided exits, hiring).
    public var projection: [ProjectionRow]
    /// The reduction plan.
    public var plan: ReductionPlan
    /// Deadlines per unit and group that had a surplus, after the plan.
    public var deadlines: [DeadlineStatus]
    /// Reduction targets, evaluated with the plan applied.
    public var targets: [TargetResult]
    /// Citations of unconfirmed [U] figures the results used, sorted.
    public var unconfirmed: [RuleCitation]
    /// The 2025 local-government reform, when the period runs past its date (the report says so).
    public var reform: LocalGovernmentReform?

    enum CodingKeys: String, CodingKey {
        case rules, until, hiring, units, positions, findings, retirements, projection, plan, deadlines, targets,
            unconfirmed, reform
        case asOf = "as_of"
    }

    /// Creates a report.
    public init(
        rules: RulesSummary, asOf: CivilDate, until: Int, hiring: HiringPolicy, units: [UnitHeadcount],
        positions: [PositionHeadcount], findings: [Finding], retirements: [RetirementRow], projection: [ProjectionRow],
        plan: ReductionPlan, targets: [TargetResult], unconfirmed: [RuleCitation]
    ) {
        self.rules = rules
        self.asOf = asOf
        self.until = until
        self.hiring = hiring
        self.units = units
        self.positions = positions
        self.findings = findings
        self.retirements = retirements
        self.projection = projection
        self.plan = plan
        self.deadlines = plan.deadlines
        self.targets = targets
        self.unconfirmed = unconfirmed
    }
}
