import CGLPKShim
import Testing

@testable import GLPKSolver

extension GLPKBackendTests {
    /// The term hook's bounded log: it never overflows and keeps GLPK's header and the newest lines.
    @Suite struct GLPKLogBufferTests {
        @Test(arguments: [1024, 4096, 65536])
        func keepsHeadAndNewestLines(capacity: Int) {
            var buffer = [CChar](repeating: 0, count: capacity)
            var used = 0
            var cut: Int32 = 0
            for i in 0..<20_000 {
                cglpk_log_append_for_testing(&buffer, capacity, &used, &cut, "line \(i)\n")
                #expect(used < capacity)
            }
            let text = String(cCharBuffer: buffer)
            #expect(text.utf8.count == used)
            #expect(text.hasPrefix("line 0\nline 1\n"))
            #expect(text.hasSuffix("line 19998\nline 19999\n"))
            #expect(text.components(separatedBy: "earlier log lines dropped").count == 2)
        }

        @Test func shortLogIsKeptWhole() {
            var buffer = [CChar](repeating: 0, count: 2048)
            var used = 0
            var cut: Int32 = 0
            cglpk_log_append_for_testing(&buffer, 2048, &used, &cut, "GLPK Integer Optimizer 5.0\n")
            cglpk_log_append_for_testing(&buffer, 2048, &used, &cut, "INTEGER OPTIMAL SOLUTION FOUND\n")
            #expect(String(cCharBuffer: buffer) == "GLPK Integer Optimizer 5.0\nINTEGER OPTIMAL SOLUTION FOUND\n")
            #expect(cut == 0)
        }

        @Test func oneHugeMessageKeepsItsEnd() {
            var buffer = [CChar](repeating: 0, count: 1024)
            var used = 0
            var cut: Int32 = 0
            let huge = String(repeating: "x", count: 5_000) + "END\n"
            cglpk_log_append_for_testing(&buffer, 1024, &used, &cut, huge)
            cglpk_log_append_for_testing(&buffer, 1024, &used, &cut, huge)
            #expect(used < 1024)
            #expect(String(cCharBuffer: buffer).hasSuffix("xxEND\n"))
        }
    }
}
