/// The identity of a constraint inside one ``MILPModel``: its position in ``MILPModel/constraints``.
public struct ConstraintID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The zero-based index of the constraint in its model.
    public let index: Int

    /// Creates an identifier for the constraint at `index`.
    public init(_ index: Int) { self.index = index }

    public static func < (lhs: ConstraintID, rhs: ConstraintID) -> Bool { lhs.index < rhs.index }

    public var description: String { "c\(index)" }
}

/// One term of a linear expression: `coefficient × variable`.
public struct LinearTerm: Hashable, Sendable, Codable {
    /// The variable.
    public var variable: VariableID
    /// Its coefficient.
    public var coefficient: Double

    /// Creates the term `coefficient × variable`.
    public init(_ variable: VariableID, _ coefficient: Double = 1) {
        self.variable = variable
        self.coefficient = coefficient
    }
}

/// The bounds of a linear row `Σ a·x`.
public enum RowBounds: Hashable, Sendable, Codable {
    /// `Σ a·x ≤ value`.
    case lessOrEqual(Double)
    /// `Σ a·x ≥ value`.
    case greaterOrEqual(Double)
    /// `Σ a·x = value`.
    case equal(Double)
    /// `lower ≤ Σ a·x ≤ upper`.
    case range(lower: Double, upper: Double)

    /// The lower bound of the row, or `nil` for −∞.
    public var lower: Double? {
        switch self {
        case .lessOrEqual: return nil
        case .greaterOrEqual(let v), .equal(let v): return v
        case .range(let l, _): return l
        }
    }

    /// The upper bound of the row, or `nil` for +∞.
    public var upper: Double? {
        switch self {
        case .greaterOrEqual: return nil
        case .lessOrEqual(let v), .equal(let v): return v
        case .range(_, let u): return u
        }
    }
}

/// A named sparse linear constraint.
public struct LinearConstraint: Hashable, Sendable, Codable {
    /// A readable, unique name (used in exports, error messages and infeasibility explanations).
    public var name: String
    /// The sparse row. Each variable may appear at most once.
    public var terms: [LinearTerm]
    /// The row's bounds.
    public var bounds: RowBounds

    /// Creates a constraint.
    public init(name: String, terms: [LinearTerm], bounds: RowBounds) {
        self.name = name
        self.terms = terms
        self.bounds = bounds
    }
}
