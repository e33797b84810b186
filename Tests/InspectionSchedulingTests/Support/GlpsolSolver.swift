import Foundation
import MILP

/// A test-only ``MILPSolver`` that writes the model in CPLEX LP format and runs Debian's `glpsol` on it.
/// Used to run real solves before the in-process GLPK backend is merged.
struct GlpsolSolver: MILPSolver {
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/glpsol") }

    func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("glpsol-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let lp = dir.appendingPathComponent("m.lp"), sol = dir.appendingPathComponent("m.sol")
            try Self.lpText(model).write(to: lp, atomically: true, encoding: .utf8)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/glpsol")
            var args = ["--lp", lp.path, "-w", sol.path]
            if let t = options.timeLimitSeconds { args += ["--tmlim", String(max(1, Int(t.rounded(.up))))] }
            if let g = options.relativeGap { args += ["--mipgap", String(g)] }
            p.arguments = args
            let out = Pipe()
            p.standardOutput = out
            p.standardError = out
            let start = Date()
            try p.run()
            let log = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            let wall = Date().timeIntervalSince(start)
            guard let text = try? String(contentsOf: sol, encoding: .utf8) else {
                if log.contains("NO PRIMAL FEASIBLE") || log.contains("PROBLEM HAS NO INTEGER FEASIBLE") {
                    return SolveResult(termination: .infeasible, hasFeasiblePoint: false, wallSeconds: wall, log: log)
                }
                throw SolverError.failure(routine: "glpsol", code: Int(p.terminationStatus), message: log)
            }
            var values = [Double](repeating: 0, count: model.variables.count)
            var status = "u"
            var objective: Double?
            var isLP = false
            for line in text.split(separator: "\n") {
                let f = line.split(separator: " ")
                if f.first == "s", f.count >= 6 {
                    if f[1] == "mip" {
                        status = String(f[4]); objective = Double(f[5])
                    } else {  // "s bas ROWS COLS PRIMAL DUAL OBJ" (a model with no integer columns)
                        isLP = true
                        status = f[4] == "f" && f[5] == "f" ? "o" : f[4] == "n" ? "n" : "u"
                        objective = f.count > 6 ? Double(f[6]) : nil
                    }
                }
                if f.first == "j", f.count >= 3, let j = Int(f[1]) {
                    if let v = Double(f[isLP ? 3 : 2]) { values[j - 1] = v }
                }
            }
            let timeLimited = log.contains("TIME LIMIT EXCEEDED")
            switch status {
            case "o":
                return SolveResult(termination: .optimal, hasFeasiblePoint: true, objective: objective, bestBound: objective,
                                   relativeGap: 0, values: values, wallSeconds: wall, log: log)
            case "f":
                return SolveResult(termination: timeLimited ? .timeLimit : .gapLimit, hasFeasiblePoint: true, objective: objective,
                                   values: values, wallSeconds: wall, log: log)
            case "n":
                return SolveResult(termination: .infeasible, hasFeasiblePoint: false, wallSeconds: wall, log: log)
            default:
                return SolveResult(termination: timeLimited ? .timeLimit : .noFeasiblePointFound, hasFeasiblePoint: false, wallSeconds: wall, log: log)
            }
        } catch let e as SolverError {
            throw e
        } catch {
            throw SolverError.failure(routine: "glpsol", code: -1, message: "\(error)")
        }
    }

    static func lpText(_ m: MILPModel) -> String {
        func num(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v) }
        func expr(_ terms: [LinearTerm]) -> String {
            if terms.isEmpty { return " 0 x1" }
            var s = ""
            for (i, t) in terms.enumerated() {
                s += (t.coefficient < 0 ? " - " : " + ") + num(abs(t.coefficient)) + " x\(t.variable.index + 1)"
                if i % 8 == 7 { s += "\n  " }
            }
            return s
        }
        var s = m.objective.sense == .maximize ? "Maximize\n" : "Minimize\n"
        // glpsol numbers columns by first appearance: list every column in the objective, in index order.
        var coef = [Double](repeating: 0, count: m.variables.count)
        for t in m.objective.terms { coef[t.variable.index] += t.coefficient }
        s += " obj:" + expr(coef.indices.map { LinearTerm(VariableID($0), coef[$0]) }) + "\nSubject To\n"
        for (i, c) in m.constraints.enumerated() {
            switch c.bounds {
            case .lessOrEqual(let v): s += " r\(i):" + expr(c.terms) + " <= \(num(v))\n"
            case .greaterOrEqual(let v): s += " r\(i):" + expr(c.terms) + " >= \(num(v))\n"
            case .equal(let v): s += " r\(i):" + expr(c.terms) + " = \(num(v))\n"
            case .range(let l, let u):
                s += " r\(i)a:" + expr(c.terms) + " >= \(num(l))\n"
                s += " r\(i)b:" + expr(c.terms) + " <= \(num(u))\n"
            }
        }
        s += "Bounds\n"
        var generals: [String] = [], binaries: [String] = []
        for (i, v) in m.variables.enumerated() {
            let name = "x\(i + 1)"
            switch v.kind {
            case .binary: binaries.append(name); continue
            case .integer: generals.append(name)
            case .continuous: break
            }
            let lo = v.lowerBound.map(num) ?? "-inf", hi = v.upperBound.map(num) ?? "+inf"
            s += " \(lo) <= \(name) <= \(hi)\n"
        }
        if !generals.isEmpty { s += "General\n" + generals.map { " \($0)\n" }.joined() }
        if !binaries.isEmpty { s += "Binary\n" + binaries.map { " \($0)\n" }.joined() }
        return s + "End\n"
    }
}
