import Foundation
import MILP
import Synchronization

/// The package's root folder (three levels above this file).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A fresh temporary folder.
func temporaryFolder(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-app-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A copy of a shipped scenario in a fresh folder (with its siblings, so that `extends` works).
func copyOfShippedScenarios() throws -> URL {
    let root = try temporaryFolder("scenarios")
    let target = root.appendingPathComponent("Scenarios")
    try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Scenarios"), to: target)
    return target
}

/// Every file below a folder (dot files and temporary files included), by relative path.
func allFiles(_ folder: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    let base = folder.resolvingSymlinksInPath().path
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return out }
    for case let url as URL in walker where !url.hasDirectoryPath {
        let path = url.resolvingSymlinksInPath().path
        out[String(path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
    }
    return out
}

/// A solver wrapper that counts the solves that reached it.
final class CountingSolver: MILPSolver {
    let base: any MILPSolver
    private let solves = Mutex(0)

    init(base: any MILPSolver) { self.base = base }

    /// The solves that reached the wrapped solver.
    var count: Int { solves.withLock { $0 } }

    func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
        solves.withLock { $0 += 1 }
        return try base.solve(model, options: options)
    }
}
