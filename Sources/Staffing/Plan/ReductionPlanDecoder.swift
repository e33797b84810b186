import MILP
import ScenarioModel

/// Turns a solver result for a ``ReductionModelBuilder`` model into a ``ReductionPlan``. Pure.
public enum ReductionPlanDecoder {
    /// Decodes a result.
    ///
    /// - Parameters:
    ///   - result: The solver's result; without a feasible point the plan has no measures and every surplus stays
    ///     unresolved.
    ///   - built: The model and its index.
    ///   - scenario: The scenario (names and the transfer penalty).
    /// - Returns: The plan: chosen transfers and exits with costs and formulas, and each tracked deadline.
    public static func decode(_ result: SolveResult, built: ReductionModelBuilder.Built, scenario: Scenario)
        -> ReductionPlan
    {
        let names = Dictionary(scenario.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var transfers: [PlannedTransfer] = []
        var exits: [PlannedExit] = []
        if result.hasFeasiblePoint {
            for c in built.candidates where result.isOn(c.variable) {
                let name = names[c.person] ?? c.person
                switch c.measure {
                case .transfer(let to):
                    var transfer = PlannedTransfer(
                        id: c.person, name: name, from: c.unit, to: to, date: c.date, category: c.group)
                    transfer.post = c.post
                    transfer.needsElection = c.post == nil ? nil : c.needsElection
                    transfers.append(transfer)
                case .exit(let kind, let cost):
                    var exit = PlannedExit(
                        id: c.person, name: name, unit: c.unit, kind: kind, date: c.date, cost: cost)
                    exit.criterion = c.criterion
                    exit.criterionCitation = c.criterionCitation
                    exits.append(exit)
                }
            }
        }
        let deadlines = built.tracked.filter {
            $0.surplusAtDeadline > 0 || ($0.deadlineSlack.flatMap { result[$0] } ?? 0) > 0.5
        }
        .map { t -> DeadlineStatus in
            let unresolved =
                result.hasFeasiblePoint
                ? Int(((t.deadlineSlack.flatMap { result[$0] }) ?? 0).rounded())
                : max(0, t.surplusAtDeadline)
            return DeadlineStatus(
                unit: t.unit, category: t.group, date: t.deadline, surplusBeforePlan: t.surplusAtDeadline,
                unresolved: unresolved)
        }
        return ReductionPlan(
            transfers: transfers, exits: exits, transferPenaltyVND: scenario.staffing.transferPenaltyVND,
            termination: result.termination, deadlines: deadlines,
            relativeGap: result.hasFeasiblePoint ? result.relativeGap : nil)
    }
}
