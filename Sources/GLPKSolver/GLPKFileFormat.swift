/// A model file format GLPK reads and writes.
///
/// Related GLPK documentation: glpk.pdf, §A (MPS format) and §C (CPLEX LP format).
public enum GLPKFileFormat: String, Sendable, Hashable, CaseIterable {
    /// CPLEX LP format (`glp_write_lp` / `glp_read_lp`); keeps the objective sense and the integer sections.
    case cplexLP = "lp"
    /// Free MPS format (`glp_write_mps` / `glp_read_mps` with `GLP_MPS_FILE`). GLPK's writer drops the
    /// objective sense, so a maximisation is written as the minimisation of the negated objective.
    case freeMPS = "mps"
}
