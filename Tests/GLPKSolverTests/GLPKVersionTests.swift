import GLPKSolver
import Testing

@Suite struct GLPKVersionTests {
    @Test func linksDebianGLPK5() {
        #expect(glpkVersion.hasPrefix("5."))
    }
}
