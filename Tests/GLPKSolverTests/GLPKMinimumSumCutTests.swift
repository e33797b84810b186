import MILP
import Testing

@testable import GLPKSolver

extension GLPKBackendTests {
    /// Cut families (``MILP/MinimumSumCut``) in the level search, on random bundling models written twice: with a
    /// link per unit (`w ≤ x_unit`, `w ≤ x_commune`, Σ w ≤ room · x_commune) and compact (`z ≤ Σ x_unit`,
    /// `z ≤ room · x_commune`, and the family `z ≤ Σ min(x_unit, x_commune)`).
    @Suite struct GLPKMinimumSumCutTests {
        /// One random model: communes of 2–4 half-day units, a shared capacity, a week budget; the objective's
        /// priorities and the bundling weight are multiples of 0.5.
        struct Bundles {
            var units: [[Double]]  // per commune: its own priority first, then its units'
            var capacity: Double
            var room: [Double]
        }

        static func bundles(seed: UInt64) -> Bundles {
            var rng = SplitMix64(seed: 7000 + seed)
            let communes = Int.random(in: 2...4, using: &rng)
            let units = (0..<communes).map { _ in
                (0...Int.random(in: 2...4, using: &rng)).map { _ in Double(Int.random(in: 1...4, using: &rng)) * 0.5 }
            }
            let total = units.reduce(0) { $0 + 2 + Double($1.count - 1) }
            return Bundles(
                units: units, capacity: (total * Double.random(in: 0.35...0.6, using: &rng)).rounded(),
                room: units.map { _ in Double(Int.random(in: 1...3, using: &rng)) })
        }

        /// The model: disaggregated links, or compact with (or without) its cut families.
        static func model(_ b: Bundles, compact: Bool, cuts: Bool = true) -> MILPModel {
            var m = MILPModel(name: compact ? "compact" : "links")
            var terms: [LinearTerm] = []
            var load: [LinearTerm] = []
            for (c, priorities) in b.units.enumerated() {
                let anchor = m.addVariable("c\(c)", kind: .binary)
                let others = (1..<priorities.count).map { m.addVariable("u\(c)_\($0)", kind: .binary) }
                terms +=
                    [LinearTerm(anchor, priorities[0])] + zip(others, priorities.dropFirst()).map { LinearTerm($0, $1) }
                load += [LinearTerm(anchor, 2)] + others.map { LinearTerm($0, 1) }
                let z = m.addVariable("z\(c)", kind: .continuous, lowerBound: 0)
                terms.append(LinearTerm(z, 0.5))
                if compact {
                    let k = min(Double(others.count), b.room[c])
                    m.addConstraint("links\(c)", [LinearTerm(z)] + others.map { LinearTerm($0, -1) }, .lessOrEqual(0))
                    m.addConstraint("cap\(c)", [LinearTerm(z), LinearTerm(anchor, -k)], .lessOrEqual(0))
                    if cuts { m.minimumSumCuts.append(MinimumSumCut(bounded: z, cap: anchor, members: others)) }
                } else {
                    let ws = others.enumerated().map { i, o -> VariableID in
                        let w = m.addVariable("w\(c)_\(i)", kind: .continuous, lowerBound: 0, upperBound: 1)
                        m.addConstraint("wo\(c)_\(i)", [LinearTerm(w), LinearTerm(o, -1)], .lessOrEqual(0))
                        m.addConstraint("wa\(c)_\(i)", [LinearTerm(w), LinearTerm(anchor, -1)], .lessOrEqual(0))
                        return w
                    }
                    m.addConstraint("links\(c)", [LinearTerm(z)] + ws.map { LinearTerm($0, -1) }, .lessOrEqual(0))
                    m.addConstraint(
                        "cap\(c)", ws.map { LinearTerm($0) } + [LinearTerm(anchor, -b.room[c])], .lessOrEqual(0))
                }
            }
            m.addConstraint("capacity", load, .lessOrEqual(b.capacity))
            m.objective = Objective(sense: .maximize, terms: terms)
            return m
        }

