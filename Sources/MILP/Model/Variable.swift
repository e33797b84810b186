/// The identity of a variable inside one ``MILPModel``: its position in ``MILPModel/variables``.
public struct VariableID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The zero-based index of the variable in its model.
    public let index: Int

    /// Creates an identifier for the variable at `index`.
    public init(_ index: Int) { self.index = index }

    public static func < (lhs: VariableID, rhs: VariableID) -> Bool { lhs.index < rhs.index }

    public var description: String { "v\(index)" }
}

/// Whether a variable may take fractional values.
public enum VariableKind: String, Hashable, Sendable, Codable {
    /// Any real value between the bounds.
    case continuous
    /// Any integer between the bounds.
    case integer
    /// 0 or 1. Bounds are forced to [0, 1].
    case binary
}

/// A decision variable: a name, a kind and optional bounds.
///
/// A `nil` bound means "unbounded on that side". Binary variables always have bounds [0, 1].
public struct Variable: Hashable, Sendable, Codable {
    /// A readable name, used in exported LP/MPS files and in error messages. Must be unique in the model.
    public var name: String
    /// Continuous, integer or binary.
    public var kind: VariableKind
    /// The lower bound, inclusive, or `nil` for −∞.
    public var lowerBound: Double?
    /// The upper bound, inclusive, or `nil` for +∞.
    public var upperBound: Double?

    /// Creates a variable.
    ///
    /// - Parameters:
    ///   - name: A unique, readable name.
    ///   - kind: The variable kind; `.binary` overrides the bounds with [0, 1].
    ///   - lowerBound: The lower bound (inclusive), `nil` for −∞. Defaults to 0.
    ///   - upperBound: The upper bound (inclusive), `nil` for +∞.
    public init(name: String, kind: VariableKind = .continuous, lowerBound: Double? = 0, upperBound: Double? = nil) {
        self.name = name
        self.kind = kind
        if kind == .binary {
            self.lowerBound = 0
            self.upperBound = 1
        } else {
            self.lowerBound = lowerBound
            self.upperBound = upperBound
        }
    }
}
