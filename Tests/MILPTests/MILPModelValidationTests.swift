import MILP
import Testing

/// MILPModel+Validation: each kind of bad input is reported with what and where, before any solver sees it.
@Suite struct MILPModelValidationTests {
    private func valid() -> (MILPModel, VariableID, VariableID) {
        var m = MILPModel(name: "ok")
        let x = m.addVariable("x", upperBound: 4)
        let y = m.addVariable("y", kind: .binary)
        m.addConstraint("c", [LinearTerm(x, 1), LinearTerm(y, 2)], .lessOrEqual(3))
        m.objective = Objective(sense: .maximize, terms: [LinearTerm(x), LinearTerm(y)])
        return (m, x, y)
    }

    @Test func validModelHasNoProblems() throws {
        let (m, _, _) = valid()
        #expect(m.validationProblems().isEmpty)
        try m.validate()
    }

    @Test func nonFiniteCoefficientsAndBounds() {
        var (m, x, y) = valid()
        m.addConstraint("nanRow", [LinearTerm(x, .nan)], .lessOrEqual(1))
        m.addConstraint("infRhs", [LinearTerm(y, 1)], .greaterOrEqual(.infinity))
        m.setBounds(of: x, lower: -.infinity, upper: 4)
        m.objective.terms.append(LinearTerm(VariableID(0), 1))  // duplicate objective entry, too
        m.objective.constant = .nan
        let p = m.validationProblems()
        #expect(p.contains { $0.contains("constraint #1 'nanRow'") && $0.contains("not finite") })
        #expect(p.contains { $0.contains("'infRhs'") && $0.contains("lower bound inf") })
        #expect(p.contains { $0.contains("variable #0 'x'") && $0.contains("lower bound -inf") })
        #expect(p.contains { $0.contains("objective: constant") })
        #expect(p.contains { $0.contains("objective: duplicate entry for variable 'x'") })
    }

    @Test func invertedBounds() {
        var (m, x, _) = valid()
        m.setBounds(of: x, lower: 5, upper: 2)
        m.addConstraint("range", [LinearTerm(x)], .range(lower: 3, upper: 1))
        let p = m.validationProblems()
        #expect(p.contains { $0.contains("variable #0 'x': lower bound 5.0 > upper bound 2.0") })
        #expect(p.contains { $0.contains("constraint #1 'range': lower bound 3.0 > upper bound 1.0") })
    }

    @Test func fractionalBoundsOnIntegerVariables() {
        var m = MILPModel(name: "int")
        m.addVariable("n", kind: .integer, lowerBound: 0.5, upperBound: 3)
        m.addVariable("c", lowerBound: 0.5, upperBound: 3)
        #expect(
            m.validationProblems() == ["variable #0 'n': lower bound 0.5 of an integer variable is not a whole number"])
    }

    @Test func binaryBoundsOutsideZeroOne() {
        var m = MILPModel(name: "bin")
        let b = m.addVariable("b", kind: .binary)
        m.setBounds(of: b, lower: 2, upper: nil)
        #expect(m.validationProblems() == ["variable #0 'b': binary variable bounds [2.0, 1.0] exclude both 0 and 1"])
        m.setBounds(of: b, lower: 1, upper: 1)
        #expect(m.validationProblems().isEmpty)
    }

    @Test func duplicateEntriesInARow() {
        var (m, x, y) = valid()
        m.addConstraint("dup", [LinearTerm(x, 1), LinearTerm(y, 1), LinearTerm(x, 2)], .lessOrEqual(1))
        let p = m.validationProblems()
        #expect(p == ["constraint #1 'dup': duplicate entry for variable 'x'"])
    }

    @Test func variableIdsOutOfRange() {
        var (m, _, _) = valid()
        m.addConstraint("far", [LinearTerm(VariableID(7))], .lessOrEqual(1))
        m.objective.terms.append(LinearTerm(VariableID(-1)))
        let p = m.validationProblems()
        #expect(p.contains { $0.contains("'far', term 0: variable id 7 out of range 0..<2") })
        #expect(p.contains { $0.contains("objective, term 2: variable id -1 out of range") })
    }

    @Test(arguments: [
        ("", "empty name"),
        (String(repeating: "a", count: 256), "256 bytes long"),
        (String(repeating: "ă", count: 128), "256 bytes long"),  // 2 UTF-8 bytes each
        ("tab\there", "control character"),
        ("line\nbreak", "control character"),
    ])
    func badVariableNames(name: String, message: String) {
        var m = MILPModel(name: "names")
        m.addVariable(name)
        let p = m.validationProblems()
        #expect(p.count == 1)
        #expect(p.first?.contains(message) == true)
    }

    @Test func vietnameseNamesOfAllowedLengthAreFine() {
        var m = MILPModel(name: "Phòng Nội vụ")
        m.addVariable("kiểm tra[UBND xã Đông Hòa, tháng 3]")
        m.addVariable(String(repeating: "ư", count: 127))  // 254 bytes
        #expect(m.validationProblems().isEmpty)
    }

    @Test func duplicateNames() {
        var m = MILPModel(name: "dups")
        let a = m.addVariable("a")
        m.addVariable("a")
        m.addConstraint("r", [LinearTerm(a)], .lessOrEqual(1))
        m.addConstraint("r", [LinearTerm(a)], .lessOrEqual(2))
        let p = m.validationProblems()
        #expect(p.contains("variable #1 'a': duplicate name (also variable #0)"))
        #expect(p.contains("constraint #1 'r': duplicate name (also constraint #0)"))
    }

    @Test func validateThrowsInvalidModelAndTheListIsCapped() {
        var m = MILPModel(name: "many")
        for _ in 0..<300 { m.addVariable("same") }
        #expect(m.validationProblems(limit: 50).count == 50)
        #expect(throws: SolverError.self) { try m.validate() }
        do {
            try m.validate()
        } catch {
            guard case .invalidModel(let problems) = error else {
                Issue.record("expected invalidModel")
                return
            }
            #expect(problems.count == 100)
        }
    }
}