        /// The level the level search started at: its last level plus a step per level below the first.
        static func topLevel(_ l: GLPKLevelSearch) -> Double { l.level + Double(l.levels - 1) * 0.5 }

        /// The compact model with its cuts reaches the disaggregated model's optimum from the same first level (its
        /// LP bound is the disaggregated one); without the cuts the optimum is the same but the LP bound is weaker
        /// on some seeds. Every plan keeps every row of its model.
        @Test func compactModelsWithCutsMatchTheLinkedModels() throws {
            var cutsUsed = 0
            var weakerWithout = 0
            for seed in 0..<60 {
                let b = Self.bundles(seed: UInt64(seed))
                let options = GLPKLevelSearchTests.options(step: 0.5, nodes: 50)
                let (linked, lt) = try GLPKSolver().solveMeasured(Self.model(b, compact: false), options: options)
                let compactModel = Self.model(b, compact: true)
                let (compact, ct) = try GLPKSolver().solveMeasured(compactModel, options: options)
                let (bare, bt) = try GLPKSolver().solveMeasured(
                    Self.model(b, compact: true, cuts: false), options: options)
                let a = try #require(linked.objective), c = try #require(compact.objective),
                    d = try #require(bare.objective)
                #expect(abs(a - c) < 1e-6 && abs(a - d) < 1e-6, "seed \(seed): \(a), \(c), \(d)")
                #expect(compactModel.violations(at: compact.values).isEmpty, "seed \(seed)")
                let l = try #require(lt.levelSearch), k = try #require(ct.levelSearch), n = try #require(bt.levelSearch)
                #expect(abs(Self.topLevel(l) - Self.topLevel(k)) < 1e-6, "seed \(seed): the same LP bound")
                if k.cutRows > 0 { cutsUsed += 1 }
                if Self.topLevel(n) > Self.topLevel(k) + 1e-6 { weakerWithout += 1 }
            }
            #expect(cutsUsed >= 10, "\(cutsUsed) seeds added cut rows")
            #expect(weakerWithout >= 5, "\(weakerWithout) seeds had a weaker bound without the cuts")
        }

        /// `levelSearchOnly`: a level search that does not settle ends the solve with no point (interrupted) instead
        /// of the usual search; one that settles returns its plan.
        @Test func levelSearchOnlyStopsWhenTheLevelSearchDoesNotSettle() throws {
            var m = MILPModel(name: "clique")
            let xs = (0..<10).map { m.addVariable("x\($0)", kind: .binary) }
            for i in 0..<10 {
                for j in (i + 1)..<10 {
                    m.addConstraint("p\(i)_\(j)", [LinearTerm(xs[i]), LinearTerm(xs[j])], .lessOrEqual(1))
                }
            }
            m.objective = Objective(sense: .maximize, terms: xs.map { LinearTerm($0) })
            var options = GLPKLevelSearchTests.options(step: 1)
            options.levelSearchOnly = true
            let (r, timings) = try GLPKSolver().solveMeasured(m, options: options)
            #expect(timings.levelSearch?.outcome == .noneAtLevel)
            #expect(!r.hasFeasiblePoint && r.termination == .interrupted)
            let settled = try GLPKSolver().solve(GLPKLevelSearchTests.threeItems(), options: options)
            #expect(settled.objective == 6)
        }

        @Test func aCutFamilyWithAVariableOutOfRangeIsRefusedBeforeGLPK() {
            var m = GLPKLevelSearchTests.threeItems()
            m.minimumSumCuts = [MinimumSumCut(bounded: VariableID(7), cap: VariableID(0), members: [])]
            #expect(m.validationProblems().contains { $0.contains("minimum-sum cut 0") })
            #expect(throws: SolverError.self) {
                try GLPKSolver().solve(m, options: GLPKLevelSearchTests.options(step: 3))
            }
        }
    }
}
