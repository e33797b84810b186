import CivilCalendar
import ScenarioModel

extension StaffingRuleSet {
    /// The quota or norm of a unit for a group on a date.
    ///
    /// Commune-level units take the commune quota in force (CBCC and NHĐKCT); schools and health stations take the
    /// norm in force for public employees. Otherwise, and for groups the rules do not cover, the quota is the sum of
    /// the approved numbers in the job-position framework lines for the unit (or its kind) and the group's
    /// categories; `nil` when there is none.
    ///
    /// - Parameters:
    ///   - unit: The unit.
    ///   - group: The category group.
    ///   - date: The day the quota applies (the rule in force that day is used).
    ///   - scenario: The scenario, for the framework and the commune a station lies in.
    /// - Returns: The figure, or `nil` when neither a rule nor the framework gives one.
    public func quota(for unit: Unit, group: QuotaGroup, on date: CivilDate, in scenario: Scenario) -> QuotaFigure? {
        if unit.kind.isCommuneLevel, group == .officials || group == .partTime,
            let version = communeQuotas.inForce(on: date), let q = version.rule.quotas(for: unit)
        {
            let p = version.provenance
            let base = (group == .officials ? q.officials : q.partTime) - q.extra
            let article = group == .officials ? version.rule.officialsArticle : version.rule.partTimeArticle
            var basis = "\(base) (loại \(unit.communeClass?.rawValue ?? "?"))"
            if !q.explanation.isEmpty { basis += " + \(q.explanation)" }
            let unconfirmed = p.confidence == .unconfirmed || q.confidence == .unconfirmed
            return QuotaFigure(
                value: group == .officials ? q.officials : q.partTime, basis: basis,
                citation: RuleCitation(
                    document: p.document, article: article, confidence: unconfirmed ? .unconfirmed : p.confidence),
                unconfirmed: unconfirmed)
        }
        if unit.kind == .school, group == .publicEmployees, let version = schoolNorms.inForce(on: date),
            let n = version.rule.norm(for: unit)
        {
            let p = version.provenance
            let unconfirmed = p.confidence == .unconfirmed || version.rule.leadershipConfidence == .unconfirmed
            return QuotaFigure(
                value: n.total, basis: n.explanation,
                citation: RuleCitation(
                    document: p.document, article: "\(version.rule.teacherArticle); \(version.rule.leadershipArticle)",
                    confidence: unconfirmed ? .unconfirmed : p.confidence),
                unconfirmed: unconfirmed)
        }
        if unit.kind == .healthStation, group == .publicEmployees, let version = healthStationNorms.inForce(on: date) {
            let population = unit.population ?? unit.commune.flatMap { scenario.unit($0)?.population }
            let n = version.rule.norm(population: population)
            let p = version.provenance
            return QuotaFigure(
                value: n.total, basis: n.explanation,
                citation: RuleCitation(document: p.document, article: version.rule.article, confidence: p.confidence),
                unconfirmed: p.confidence == .unconfirmed)
        }
        let lines = scenario.positions.filter { $0.applies(to: unit) && QuotaGroup($0.category) == group }
        guard !lines.isEmpty else { return nil }
        let total = lines.reduce(0) { $0 + $1.approved }
        return QuotaFigure(
            value: total, basis: "Σ \(lines.map { String($0.approved) }.joined(separator: " + ")) = \(total) (VTVL)",
            citation: nil)
    }
}

extension PositionQuota {
    /// Whether the framework line applies to a unit (by code or by kind).
    public func applies(to unit: Unit) -> Bool {
        switch scope {
        case .unit(let code): return code == unit.code
        case .kind(let kind): return kind == unit.kind
        }
    }
}
