import CivilCalendar
import MILP

/// How a planned person leaves.
public enum ExitKind: String, Hashable, Sendable, Codable {
    /// Early retirement under the streamlining package.
    case earlyRetirement = "early-retirement"
    /// Immediate resignation under the streamlining package.
    case resignation
}

/// A planned transfer (JSON `plan.transfers`).
public struct PlannedTransfer: Hashable, Sendable, Codable {
    /// The person's id.
    public var id: String
    /// The person's name.
    public var name: String
    /// The unit left.
    public var from: String
    /// The unit joined.
    public var to: String
    /// The day it takes effect.
    public var date: CivilDate
    /// The category group.
    public var category: QuotaGroup
    /// The money paid: 0 (a transfer pays no benefit; its penalty is an objective weight only).
    public var costVND: Double

    enum CodingKeys: String, CodingKey {
        case id, name, from, to, date, category
        case costVND = "cost_vnd"
    }

    /// Creates a transfer.
    public init(id: String, name: String, from: String, to: String, date: CivilDate, category: QuotaGroup, costVND: Double = 0) {
        self.id = id
        self.name = name
        self.from = from
        self.to = to
        self.date = date
        self.category = category
        self.costVND = costVND
    }
}

/// A planned exit (JSON `plan.exits`).
public struct PlannedExit: Hashable, Sendable, Codable {
    /// The person's id.
    public var id: String
    /// The person's name.
    public var name: String
    /// The person's unit.
    public var unit: String
    /// Early retirement or resignation.
    public var kind: ExitKind
    /// The exit date.
    public var date: CivilDate
    /// The amount paid in VND.
    public var costVND: Double
    /// The formula with its figures.
    public var formula: String
    /// The rule applied.
    public var citation: RuleCitation
    /// Whether an unconfirmed figure entered the amount.
    public var unconfirmed: Bool

    enum CodingKeys: String, CodingKey {
        case id, name, unit, kind, date, formula, citation, unconfirmed
        case costVND = "cost_vnd"
    }

    /// Creates an exit.
    public init(id: String, name: String, unit: String, kind: ExitKind, date: CivilDate, cost: ExitCost) {
        self.id = id
        self.name = name
        self.unit = unit
        self.kind = kind
        self.date = date
        self.costVND = cost.vnd
        self.formula = cost.formula
        self.citation = cost.citation
        self.unconfirmed = cost.unconfirmed
    }
}

/// Whether a unit is within quota by its deadline after the plan (JSON `deadlines`).
public struct DeadlineStatus: Hashable, Sendable, Codable {
    /// The unit's code.
    public var unit: String
    /// The category group.
    public var category: QuotaGroup
    /// The deadline.
    public var date: CivilDate
    /// The surplus at the deadline after natural retirements and decided exits, before the plan.
    public var surplusBeforePlan: Int
    /// People still above the quota at the deadline after the plan (0 = resolved).
    public var unresolved: Int

    enum CodingKeys: String, CodingKey {
        case unit, category, date, unresolved
        case surplusBeforePlan = "surplus_before_plan"
    }

    /// Creates a status.
    public init(unit: String, category: QuotaGroup, date: CivilDate, surplusBeforePlan: Int, unresolved: Int) {
        self.unit = unit
        self.category = category
        self.date = date
        self.surplusBeforePlan = surplusBeforePlan
        self.unresolved = unresolved
    }
}

/// The least-cost reduction plan (JSON `plan`), with the solver's status.
public struct ReductionPlan: Hashable, Sendable, Codable {
    /// Transfers, by date then id.
    public var transfers: [PlannedTransfer]
    /// Exits, by date then id.
    public var exits: [PlannedExit]
    /// The sum of the measures' costs in VND.
    public var totalCostVND: Double
    /// The penalty per transfer used in the objective.
    public var transferPenaltyVND: Double
    /// Why the solver stopped (`optimal` when no solve was needed).
    public var termination: TerminationStatus
    /// Deadlines per unit and group that had a surplus, with what remains unresolved.
    public var deadlines: [DeadlineStatus]

    enum CodingKeys: String, CodingKey {
        case transfers, exits, termination, deadlines
        case totalCostVND = "total_cost_vnd"
        case transferPenaltyVND = "transfer_penalty_vnd"
    }

    /// Creates a plan; the total is the sum of the measures' costs.
    public init(
        transfers: [PlannedTransfer], exits: [PlannedExit], transferPenaltyVND: Double, termination: TerminationStatus,
        deadlines: [DeadlineStatus]
    ) {
        self.transfers = transfers.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        self.exits = exits.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        self.totalCostVND = exits.reduce(0) { $0 + $1.costVND } + transfers.reduce(0) { $0 + $1.costVND }
        self.transferPenaltyVND = transferPenaltyVND
        self.termination = termination
        self.deadlines = deadlines
    }

    /// The plan's measures as projection moves.
    public var moves: [PlannedMove] {
        transfers.map { PlannedMove(person: $0.id, kind: .transfer(to: $0.to), date: $0.date) }
            + exits.map { PlannedMove(person: $0.id, kind: .exit, date: $0.date) }
    }

    /// Whether every deadline is met.
    public var isComplete: Bool { deadlines.allSatisfy { $0.unresolved == 0 } }
}
