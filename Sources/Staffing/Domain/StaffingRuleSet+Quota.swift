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
        if unit.kind.isCommuneLevel, group == .officials || group == .partTime {
            let figure = communeQuota(for: unit, group: group, on: date, decision: scenario.staffing.quotaDecision)
            if figure != nil || reform.map({ date >= $0.date }) == true { return figure }
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

extension StaffingRuleSet {
    /// The quota of a commune-level unit: the allocated number when the scenario gives one, else the legal maximum
    /// (class quota, population and area extra, police deduction, the province's lower part-time numbers); after the
    /// 2025 reform, only for units formed by it.
    func communeQuota(for unit: Unit, group: QuotaGroup, on date: CivilDate, decision: String?) -> QuotaFigure? {
        let allocated = group == .officials ? unit.quotaOfficials : unit.quotaPartTime
        if let reform, date >= reform.date {
            guard let merged = unit.mergedOn, merged >= reform.date else { return nil }
            let legal = group == .officials ? reform.officialsPerNewCommune : reform.partTimePerNewCommune
            let confidence = group == .officials ? reform.officialsConfidence : reform.partTimeConfidence
            let figure = QuotaFigure(
                value: legal, basis: "\(legal) (chính quyền địa phương hai cấp)",
                citation: RuleCitation(
                    document: reform.provenance.document, article: reform.article, confidence: confidence),
                unconfirmed: confidence == .unconfirmed)
            return allocated.map { Self.allocatedFigure($0, legal: figure, decision: decision) } ?? figure
        }
        guard let legal = legalCommuneQuota(for: unit, group: group, on: date) else {
            return allocated.map { Self.allocatedFigure($0, legal: nil, decision: decision) }
        }
        return allocated.map { Self.allocatedFigure($0, legal: legal, decision: decision) } ?? legal
    }

    /// The legal maximum of a commune-level unit under the rule in force.
    func legalCommuneQuota(for unit: Unit, group: QuotaGroup, on date: CivilDate) -> QuotaFigure? {
        guard let version = communeQuotas.inForce(on: date), let q = version.rule.quotas(for: unit) else { return nil }
        let p = version.provenance
        var value = group == .officials ? q.officials : q.partTime
        let article = group == .officials ? version.rule.officialsArticle : version.rule.partTimeArticle
        var basis = "\(value - q.extra) (loại \(unit.communeClass?.rawValue ?? "?"))"
        if !q.explanation.isEmpty { basis += " + \(q.explanation)" }
        var unconfirmed = p.confidence == .unconfirmed || q.confidence == .unconfirmed
        var citation = RuleCitation(document: p.document, article: article, confidence: p.confidence)
        if group == .officials, let police = version.rule.policeDeduction {
            let (applies, assumed) = police.applies(
                kind: unit.kind.rawValue, regularPolice: unit.regularPolice, on: date)
            if applies {
                value -= police.officials
                basis += " − \(police.officials) (công an chính quy)"
                citation.article = police.article
                if assumed, police.assumptionConfidence == .unconfirmed { unconfirmed = true }
            }
        }
        if group == .partTime, let cap = provincialPartTime?.inForce(on: date),
            let cls = unit.communeClass, let index = CommuneClass.allCases.firstIndex(of: cls),
            index < cap.rule.partTime.count, cap.rule.partTime[index] < value
        {
            basis = "min(\(basis); \(cap.rule.partTime[index]) (tỉnh))"
            value = cap.rule.partTime[index]
            citation = RuleCitation(
                document: cap.provenance.document, article: cap.rule.article, confidence: cap.provenance.confidence)
            unconfirmed = unconfirmed || cap.provenance.confidence == .unconfirmed
        }
        if unconfirmed { citation.confidence = .unconfirmed }
        return QuotaFigure(value: value, basis: basis, citation: citation, unconfirmed: unconfirmed)
    }

    /// A quota allocated by a decision, with the legal maximum it replaces.
    static func allocatedFigure(_ value: Int, legal: QuotaFigure?, decision: String?) -> QuotaFigure {
        let document = decision ?? "quyết định giao số lượng (chưa ghi số)"
        let basis = "\(value) (được giao" + (legal.map { "; tối đa theo quy định \($0.value)" } ?? "") + ")"
        let confidence: RuleConfidence = decision == nil ? .unconfirmed : .confirmed
        return QuotaFigure(
            value: value, basis: basis,
            citation: RuleCitation(document: document, article: "", confidence: confidence),
            unconfirmed: confidence == .unconfirmed)
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
