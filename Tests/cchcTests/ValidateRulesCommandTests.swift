import Foundation
import Testing

/// `cchc validate` resolves the staffing rule set while loading: a misspelt built-in name or a broken rule file is a
/// data error (65) that names the file and the place, not a failure of a later command.
@Suite struct ValidateRulesCommandTests {
    func scenarioCopy(_ label: String) throws -> (root: URL, folder: URL) {
        let root = try Robustness.temporaryFolder(label)
        let folder = try Robustness.copy(Robustness.basicFixture, into: root, as: "basic")
        return (root, folder)
    }

    @Test func misspeltBuiltInRuleSetExits65WithTheLineAndASuggestion() throws {
        let (root, folder) = try scenarioCopy("rules-typo")
        defer { try? FileManager.default.removeItem(at: root) }
        try BadScenario.replace("scenario.yaml", "rules: vn-default", "rules: vn-dfault")(folder)
        for command in [["validate"], ["staffing"], ["schedule"]] {
            let run = try Robustness.run(command + [folder.path, "--lang", "en"], in: root, timeout: 120)
            #expect(run.status == 65, "\(command): status \(run.status): \(run.stderr.prefix(400))")
            #expect(run.stderr.contains("scenario.yaml:40:"), "\(command): \(run.stderr.prefix(400))")
            #expect(run.stderr.contains("Did you mean `vn-default`?"), "\(command): \(run.stderr.prefix(400))")
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Reports").path))
    }

    @Test func brokenRuleFileExits65NamingTheFileAndLine() throws {
        let (root, folder) = try scenarioCopy("rules-broken")
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("name: mine\ncommune_quotas:\n  versions: [\n".utf8).write(
            to: folder.appendingPathComponent("mine.yaml"))
        try BadScenario.replace("scenario.yaml", "rules: vn-default", "rules: mine.yaml")(folder)
        let run = try Robustness.run(["validate", folder.path, "--lang", "vi"], in: root, timeout: 60)
        #expect(run.status == 65, "status \(run.status): \(run.stderr.prefix(400))")
        #expect(run.stderr.contains("mine.yaml:"), "\(run.stderr)")
        #expect(run.stderr.contains("Tệp quy định"), "\(run.stderr)")
    }

    @Test func missingRuleFileExits66() throws {
        let (root, folder) = try scenarioCopy("rules-missing")
        defer { try? FileManager.default.removeItem(at: root) }
        try BadScenario.replace("scenario.yaml", "rules: vn-default", "rules: absent.yaml")(folder)
        let run = try Robustness.run(["validate", folder.path], in: root, timeout: 60)
        #expect(run.status == 66, "status \(run.status): \(run.stderr.prefix(400))")
        #expect(run.stderr.contains("absent.yaml"))
    }
}
