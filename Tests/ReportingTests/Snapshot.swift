import Foundation
import Testing

/// Compares `text` with the golden file `Snapshots/<name>`; with `RECORD_SNAPSHOTS=1` in the environment, writes it.
func expectSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name)")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try Data(text.utf8).write(to: url)
        return
    }
    // Compare bytes: decoding would drop a byte-order mark.
    let goldenData = try Data(contentsOf: url)
    if goldenData != Data(text.utf8) {
        let golden = String(decoding: goldenData, as: UTF8.self)
        let a = golden.components(separatedBy: "\n"), b = text.components(separatedBy: "\n")
        let line = Array(zip(a, b)).firstIndex(where: { $0 != $1 }) ?? min(a.count, b.count)
        Issue.record(
            "\(name) differs from its golden file at line \(line + 1):\n  golden: \(line < a.count ? a[line] : "<end>")\n  actual: \(line < b.count ? b[line] : "<end>")\nRe-record with RECORD_SNAPSHOTS=1 swift test if the change is intended.",
            sourceLocation: sourceLocation
        )
    }
}
