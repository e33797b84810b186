import CivilCalendar
import MILP

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
    /// The solver's relative gap between the plan and its bound, when known (0 = proven optimal).
    public var relativeGap: Double?

    enum CodingKeys: String, CodingKey {
        case transfers, exits, termination, deadlines
        case totalCostVND = "total_cost_vnd"
        case transferPenaltyVND = "transfer_penalty_vnd"
        case relativeGap = "relative_gap"
    }

    /// The objective's parts: money paid, transfer penalties (weights, not money) and people left above quota.
    public var objectiveBreakdown: (costVND: Double, transferPenaltiesVND: Double, shortfallPeople: Int) {
        (totalCostVND, Double(transfers.count) * transferPenaltyVND, deadlines.reduce(0) { $0 + $1.unresolved })
    }

    /// Creates a plan; the total is the sum of the measures' costs.
    public init(
        transfers: [PlannedTransfer], exits: [PlannedExit], transferPenaltyVND: Double, termination: TerminationStatus,
        deadlines: [DeadlineStatus], relativeGap: Double? = nil
    ) {
        self.relativeGap = relativeGap
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
