/// The scheduling objective, defined precisely (maximised; hard rules always come first).
///
/// `objective = priority × Σ priority(u) over inspected units
///            − balance × (teamSpread + monthSpread)
///            + bundling × bundledPairs
///            − avoidCost × avoidedTeamDates`
///
/// - `teamSpread` = max − min inspection-days over the teams that can inspect at least one unit.
/// - `monthSpread` = max − min inspection-days (all teams) over the *balanced months*: months with at least
///   ``balancedMonthMinimumWorkingDays`` working days in the season. An inspection counts all its days in the month
///   it starts.
/// - `bundledPairs` = pairs (commune, unit of that commune) inspected by the same team with start dates on the same
///   or the next working day, in the same ISO week and month: the units visited on the trip to their commune.
///   Pairs of two units without their commune, and pairs across a weekend or a month boundary, are not counted.
///   Why: a trip is the team's visit to the commune (the People's Committee), and the calendar is announced week by
///   week. Counting every pair of the commune's units instead rewards piling units into one day quadratically, and
///   on Thạch Hà 2022 it left a root gap of 1.6 % that neither GLPK nor HiGHS closed in 60 s; counted this way the
///   model's LP relaxation is exact there (127.85) and the plan is proven optimal.
/// - `avoidedTeamDates` = the (team, date) pairs occupied on a weekday of `inspection.weekdays.avoid`; `avoidCost` is
///   half the priority weight (``ScheduleModelBuilder/avoidedDateCost(_:)``), so a plan takes an avoided day only to
///   keep a hard rule or to inspect more, never for balance or bundling alone. The model counts, per team and bucket,
///   the dates beyond what the other weekdays hold; the placement step uses avoided days last.
///
/// The MILP counts, per (commune, team, week-in-month) in which the commune itself can be inspected, the other units
/// of the commune inspected by that team in that week-in-month when the commune is (disaggregated links with a
/// capacity cut). The placement step then puts them on the same or the next working day as the commune when the
/// dates allow; the plan's ``ObjectiveTerms/bundledPairs`` reports the pairs actually achieved, and the objective
/// and the proof of optimality use that measured value.
public enum ScheduleObjective {
    /// Months with fewer working days in the season are left out of the month spread ([U] default).
    public static let balancedMonthMinimumWorkingDays = 5

    /// The objective of a plan from its measured terms, without the avoided weekdays' cost (see
    /// ``ScheduleModel/avoidedDatesCost(_:)``).
    public static func value(_ terms: ObjectiveTerms, priority: Double, balance: Double, bundling: Double) -> Double {
        priority * terms.prioritySum - balance * (terms.teamSpread + terms.monthSpread) + bundling
            * Double(terms.bundledPairs)
    }
}
