import CGLPK
import CGLPKShim
import Foundation
import MILP

/// What one guarded C solve returned, copied out of C buffers.
struct GLPKRawOutcome: @unchecked Sendable {
    // @unchecked: `cglpk_result` is a plain C struct of numbers, imported without a Sendable conformance.
    var result: cglpk_result
    var values: [Double]
    var log: String
    var error: String
    var arraysSeconds: Double
}

extension GLPKSolver {
    /// Bytes kept of GLPK's terminal text per solve.
    static let logCapacity = 64 * 1024
    /// Bytes kept of a fatal error's text.
    static let errorCapacity = 4 * 1024

    /// Copies the model into arrays and runs the guarded C solve on the current thread.
    ///
    /// Everything GLPK creates here is freed before returning (or by `glp_free_env()` after a fatal error).
    /// Call it only where no other GLPK object lives on this thread.
    static func solveOnCurrentThread(
        _ model: MILPModel, settings: cglpk_options, start: [Double]?, monitor: GLPKMonitorHandle?
    ) -> GLPKRawOutcome {
        let t0 = DispatchTime.now().uptimeNanoseconds
        let arrays = GLPKArrays(model)
        let arraysSeconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        var values = [Double](repeating: 0, count: model.variables.count)
        var result = cglpk_result()
        var logBuffer = [CChar](repeating: 0, count: logCapacity)
        var errorBuffer = [CChar](repeating: 0, count: errorCapacity)
        let oneBasedStart: [Double]? = start.map { [0] + $0 }
        var settings = settings
        let cuts = GLPKCutArrays(settings.level_nodes > 0 ? model.minimumSumCuts : [])
        arrays.withCModel { m in
            oneBasedStart.withOptionalBuffer { startPointer in
                cuts.withCCuts { cutPointer in
                    settings.start = startPointer
                    settings.min_sum_cuts = cutPointer
                    _ = values.withUnsafeMutableBufferPointer { v in
                        cglpk_solve(
                            m, &settings, monitor?.raw, v.baseAddress, &result, &logBuffer, logCapacity,
                            &errorBuffer, errorCapacity
                        )
                    }
                }
            }
        }
        return GLPKRawOutcome(
            result: result, values: values, log: String(cCharBuffer: logBuffer),
            error: String(cCharBuffer: errorBuffer), arraysSeconds: arraysSeconds
        )
    }

    /// Turns a raw outcome into a ``MILP/SolveResult`` or a ``MILP/SolverError``.
    static func makeResult(
        model: MILPModel, raw: GLPKRawOutcome, isMIP: Bool, warmStart: [Double]?, options: SolveOptions
    ) throws(SolverError) -> SolveResult {
        let r = raw.result
        if r.rc == CGLPK_EFATAL { throw fatalError(raw.error, options: options) }
        let phase = GLPKStatusMapping.Phase(rawValue: r.phase) ?? .simplex
        let code = GLPKReturnCode(rawValue: r.rc)
        let status = phase == .intopt ? r.mip_status : r.lp_status
        switch GLPKStatusMapping.outcome(phase: phase, code: code, status: status, isMIP: isMIP) {
        case .failure(let failure):
            let routine = phase == .intopt ? "glp_intopt" : "glp_simplex"
            let detail = raw.log.isEmpty ? failure.description : failure.description + "; log: " + raw.log.suffix(500)
            throw SolverError.failure(routine: routine, code: Int(failure.rawValue), message: detail)
        case .result(var termination, var feasible):
            // The shim's deterministic stops end glp_intopt like an application stop (GLP_ESTOP).
            if r.stopped_for_nodes != 0 { termination = feasible ? .workLimit : .noFeasiblePointFound }
            if r.stopped_for_bound != 0 { termination = .gapLimit }
            var values = feasible && r.has_values != 0 ? raw.values : []
            var objective: Double? = feasible && r.has_values != 0 ? r.obj : nil
            feasible = objective != nil
            var log = raw.log
            if let level = GLPKLevelSearch(r) { log = level.logLine + "\n" + log }
            if r.warm_start_used != 0 { log = "starting solution accepted by glp_ios_heur_sol\n" + log }
            // A limit or a stop with no incumbent, but a feasible starting solution: return that.
            if !feasible, let s = warmStart,
                [.timeLimit, .workLimit, .noFeasiblePointFound, .interrupted].contains(termination)
            {
                values = s
                objective = model.objectiveValue(at: s)
                feasible = true
                if termination == .noFeasiblePointFound {
                    termination = r.stopped_for_nodes != 0 ? .workLimit : .timeLimit
                }
                log = "returning the starting solution (the solver found no better point in time)\n" + log
            }
            var bound: Double? = r.has_bound != 0 && isMIP ? r.bound : nil
            if termination == .optimal { bound = objective }
            var gap: Double?
            if let o = objective, let b = bound {
                gap = termination == .optimal ? 0 : SolveResult.gap(objective: o, bound: b)
            }
            return SolveResult(
                termination: termination, hasFeasiblePoint: feasible, objective: objective, bestBound: bound,
                relativeGap: gap, values: values, nodeCount: isMIP ? Int(r.nodes) : nil, log: log
            )
        }
    }

    /// The error for a caught GLPK fatal error.
    static func fatalError(_ message: String, options: SolveOptions) -> SolverError {
        let text = message.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: " | ")
        if text.contains("memory allocation limit"), let mib = options.memoryLimitMiB {
            return .tooLarge("GLPK exceeded the memory limit of \(mib) MiB (\(text))")
        }
        return .fatal(text.isEmpty ? "GLPK fatal error (no message)" : text)
    }
}

extension Optional where Wrapped == [Double] {
    /// Calls `body` with a pointer to the array's storage, or `nil` when there is no array.
    func withOptionalBuffer<R>(_ body: (UnsafePointer<Double>?) -> R) -> R {
        switch self {
        case .none: return body(nil)
        case .some(let a): return a.withUnsafeBufferPointer { body($0.baseAddress) }
        }
    }
}

extension String {
    /// Decodes a NUL-terminated C buffer as UTF-8 (invalid bytes repaired).
    init(cCharBuffer buffer: [CChar]) {
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
