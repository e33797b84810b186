import MILP
import Testing

@Suite struct MILPModelTests {
    @Test func buildsPlainValues() {
        var m = MILPModel(name: "k")
        let x = m.addVariable("x", kind: .binary, lowerBound: -5, upperBound: 9)
        let y = m.addVariable("y", kind: .integer, upperBound: 3)
        m.addConstraint("w", [LinearTerm(x, 3), LinearTerm(y, 4)], .lessOrEqual(5))
        m.objective = Objective(sense: .maximize, terms: [LinearTerm(x, 2), LinearTerm(y, 3)], constant: 1)
        #expect(m.variables[x.index].lowerBound == 0 && m.variables[x.index].upperBound == 1)
        #expect(m.nonzeroCount == 2 && m.binaryCount == 1 && m.integerCount == 1)
        #expect(m.objectiveValue(at: [1, 1]) == 6)
        #expect(m.violations(at: [1, 1]) == ["constraint w: 7.0 > 5.0"])
        #expect(m.violations(at: [0.5, 0]) == ["variable x = 0.5 is not integral"])
        #expect(m.violations(at: [1, 0]).isEmpty)
    }

    /// The relaxation makes binaries and integers continuous, keeps a binary within [0, 1] (a fixed binary at its
    /// value) and an integer within its own bounds, and leaves rows and objective alone.
    @Test func relaxationKeepsBoundsAndDropsIntegrality() {
        var m = MILPModel(name: "r")
        let b = m.addVariable("b", kind: .binary)
        let fixed = m.addVariable("f", kind: .binary)
        m.setBounds(of: fixed, lower: 1, upper: 1)
        let n = m.addVariable("n", kind: .integer, lowerBound: 2, upperBound: 7)
        let x = m.addVariable("x", kind: .continuous, lowerBound: nil, upperBound: nil)
        m.addConstraint("c", [LinearTerm(b, 1), LinearTerm(n, 1)], .lessOrEqual(3))
        let r = m.relaxation()
        #expect(r.variables.allSatisfy { $0.kind == .continuous })
        #expect(r.variables[b.index].lowerBound == 0 && r.variables[b.index].upperBound == 1)
        #expect(r.variables[fixed.index].lowerBound == 1 && r.variables[fixed.index].upperBound == 1)
        #expect(r.variables[n.index].lowerBound == 2 && r.variables[n.index].upperBound == 7)
        #expect(r.variables[x.index].lowerBound == nil && r.variables[x.index].upperBound == nil)
        #expect(r.constraints == m.constraints && r.objective == m.objective)
        #expect(m.variables[n.index].kind == .integer)
    }

    @Test func rowBoundsExposeBothSides() {
        #expect(RowBounds.range(lower: 1, upper: 2).lower == 1)
        #expect(RowBounds.lessOrEqual(4).lower == nil)
        #expect(RowBounds.equal(3).upper == 3)
        #expect(RowBounds.greaterOrEqual(3).upper == nil)
    }
}
