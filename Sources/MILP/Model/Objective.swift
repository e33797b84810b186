/// Whether the objective is minimised or maximised.
public enum ObjectiveSense: String, Hashable, Sendable, Codable {
    /// Find the smallest value.
    case minimize
    /// Find the largest value.
    case maximize
}

/// A linear objective `constant + Σ c·x`, minimised or maximised.
public struct Objective: Hashable, Sendable, Codable {
    /// The direction of optimisation.
    public var sense: ObjectiveSense
    /// The sparse objective coefficients. Each variable may appear at most once.
    public var terms: [LinearTerm]
    /// A constant added to the objective value.
    public var constant: Double

    /// Creates an objective.
    public init(sense: ObjectiveSense = .minimize, terms: [LinearTerm] = [], constant: Double = 0) {
        self.sense = sense
        self.terms = terms
        self.constant = constant
    }
}
