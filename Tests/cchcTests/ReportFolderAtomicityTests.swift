import Foundation
import Testing

/// Every entry below `folder`, hidden and temporary files included: relative path → bytes (a folder maps to
/// `"<folder>"`). Unlike ``fileTree(_:)`` nothing is left out, so a leftover `.tmp` or backup file, or a changed
/// `.cchc-scenario` marker, is a difference.
func completeFileTree(_ folder: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    let fm = FileManager.default
    var pending = [""]
    while let relative = pending.popLast() {
        let directory = relative.isEmpty ? folder : folder.appendingPathComponent(relative)
        for name in try fm.contentsOfDirectory(atPath: directory.path) {
            let path = relative.isEmpty ? name : relative + "/" + name
            var isFolder: ObjCBool = false
            _ = fm.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            if isFolder.boolValue {
                out[path] = Data("<folder>".utf8)
                pending.append(path)
            } else {
                out[path] = try Data(contentsOf: folder.appendingPathComponent(path))
            }
        }
    }
    return out
}

/// Through the real binary, with no test hook: a report folder changes completely or not at all, and its
/// `.cchc-scenario` marker changes only together with the reports.
@Suite(.serialized) struct ReportFolderAtomicityTests {
    /// Stops at a proven 5% gap (a few seconds); the limit is only a generous upper bound.
    static let limits = ["--mip-gap", "0.05", "--time-limit", "600"]

    /// Replaces a report file by a non-empty folder of the same name: no rename can replace it, so a run that wants
    /// to write that report fails after the files before it were already swapped in.
    func blockReport(_ name: String, in folder: URL) throws {
        let blocker = folder.appendingPathComponent(name)
        try FileManager.default.removeItem(at: blocker)
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: false)
        try Data("a file the user keeps here\n".utf8).write(to: blocker.appendingPathComponent("keep.txt"))
    }

    /// `schedule` writes the calendar CSV, the ICS file and then the Markdown plan. With the plan blocked, the
    /// second run (in English, so every file would differ) must leave the Vietnamese reports exactly as they were.
    @Test func aReportThatCannotBeReplacedLeavesEveryPreviousReport() throws {
        let root = try Robustness.temporaryFolder("atomic")
        defer { try? FileManager.default.removeItem(at: root) }
        let scenario = try Robustness.copy(Robustness.thachHa, into: root, as: "thach-ha-2022")
        let out = root.appendingPathComponent("reports")
        let first = try runCCHC(["schedule", scenario.path, "--out", out.path, "--lang", "vi"] + Self.limits)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        try blockReport("inspection-plan.md", in: out)
        let before = try completeFileTree(out)
        #expect(before["inspection-calendar.csv"] != nil && before["inspection-calendar.ics"] != nil)

        let second = try runCCHC(["schedule", scenario.path, "--out", out.path, "--lang", "en"] + Self.limits)
        #expect(second.status == 73, "status \(second.status): \(second.stderr)")
        #expect(second.stderr.contains("inspection-plan.md"), "the message names the file: \(second.stderr)")
        let after = try completeFileTree(out)
        #expect(after == before, "changed: \(Set(after.keys).symmetricDifference(before.keys)), or contents")
    }

    /// A `--force` run into a folder owned by another scenario keeps that scenario's marker (and every file) when it
    /// stops before writing and when its writing fails; only a complete write hands the folder over.
    @Test func aFailedForceRunKeepsTheOtherScenariosMarker() throws {
        let root = try Robustness.temporaryFolder("marker")
        defer { try? FileManager.default.removeItem(at: root) }
        let alpha = try Robustness.copy(Robustness.thachHa, into: root, as: "alpha")
        let beta = try Robustness.copy(Robustness.thachHa, into: root, as: "beta")
        let out = root.appendingPathComponent("reports")
        let first = try runCCHC(["schedule", alpha.path, "--out", out.path] + Self.limits)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let original = try completeFileTree(out)
        #expect(original[".cchc-scenario"] == Data("alpha\n".utf8))

        // Stops before solving: the model is too large for --max-memory 1.
        let refused = try runCCHC(
            ["schedule", beta.path, "--out", out.path, "--force", "--max-memory", "1"] + Self.limits)
        #expect(refused.status == 70, "status \(refused.status): \(refused.stderr)")
        #expect(try completeFileTree(out) == original, "a run that wrote nothing changed the folder")

        // Fails while writing: the last report is blocked.
        try blockReport("inspection-plan.md", in: out)
        let blocked = try completeFileTree(out)
        let failed = try runCCHC(["schedule", beta.path, "--out", out.path, "--force", "--lang", "en"] + Self.limits)
        #expect(failed.status == 73, "status \(failed.status): \(failed.stderr)")
        #expect(try completeFileTree(out) == blocked, "a run whose writing failed changed the folder")

        // With the way clear, the forced run takes the folder over.
        try FileManager.default.removeItem(at: out.appendingPathComponent("inspection-plan.md"))
        let taken = try runCCHC(["schedule", beta.path, "--out", out.path, "--force"] + Self.limits)
        #expect(taken.status == 0, "stderr: \(taken.stderr)")
        let now = try completeFileTree(out)
        #expect(now[".cchc-scenario"] == Data("beta\n".utf8))
        let expected: Set = [
            ".cchc-scenario", "inspection-calendar.csv", "inspection-calendar.ics", "inspection-plan.md",
            "inspection-calendar.xlsx", "inspection-plan.docx", "inspection-notices.docx",
        ]
        #expect(Set(now.keys) == expected)
    }
}
