/// The scheduling objective, defined precisely (maximised; hard rules always come first).
///
/// `objective = priority × Σ priority(u) over inspected units
///            − balance × (teamSpread + monthSpread)
///            + bundling × bundledPairs`
///
/// - `teamSpread` = max − min inspection-days over the teams that can inspect at least one unit.
/// - `monthSpread` = max − min inspection-days (all teams) over the *balanced months*: months with at least
///   ``balancedMonthMinimumWorkingDays`` working days in the season. An inspection counts all its days in the month
///   it starts.
/// - `bundledPairs` = pairs of units of the same commune (a commune-level unit and the units whose `commune` is it)
///   inspected by the same team with start dates on the same or adjacent working days.
///
/// The MILP counts bundling per (commune, team, week-in-month) as `max(k − 1, 0)` — the links of a chain of `k`
/// inspections — and the placement step puts such units on the same or consecutive days when the dates allow; the
/// plan's ``ObjectiveTerms/bundledPairs`` reports the pairs actually achieved.
public enum ScheduleObjective {
    /// Months with fewer working days in the season are left out of the month spread ([U] default).
    public static let balancedMonthMinimumWorkingDays = 5

    /// The objective of a plan from its measured terms.
    public static func value(_ terms: ObjectiveTerms, priority: Double, balance: Double, bundling: Double) -> Double {
        priority * terms.prioritySum - balance * (terms.teamSpread + terms.monthSpread) + bundling * Double(terms.bundledPairs)
    }
}
