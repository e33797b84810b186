import CivilCalendar
import ScenarioModel

/// Computes eligibility and amounts of early retirement and resignation under the package in force on the exit date.
///
/// Counting conventions (all [U], see docs/legal-sources.md §3.4): years early = whole months from the exit month to the
/// retirement month ÷ 12; social-insurance (SI) years at exit = the roster value (on 1 January of `referenceYear`)
/// plus the time to the exit date, rounded down to half years; the salary is
/// `(salary coefficient + allowance coefficient) × base salary in force on the exit date`.
public struct BenefitCalculator: Sendable {
    /// The rules.
    public var rules: StaffingRuleSet
    /// The year whose 1 January the roster's insurance years refer to (the scenario year).
    public var referenceYear: Int

    /// Creates a calculator.
    public init(rules: StaffingRuleSet, referenceYear: Int) {
        self.rules = rules
        self.referenceYear = referenceYear
    }

    /// Social-insurance years at a date, rounded down to half years.
    public func insuranceYears(of person: StaffMember, on date: CivilDate) -> Double {
        let jan1 = CivilDate(year: referenceYear, month: 1, day: 1)!
        let years = person.insuranceYears + Double(jan1.days(to: date)) / 365.25
        return max(0, (years * 2 + 1e-9).rounded(.down) / 2)
    }

    /// Whole months from the exit month to the retirement month.
    public static func monthsEarly(exit: CivilDate, retirement: CivilDate) -> Int {
        (retirement.year * 12 + retirement.month) - (exit.year * 12 + exit.month)
    }

    /// The monthly salary used for a person's benefits on a date, with its formula, or `nil` without a base salary.
    public func monthlySalary(of person: StaffMember, on date: CivilDate) -> (vnd: Double, formula: String)? {
        guard let base = rules.baseSalary.inForce(on: date)?.rule.vndPerMonth else { return nil }
        let coefficient = person.salaryCoefficient + person.allowanceCoefficient
        return (coefficient * base, "\(formatFactor(coefficient)) × \(formatVND(base))")
    }

    /// The early-retirement payment if the person is eligible on `exit`, else `nil`.
    ///
    /// Eligible: a cadre, civil servant or public employee; between the package's minimum and maximum years before
    /// their retirement date; at least the minimum SI years at exit. A cadre or civil servant of a merged commune may
    /// also use the package's merger window (ND 29 Art. 8) when `mergedCommune` is true.
    public func earlyRetirement(
        of person: StaffMember, retirement: CivilDate, exit: CivilDate, mergedCommune: Bool = false
    ) -> ExitCost? {
        guard [.cadre, .civilServant, .publicEmployee].contains(person.category),
            let version = rules.benefits.inForce(on: exit), let salary = monthlySalary(of: person, on: exit)
        else { return nil }
        let pkg = version.rule
        let years = Double(Self.monthsEarly(exit: exit, retirement: retirement)) / 12
        let si = insuranceYears(of: person, on: exit)
        guard si >= pkg.minInsuranceYears else { return nil }
        let extraYears = max(0, (si - 20).rounded(.down))
        if mergedCommune, person.category != .publicEmployee, let m = pkg.mergerEarlyRetirement,
            years > pkg.maxYearsEarly + 1e-9, years >= m.minYearsEarly - 1e-9, years <= m.maxYearsEarly + 1e-9
        {
            let insurance =
                m.includeInsuranceComponent
                ? pkg.firstInsuranceMonths + pkg.monthsPerExtraInsuranceYear * extraYears : 0
            let months = m.monthsPerYearEarly * years + insurance
            let vnd = (months * salary.vnd).rounded()
            let formula =
                "(\(formatFactor(m.monthsPerYearEarly)) × \(formatFactor(years))"
                + (m.includeInsuranceComponent
                    ? " + \(formatFactor(pkg.firstInsuranceMonths)) + \(formatFactor(pkg.monthsPerExtraInsuranceYear)) × \(formatFactor(extraYears))"
                    : "")
                + ") × \(salary.formula) = \(formatVND(vnd))"
            return ExitCost(
                vnd: vnd, formula: formula,
                citation: RuleCitation(
                    document: version.provenance.document, article: m.article, confidence: m.confidence),
                unconfirmed: m.confidence == .unconfirmed)
        }
        guard years >= pkg.minYearsEarly - 1e-9, years <= pkg.maxYearsEarly + 1e-9 else { return nil }
        let months =
            pkg.monthsPerYearEarly * years + pkg.firstInsuranceMonths + pkg.monthsPerExtraInsuranceYear * extraYears
        let vnd = (months * salary.vnd).rounded()
        let formula =
            "(\(formatFactor(pkg.monthsPerYearEarly)) × \(formatFactor(years)) + \(formatFactor(pkg.firstInsuranceMonths)) + "
            + "\(formatFactor(pkg.monthsPerExtraInsuranceYear)) × \(formatFactor(extraYears))) × \(salary.formula) = \(formatVND(vnd))"
        let confidence = version.provenance.confidence == .unconfirmed ? .unconfirmed : pkg.earlyRetirementConfidence
        return ExitCost(
            vnd: vnd, formula: formula,
            citation: RuleCitation(
                document: version.provenance.document, article: pkg.earlyRetirementArticle, confidence: confidence),
            unconfirmed: confidence == .unconfirmed)
    }

