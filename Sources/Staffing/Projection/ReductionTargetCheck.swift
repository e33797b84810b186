import CivilCalendar
import ScenarioModel

/// Checks reduction targets (e.g. KL 40-KL/TW: −5 % CBCC, −10 % viên chức 2022–2026) against a projection.
public enum ReductionTargetCheck {
    /// Evaluates each target.
    ///
    /// Headcounts count the target's categories: people on the roll (with planned moves applied) plus the hires of
    /// groups whose categories the target fully covers.
    ///
    /// - Parameters:
    ///   - targets: The targets.
    ///   - projection: The projection (start date = check date).
    ///   - hiring: The hiring policy.
    ///   - moves: Planned moves (the reduction plan's).
    /// - Returns: One result per target, in order.
    public static func evaluate(
        _ targets: [ReductionTarget], projection: StaffProjection, hiring: HiringPolicy, moves: [PlannedMove]
    ) -> [TargetResult] {
        guard !targets.isEmpty else { return [] }
        let asOf = projection.roster.asOf
        let lastYear = targets.map(\.toYear).max() ?? asOf.year
        let rows = projection.rows(untilYear: max(lastYear, asOf.year), hiring: hiring, moves: moves)
        let byPerson = Dictionary(moves.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        func count(_ cats: Set<StaffCategory>, on date: CivilDate, hiresYear: Int?) -> Int {
            let people = projection.roster.entries.filter {
                cats.contains($0.person.category) && projection.location(of: $0, on: date, moves: byPerson) != nil
            }.count
            guard let y = hiresYear else { return people }
            let groups = QuotaGroup.allCases.filter { g in Set(g.categories).isSubset(of: cats) }
            return people + rows.filter { $0.year == y && groups.contains($0.category) }.reduce(0) { $0 + $1.hires }
        }
        return targets.map { t in
            let cats = Set(t.categories)
            let baseline =
                t.fromYear <= asOf.year
                ? projection.roster.entries.filter { cats.contains($0.person.category) }.count
                : count(cats, on: CivilDate(year: t.fromYear - 1, month: 12, day: 31)!, hiresYear: t.fromYear - 1)
            let final = count(cats, on: CivilDate(year: t.toYear, month: 12, day: 31)!, hiresYear: t.toYear)
            return TargetResult(
                categories: t.categories, from: t.fromYear, to: t.toYear, baseline: baseline, final: final,
                requiredCut: t.minCut, establishment: t.baseEstablishment)
        }
    }
}
