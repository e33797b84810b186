import CGLPKShim
import Foundation
import MILP
import Testing

@testable import GLPKSolver

extension GLPKBackendTests {
    /// The guard: GLPK fatal errors become errors, the process lives on, and the thread can solve again.
    @Suite struct GLPKSolverFailureTests {
        /// Runs `body` on a fresh thread and waits.
        private func onNewThread<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
            GLPKThread.run(body)
        }

        @Test func provokedFatalErrorIsCaughtAndTheSameThreadSolvesAfterwards() throws {
            let (code, message, objective) = onNewThread { () -> (Int32, String, Double?) in
                var err = [CChar](repeating: 0, count: 1024)
                let code = cglpk_provoke_error(&err, 1024)
                let message = String(cCharBuffer: err)
                let model = TestModels.tinyMILP()
                let raw = GLPKSolver.solveOnCurrentThread(
                    model, settings: GLPKSolver().cOptions(SolveOptions(), isMIP: true), start: nil, monitor: nil
                )
                return (code, message, raw.result.has_values != 0 ? raw.result.obj : nil)
            }
            #expect(code == CGLPK_EFATAL)
            #expect(message.contains("glp_set_col_bnds"))
            #expect(message.contains("out of range"))
            #expect(objective == 20)
        }

        @Test func memoryLimitBecomesAnError() throws {
            // ~2 MB of arrays cannot fit into a 1 MiB GLPK memory limit.
            var m = MILPModel(name: "big")
            let xs = (0..<20_000).map { m.addVariable("x\($0)", upperBound: 1) }
            for i in 0..<5 { m.addConstraint("r\(i)", xs.map { LinearTerm($0, Double(i + 1)) }, .lessOrEqual(100)) }
            m.objective = Objective(sense: .maximize, terms: xs.map { LinearTerm($0) })
            #expect {
                _ = try GLPKSolver().solve(m, options: SolveOptions(memoryLimitMiB: 1))
            } throws: { error in
                guard case SolverError.tooLarge(let text) = error as? SolverError ?? .fatal("") else { return false }
                return text.contains("memory")
            }
            // The same model without the limit solves (the failure freed everything).
            let r = try GLPKSolver().solve(m, options: SolveOptions())
            #expect(r.termination == .optimal)
        }

        @Test func invalidModelsAreRejectedBeforeGLPK() {
            var m = MILPModel(name: "bad")
            let x = m.addVariable("x")
            m.addConstraint("nan", [LinearTerm(x, .nan)], .lessOrEqual(1))
            #expect(throws: SolverError.self) { try GLPKSolver().solve(m, options: SolveOptions()) }
            do {
                _ = try GLPKSolver().solve(m, options: SolveOptions())
            } catch {
                guard case .invalidModel(let problems) = error else {
                    Issue.record("expected invalidModel, got \(error)")
                    return
                }
                #expect(problems.contains { $0.contains("nan") && $0.contains("'nan'") })
            }
        }

        @Test func twoModelsAtOnceOnDifferentThreads() throws {
            let (hard, greedy) = TestModels.hardKnapsack(items: 60, dimensions: 5)
            let results = Recorder<(Int, Double?)>()
            DispatchQueue.concurrentPerform(iterations: 4) { i in
                do {
                    if i % 2 == 0 {
                        let r = try GLPKSolver().solve(
                            TestModels.tinyMILP(scale: Double(i + 1)), options: SolveOptions())
                        results.append((i, r.objective))
                    } else {
                        let r = try GLPKSolver().solve(
                            hard, options: SolveOptions(timeLimitSeconds: 0.3, startingSolution: greedy)
                        )
                        results.append((i, hard.violations(at: r.values).isEmpty ? r.objective : nil))
                    }
                } catch {
                    results.append((i, nil))
                }
            }
            let byIndex = Dictionary(uniqueKeysWithValues: results.values.map { ($0.0, $0.1) })
            // tinyMILP(scale s): max 5x + 4y, 6x + 4y <= 24s, x + 2y <= 6s; optimum by enumeration.
            func bruteForce(_ s: Double) -> Double {
                var best = 0.0
                for x in 0...Int(4 * s) {
                    for y in 0...Int(3 * s) where 6 * Double(x) + 4 * Double(y) <= 24 * s && Double(x + 2 * y) <= 6 * s
                    {
                        best = max(best, 5 * Double(x) + 4 * Double(y))
                    }
                }
                return best
            }
            #expect(byIndex[0] == bruteForce(1))
            #expect(byIndex[2] == bruteForce(3))
            #expect((byIndex[1] ?? nil).map { $0 >= hard.objectiveValue(at: greedy) - 1e-6 } == true)
            #expect((byIndex[3] ?? nil).map { $0 >= hard.objectiveValue(at: greedy) - 1e-6 } == true)
        }

        @Test func aFatalErrorOnOneThreadLeavesAnotherThreadsSolveAlone() throws {
            let (hard, greedy) = TestModels.hardKnapsack(items: 60, dimensions: 5)
            let outcomes = Recorder<String>()
            DispatchQueue.concurrentPerform(iterations: 6) { i in
                if i == 0 {
                    let options = SolveOptions(timeLimitSeconds: 0.5, startingSolution: greedy)
                    let r = try? GLPKSolver().solve(hard, options: options)
                    let ok = r.map { $0.hasFeasiblePoint && hard.violations(at: $0.values).isEmpty } ?? false
                    outcomes.append(ok ? "solve ok" : "solve broken")
                } else {
                    let code = GLPKThread.run { () -> Int32 in
                        var err = [CChar](repeating: 0, count: 256)
                        return cglpk_provoke_error(&err, 256)
                    }
                    outcomes.append(code == CGLPK_EFATAL ? "fatal caught" : "fatal missed")
                }
            }
            #expect(outcomes.values.sorted() == Array(repeating: "fatal caught", count: 5) + ["solve ok"])
        }
    }
}