    /// The resignation payment if the person may resign on `exit` under the package in force, else `nil`.
    ///
    /// Cadres, civil servants and public employees: `base months + months per SI year × SI years`. Part-time staff of a
    /// merged unit, where the package pays them: `share × monthly allowance × months left to roadmapEnd`.
    public func resignation(of person: StaffMember, retirement: CivilDate, exit: CivilDate, roadmapEnd: CivilDate?)
        -> ExitCost?
    {
        guard exit < retirement, let version = rules.benefits.inForce(on: exit),
            let salary = monthlySalary(of: person, on: exit)
        else { return nil }
        let pkg = version.rule
        let doc = version.provenance.document
        switch person.category {
        case .cadre, .civilServant, .publicEmployee:
            let si = insuranceYears(of: person, on: exit)
            let months = pkg.resignationBaseMonths + pkg.resignationMonthsPerInsuranceYear * si
            let vnd = (months * salary.vnd).rounded()
            let formula =
                "(\(formatFactor(pkg.resignationBaseMonths)) + \(formatFactor(pkg.resignationMonthsPerInsuranceYear)) × "
                + "\(formatFactor(si))) × \(salary.formula) = \(formatVND(vnd))"
            return ExitCost(
                vnd: vnd, formula: formula,
                citation: RuleCitation(
                    document: doc, article: pkg.resignationArticle, confidence: pkg.resignationConfidence),
                unconfirmed: pkg.resignationConfidence == .unconfirmed)
        case .partTime:
            guard let share = pkg.partTimeShareOfMonthlyAllowance, let end = roadmapEnd, exit < end else { return nil }
            let left = max(0, Self.monthsEarly(exit: exit, retirement: end))
            let vnd = (share * Double(left) * salary.vnd).rounded()
            let formula = "\(formatFactor(share)) × \(left) × \(salary.formula) = \(formatVND(vnd))"
            let confidence =
                version.provenance.confidence == .unconfirmed || pkg.earlyRetirementConfidence == .unconfirmed
                ? RuleConfidence.unconfirmed : .confirmed
            return ExitCost(
                vnd: vnd, formula: formula,
                citation: RuleCitation(document: doc, article: pkg.partTimeArticle, confidence: confidence),
                unconfirmed: confidence == .unconfirmed)
        case .contract:
            return nil
        }
    }

    /// The cost with the provincial top-up in force on the exit date added, when it applies; else `cost` unchanged.
    ///
    /// - Parameters:
    ///   - cost: The national amount.
    ///   - kind: Early retirement or resignation.
    ///   - exit: The exit date.
    ///   - mergedOn: The merger date of the person's unit, if any.
    public func addingTopUp(to cost: ExitCost, kind: ExitKind, exit: CivilDate, mergedOn: CivilDate?) -> ExitCost {
        guard let version = rules.topUps?.inForce(on: exit),
            let share = version.rule.share(for: kind, exit: exit, mergedOn: mergedOn)
        else { return cost }
        let extra = (cost.vnd * share).rounded()
        let total = cost.vnd + extra
        return ExitCost(
            vnd: total,
            formula:
                "\(cost.formula); + \(formatFactor(share * 100))% = \(formatVND(extra)); total \(formatVND(total))",
            citation: RuleCitation(
                document: "\(cost.citation.document); \(version.provenance.document)", article: cost.citation.article,
                confidence: version.provenance.confidence == .unconfirmed || cost.unconfirmed
                    ? .unconfirmed : cost.citation.confidence),
            unconfirmed: cost.unconfirmed || version.provenance.confidence == .unconfirmed)
    }
}
