import GLPKSolver
import Testing

extension GLPKBackendTests {
    @Suite struct GLPKVersionTests {
        @Test func linksDebianGLPK5() {
            #expect(glpkVersion.hasPrefix("5."))
        }
    }
}
