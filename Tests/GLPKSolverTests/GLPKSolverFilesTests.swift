import Foundation
import GLPKSolver
import MILP
import Testing

extension GLPKBackendTests {
    /// Export with GLPK's writers, re-read with GLPK's readers: the optimum must match.
    @Suite struct GLPKSolverFilesTests {
        private func temporaryPath(_ name: String) -> String {
            FileManager.default.temporaryDirectory.appendingPathComponent("cchc-\(getpid())-\(name)").path
        }

        @Test(arguments: GLPKFileFormat.allCases) func maximisationRoundTrip(format: GLPKFileFormat) throws {
            let (m, _) = TestModels.hardKnapsack(items: 25, dimensions: 3)
            let direct = try GLPKSolver().solve(m, options: SolveOptions())
            #expect(direct.termination == .optimal)
            let path = temporaryPath("max.\(format.rawValue)")
            defer { try? FileManager.default.removeItem(atPath: path) }
            try GLPKSolver.export(m, format: format, to: path)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let reread = try GLPKSolver().solveFile(path: path, format: format)
            #expect(reread.termination == .optimal)
            let expected = format == .freeMPS ? -(direct.objective ?? 0) : (direct.objective ?? 0)
            #expect(abs((reread.objective ?? .nan) - expected) < 1e-6)
            if format == .freeMPS {
                #expect(text.contains("mkp_NEGATED_MAX"))
            } else {
                #expect(text.contains("Maximize"))
            }
        }

        @Test(arguments: GLPKFileFormat.allCases) func minimisationLPWithRangesRoundTrip(format: GLPKFileFormat) throws
        {
            var m = MILPModel(name: "diet")
            let a = m.addVariable("a", upperBound: 10)
            let b = m.addVariable("b", lowerBound: nil, upperBound: 8)
            let c = m.addVariable("c", kind: .integer, lowerBound: 1, upperBound: 6)
            m.addConstraint("protein", [LinearTerm(a, 2), LinearTerm(b, 1), LinearTerm(c, 3)], .greaterOrEqual(12))
            m.addConstraint("range", [LinearTerm(a, 1), LinearTerm(b, 1)], .range(lower: -2, upper: 7))
            m.addConstraint("fix", [LinearTerm(b, 1), LinearTerm(c, 1)], .equal(4))
            m.objective = Objective(terms: [LinearTerm(a, 3), LinearTerm(b, 1), LinearTerm(c, 4)], constant: 2.5)
            let direct = try GLPKSolver().solve(m, options: SolveOptions())
            #expect(direct.termination == .optimal)
            let path = temporaryPath("min.\(format.rawValue)")
            defer { try? FileManager.default.removeItem(atPath: path) }
            try GLPKSolver.export(m, format: format, to: path)
            let reread = try GLPKSolver().solveFile(path: path, format: format)
            #expect(reread.termination == .optimal)
            #expect(abs((reread.objective ?? .nan) - (direct.objective ?? 0)) < 1e-6)
        }

        @Test(arguments: GLPKFileFormat.allCases) func vietnameseNamesStayReadableAndUnique(format: GLPKFileFormat)
            throws
        {
            var m = MILPModel(name: "Kế hoạch kiểm tra")
            let a = m.addVariable("x[UBND xã Đông Hòa, tháng 3]", kind: .binary)
            let b = m.addVariable("x[UBND xã Đông Hòa,_tháng 3]", kind: .binary)  // same ASCII form as `a`
            let c = m.addVariable("2nd", upperBound: 2)
            m.addConstraint("năng lực[Đoàn 1]", [LinearTerm(a, 2), LinearTerm(b, 3), LinearTerm(c)], .lessOrEqual(4))
            m.objective = Objective(sense: .maximize, terms: [LinearTerm(a, 3), LinearTerm(b, 4), LinearTerm(c, 1)])
            let direct = try GLPKSolver().solve(m, options: SolveOptions())
            let path = temporaryPath("names.\(format.rawValue)")
            defer { try? FileManager.default.removeItem(atPath: path) }
            try GLPKSolver.export(m, format: format, to: path)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("x(UBND_xa_Dong_Hoa,_thang_3)"))
            #expect(text.contains("x(UBND_xa_Dong_Hoa,_thang_3)~2"))
            #expect(text.contains("nang_luc(Doan_1)"))
            #expect(text.contains("_2nd"))
            let reread = try GLPKSolver().solveFile(path: path, format: format)
            let expected = format == .freeMPS ? -(direct.objective ?? 0) : (direct.objective ?? 0)
            #expect(abs((reread.objective ?? .nan) - expected) < 1e-6)
        }

        @Test func unreadableFileIsAFailure() {
            let path = temporaryPath("garbage.lp")
            defer { try? FileManager.default.removeItem(atPath: path) }
            _ = FileManager.default.createFile(atPath: path, contents: Data("this is not an LP file\n".utf8))
            #expect(throws: SolverError.self) { try GLPKSolver().solveFile(path: path, format: .cplexLP) }
        }
    }
}
