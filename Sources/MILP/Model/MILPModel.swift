/// A mixed-integer linear programme as plain values.
///
/// Building a model never touches a solver: domain code fills a `MILPModel`, tests inspect it, and a
/// ``MILPSolver`` (such as the GLPK backend) copies it in one batch when asked to solve.
///
/// ```swift
/// var m = MILPModel(name: "knapsack")
/// let x = m.addVariable("x", kind: .binary)
/// let y = m.addVariable("y", kind: .binary)
/// m.addConstraint("weight", [LinearTerm(x, 3), LinearTerm(y, 4)], .lessOrEqual(5))
/// m.objective = Objective(sense: .maximize, terms: [LinearTerm(x, 2), LinearTerm(y, 3)])
/// ```
public struct MILPModel: Hashable, Sendable, Codable {
    /// The model's name (used as the problem name in exports).
    public var name: String
    /// The variables; a ``VariableID`` is an index into this array.
    public private(set) var variables: [Variable] = []
    /// The constraints; a ``ConstraintID`` is an index into this array.
    public private(set) var constraints: [LinearConstraint] = []
    /// The objective.
    public var objective = Objective()
    /// Inequalities every integer point satisfies, left out of the rows; a solver may add them as cuts (see
    /// ``MinimumSumCut``).
    public var minimumSumCuts: [MinimumSumCut] = []

    /// Creates an empty model.
    public init(name: String = "model") {
        self.name = name
    }

    /// Adds a variable and returns its identifier.
    ///
    /// - Parameters:
    ///   - name: A unique, readable name.
    ///   - kind: Continuous, integer or binary.
    ///   - lowerBound: The lower bound (inclusive), `nil` for −∞. Defaults to 0.
    ///   - upperBound: The upper bound (inclusive), `nil` for +∞.
    /// - Returns: The new variable's identifier.
    @discardableResult
    public mutating func addVariable(
        _ name: String, kind: VariableKind = .continuous, lowerBound: Double? = 0, upperBound: Double? = nil
    ) -> VariableID {
        variables.append(Variable(name: name, kind: kind, lowerBound: lowerBound, upperBound: upperBound))
        return VariableID(variables.count - 1)
    }

    /// Adds a constraint and returns its identifier.
    ///
    /// - Parameters:
    ///   - name: A unique, readable name.
    ///   - terms: The sparse row; each variable at most once.
    ///   - bounds: The row bounds.
    /// - Returns: The new constraint's identifier.
    @discardableResult
    public mutating func addConstraint(_ name: String, _ terms: [LinearTerm], _ bounds: RowBounds) -> ConstraintID {
        constraints.append(LinearConstraint(name: name, terms: terms, bounds: bounds))
        return ConstraintID(constraints.count - 1)
    }

    /// Reserves storage for the given numbers of variables and constraints.
    public mutating func reserveCapacity(variables v: Int, constraints c: Int) {
        variables.reserveCapacity(v)
        constraints.reserveCapacity(c)
    }

    /// Changes the bounds of an existing variable (used to fix or pin choices).
    public mutating func setBounds(of variable: VariableID, lower: Double?, upper: Double?) {
        variables[variable.index].lowerBound = lower
        variables[variable.index].upperBound = upper
    }

    /// The LP relaxation: every integer and binary variable made continuous within its bounds (a binary's are
    /// [0, 1]).
    public func relaxation() -> MILPModel {
        var relaxed = self
        for j in relaxed.variables.indices where relaxed.variables[j].kind != .continuous {
            if relaxed.variables[j].kind == .binary {
                relaxed.variables[j].lowerBound = max(relaxed.variables[j].lowerBound ?? 0, 0)
                relaxed.variables[j].upperBound = min(relaxed.variables[j].upperBound ?? 1, 1)
            }
            relaxed.variables[j].kind = .continuous
        }
        return relaxed
    }

    /// The number of non-zero coefficients in the constraint matrix.
    public var nonzeroCount: Int { constraints.reduce(0) { $0 + $1.terms.count } }

    /// The number of binary variables.
    public var binaryCount: Int { variables.reduce(0) { $0 + ($1.kind == .binary ? 1 : 0) } }

    /// The number of general integer variables (not counting binaries).
    public var integerCount: Int { variables.reduce(0) { $0 + ($1.kind == .integer ? 1 : 0) } }

    /// Evaluates the objective at a point.
    ///
    /// - Parameter values: One value per variable, indexed like ``variables``.
    /// - Returns: `constant + Σ c·x`.
    public func objectiveValue(at values: [Double]) -> Double {
        objective.terms.reduce(objective.constant) { $0 + $1.coefficient * values[$1.variable.index] }
    }

    /// Evaluates a constraint's row activity `Σ a·x` at a point.
    public func activity(of constraint: ConstraintID, at values: [Double]) -> Double {
        constraints[constraint.index].terms.reduce(0) { $0 + $1.coefficient * values[$1.variable.index] }
    }

    /// The constraints violated at a point by more than `tolerance`, plus any bound or integrality violations.
    ///
    /// Used to check a starting solution before handing it to a solver, and by tests to check plans.
    /// - Returns: Human-readable descriptions; empty when the point is feasible.
    public func violations(at values: [Double], tolerance: Double = 1e-6) -> [String] {
        var out: [String] = []
        guard values.count == variables.count else {
            return ["expected \(variables.count) values, got \(values.count)"]
        }
        for (i, v) in variables.enumerated() {
            let x = values[i]
            if let lb = v.lowerBound, x < lb - tolerance { out.append("variable \(v.name) = \(x) < \(lb)") }
            if let ub = v.upperBound, x > ub + tolerance { out.append("variable \(v.name) = \(x) > \(ub)") }
            if v.kind != .continuous, abs(x - x.rounded()) > tolerance {
                out.append("variable \(v.name) = \(x) is not integral")
            }
        }
        for (i, c) in constraints.enumerated() {
            let a = activity(of: ConstraintID(i), at: values)
            if let lb = c.bounds.lower, a < lb - tolerance { out.append("constraint \(c.name): \(a) < \(lb)") }
            if let ub = c.bounds.upper, a > ub + tolerance { out.append("constraint \(c.name): \(a) > \(ub)") }
        }
        return out
    }
}
