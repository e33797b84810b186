extension MILPModel {
    /// The longest name, in UTF-8 bytes, that solvers accept (GLPK's limit).
    public static let maximumNameLength = 255

    /// The problems that make this model unsafe to pass to a solver, in model order.
    ///
    /// Checked: sizes within `Int32`; the model, variable and constraint names (non-empty, at most
    /// ``maximumNameLength`` UTF-8 bytes, no control characters, unique among variables and among constraints);
    /// finite coefficients, bounds and objective constant (an infinite side is written as `nil`); no inverted
    /// variable or row bounds; whole-number bounds on integer variables; binary bounds that keep 0 or 1; variable ids in range; each variable at most once per row and in the objective.
    ///
    /// - Parameter limit: Stop after this many problems (the list names the first ones).
    /// - Returns: One readable line per problem, saying what and where; empty when the model is valid.
    /// - Complexity: O(variables + constraints + non-zeros).
    public func validationProblems(limit: Int = 100) -> [String] {
        var list = ValidationProblemList(limit: limit)
        addSizeAndNameProblems(to: &list)
        if addVariableProblems(to: &list), addConstraintProblems(to: &list) {
            addObjectiveProblems(to: &list)
            addCutProblems(to: &list)
        }
        return list.lines
    }

    /// Sizes beyond `Int32` and the model name; never stops early.
    private func addSizeAndNameProblems(to list: inout ValidationProblemList) {
        let int32Max = Int(Int32.max)
        if variables.count >= int32Max {
            _ = list.add("too many variables (\(variables.count)); the limit is \(int32Max - 1)")
        }
        if constraints.count >= int32Max {
            _ = list.add("too many constraints (\(constraints.count)); the limit is \(int32Max - 1)")
        }
        let nonzeros = nonzeroCount
        if nonzeros >= int32Max { _ = list.add("too many non-zeros (\(nonzeros)); the limit is \(int32Max - 1)") }
        if let p = Self.nameProblem(name) { _ = list.add("model name: \(p)") }
    }

    /// Variable names (valid, unique) and bounds (finite, not inverted, binary and whole where required).
    ///
    /// - Returns: `false` when the list is full and the check must stop.
    private func addVariableProblems(to list: inout ValidationProblemList) -> Bool {
        var seenVariableNames: [String: Int] = [:]
        seenVariableNames.reserveCapacity(variables.count)
        for (j, v) in variables.enumerated() {
            // Built only when a problem is reported: formatting it for every variable cost seconds on 2 M variables.
            func where_() -> String { "variable #\(j) '\(Self.printable(v.name))'" }
            if let p = Self.nameProblem(v.name), !list.add("\(where_()): \(p)") { return false }
            if let first = seenVariableNames.updateValue(j, forKey: v.name),
                !list.add("\(where_()): duplicate name (also variable #\(first))")
            {
                return false
            }
            if let b = v.lowerBound, !b.isFinite,
                !list.add("\(where_()): lower bound \(b) is not finite (use nil for none)")
            {
                return false
            }
            if let b = v.upperBound, !b.isFinite,
                !list.add("\(where_()): upper bound \(b) is not finite (use nil for none)")
            {
                return false
            }
            if let l = v.lowerBound, let u = v.upperBound, l > u,
                !list.add("\(where_()): lower bound \(l) > upper bound \(u)")
            {
                return false
            }
            if v.kind == .binary, (v.lowerBound ?? 0) > 1 || (v.upperBound ?? 1) < 0,
                !list.add(
                    "\(where_()): binary variable bounds [\(v.lowerBound ?? 0), \(v.upperBound ?? 1)] exclude both 0 and 1"
                )
            {
                return false
            }
            if v.kind == .integer || v.kind == .binary {
                if let b = v.lowerBound, b.isFinite, b != b.rounded(),
                    !list.add("\(where_()): lower bound \(b) of an integer variable is not a whole number")
                {
                    return false
                }
                if let b = v.upperBound, b.isFinite, b != b.rounded(),
                    !list.add("\(where_()): upper bound \(b) of an integer variable is not a whole number")
                {
                    return false
                }
            }
        }
        return true
    }

    /// Constraint names (valid, unique), bounds (finite, not inverted) and terms (see ``addTermProblems``).
    ///
    /// - Returns: `false` when the list is full and the check must stop.
    private func addConstraintProblems(to list: inout ValidationProblemList) -> Bool {
        var seenConstraintNames: [String: Int] = [:]
        seenConstraintNames.reserveCapacity(constraints.count)
        var lastRowOfVariable = [Int](repeating: -1, count: variables.count)
        for (i, c) in constraints.enumerated() {
            func where_() -> String { "constraint #\(i) '\(Self.printable(c.name))'" }
            if let p = Self.nameProblem(c.name), !list.add("\(where_()): \(p)") { return false }
            if let first = seenConstraintNames.updateValue(i, forKey: c.name),
                !list.add("\(where_()): duplicate name (also constraint #\(first))")
            {
                return false
            }
            let lower = c.bounds.lower, upper = c.bounds.upper
            if let l = lower, !l.isFinite, !list.add("\(where_()): lower bound \(l) is not finite") { return false }
            if let u = upper, !u.isFinite, !list.add("\(where_()): upper bound \(u) is not finite") { return false }
            if let l = lower, let u = upper, l > u, !list.add("\(where_()): lower bound \(l) > upper bound \(u)") {
                return false
            }
            guard addTermProblems(of: c, row: i, lastRowOfVariable: &lastRowOfVariable, to: &list, where: where_)
            else { return false }
        }
        return true
    }

    /// The terms of row `i`: variable ids in range, finite coefficients, each variable at most once.
    ///
    /// - Returns: `false` when the list is full and the check must stop.
    private func addTermProblems(
        of c: LinearConstraint, row i: Int, lastRowOfVariable: inout [Int], to list: inout ValidationProblemList,
        where where_: () -> String
    ) -> Bool {
        for (k, t) in c.terms.enumerated() {
            let j = t.variable.index
            guard j >= 0, j < variables.count else {
                if !list.add("\(where_()), term \(k): variable id \(j) out of range 0..<\(variables.count)") {
                    return false
                }
                continue
            }
            if !t.coefficient.isFinite,
                !list.add(
                    "\(where_()): coefficient \(t.coefficient) of '\(Self.printable(variables[j].name))' is not finite"
                )
            {
                return false
            }
            if lastRowOfVariable[j] == i {
                if !list.add("\(where_()): duplicate entry for variable '\(Self.printable(variables[j].name))'") {
                    return false
                }
            } else {
                lastRowOfVariable[j] = i
            }
        }
        return true
    }

    /// The objective: a finite constant, variable ids in range, finite coefficients, each variable at most once.
    private func addObjectiveProblems(to list: inout ValidationProblemList) {
        if !objective.constant.isFinite, !list.add("objective: constant \(objective.constant) is not finite") {
            return
        }
        var inObjective = Set<Int>()
        for (k, t) in objective.terms.enumerated() {
            let j = t.variable.index
            guard j >= 0, j < variables.count else {
                if !list.add("objective, term \(k): variable id \(j) out of range 0..<\(variables.count)") { return }
                continue
            }
            if !t.coefficient.isFinite,
                !list.add(
                    "objective: coefficient \(t.coefficient) of '\(Self.printable(variables[j].name))' is not finite")
            {
                return
            }
            if !inObjective.insert(j).inserted,
                !list.add("objective: duplicate entry for variable '\(Self.printable(variables[j].name))'")
            {
                return
            }
        }
    }

    /// The cut families' variables, which must exist.
    private func addCutProblems(to list: inout ValidationProblemList) {
        for (k, cut) in minimumSumCuts.enumerated() {
            let ids = [cut.bounded, cut.cap] + cut.members
            if cut.members.isEmpty || ids.contains(where: { $0.index < 0 || $0.index >= variables.count }) {
                if !list.add("minimum-sum cut \(k): a variable out of range, or no member") { return }
            }
        }
    }

    /// Throws when ``validationProblems(limit:)`` finds anything.
    ///
    /// - Throws: ``SolverError/invalidModel(_:)`` listing what is wrong and where.
    public func validate() throws(SolverError) {
        let problems = validationProblems()
        if !problems.isEmpty { throw SolverError.invalidModel(problems) }
    }

    /// Why a name is not acceptable, or `nil` when it is.
    static func nameProblem(_ name: String) -> String? {
        if name.isEmpty { return "empty name" }
        let bytes = name.utf8.count
        if bytes > maximumNameLength { return "name is \(bytes) bytes long; the limit is \(maximumNameLength)" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "name contains a control character"
        }
        return nil
    }

    /// A name shortened and with control characters escaped, for messages.
    static func printable(_ name: String) -> String {
        var s = ""
        for u in name.unicodeScalars.prefix(60) {
            if u.value < 0x20 || u.value == 0x7F {
                s += "\\u{\(String(u.value, radix: 16))}"
            } else {
                s.unicodeScalars.append(u)
            }
        }
        return name.unicodeScalars.count > 60 ? s + "…" : s
    }
}

/// The problems found so far, up to a limit.
private struct ValidationProblemList {
    /// Stop after this many problems.
    let limit: Int
    /// The problems, in the order found.
    var lines: [String] = []

    /// Records a problem while there is room.
    ///
    /// - Returns: Whether there is still room for more (`false` means stop checking).
    mutating func add(_ s: @autoclosure () -> String) -> Bool {
        if lines.count < limit { lines.append(s()) }
        return lines.count < limit
    }
}
