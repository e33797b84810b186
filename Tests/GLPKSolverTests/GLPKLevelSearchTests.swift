import MILP
import Testing

@testable import GLPKSolver

extension GLPKBackendTests {
    /// The level search (``MILP/SolveOptions/levelSearchNodes``): a search among the points at the best objective
    /// level the LP bound allows, in a model cut down by reduced costs and row duals, before the usual search.
    @Suite struct GLPKLevelSearchTests {
        /// A safety net only: every model here is solved in well under a second.
        static let safetyNet = 120.0

        /// Options for a proof with the level search (or without it, with `nodes` nil).
        static func options(step: Double, nodes: Int? = 50) -> SolveOptions {
            var o = SolveOptions(timeLimitSeconds: safetyNet)
            o.stopWhenBoundWithin = step
            o.levelSearchNodes = nodes
            return o
        }

        /// max 3(x + y + z) with 2(x + y + z) ≤ 5, binaries: LP bound 7.5, step 3, so the top level is 6 (two items).
        static func threeItems() -> MILPModel {
            var m = MILPModel(name: "three")
            let xs = ["x", "y", "z"].map { m.addVariable($0, kind: .binary) }
            m.addConstraint("cap", xs.map { LinearTerm($0, 2) }, .lessOrEqual(5))
            m.objective = Objective(sense: .maximize, terms: xs.map { LinearTerm($0, 3) })
            return m
        }

        @Test func findsThePlanAtTheTopLevelAndProvesIt() throws {
            let m = Self.threeItems()
            let (r, timings) = try GLPKSolver().solveMeasured(m, options: Self.options(step: 3))
            let level = try #require(timings.levelSearch)
            #expect(level.outcome == .found)
            #expect(level.levels == 1)
            #expect(level.level == 6)
            #expect(r.objective == 6)
            #expect(r.termination == .optimal || r.termination == .gapLimit)
            #expect(try #require(r.bestBound) < 6 + 3, "the LP bound, less than one step above")
            #expect(m.violations(at: r.values).isEmpty)
            #expect(r.log.contains("level search"))
        }

        /// max 3x + 2y + 2z with 2x + 2y + 2z ≤ 5 (binaries): the LP bound is 6 (x, y and half of z), the best plan 5.
        @Test func aLevelWithNoPlanLeadsToTheNextOne() throws {
            var m = MILPModel(name: "steps")
            let xs = ["x", "y", "z"].map { m.addVariable($0, kind: .binary) }
            m.addConstraint("cap", xs.map { LinearTerm($0, 2) }, .lessOrEqual(5))
            m.objective = Objective(
                sense: .maximize, terms: [LinearTerm(xs[0], 3), LinearTerm(xs[1], 2), LinearTerm(xs[2], 2)])
            let (r, timings) = try GLPKSolver().solveMeasured(m, options: Self.options(step: 1))
            let level = try #require(timings.levelSearch)
            #expect(level.outcome == .found)
            #expect(level.levels == 2, "6 holds no plan, 5 does")
            #expect(level.level == 5)
            #expect(r.objective == 5)
            #expect(r.bestBound == 5, "no plan reaches 6, and values come in steps of 1")
        }

        /// Ten binaries, every pair at most one: the LP bound is 5 (all halves), the best plan 1. Three levels
        /// (5, 4, 3) hold no plan; the usual search then proves 1.
        @Test func afterItsLastLevelTheUsualSearchProvesTheOptimum() throws {
            var m = MILPModel(name: "clique")
            let xs = (0..<10).map { m.addVariable("x\($0)", kind: .binary) }
            for i in 0..<10 {
                for j in (i + 1)..<10 {
                    m.addConstraint("p\(i)_\(j)", [LinearTerm(xs[i]), LinearTerm(xs[j])], .lessOrEqual(1))
                }
            }
            m.objective = Objective(sense: .maximize, terms: xs.map { LinearTerm($0) })
            let (r, timings) = try GLPKSolver().solveMeasured(m, options: Self.options(step: 1))
            let level = try #require(timings.levelSearch)
            #expect(level.outcome == .noneAtLevel)
            #expect(level.levels == 3)
            #expect(level.level == 3)
            #expect(r.objective == 1)
            #expect(r.termination == .optimal || r.termination == .gapLimit)
            #expect(m.violations(at: r.values).isEmpty)
        }

