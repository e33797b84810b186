import Testing

/// The parent of all GLPK backend suites. `.serialized` runs them one at a time, so the resident-memory check
/// and the stdout check are not disturbed by other GLPK solves of this target.
@Suite(.serialized) struct GLPKBackendTests {}
