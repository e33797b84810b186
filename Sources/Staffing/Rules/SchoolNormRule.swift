import ScenarioModel

/// The staffing norm of a school: teachers per class by level, one principal and deputies by number of classes.
///
/// `norm = ceil(teachersPerClass × classes) + principal + deputies + extraPerSchool`. Non-teaching posts are a
/// parameter (`extraPerSchool`) because their numbers are [U].
public struct SchoolNormRule: Hashable, Sendable, Codable {
    /// Maximum teachers per class (or group) by level (raw value of `SchoolLevel`).
    public var teachersPerClass: [String: Double]
    /// Deputies: `twoDeputiesFromClasses` classes or more give 2 deputies, fewer give 1.
    public var twoDeputiesFromClasses: Int
    /// Extra posts per school by level (e.g. 1 Tổng phụ trách Đội for primary), plus non-teaching posts if configured.
    public var extraPerSchool: [String: Int]
    /// The article of the teacher ratio.
    public var teacherArticle: String
    /// The article of the leadership rule.
    public var leadershipArticle: String
    /// How sure the deputies and non-teaching parts are.
    public var leadershipConfidence: RuleConfidence

    /// Creates a rule.
    public init(
        teachersPerClass: [String: Double], twoDeputiesFromClasses: Int, extraPerSchool: [String: Int],
        teacherArticle: String, leadershipArticle: String, leadershipConfidence: RuleConfidence
    ) {
        self.teachersPerClass = teachersPerClass
        self.twoDeputiesFromClasses = twoDeputiesFromClasses
        self.extraPerSchool = extraPerSchool
        self.teacherArticle = teacherArticle
        self.leadershipArticle = leadershipArticle
        self.leadershipConfidence = leadershipConfidence
    }

    /// The norm for a school, or `nil` when its level or number of classes is missing.
    public func norm(for unit: Unit) -> (total: Int, explanation: String)? {
        guard let level = unit.schoolLevel, let classes = unit.classes,
            let ratio = teachersPerClass[level.rawValue]
        else { return nil }
        let teachers = Int((ratio * Double(classes) - 1e-9).rounded(.up))
        let deputies = classes >= twoDeputiesFromClasses ? 2 : 1
        let extra = extraPerSchool[level.rawValue] ?? 0
        let total = teachers + 1 + deputies + extra
        let text = "ceil(\(ratio) × \(classes)) + 1 + \(deputies)" + (extra > 0 ? " + \(extra)" : "") + " = \(total)"
        return (total, text)
    }
}
