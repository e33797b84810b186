import CivilCalendar
import ScenarioModel

/// Why a person is among those the law lets the plan streamline, in the order the plan prefers them.
public enum SelectionCriterion: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// HR decided this person leaves (`staffing.fixed`).
    case hrDecision = "hr-decision"
    /// Rated "không hoàn thành nhiệm vụ" (NĐ 29/2023 Art. 2(1)(đ)).
    case notCompletedRating = "rating-not-completed"
    /// Does not meet the standards or the training level of the post (NĐ 29/2023 Art. 2(1)(d)).
    case belowStandard = "below-standard"
    /// Asked to leave (NĐ 29/2023 Art. 2(1)(c)–(d): the person volunteers and the agency agrees).
    case volunteer
    /// Redundant because the commune-level unit was merged (NĐ 29/2023 Art. 2(1)(b)).
    case redundantByMerger = "redundant-merger"
    /// Redundant after the organisation or its job positions were restructured (NĐ 29/2023 Art. 2(1)(a), (c)).
    case redundantByRestructuring = "redundant-restructuring"

    public static func < (lhs: SelectionCriterion, rhs: SelectionCriterion) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The legal priority of who the plan selects for streamlining, then cost.
///
/// Each person gets the first criterion of `order` they meet. The plan's objective adds `stepMillionsVND × rank` per
/// exit, so a person earlier in the order is chosen before a cheaper person later in it; among people of the same
/// rank the cheapest measure wins. The step is far below the penalty for a unit left above quota, so the priority
/// never costs a deadline.
public struct SelectionPriority: Hashable, Sendable, Codable {
    /// Where the order comes from.
    public var provenance: RuleProvenance
    /// The criteria, most preferred first.
    public var order: [SelectionCriterion]
    /// The article of each criterion.
    public var articles: [String: String]
    /// The objective weight between two consecutive ranks, in millions of VND.
    public var stepMillionsVND: Double

    /// Creates a priority.
    public init(
        provenance: RuleProvenance, order: [SelectionCriterion], articles: [String: String],
        stepMillionsVND: Double = 10_000
    ) {
        self.provenance = provenance
        self.order = order
        self.articles = articles
        self.stepMillionsVND = stepMillionsVND
    }

    /// The criterion a person meets first, with its rank (0 = most preferred).
    ///
    /// - Parameters:
    ///   - person: The person.
    ///   - unit: The person's unit (a merged unit makes everyone there redundant by the merger).
    ///   - requiredQualification: The least qualification of the person's post in the framework, if known.
    ///   - fixed: Whether HR fixed the person.
    public func criterion(
        of person: StaffMember, unit: Unit?, requiredQualification: Qualification?, fixed: Bool
    ) -> (criterion: SelectionCriterion, rank: Int) {
        var met: Set<SelectionCriterion> = [.redundantByRestructuring]
        if fixed { met.insert(.hrDecision) }
        if person.rating == .notCompleted { met.insert(.notCompletedRating) }
        if person.meetsStandard == false { met.insert(.belowStandard) }
        if let required = requiredQualification, let held = person.qualification, held < required {
            met.insert(.belowStandard)
        }
        if person.volunteer == true { met.insert(.volunteer) }
        if unit?.mergedOn != nil { met.insert(.redundantByMerger) }
        for (rank, c) in order.enumerated() where met.contains(c) { return (c, rank) }
        return (.redundantByRestructuring, order.count)
    }

    /// The citation of a criterion.
    public func citation(_ c: SelectionCriterion) -> RuleCitation {
        RuleCitation(
            document: provenance.document, article: articles[c.rawValue] ?? "", confidence: provenance.confidence)
    }
}
