import CGLPK
import CGLPKShim

/// A return code of a GLPK routine (`glp_simplex`, `glp_intopt`, the file readers) or of our C guard.
///
/// Related GLPK documentation: glpk.pdf, §2.8.1 (`glp_simplex`) and §2.10.2 (`glp_intopt`).
public struct GLPKReturnCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The raw `int` GLPK returned.
    public let rawValue: Int32

    /// Wraps a raw code.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The routine finished normally (this does not by itself mean optimal; read the status).
    public static let success = GLPKReturnCode(rawValue: 0)
    /// The initial basis is invalid (`GLP_EBADB`).
    public static let invalidBasis = GLPKReturnCode(rawValue: GLP_EBADB)
    /// The basis matrix is singular (`GLP_ESING`).
    public static let singularMatrix = GLPKReturnCode(rawValue: GLP_ESING)
    /// The basis matrix is ill-conditioned (`GLP_ECOND`).
    public static let illConditioned = GLPKReturnCode(rawValue: GLP_ECOND)
    /// Some bounds are inconsistent, or an integer column has fractional bounds (`GLP_EBOUND`).
    public static let invalidBounds = GLPKReturnCode(rawValue: GLP_EBOUND)
    /// The solver failed (`GLP_EFAIL`).
    public static let solverFailed = GLPKReturnCode(rawValue: GLP_EFAIL)
    /// The objective lower limit was reached (`GLP_EOBJLL`).
    public static let objectiveLowerLimit = GLPKReturnCode(rawValue: GLP_EOBJLL)
    /// The objective upper limit was reached (`GLP_EOBJUL`).
    public static let objectiveUpperLimit = GLPKReturnCode(rawValue: GLP_EOBJUL)
    /// The simplex iteration limit was reached (`GLP_EITLIM`).
    public static let iterationLimit = GLPKReturnCode(rawValue: GLP_EITLIM)
    /// The time limit was reached (`GLP_ETMLIM`).
    public static let timeLimit = GLPKReturnCode(rawValue: GLP_ETMLIM)
    /// The LP relaxation has no primal feasible solution, found by the presolver (`GLP_ENOPFS`).
    public static let noPrimalFeasible = GLPKReturnCode(rawValue: GLP_ENOPFS)
    /// The LP relaxation has no dual feasible solution, i.e. it is unbounded (`GLP_ENODFS`).
    public static let noDualFeasible = GLPKReturnCode(rawValue: GLP_ENODFS)
    /// `glp_intopt` without presolve got no optimal root LP basis (`GLP_EROOT`).
    public static let rootLPNotOptimal = GLPKReturnCode(rawValue: GLP_EROOT)
    /// The application stopped the search with `glp_ios_terminate` (`GLP_ESTOP`).
    public static let stopped = GLPKReturnCode(rawValue: GLP_ESTOP)
    /// The relative MIP gap tolerance was reached (`GLP_EMIPGAP`).
    public static let mipGapReached = GLPKReturnCode(rawValue: GLP_EMIPGAP)
    /// No primal/dual feasible solution (`GLP_ENOFEAS`, interior point and exact solvers).
    public static let noFeasible = GLPKReturnCode(rawValue: GLP_ENOFEAS)
    /// No convergence (`GLP_ENOCVG`).
    public static let noConvergence = GLPKReturnCode(rawValue: GLP_ENOCVG)
    /// Numerical instability (`GLP_EINSTAB`).
    public static let numericalInstability = GLPKReturnCode(rawValue: GLP_EINSTAB)
    /// Invalid data (`GLP_EDATA`).
    public static let invalidData = GLPKReturnCode(rawValue: GLP_EDATA)
    /// A result was out of range (`GLP_ERANGE`).
    public static let resultOutOfRange = GLPKReturnCode(rawValue: GLP_ERANGE)
    /// GLPK raised a fatal error; the guard caught it and freed the thread's GLPK environment (our code, −1).
    public static let fatalError = GLPKReturnCode(rawValue: CGLPK_EFATAL)
    /// A model file could not be read (our code, −2).
    public static let readFailed = GLPKReturnCode(rawValue: CGLPK_EREAD)

    /// A short English explanation of the code.
    public var description: String {
        switch self {
        case .success: return "success"
        case .invalidBasis: return "invalid initial basis (GLP_EBADB)"
        case .singularMatrix: return "singular basis matrix (GLP_ESING)"
        case .illConditioned: return "ill-conditioned basis matrix (GLP_ECOND)"
        case .invalidBounds: return "invalid bounds, or fractional bounds on an integer variable (GLP_EBOUND)"
        case .solverFailed: return "solver failure (GLP_EFAIL)"
        case .objectiveLowerLimit: return "objective lower limit reached (GLP_EOBJLL)"
        case .objectiveUpperLimit: return "objective upper limit reached (GLP_EOBJUL)"
        case .iterationLimit: return "iteration limit reached (GLP_EITLIM)"
        case .timeLimit: return "time limit reached (GLP_ETMLIM)"
        case .noPrimalFeasible: return "no primal feasible solution (GLP_ENOPFS)"
        case .noDualFeasible: return "no dual feasible solution (GLP_ENODFS)"
        case .rootLPNotOptimal: return "root LP optimum not provided (GLP_EROOT)"
        case .stopped: return "search stopped by the application (GLP_ESTOP)"
        case .mipGapReached: return "relative MIP gap tolerance reached (GLP_EMIPGAP)"
        case .noFeasible: return "no primal/dual feasible solution (GLP_ENOFEAS)"
        case .noConvergence: return "no convergence (GLP_ENOCVG)"
        case .numericalInstability: return "numerical instability (GLP_EINSTAB)"
        case .invalidData: return "invalid data (GLP_EDATA)"
        case .resultOutOfRange: return "result out of range (GLP_ERANGE)"
        case .fatalError: return "fatal GLPK error caught by the guard"
        case .readFailed: return "the model file could not be read"
        default: return "unknown GLPK return code \(rawValue)"
        }
    }
}
