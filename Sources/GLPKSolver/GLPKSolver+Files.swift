import CGLPK
import CGLPKShim
import MILP

extension GLPKSolver {
    /// Writes a model to a file with GLPK's writers.
    ///
    /// For ``GLPKFileFormat/freeMPS`` a maximisation is written as `minimise −f` and the problem is named
    /// `<name>_NEGATED_MAX` (in the `NAME` record and the header comment), so another solver reading the file
    /// finds the same optimal point with the negated objective value. The CPLEX LP file keeps `Maximize`; since
    /// GLPK's LP writer drops an objective constant, a non-zero constant is written as an extra column
    /// `objective_constant` fixed at 1. Names are written as readable, unique ASCII (Vietnamese diacritics
    /// removed, `[ ]` as `( )`, other characters outside the CPLEX LP set as `_`, collisions suffixed `~2`, …).
    ///
    /// - Parameters:
    ///   - model: The model; validated first.
    ///   - format: The file format.
    ///   - path: Where to write (overwritten).
    /// - Throws: ``MILP/SolverError/invalidModel(_:)``, or ``MILP/SolverError/failure(routine:code:message:)``
    ///   when GLPK cannot write the file, or ``MILP/SolverError/fatal(_:)``.
    public static func export(_ model: MILPModel, format: GLPKFileFormat, to path: String) throws(SolverError) {
        try model.validate()
        let negate = format == .freeMPS && model.objective.sense == .maximize
        let (rc, log, error) = GLPKThread.run {
            let arrays = GLPKArrays(
                model, negateObjective: negate, constantAsColumn: format == .cplexLP, portableNames: true
            )
            var logBuffer = [CChar](repeating: 0, count: logCapacity)
            var errorBuffer = [CChar](repeating: 0, count: errorCapacity)
            let rc = arrays.withCModel { m in
                cglpk_write(
                    m, format == .freeMPS ? CGLPK_FORMAT_FREE_MPS : CGLPK_FORMAT_CPLEX_LP, path, &logBuffer,
                    logCapacity, &errorBuffer, errorCapacity
                )
            }
            return (rc, String(cCharBuffer: logBuffer), String(cCharBuffer: errorBuffer))
        }
        if rc == CGLPK_EFATAL { throw fatalError(error, options: SolveOptions()) }
        if rc != 0 {
            let routine = format == .freeMPS ? "glp_write_mps" : "glp_write_lp"
            throw SolverError.failure(routine: routine, code: Int(rc), message: log)
        }
    }

    /// Reads a model file with GLPK's readers and solves it (branch-and-cut with presolve when it has integer
    /// columns, else the simplex). Used to check exported files.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - format: Its format.
    ///   - options: Time limit, gap and memory limit (progress, stop and starting solution are ignored).
    /// - Returns: The result *without* ``MILP/SolveResult/values`` (the file's columns need not match a model).
    ///   For an MPS file written from a maximisation, the objective is the negated one.
    /// - Throws: ``MILP/SolverError/failure(routine:code:message:)`` when the file cannot be read (code −2) or
    ///   the solver fails; ``MILP/SolverError/fatal(_:)``.
    public func solveFile(path: String, format: GLPKFileFormat, options: SolveOptions = SolveOptions())
        throws(SolverError)
        -> SolveResult
    {
        let clock = ContinuousClock.now
        let raw = GLPKThread.run { [self] in
            var settings = cOptions(options, isMIP: true)  // the reader decides LP vs MIP
            var result = cglpk_result()
            var logBuffer = [CChar](repeating: 0, count: Self.logCapacity)
            var errorBuffer = [CChar](repeating: 0, count: Self.errorCapacity)
            cglpk_solve_file(
                path, format == .freeMPS ? CGLPK_FORMAT_FREE_MPS : CGLPK_FORMAT_CPLEX_LP, &settings, &result,
                &logBuffer, Self.logCapacity, &errorBuffer, Self.errorCapacity
            )
            return GLPKRawOutcome(
                result: result, values: [], log: String(cCharBuffer: logBuffer),
                error: String(cCharBuffer: errorBuffer),
                arraysSeconds: 0
            )
        }
        if raw.result.rc == CGLPK_EREAD {
            throw SolverError.failure(
                routine: format == .freeMPS ? "glp_read_mps" : "glp_read_lp", code: Int(CGLPK_EREAD), message: raw.log
            )
        }
        let isMIP = raw.result.phase == GLPKStatusMapping.Phase.intopt.rawValue
        var result = try Self.makeResult(model: MILPModel(), raw: raw, isMIP: isMIP, warmStart: nil, options: options)
        result.values = []
        let d = ContinuousClock.now - clock
        result.wallSeconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        return result
    }
}
