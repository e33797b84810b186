import CGLPK
import CGLPKShim
import MILP

/// A validated ``MILPModel`` as the flat arrays `cglpk_model` points into. This is the one place that builds
/// GLPK's 1-based triplets.
///
/// It owns plain memory (no GLPK object) and lives only inside one solve or export call.
final class GLPKArrays {
    let nCols: Int
    let nRows: Int
    let nNonzeros: Int
    private let colType, colKind, rowType: UnsafeMutableBufferPointer<Int32>
    private let colLB, colUB, colObj, rowLB, rowUB: UnsafeMutableBufferPointer<Double>
    private let colNameOffset, rowNameOffset: UnsafeMutableBufferPointer<Int32>
    private let ia, ja: UnsafeMutableBufferPointer<Int32>
    private let ar: UnsafeMutableBufferPointer<Double>
    private let names: [CChar]
    private let problemName: [CChar]
    private let objectiveName: [CChar]
    private let direction: Int32
    private let objectiveConstant: Double

    /// Copies a model that passed ``MILPModel/validate()``.
    ///
    /// - Parameters:
    ///   - model: The model.
    ///   - negateObjective: Write `min −f` instead of `max f` (for MPS files, whose GLPK writer drops the sense);
    ///     the problem is then named `<name>_NEGATED_MAX`.
    ///   - constantAsColumn: Carry a non-zero objective constant as an extra column `objective_constant` fixed
    ///     at 1 (GLPK's CPLEX LP writer drops the constant and writes it only as a comment).
    ///   - portableNames: Write readable, unique ASCII names (see ``GLPKExportNames``), for exported files.
    init(_ model: MILPModel, negateObjective: Bool = false, constantAsColumn: Bool = false, portableNames: Bool = false)
    {
        let constantColumn = constantAsColumn && model.objective.constant != 0
        nCols = model.variables.count + (constantColumn ? 1 : 0)
        nRows = model.constraints.count
        nNonzeros = model.nonzeroCount
        colType = .allocate(capacity: max(nCols, 1))
        colKind = .allocate(capacity: max(nCols, 1))
        colLB = .allocate(capacity: max(nCols, 1))
        colUB = .allocate(capacity: max(nCols, 1))
        colObj = .allocate(capacity: max(nCols, 1))
        colNameOffset = .allocate(capacity: max(nCols, 1))
        rowType = .allocate(capacity: max(nRows, 1))
        rowLB = .allocate(capacity: max(nRows, 1))
        rowUB = .allocate(capacity: max(nRows, 1))
        rowNameOffset = .allocate(capacity: max(nRows, 1))
        ia = .allocate(capacity: nNonzeros + 1)
        ja = .allocate(capacity: nNonzeros + 1)
        ar = .allocate(capacity: nNonzeros + 1)

        var blob: [CChar] = []
        blob.reserveCapacity((nCols + nRows) * 12)
        var columnNames = GLPKExportNames(), rowNames = GLPKExportNames()
        func append(_ name: String, row: Bool = false) -> Int32 {
            let offset = Int32(blob.count)
            let s = !portableNames ? name : row ? rowNames.name(for: name) : columnNames.name(for: name)
            for b in s.utf8 { blob.append(CChar(bitPattern: b)) }
            blob.append(0)
            return offset
        }
        for (j, v) in model.variables.enumerated() {
            var lower = v.lowerBound, upper = v.upperBound
            if v.kind == .binary {
                lower = max(lower ?? 0, 0)
                upper = min(upper ?? 1, 1)
            }
            colKind[j] = v.kind == .continuous ? GLP_CV : GLP_IV
            (colType[j], colLB[j], colUB[j]) = Self.boundType(lower, upper)
            colObj[j] = 0
            colNameOffset[j] = append(v.name)
        }
        let sign = negateObjective ? -1.0 : 1.0
        for t in model.objective.terms { colObj[t.variable.index] = sign * t.coefficient }
        if constantColumn {
            let j = nCols - 1
            (colKind[j], colType[j], colLB[j], colUB[j]) = (GLP_CV, GLP_FX, 1, 1)
            colObj[j] = sign * model.objective.constant
            colNameOffset[j] = append("objective_constant")
        }
        var k = 1
        ia[0] = 0
        ja[0] = 0
        ar[0] = 0
        for (i, c) in model.constraints.enumerated() {
            (rowType[i], rowLB[i], rowUB[i]) = Self.boundType(c.bounds.lower, c.bounds.upper)
            rowNameOffset[i] = append(c.name, row: true)
            for t in c.terms {
                ia[k] = Int32(i + 1)
                ja[k] = Int32(t.variable.index + 1)
                ar[k] = t.coefficient
                k += 1
            }
        }
        names = blob
        let isMax = model.objective.sense == .maximize
        problemName = Array(
            (isMax && negateObjective ? GLPKExportNames.portable(model.name) + "_NEGATED_MAX" : model.name).utf8CString
        )
        direction = isMax && !negateObjective ? GLP_MAX : GLP_MIN
        objectiveConstant = constantColumn ? 0 : sign * model.objective.constant
        objectiveName = Array((isMax && negateObjective ? "NEGATED_MAX_objective" : "objective").utf8CString)
    }

    deinit {
        for p in [colType, colKind, rowType, colNameOffset, rowNameOffset, ia, ja] { p.deallocate() }
        for p in [colLB, colUB, colObj, rowLB, rowUB, ar] { p.deallocate() }
    }

    /// GLPK's bound type and the two bound values for optional lower/upper bounds.
    static func boundType(_ lower: Double?, _ upper: Double?) -> (Int32, Double, Double) {
        switch (lower, upper) {
        case (nil, nil): return (GLP_FR, 0, 0)
        case (let l?, nil): return (GLP_LO, l, 0)
        case (nil, let u?): return (GLP_UP, 0, u)
        case (let l?, let u?): return (l == u ? GLP_FX : GLP_DB, l, u)
        }
    }

    /// Calls `body` with a `cglpk_model` pointing into these arrays (valid only during the call).
    func withCModel<R>(_ body: (UnsafePointer<cglpk_model>) -> R) -> R {
        names.withUnsafeBufferPointer { namesBuffer in
            problemName.withUnsafeBufferPointer { pn in
                objectiveName.withUnsafeBufferPointer { on in
                    var m = cglpk_model(
                        name: pn.baseAddress, obj_name: on.baseAddress, obj_dir: direction,
                        obj_const: objectiveConstant, n_cols: Int32(nCols),
                        col_type: colType.baseAddress, col_lb: colLB.baseAddress, col_ub: colUB.baseAddress,
                        col_kind: colKind.baseAddress, col_obj: colObj.baseAddress,
                        col_name_off: colNameOffset.baseAddress, n_rows: Int32(nRows),
                        row_type: rowType.baseAddress, row_lb: rowLB.baseAddress, row_ub: rowUB.baseAddress,
                        row_name_off: rowNameOffset.baseAddress, names: namesBuffer.baseAddress,
                        n_nz: Int32(nNonzeros), ia: ia.baseAddress, ja: ja.baseAddress, ar: ar.baseAddress
                    )
                    return body(&m)
                }
            }
        }
    }
}
