import CivilCalendar
import ScenarioModel

/// Computes eligibility and amounts of early retirement and resignation under the package in force on the exit date.
///
/// Counting conventions (docs/legal-sources.md §3.4): years early = whole months from the exit month to the
/// retirement month ÷ 12; social-insurance (SI) time at exit = the roster value (years on 1 January of
/// `referenceYear`, in whole months) plus the whole months from that day to the exit date inclusive, with the odd
/// months rounded by the decree's own rule (``InsuranceRounding``); the salary is the average salary coefficient when
/// the decree pays on an average and the roster gives one, else the current `(salary + allowance coefficient)`, times
/// the base salary in force on the exit date.
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

    /// Whole months of social insurance at the end of `date`: the roster's years in months plus the whole months from
    /// 1 January of the reference year to `date` inclusive (1/1 → 31/12 is 12 months).
    public func insuranceMonths(of person: StaffMember, on date: CivilDate) -> Int {
        let next = date.adding(days: 1)
        let elapsed = (next.year - referenceYear) * 12 + next.month - 1
        return max(0, Int((person.insuranceYears * 12).rounded()) + elapsed)
    }

    /// Social-insurance years at a date, rounded by the rule of the package in force that day (half years down when
    /// the package has none).
    public func insuranceYears(of person: StaffMember, on date: CivilDate) -> Double {
        insuranceYears(of: person, on: date, package: rules.benefits.inForce(on: date)?.rule)
    }

    func insuranceYears(of person: StaffMember, on date: CivilDate, package: BenefitPackage?) -> Double {
        let months = insuranceMonths(of: person, on: date)
        if let rounding = package?.insuranceRounding { return rounding.years(months: months) }
        return Double(months / 6) / 2
    }

    /// Whole months from the exit month to the retirement month.
    public static func monthsEarly(exit: CivilDate, retirement: CivilDate) -> Int {
        (retirement.year * 12 + retirement.month) - (exit.year * 12 + exit.month)
    }

    /// The package for an exit: the 2025 restructuring package for a unit formed on or after its start, else the
    /// streamlining package in force.
    public func package(exit: CivilDate, mergedOn: CivilDate?) -> RuleTimeline<BenefitPackage>.Version? {
        if let version = rules.restructuringBenefits?.inForce(on: exit), let merged = mergedOn,
            merged >= version.provenance.from
        {
            return version
        }
        return rules.benefits.inForce(on: exit)
    }

    /// The monthly salary used for a person's benefits on a date, with its formula, or `nil` without a base salary.
    public func monthlySalary(of person: StaffMember, on date: CivilDate) -> (vnd: Double, formula: String)? {
        monthlySalary(of: person, on: date, package: rules.benefits.inForce(on: date)?.rule).map {
            ($0.vnd, $0.formula)
        }
    }

    func monthlySalary(of person: StaffMember, on date: CivilDate, package: BenefitPackage?) -> (
        vnd: Double, formula: String, basis: SalaryBasis
    )? {
        guard let base = rules.baseSalary.inForce(on: date)?.rule.vndPerMonth else { return nil }
        let wantsAverage = package?.averageSalary == true
        let basis: SalaryBasis
        let coefficient: Double
        if wantsAverage, let average = person.averageSalaryCoefficient {
            (basis, coefficient) = (.average, average)
        } else {
            (basis, coefficient) = (
                wantsAverage ? .currentForAverage : .current,
                person.salaryCoefficient + person.allowanceCoefficient
            )
        }
        return (coefficient * base, "\(formatFactor(coefficient)) × \(formatVND(base))", basis)
    }

    /// The early-retirement payment if the person is eligible on `exit`, else `nil`.
    ///
    /// Eligible: a cadre, civil servant or public employee; between the package's minimum and maximum years before
    /// their retirement date; at least the minimum SI years at exit. A cadre or civil servant of a merged commune may
    /// also use the package's merger window (ND 29 Art. 8) when `mergedCommune` is true. Women commune officials
    /// (`communeOfficial`) with 15 to under 20 SI years use the package's ``ShortInsuranceEarlyRetirement`` cases.
    public func earlyRetirement(
        of person: StaffMember, retirement: CivilDate, exit: CivilDate, mergedCommune: Bool = false,
        communeOfficial: Bool = false, mergedOn: CivilDate? = nil
    ) -> ExitCost? {
        guard [.cadre, .civilServant, .publicEmployee].contains(person.category),
            let version = package(exit: exit, mergedOn: mergedOn),
            let salary = monthlySalary(of: person, on: exit, package: version.rule)
        else { return nil }
        let pkg = version.rule
        let years = Double(Self.monthsEarly(exit: exit, retirement: retirement)) / 12
        let si = insuranceYears(of: person, on: exit, package: pkg)
        guard si >= pkg.minInsuranceYears else {
            guard communeOfficial, person.gender == .female, person.category != .publicEmployee else { return nil }
            return shortInsurance(
                pkg, document: version.provenance.document, years: years, si: si, mergedCommune: mergedCommune,
                salary: salary)
        }
        let extraYears = max(0, si - 20)
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
                unconfirmed: m.confidence == .unconfirmed, salaryBasis: salary.basis)
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
            unconfirmed: confidence == .unconfirmed, salaryBasis: salary.basis)
    }

    /// The early retirement of a woman commune official with 15 to under 20 SI years, if a case of the package fits.
    private func shortInsurance(
        _ pkg: BenefitPackage, document: String, years: Double, si: Double, mergedCommune: Bool,
        salary: (vnd: Double, formula: String, basis: SalaryBasis)
    ) -> ExitCost? {
        guard
            let c = (pkg.shortInsurance ?? []).first(where: { c in
                si >= c.minInsuranceYears && years >= c.minYearsEarly - 1e-9 && years <= c.maxYearsEarly + 1e-9
                    && (!c.mergedCommuneOnly || mergedCommune)
            })
        else { return nil }
        let months = c.flatMonths + c.monthsPerYearEarly * years
        let vnd = (months * salary.vnd).rounded()
        let formula =
            "(\(formatFactor(c.flatMonths)) + \(formatFactor(c.monthsPerYearEarly)) × \(formatFactor(years))) × "
            + "\(salary.formula) = \(formatVND(vnd))"
        return ExitCost(
            vnd: vnd, formula: formula,
            citation: RuleCitation(document: document, article: c.article, confidence: c.confidence),
            unconfirmed: c.confidence == .unconfirmed, salaryBasis: salary.basis)
    }

    /// The resignation payment if the person may resign on `exit` under the package in force, else `nil`.
    ///
    /// Cadres, civil servants and public employees: `base months + months per SI year × SI years`. Part-time staff of a
    /// merged unit, where the package pays them and only within its window after the merger (NĐ 29/2023 Art. 9: 12
    /// months): `share × monthly allowance × months left to roadmapEnd`.
    public func resignation(
        of person: StaffMember, retirement: CivilDate, exit: CivilDate, roadmapEnd: CivilDate?,
        mergedOn: CivilDate? = nil
    ) -> ExitCost? {
        guard exit < retirement, let version = package(exit: exit, mergedOn: mergedOn),
            let salary = monthlySalary(of: person, on: exit, package: version.rule)
        else { return nil }
        let pkg = version.rule
        let doc = version.provenance.document
        switch person.category {
        case .cadre, .civilServant, .publicEmployee:
            let si = insuranceYears(of: person, on: exit, package: pkg)
            let months = pkg.resignationBaseMonths + pkg.resignationMonthsPerInsuranceYear * si
            let vnd = (months * salary.vnd).rounded()
            let formula =
                "(\(formatFactor(pkg.resignationBaseMonths)) + \(formatFactor(pkg.resignationMonthsPerInsuranceYear)) × "
                + "\(formatFactor(si))) × \(salary.formula) = \(formatVND(vnd))"
            return ExitCost(
                vnd: vnd, formula: formula,
                citation: RuleCitation(
                    document: doc, article: pkg.resignationArticle, confidence: pkg.resignationConfidence),
                unconfirmed: pkg.resignationConfidence == .unconfirmed, salaryBasis: salary.basis)
        case .partTime:
            guard let share = pkg.partTimeShareOfMonthlyAllowance, let end = roadmapEnd, exit < end else { return nil }
            guard let merged = mergedOn, exit >= merged else { return nil }
            if let window = pkg.partTimeWindowMonths, exit >= merged.addingMonths(window) { return nil }
            let left = max(0, Self.monthsEarly(exit: exit, retirement: end))
            let vnd = (share * Double(left) * salary.vnd).rounded()
            let formula = "\(formatFactor(share)) × \(left) × \(salary.formula) = \(formatVND(vnd))"
            let confidence =
                version.provenance.confidence == .unconfirmed || pkg.earlyRetirementConfidence == .unconfirmed
                ? RuleConfidence.unconfirmed : .confirmed
            return ExitCost(
                vnd: vnd, formula: formula,
                citation: RuleCitation(document: doc, article: pkg.partTimeArticle, confidence: confidence),
                unconfirmed: confidence == .unconfirmed, salaryBasis: .current)
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
            unconfirmed: cost.unconfirmed || version.provenance.confidence == .unconfirmed,
            salaryBasis: cost.salaryBasis)
    }
}
