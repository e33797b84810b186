import CivilCalendar
import InspectionScheduling
import ScenarioModel
import Staffing

/// One scenario's results, the input of a comparison.
public struct ComparedScenario: Sendable {
    /// A stable identity for the scenario (its folder name).
    public var id: String
    /// The scenario (for unit names).
    public var scenario: Scenario
    /// Its inspection plan.
    public var plan: InspectionPlan
    /// Its staffing report.
    public var staffing: StaffingReport

    /// Creates an input.
    public init(id: String, scenario: Scenario, plan: InspectionPlan, staffing: StaffingReport) {
        self.id = id
        self.scenario = scenario
        self.plan = plan
        self.staffing = staffing
    }
}

/// Several scenarios side by side: one column of key figures per scenario, and what differs between the first
/// scenario (the baseline) and each of the others. Encodes as the JSON object `cchc compare --json` prints.
public struct ScenarioComparison: Hashable, Sendable, Codable {
    /// One column per scenario, in the order given; the first is the baseline.
    public var columns: [ComparisonColumn]
    /// The target labels ("name" or "name — region") of every column, in first-seen order.
    public var targetLabels: [String]
    /// The differences from the baseline, one entry per other scenario.
    public var differences: [ScenarioDifferences]

    enum CodingKeys: String, CodingKey {
        case columns, differences
        case targetLabels = "target_labels"
    }

    /// Compares scenarios; the first is the baseline.
    public init(_ scenarios: [ComparedScenario]) {
        columns = scenarios.map(ComparisonColumn.init)
        var labels: [String] = []
        for c in columns { for t in c.inspection.coverage where !labels.contains(t.label) { labels.append(t.label) } }
        targetLabels = labels
        if let base = scenarios.first {
            differences = scenarios.dropFirst().map { ScenarioDifferences(baseline: base, other: $0) }
        } else {
            differences = []
        }
    }
}

/// The key figures of one scenario.
public struct ComparisonColumn: Hashable, Sendable, Codable {
    /// The scenario's id (folder name).
    public var id: String
    /// The scenario's display name.
    public var name: String
    /// Inspection figures.
    public var inspection: InspectionFigures
    /// Staffing figures.
    public var staffing: StaffingFigures

    /// Summarises one scenario.
    public init(_ s: ComparedScenario) {
        id = s.id
        name = s.scenario.name
        inspection = InspectionFigures(s.plan, teams: s.scenario.teams.count)
        staffing = StaffingFigures(s.staffing)
    }
}

/// How one target group is covered, with its label.
public struct CoverageFigure: Hashable, Sendable, Codable {
    /// "name" or "name — region".
    public var label: String
    /// Units planned.
    public var planned: Int
    /// Units required.
    public var required: Int
    /// Units in the group.
    public var total: Int
    /// Whether `planned ≥ required`.
    public var met: Bool
}

/// The inspection plan's key figures.
public struct InspectionFigures: Hashable, Sendable, Codable {
    /// The plan's status.
    public var status: PlanStatus
    /// The relative gap, if known.
    public var gap: Double?
    /// Coverage per target group.
    public var coverage: [CoverageFigure]
    /// Number of inspections.
    public var inspections: Int
    /// Team-days of inspection (Σ durations).
    public var teamDays: Double
    /// The distinct (team, date) pairs the inspections occupy (`nil` when read from an older comparison).
    public var teamDates: Int?
    /// Inspections starting on each weekday, Monday to Friday (`nil` when read from an older comparison).
    public var weekdays: [Int]?
    /// Number of teams in the scenario.
    public var teams: Int
    /// max − min team load, in days.
    public var teamSpread: Double
    /// max − min monthly load over the balanced months, in days.
    public var monthSpread: Double
    /// Σ priority of the inspected units.
    public var prioritySum: Double
    /// Things the plan could not satisfy.
    public var unmet: Int

    enum CodingKeys: String, CodingKey {
        case status, gap, coverage, inspections, teams, unmet, weekdays
        case teamDates = "team_dates"
        case teamDays = "team_days"
        case teamSpread = "team_spread"
        case monthSpread = "month_spread"
        case prioritySum = "priority_sum"
    }

    /// Summarises a plan.
    public init(_ plan: InspectionPlan, teams: Int) {
        status = plan.status
        gap = plan.gap
        coverage = plan.targets.map {
            CoverageFigure(
                label: $0.name + ($0.region.map { " — \($0)" } ?? ""), planned: $0.planned, required: $0.required,
                total: $0.total, met: $0.isMet)
        }
        inspections = plan.inspections.count
        teamDays = plan.inspections.reduce(0) { $0 + $1.days }
        teamDates = WeekdayHistogram.teamDays(plan)
        weekdays = WeekdayHistogram.counts(plan)
        self.teams = teams
        teamSpread = plan.objectiveTerms.teamSpread
        monthSpread = plan.objectiveTerms.monthSpread
        prioritySum = plan.objectiveTerms.prioritySum
        unmet = plan.unmet.count
    }
}

/// The staffing report's key figures.
public struct StaffingFigures: Hashable, Sendable, Codable {
    /// Why the reduction-plan solver stopped.
    public var termination: String
    /// The reduction plan's relative gap, when the solver reports one.
    public var gap: Double?
    /// The hiring policy.
    public var hiring: HiringPolicy
    /// Σ surplus at the deadlines before the plan (natural retirements and decided exits only).
    public var surplusBeforePlan: Int
    /// Σ people still above quota at the deadlines after the plan.
    public var unresolved: Int
    /// Deadlines met after the plan.
    public var deadlinesMet: Int
    /// Deadlines with a surplus.
    public var deadlines: Int
    /// Early retirements.
    public var earlyRetirements: Int
    /// Resignations.
    public var resignations: Int
    /// Transfers.
    public var transfers: Int
    /// Σ cost of the measures in VND.
    public var costVND: Double
    /// Reduction targets met.
    public var targetsMet: Int
    /// Reduction targets.
    public var targets: Int

    enum CodingKeys: String, CodingKey {
        case termination, gap, hiring, unresolved, deadlines, resignations, transfers, targets
        case surplusBeforePlan = "surplus_before_plan"
        case deadlinesMet = "deadlines_met"
        case earlyRetirements = "early_retirements"
        case costVND = "cost_vnd"
        case targetsMet = "targets_met"
    }

    /// Exits of both kinds.
    public var exits: Int { earlyRetirements + resignations }

    /// Summarises a report.
    public init(_ report: StaffingReport) {
        termination = report.plan.termination.rawValue
        gap = report.plan.relativeGap
        hiring = report.hiring
        surplusBeforePlan = report.deadlines.reduce(0) { $0 + $1.surplusBeforePlan }
        unresolved = report.deadlines.reduce(0) { $0 + $1.unresolved }
        deadlinesMet = report.deadlines.filter { $0.unresolved == 0 }.count
        deadlines = report.deadlines.count
        earlyRetirements = report.plan.exits.filter { $0.kind == .earlyRetirement }.count
        resignations = report.plan.exits.filter { $0.kind == .resignation }.count
        transfers = report.plan.transfers.count
        costVND = report.plan.totalCostVND
        targetsMet = report.targets.filter(\.met).count
        targets = report.targets.count
    }
}
