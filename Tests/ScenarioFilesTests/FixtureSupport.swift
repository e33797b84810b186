import CivilCalendar
import Foundation
import Testing

@testable import ScenarioFiles

/// The bundled fixtures folder.
var fixturesURL: URL {
    get throws {
        try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    }
}

/// A scratch copy of a fixture that a test may change, removed when the value is released.
final class ScratchScenario {
    let root: URL
    let folder: URL

    /// Copies `Fixtures/<name>` to a fresh temporary folder (as `<tmp>/<name>`).
    init(copying name: String = "basic") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-scenario-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        folder = root.appendingPathComponent(name)
        try FileManager.default.copyItem(at: try fixturesURL.appendingPathComponent(name), to: folder)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Overwrites a file of the scenario with text (UTF-8).
    func write(_ file: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(file))
    }

    /// Overwrites a file with raw bytes.
    func write(_ file: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(file))
    }

    /// Replaces text in a file; the text must occur.
    func replace(_ file: String, _ old: String, with new: String) throws {
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "fixture \(file) lacks \(old)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    /// Appends a line to a file.
    func append(_ file: String, _ line: String) throws {
        let url = folder.appendingPathComponent(file)
        var text = try String(contentsOf: url, encoding: .utf8)
        if text.utf8.last != 10 { text += "\n" }
        try Data((text + line + "\n").utf8).write(to: url)
    }

    /// Loads the scenario, expecting failure, and returns the error.
    func failure(today: String? = nil) throws -> ScenarioError {
        do {
            let scenario = try ScenarioLoader.load(
                folder: folder, options: .init(today: today.flatMap { CivilDateParsing.parse($0) }))
            Issue.record("expected the scenario to be rejected, got \(scenario.name)")
            return ScenarioError(issues: [])
        } catch let error as ScenarioError {
            return error
        }
    }
}

enum CivilDateParsing {
    static func parse(_ text: String) -> CivilDate? { CivilDate(iso: text) }
}
