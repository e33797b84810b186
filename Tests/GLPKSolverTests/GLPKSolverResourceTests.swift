import Foundation
import GLPKSolver
import MILP
import Testing

extension GLPKBackendTests {
    /// Many solves in a row, and GLPK never writes to stdout.
    ///
    /// Resident memory is not asserted here: other suites run in this process at the same time, so its figures are
    /// noise. `Scripts/benchmark-memory.sh` runs the solves below alone and prints them.
    @Suite struct GLPKSolverResourceTests {
        /// Resident set size in bytes, from /proc/self/statm (Linux), or `nil`.
        private func residentBytes() -> Int? {
            guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
            let fields = text.split(separator: " ")
            guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
            return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        }

        /// 1,300 solves in a row on one solver value, each with its own GLPK environment, all exact. With
        /// `CCHC_MEMORY_FIGURES=<file>` (set by `Scripts/benchmark-memory.sh`, which runs this test alone) the
        /// resident memory after 300, 800 and 1,300 solves is written to that file.
        @Test func thousandSolvesInARowStayExact() throws {
            let solver = GLPKSolver()
            var figures: [String] = []
            // The optimum of each scaled model, by enumeration: max 5x + 4y, 6x + 4y <= 24s, x + 2y <= 6s, integers.
            var optimum: [Double] = []
            for s in 1...3 {
                var best = 0
                for x in 0...(4 * s) {
                    for y in 0...(3 * s) where 6 * x + 4 * y <= 24 * s && x + 2 * y <= 6 * s {
                        best = max(best, 5 * x + 4 * y)
                    }
                }
                optimum.append(Double(best))
            }
            func solveMany(_ n: Int) throws {
                for i in 0..<n {
                    let r = try solver.solve(TestModels.tinyMILP(scale: Double(1 + i % 3)), options: SolveOptions())
                    #expect(r.termination == .optimal)
                    #expect(r.objective == optimum[i % 3], "solve \(i): \(String(describing: r.objective))")
                }
            }
            for (count, label) in [(300, "after 300 solves"), (500, "after 800 solves"), (500, "after 1300 solves")] {
                try solveMany(count)
                figures.append("\(label)\t\(residentBytes().map(String.init) ?? "unknown")")
            }
            if let path = ProcessInfo.processInfo.environment["CCHC_MEMORY_FIGURES"] {
                try Data((figures.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
            }
        }

        @Test func glpkWritesNothingToStdout() throws {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-stdout-\(getpid()).txt").path
            fflush(nil)
            let saved = dup(STDOUT_FILENO)
            let fd = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0o644)
            try #require(saved >= 0 && fd >= 0)
            dup2(fd, STDOUT_FILENO)
            let (hard, greedy) = TestModels.hardKnapsack(items: 40, dimensions: 4)
            let loud = GLPKSolver(logLevel: .normal)
            let r = try? loud.solve(hard, options: SolveOptions(timeLimitSeconds: 0.3, startingSolution: greedy))
            let lp = try? loud.solve(TestModels.tinyMILP(), options: SolveOptions())
            fflush(nil)
            dup2(saved, STDOUT_FILENO)
            close(saved)
            close(fd)
            let captured = try String(contentsOfFile: path, encoding: .utf8)
            try? FileManager.default.removeItem(atPath: path)
            #expect(!captured.contains("GLPK"))
            #expect(!captured.contains("Integer optimization"))
            #expect(!captured.contains("INTEGER OPTIMAL"))
            // The text went to the log instead.
            #expect(
                r?.log.contains("GLPK Integer Optimizer") == true && lp?.log.contains("GLPK Integer Optimizer") == true,
                "logs: \(r?.log ?? "nil") / \(lp?.log ?? "nil")"
            )
        }
    }
}
