import GLPKSolver
import MILP
import Testing

extension GLPKBackendTests {
    /// Conformance: tiny LPs and MILPs with known optima, plus infeasible and unbounded models.
    @Suite struct GLPKSolverBasicTests {
        let solver = GLPKSolver()

        @Test func lpWithKnownOptimum() throws {
            // max 3x + 2y  s.t. x + y <= 4, x + 3y <= 6, x <= 3  -> x = 3, y = 1, z = 11
            var m = MILPModel(name: "lp")
            let x = m.addVariable("x")
            let y = m.addVariable("y")
            m.addConstraint("c1", [LinearTerm(x, 1), LinearTerm(y, 1)], .lessOrEqual(4))
            m.addConstraint("c2", [LinearTerm(x, 1), LinearTerm(y, 3)], .lessOrEqual(6))
            m.addConstraint("c3", [LinearTerm(x, 1)], .lessOrEqual(3))
            m.objective = Objective(sense: .maximize, terms: [LinearTerm(x, 3), LinearTerm(y, 2)], constant: 1)
            let r = try solver.solve(m, options: SolveOptions())
            #expect(r.termination == .optimal)
            #expect(r.hasFeasiblePoint)
            #expect(abs((r.objective ?? 0) - 12) < 1e-9)
            #expect(abs((r[x] ?? -1) - 3) < 1e-9)
            #expect(abs((r[y] ?? -1) - 1) < 1e-9)
            #expect(r.relativeGap == 0)
            #expect(r.nodeCount == nil)
        }

        @Test func knapsack01() throws {
            // weights 12 2 1 1 4, values 4 2 1 2 10, capacity 15 -> items 1..4 (0-based 1,2,3,4), value 15
            let weights: [Double] = [12, 2, 1, 1, 4], values: [Double] = [4, 2, 1, 2, 10]
            var m = MILPModel(name: "knapsack")
            let xs = (0..<5).map { m.addVariable("x\($0)", kind: .binary) }
            m.addConstraint("weight", zip(xs, weights).map { LinearTerm($0, $1) }, .lessOrEqual(15))
            m.objective = Objective(sense: .maximize, terms: zip(xs, values).map { LinearTerm($0, $1) })
            let r = try solver.solve(m, options: SolveOptions())
            #expect(r.termination == .optimal)
            #expect(abs((r.objective ?? 0) - 15) < 1e-9)
            #expect(xs.map { r.isOn($0) } == [false, true, true, true, true])
            #expect(m.violations(at: r.values).isEmpty)
        }

        @Test func smallAssignment() throws {
            // 3 workers x 3 jobs, minimise cost; the expected optimum is found by enumerating all 6 permutations.
            let cost: [[Double]] = [[4, 1, 3], [2, 0, 5], [3, 2, 2]]
            var m = MILPModel(name: "assignment")
            var x: [[VariableID]] = []
            for i in 0..<3 { x.append((0..<3).map { j in m.addVariable("x_\(i)_\(j)", kind: .binary) }) }
            for i in 0..<3 { m.addConstraint("worker\(i)", (0..<3).map { LinearTerm(x[i][$0]) }, .equal(1)) }
            for j in 0..<3 { m.addConstraint("job\(j)", (0..<3).map { LinearTerm(x[$0][j]) }, .equal(1)) }
            m.objective = Objective(
                terms: (0..<3).flatMap { i in (0..<3).map { j in LinearTerm(x[i][j], cost[i][j]) } })
            let r = try solver.solve(m, options: SolveOptions())
            let perms = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
            let best = perms.map { p in (0..<3).reduce(0.0) { $0 + cost[$1][p[$1]] } }.min() ?? 0
            #expect(r.termination == .optimal)
            #expect(abs((r.objective ?? -1) - best) < 1e-9)
            #expect(m.violations(at: r.values).isEmpty)
        }

        @Test func integerVariablesAreIntegral() throws {
            // max x + y, 2x + 2y <= 7 with x, y integer -> 3 (LP would give 3.5)
            var m = MILPModel(name: "int")
            let x = m.addVariable("x", kind: .integer, upperBound: 10)
            let y = m.addVariable("y", kind: .integer, upperBound: 10)
            m.addConstraint("c", [LinearTerm(x, 2), LinearTerm(y, 2)], .lessOrEqual(7))
            m.objective = Objective(sense: .maximize, terms: [LinearTerm(x), LinearTerm(y)])
            let r = try solver.solve(m, options: SolveOptions())
            #expect(r.termination == .optimal)
            #expect(abs((r.objective ?? 0) - 3) < 1e-9)
            #expect(r.values.allSatisfy { abs($0 - $0.rounded()) < 1e-9 })
        }

