import Foundation
import GLPKSolver
import MILP
import Testing

extension GLPKBackendTests {
    /// Memory stays flat over many solves, and GLPK never writes to stdout.
    @Suite struct GLPKSolverResourceTests {
        /// Resident set size in bytes, from /proc/self/statm.
        private func residentBytes() throws -> Int {
            let text = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
            let fields = text.split(separator: " ")
            let pages = try #require(fields.count > 1 ? Int(fields[1]) : nil)
            return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        }

        @Test func thousandSolvesKeepResidentMemoryFlat() throws {
            let solver = GLPKSolver()
            func solveMany(_ n: Int) throws {
                for i in 0..<n {
                    let r = try solver.solve(TestModels.tinyMILP(scale: Double(1 + i % 3)), options: SolveOptions())
                    #expect(r.termination == .optimal)
                }
            }
            try solveMany(300)
            let before = try residentBytes()
            try solveMany(500)
            let middle = try residentBytes()
            try solveMany(500)
            let after = try residentBytes()
            // Other suites run in parallel in this process, so RSS is noisy. A leaked GLPK environment costs more
            // than 5 KiB per solve (over 2.5 MB per 500 solves); leaks grow steadily, noise comes in steps.
            let total = after - before, lastHalf = after - middle, firstHalf = middle - before
            #expect(
                min(firstHalf, lastHalf) < 1 << 20 && total < 8 << 20,
                "RSS grew by \(firstHalf) + \(lastHalf) bytes over 2 x 500 solves"
            )
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
