/// Where the test-only delay of ``GLPKSolver`` makes the solve thread sleep (or, for ``failInLevelSearch``, where
/// GLPK is made to raise a fatal error).
enum GLPKTestDelayPoint: Int32, Sendable {
    /// Before the problem is built: no incumbent exists.
    case beforeBuild = 1
    /// In the branch-and-cut callback once the first incumbent was recorded (like a long root cut round).
    case afterFirstIncumbent = 2
    /// In the level search, after its LP relaxation: a GLPK fatal error (the seconds are ignored).
    case failInLevelSearch = 3
}
