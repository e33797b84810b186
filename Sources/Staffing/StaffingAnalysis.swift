import CivilCalendar
import MILP
import ScenarioModel

/// The whole staffing analysis of a scenario: check, projection, reduction plan and targets.
public enum StaffingAnalysis {
    /// The rule set a scenario asks for: a built-in by name, or `vn-default` when none is given.
    ///
    /// - Returns: The set, or `nil` for an unknown built-in name or a rule file (which `ScenarioFiles` loads and
    ///   decodes as a ``StaffingRuleSet``).
    public static func builtInRules(for source: RuleSource?) -> StaffingRuleSet? {
        switch source {
        case nil: return .vnDefault
        case .builtIn(let name): return StaffingRuleSet.builtIn(named: name)
        case .file: return nil
        }
    }

    /// Runs the analysis.
    ///
    /// - Parameters:
    ///   - scenario: The scenario.
    ///   - rules: The rule set.
    ///   - asOf: The check date; default `staffing.as_of`, else 1 January of the scenario year.
    ///   - untilYear: The last projected year; default the latest deadline's year.
    ///   - solver: The MILP solver for the reduction plan.
    ///   - options: Solve options.
    /// - Returns: The report.
    /// - Throws: ``SolverError`` when the solver fails.
    public static func run(
        scenario: Scenario, rules: StaffingRuleSet, asOf: CivilDate? = nil, untilYear: Int? = nil,
        solver: any MILPSolver, options: SolveOptions = SolveOptions(timeLimitSeconds: 60)
    ) throws(SolverError) -> StaffingReport {
        let date = asOf ?? scenario.staffing.asOf ?? CivilDate(year: scenario.year, month: 1, day: 1)!
        let deadlines = UnitDeadline.all(for: scenario, fallbackYear: date.year, reform: rules.reform)
        let until = max(date.year, untilYear ?? deadlines.map(\.date.year).max() ?? date.year)
        let context = StaffingCheckContext(scenario: scenario, rules: rules, asOf: date)
        let units = UnitHeadcount.rows(in: context)
        let findings = StaffingChecks.run(context)
        let projection = StaffProjection(scenario: scenario, rules: rules, asOf: date)
        let hiring = scenario.staffing.hiring
        let rows = projection.rows(untilYear: until, hiring: hiring)
        let plan = try ReductionPlanner.plan(
            scenario: scenario, rules: rules, asOf: date, solver: solver, options: options)
        let targets = ReductionTargetCheck.evaluate(
            scenario.staffing.reductionTargets, projection: projection, hiring: hiring, moves: plan.moves)
        let end = CivilDate(year: until, month: 12, day: 31)!
        let documents = rules.allProvenance.filter { $0.from <= end && ($0.to.map { $0 >= date } ?? true) }
        var unconfirmed = Set(units.compactMap { $0.unconfirmed ? $0.citation : nil })
        unconfirmed.formUnion(rows.compactMap { $0.citation?.confidence == .unconfirmed ? $0.citation : nil })
        unconfirmed.formUnion(plan.exits.compactMap { $0.unconfirmed ? $0.citation : nil })
        var report = StaffingReport(
            rules: RulesSummary(name: rules.name, summary: rules.summary, documents: documents), asOf: date,
            until: until,
            hiring: hiring, units: units, positions: PositionHeadcount.rows(in: context), findings: findings,
            retirements: projection.retirements(untilYear: until), projection: rows, plan: plan, targets: targets,
            unconfirmed: unconfirmed.sorted())
        report.reform = rules.reform.flatMap { $0.date <= end ? $0 : nil }
        return report
    }
}
