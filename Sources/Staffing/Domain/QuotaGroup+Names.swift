extension QuotaGroup {
    /// The group's Vietnamese name.
    public var vietnameseName: String {
        switch self {
        case .officials: return "Cán bộ, công chức"
        case .partTime: return "Người hoạt động không chuyên trách"
        case .publicEmployees: return "Viên chức"
        case .contract: return "Hợp đồng lao động"
        }
    }

    /// The group's English name.
    public var englishName: String {
        switch self {
        case .officials: return "Cadres and civil servants"
        case .partTime: return "Part-time staff"
        case .publicEmployees: return "Public employees"
        case .contract: return "Contract staff"
        }
    }
}
