import MILP
import Testing

@testable import GLPKSolver

extension GLPKBackendTests {
    /// The branching rule and cut families a solve gets by default, by the model's size.
    @Suite struct GLPKSettingsTests {
        /// The C branching code and cut bits of an explicitly configured solver.
        static func named(_ branching: GLPKSolver.Branching, _ cuts: GLPKSolver.Cuts) -> (Int32, Int32) {
            let o = GLPKSolver(branching: branching, cuts: cuts).cOptions(SolveOptions(), isMIP: true)
            return (o.br_tech, o.cuts)
        }

        @Test func smallModelsGetDriebeckTomlinWithCoverAndCliqueCuts() {
            let o = GLPKSolver().cOptions(
                SolveOptions(), isMIP: true, integerColumns: GLPKSolver.smallModelIntegerColumns)
            let expected = Self.named(.driebeckTomlin, [.cover, .clique])
            #expect(o.br_tech == expected.0)
            #expect(o.cuts == expected.1)
        }

        @Test func largeOrUnknownModelsGetHybridPseudoCostWithAllCuts() {
            let expected = Self.named(.hybridPseudoCost, .all)
            let solver = GLPKSolver()
            for o in [
                solver.cOptions(
                    SolveOptions(), isMIP: true, integerColumns: GLPKSolver.smallModelIntegerColumns + 1),
                solver.cOptions(SolveOptions(), isMIP: true),
            ] {
                #expect(o.br_tech == expected.0)
                #expect(o.cuts == expected.1)
            }
            #expect(expected.0 != Self.named(.driebeckTomlin, []).0)
        }

        @Test func namedSettingsWinOverTheSize() {
            let both = GLPKSolver(branching: .hybridPseudoCost, cuts: [.gomory])
                .cOptions(SolveOptions(), isMIP: true, integerColumns: 10)
            #expect(both.br_tech == Self.named(.hybridPseudoCost, []).0)
            #expect(both.cuts == GLPKSolver.Cuts.gomory.rawValue)
            let cutsOnly = GLPKSolver(cuts: [.mixedIntegerRounding])
                .cOptions(SolveOptions(), isMIP: true, integerColumns: 10)
            #expect(cutsOnly.br_tech == Self.named(.driebeckTomlin, []).0)
            #expect(cutsOnly.cuts == GLPKSolver.Cuts.mixedIntegerRounding.rawValue)
        }
    }
}