        @Test func aGLPKFailureInsideItLeavesTheUsualSearch() throws {
            // GLPK raised a fatal error inside the level search once (its cover cuts on a problem its preprocessor had
            // emptied). Made to fail there on purpose, the solve still ends with the proven optimum, without it.
            var solver = GLPKSolver()
            solver.testDelay = (0, .failInLevelSearch)
            let m = Self.threeItems()
            let (r, timings) = try solver.solveMeasured(m, options: Self.options(step: 3))
            #expect(timings.levelSearch?.outcome == .failed)
            #expect(r.objective == 6)
            #expect(r.termination == .optimal || r.termination == .gapLimit)
            #expect(r.log.contains("GLPK failed inside it"))
            // The next solve on the same thread is unaffected.
            let again = try GLPKSolver().solveMeasured(m, options: Self.options(step: 3))
            #expect(again.timings.levelSearch?.outcome == .found)
        }

        @Test func needsTheStepAndNoStartingPoint() throws {
            let m = Self.threeItems()
            var noStep = Self.options(step: 3)
            noStep.stopWhenBoundWithin = nil
            var started = Self.options(step: 3)
            started.startingSolution = [1, 1, 0]
            for o in [noStep, started, Self.options(step: 3, nodes: nil)] {
                let (r, timings) = try GLPKSolver().solveMeasured(m, options: o)
                #expect(timings.levelSearch == nil)
                #expect(r.objective == 6)
            }
        }

        /// Random small models, maximising and minimising, with an objective constant and general integers: the
        /// level search must reach the same optimum as the search without it. A fixing or a narrowed row that cut
        /// off the optimum would show as a worse objective. The models are made so that most optima lie within the
        /// three levels below the LP bound: the seeds must find plans at the first level and at a lower one.
        @Test func randomModelsReachTheSameOptimum() throws {
            var outcomes: [String: Int] = [:]
            for seed in 0..<80 {
                let (m, step) = Self.randomModel(seed: UInt64(seed))
                let plain = try GLPKSolver().solve(m, options: Self.options(step: step, nodes: nil))
                let (r, timings) = try GLPKSolver().solveMeasured(m, options: Self.options(step: step, nodes: 20))
                let level = try #require(timings.levelSearch)
                outcomes["\(level.outcome) \(min(level.levels, 2))", default: 0] += 1
                #expect(r.hasFeasiblePoint == plain.hasFeasiblePoint)
                if let a = r.objective, let b = plain.objective {
                    #expect(abs(a - b) < 1e-6, "seed \(seed): \(a) against \(b)")
                    #expect(m.violations(at: r.values).isEmpty)
                }
            }
            #expect(outcomes["found 1", default: 0] >= 10, "\(outcomes)")
            #expect(outcomes["found 2", default: 0] >= 10, "\(outcomes)")
        }

        /// A packing (maximising) or covering (minimising) model of 14 binaries and 2 integers with 6 rows, integer
        /// coefficients of 1 to 6 steps of 0.5; every third seed adds a ranged row and 3 continuous links, each at most two
        /// binaries (like the calendar's bundling links), whose values are whole at an optimum.
        static func randomModel(seed: UInt64) -> (MILPModel, Double) {
            var rng = SplitMix64(seed: 1000 + seed)
            var m = MILPModel(name: "random\(seed)")
            var xs = (0..<14).map { m.addVariable("x\($0)", kind: .binary) }
            xs += (0..<2).map { m.addVariable("n\($0)", kind: .integer, lowerBound: 0, upperBound: 3) }
            let maximize = seed % 2 == 0
            for r in 0..<6 {
                let w = xs.map { _ in Double(Int.random(in: 0...9, using: &rng)) }
                let total = w.reduce(0, +)
                let terms = zip(xs, w).filter { $0.1 != 0 }.map { LinearTerm($0.0, $0.1) }
                m.addConstraint(
                    "r\(r)", terms,
                    maximize ? .lessOrEqual((total * 0.4).rounded()) : .greaterOrEqual((total * 0.3).rounded()))
            }
            let step = 0.5
            let c = xs.map { _ in Double(Int.random(in: 1...6, using: &rng)) * step }
            var terms = zip(xs, c).map { LinearTerm($0, $1) }
            if seed % 3 == 0 {
                m.addConstraint(
                    "range", xs.prefix(8).map { LinearTerm($0) }, .range(lower: 2, upper: maximize ? 5 : 7))
                for k in 0..<3 {
                    let w = m.addVariable("w\(k)", kind: .continuous, lowerBound: 0, upperBound: 1)
                    m.addConstraint("wa\(k)", [LinearTerm(w), LinearTerm(xs[2 * k], -1)], .lessOrEqual(0))
                    m.addConstraint("wb\(k)", [LinearTerm(w), LinearTerm(xs[2 * k + 1], -1)], .lessOrEqual(0))
                    terms.append(LinearTerm(w, (maximize ? 1 : -1) * Double(k + 1) * step))
                }
            }
            m.objective = Objective(sense: maximize ? .maximize : .minimize, terms: terms, constant: 1.5)
            return (m, step)
        }
    }
}
