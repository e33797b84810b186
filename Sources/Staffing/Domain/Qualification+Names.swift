import ScenarioModel

extension Qualification {
    /// The level's Vietnamese name.
    public var vietnameseName: String {
        switch self {
        case .none: return "không yêu cầu"
        case .intermediate: return "trung cấp"
        case .college: return "cao đẳng"
        case .university: return "đại học"
        case .master: return "thạc sĩ"
        case .doctorate: return "tiến sĩ"
        }
    }
}
