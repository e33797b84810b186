import CGLPKShim
import MILP

/// GLPK's version string, e.g. "5.0".
public var glpkVersion: String { String(cString: cglpk_version()) }
