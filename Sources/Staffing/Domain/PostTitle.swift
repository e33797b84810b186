import Foundation
import ScenarioModel

/// Posts (chức danh) and their title groups.
///
/// A post's title group is the first part of its name before ` - `, compared without case or extra spaces: `Địa chính
/// - nông nghiệp - xây dựng và môi trường` (xã) and `Địa chính - xây dựng - đô thị và môi trường` (thị trấn) are both
/// in the group `địa chính`; `Phó Chủ tịch UBND` and `Chủ tịch UBND` are different groups. Commune cadres (cán bộ)
/// hold elected posts: a transfer into one needs an election.
public enum PostTitle {
    /// The title group of a post name.
    public static func group(of post: String) -> String {
        let first = post.components(separatedBy: " - ").first ?? post
        return first.precomposedStringWithCanonicalMapping.lowercased().split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }

    /// Whether a person's post is elected (the person is a cadre).
    public static func isElected(_ person: StaffMember) -> Bool { person.category == .cadre }

    /// The approved number of posts of a title group and category group at a unit, from the framework, or `nil`
    /// when the framework has no line for the unit.
    public static func approved(at unit: ScenarioModel.Unit, group: String, category: QuotaGroup, in scenario: Scenario)
        -> Int?
    {
        let lines = scenario.positions.filter { $0.applies(to: unit) }
        guard !lines.isEmpty else { return nil }
        return lines.filter { QuotaGroup($0.category) == category && Self.group(of: $0.position) == group }
            .reduce(0) { $0 + $1.approved }
    }

    /// The least qualification the framework asks of a person's post at their unit, if any.
    public static func requiredQualification(of person: StaffMember, in scenario: Scenario) -> Qualification? {
        guard let unit = scenario.unit(person.unit) else { return nil }
        return scenario.positions.first { $0.applies(to: unit) && $0.position == person.position }?.qualification
    }
}
