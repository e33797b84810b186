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

    @Test func rowBoundsExposeBothSides() {
        #expect(RowBounds.range(lower: 1, upper: 2).lower == 1)
        #expect(RowBounds.lessOrEqual(4).lower == nil)
        #expect(RowBounds.equal(3).upper == 3)
        #expect(RowBounds.greaterOrEqual(3).upper == nil)
    }
}