        @Test(arguments: [false, true]) func infeasible(isMIP: Bool) throws {
            var m = MILPModel(name: "infeasible")
            let x = m.addVariable("x", kind: isMIP ? .integer : .continuous, upperBound: 5)
            let y = m.addVariable("y", kind: isMIP ? .integer : .continuous, upperBound: 5)
            m.addConstraint("big", [LinearTerm(x), LinearTerm(y)], .greaterOrEqual(11))
            m.objective = Objective(terms: [LinearTerm(x)])
            let r = try solver.solve(m, options: SolveOptions())
            #expect(r.termination == .infeasible)
            #expect(!r.hasFeasiblePoint)
            #expect(r.values.isEmpty)
            #expect(r.objective == nil)
        }

        @Test(arguments: [false, true]) func unbounded(isMIP: Bool) throws {
            var m = MILPModel(name: "unbounded")
            let x = m.addVariable("x", kind: isMIP ? .integer : .continuous)
            let y = m.addVariable("y", kind: isMIP ? .integer : .continuous)
            m.addConstraint("c", [LinearTerm(x, 1), LinearTerm(y, -1)], .lessOrEqual(2))
            m.objective = Objective(sense: .maximize, terms: [LinearTerm(x), LinearTerm(y)])
            let r = try solver.solve(m, options: SolveOptions())
            #expect(r.termination == .unbounded)
            #expect(!r.hasFeasiblePoint)
        }

        @Test func fixedBinaryIsRespected() throws {
            // A binary pinned to 1 through setBounds must stay 1 even when the objective prefers 0.
            var m = MILPModel(name: "pin")
            let x = m.addVariable("x", kind: .binary)
            let y = m.addVariable("y", kind: .binary)
            m.addConstraint("one", [LinearTerm(x), LinearTerm(y)], .lessOrEqual(1))
            m.setBounds(of: x, lower: 1, upper: 1)
            m.objective = Objective(sense: .maximize, terms: [LinearTerm(x, 1), LinearTerm(y, 5)])
            let r = try solver.solve(m, options: SolveOptions())
            #expect(r.termination == .optimal)
            #expect(r.isOn(x))
            #expect(!r.isOn(y))
        }

        @Test func emptyModelIsTriviallyOptimal() throws {
            var m = MILPModel(name: "empty")
            m.objective.constant = 7
            let r = try solver.solve(m, options: SolveOptions())
            #expect(r.termination == .optimal)
            #expect(r.objective == 7)
            #expect(r.values.isEmpty)
        }

        @Test(arguments: [VariableKind.continuous, .integer, .binary])
        func variablesWithoutConstraints(kind: VariableKind) throws {
            var m = MILPModel(name: "no rows")
            let x = m.addVariable("x", kind: kind, lowerBound: 0, upperBound: 3)
            let y = m.addVariable("y", kind: kind, lowerBound: 0, upperBound: 3)
            m.objective = Objective(sense: .maximize, terms: [LinearTerm(x, 2), LinearTerm(y, -1)])
            let r = try solver.solve(m, options: SolveOptions())
            let top = kind == .binary ? 1.0 : 3.0
            #expect(r.termination == .optimal)
            #expect(r[x] == top)
            #expect(r[y] == 0)
        }
    }
}

extension GLPKBackendTests.GLPKSolverBasicTests {
    @Test func presolveOffSolvesTheRootLPFirst() throws {
        let (m, _) = TestModels.hardKnapsack(items: 20, dimensions: 3)
        let on = try solver.solve(m, options: SolveOptions(presolve: true))
        let off = try solver.solve(m, options: SolveOptions(presolve: false))
        #expect(on.termination == .optimal)
        #expect(off.termination == .optimal)
        #expect(abs((on.objective ?? 0) - (off.objective ?? 1)) < 1e-6)
    }
}

extension GLPKBackendTests.GLPKSolverBasicTests {
    static let settings: [(GLPKSolver.Branching, GLPKSolver.Cuts)] = [
        (.hybridPseudoCost, .all),
        (.driebeckTomlin, GLPKSolver.Cuts()),
        (.mostFractional, [.cover, .clique]),
        (.driebeckTomlin, [.gomory, .mixedIntegerRounding]),
    ]

    @Test(arguments: settings)
    func branchingAndCutSettingsReachTheSameOptimum(branching: GLPKSolver.Branching, cuts: GLPKSolver.Cuts) throws {
        let (m, _) = TestModels.hardKnapsack(items: 25, dimensions: 3)
        let reference = try solver.solve(m, options: SolveOptions())
        let r = try GLPKSolver(branching: branching, cuts: cuts).solve(m, options: SolveOptions())
        #expect(r.termination == .optimal)
        #expect(abs((r.objective ?? 0) - (reference.objective ?? 1)) < 1e-6)
    }
}
