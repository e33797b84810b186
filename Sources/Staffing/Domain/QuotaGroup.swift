import ScenarioModel

/// The group of staff categories a quota counts: commune CBCC count cadres and civil servants together.
public enum QuotaGroup: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// Cán bộ and công chức (CBCC) together.
    case officials = "cadre+civil-servant"
    /// Part-time commune staff (NHĐKCT).
    case partTime = "part-time"
    /// Public employees (viên chức).
    case publicEmployees = "public-employee"
    /// Labour contracts.
    case contract

    /// The group a category belongs to.
    public init(_ category: StaffCategory) {
        switch category {
        case .cadre, .civilServant: self = .officials
        case .partTime: self = .partTime
        case .publicEmployee: self = .publicEmployees
        case .contract: self = .contract
        }
    }

    /// The categories in the group.
    public var categories: [StaffCategory] {
        StaffCategory.allCases.filter { QuotaGroup($0) == self }
    }

    /// The display order.
    public static func < (lhs: QuotaGroup, rhs: QuotaGroup) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
