import Foundation
import Testing

/// One malformed scenario: the basic loader fixture, broken in one way.
struct BadScenario: Sendable, CustomTestStringConvertible {
    var name: String
    /// The file the message must name.
    var file: String
    /// Whether the message must also give a line number (`file:LINE`).
    var located: Bool = true
    /// Whether the loader may instead accept the file (an unambiguous fix, e.g. UTF-16 decoded as such).
    var mayBeAccepted: Bool = false
    /// A known, not yet fixed gap (the check still runs, recorded as a known issue).
    var knownIssue: String? = nil
    var apply: @Sendable (URL) throws -> Void

    var testDescription: String { name }

    static func text(_ file: String, _ text: String) -> @Sendable (URL) throws -> Void {
        { try Data(text.utf8).write(to: $0.appendingPathComponent(file)) }
    }

    static func bytes(_ file: String, _ bytes: [UInt8]) -> @Sendable (URL) throws -> Void {
        { try Data(bytes).write(to: $0.appendingPathComponent(file)) }
    }

    static func replace(_ file: String, _ old: String, _ new: String) -> @Sendable (URL) throws -> Void {
        { folder in
            let url = folder.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            guard text.contains(old) else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSDebugDescriptionErrorKey: "\(file) lacks \(old)"])
            }
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
        }
    }

    static func append(_ file: String, _ line: String) -> @Sendable (URL) throws -> Void {
        { folder in
            let url = folder.appendingPathComponent(file)
            var data = try Data(contentsOf: url)
            if data.last != 10 { data.append(10) }
            data.append(contentsOf: Array((line + "\n").utf8))
            try data.write(to: url)
        }
    }

    /// Writes a large file line by line without holding it all in memory.
    static func generated(_ file: String, header: String, lines: Int, line: @escaping @Sendable (Int) -> String)
        -> @Sendable (URL) throws -> Void
    {
        { folder in
            let url = folder.appendingPathComponent(file)
            _ = FileManager.default.createFile(atPath: url.path, contents: nil)
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            var chunk = header + "\n"
            for i in 0..<lines {
                chunk += line(i) + "\n"
                if chunk.utf8.count > 1 << 20 {
                    try handle.write(contentsOf: Data(chunk.utf8))
                    chunk = ""
                }
            }
            try handle.write(contentsOf: Data(chunk.utf8))
        }
    }
}

/// The corpus: every kind of bad input the tool must reject cleanly, run through the real binary. Each must end with a non-zero
/// exit and a message naming the file (and line), never a crash, a hang or a report.
enum BadScenarioCorpus {
    static let unitsHeader = "code,name,kind,commune,region,priority,last_inspected,must_inspect,exclude"

    static let all: [BadScenario] = badContents + badStructure

    /// Bad file contents: truncation and empty files; delimiters, quotes and encodings; dates; numbers.
    static let badContents: [BadScenario] = badText + badValues

    /// Truncation and empty files; delimiters, quotes and encodings.
    static let badText: [BadScenario] = [
        BadScenario(
            name: "truncated CSV inside a quoted field", file: "units.csv",
            apply: { folder in
                let url = folder.appendingPathComponent("units.csv")
                let text = try String(contentsOf: url, encoding: .utf8)
                let cut = text.range(of: "\"Ghi chú")!.upperBound
                try Data(text[..<cut].utf8).write(to: url)
            }),
        BadScenario(
            name: "truncated YAML mid-mapping", file: "scenario.yaml",
            apply: { folder in
                let url = folder.appendingPathComponent("scenario.yaml")
                let text = try String(contentsOf: url, encoding: .utf8)
                try Data(text.prefix(text.count / 3).utf8 + Array("  - {from: X0".utf8)).write(to: url)
            }),
        BadScenario(
            name: "empty units.csv", file: "units.csv", located: false, apply: BadScenario.text("units.csv", "")),
        BadScenario(
            name: "empty teams.csv", file: "teams.csv", located: false, apply: BadScenario.text("teams.csv", "")),
        BadScenario(
            name: "empty scenario.yaml", file: "scenario.yaml", located: false,
            apply: BadScenario.text("scenario.yaml", "")),
        BadScenario(
            name: "header only units.csv", file: "units.csv", located: false,
            apply: BadScenario.text("units.csv", unitsHeader + "\n")),
        // Delimiters, quotes, encodings.
        BadScenario(
            name: "semicolon delimiter (Excel, Vietnamese locale)", file: "units.csv", mayBeAccepted: true,
            apply: { folder in
                let url = folder.appendingPathComponent("units.csv")
                let text = try String(contentsOf: url, encoding: .utf8)
                try Data(
                    text.replacingOccurrences(of: "\"Ghi chú, có dấu phẩy\"", with: "Ghi chú").replacingOccurrences(
                        of: ",", with: ";"
                    ).utf8
                ).write(to: url)
            }),
        BadScenario(
            name: "unbalanced quote", file: "teams.csv",
            apply: BadScenario.replace("teams.csv", "Đoàn kiểm tra số 2", "\"Đoàn kiểm tra số 2")),
        BadScenario(
            name: "stray quote inside an unquoted field", file: "units.csv", mayBeAccepted: true,
            apply: BadScenario.replace("units.csv", "Xã Đỉnh Bàn", "Xã \"Đỉnh\" Bàn")),
        BadScenario(
            name: "UTF-16 LE with BOM", file: "teams.csv", mayBeAccepted: true,
            apply: { folder in
                let url = folder.appendingPathComponent("teams.csv")
                let text = try String(contentsOf: url, encoding: .utf8)
                try Data([0xFF, 0xFE] + Array(text.data(using: .utf16LittleEndian)!)).write(to: url)
            }),
        BadScenario(
            name: "UTF-16 BE with BOM", file: "units.csv", mayBeAccepted: true,
            apply: { folder in
                let url = folder.appendingPathComponent("units.csv")
                let text = try String(contentsOf: url, encoding: .utf8)
                try Data([0xFE, 0xFF] + Array(text.data(using: .utf16BigEndian)!)).write(to: url)
            }),
        BadScenario(
            name: "UTF-16 LE without BOM", file: "teams.csv", mayBeAccepted: true,
            apply: { folder in
                let url = folder.appendingPathComponent("teams.csv")
                let text = try String(contentsOf: url, encoding: .utf8)
                try text.data(using: .utf16LittleEndian)!.write(to: url)
            }),
        // "Xã Đỉnh Bàn" in TCVN3 (ABC): ã = 0xB7, Đ = 0xA7, ỉ = 0xDE, à = 0xB5. (Windows-1258 is read.)
        BadScenario(
            name: "TCVN3 bytes", file: "units.csv",
            apply: BadScenario.bytes(
                "units.csv",
                Array("\(unitsHeader)\nX01,X".utf8) + [0xB7, 0x20, 0xA7, 0xDE] + Array("nh B".utf8) + [0xB5]
                    + Array("n,commune,,B,1,2019,no,no\n".utf8))),
        BadScenario(
            name: "NUL bytes in a CSV", file: "units.csv",
            apply: BadScenario.bytes("units.csv", Array("\(unitsHeader)\nX01,A\u{0}B,commune,,B,1,2019,no,no\n".utf8))),
        BadScenario(
            name: "a lone invalid UTF-8 byte in YAML", file: "scenario.yaml",
            apply: { folder in
                let url = folder.appendingPathComponent("scenario.yaml")
                var data = try Data(contentsOf: url)
                data.insert(contentsOf: [0xC3, 0x28], at: data.count / 2)
                try data.write(to: url)
            }),
    ]

    /// Bad dates and numbers.
    static let badValues: [BadScenario] = [
        BadScenario(
            name: "Excel date serial in pins.csv", file: "pins.csv",
            apply: BadScenario.replace("pins.csv", "2022-03-15", "44635")),
        BadScenario(
            name: "dd/mm/yyyy in pins.csv", file: "pins.csv", mayBeAccepted: true,
            apply: BadScenario.replace("pins.csv", "2022-03-15", "15/03/2022")),
        BadScenario(
            name: "ambiguous 03/04/2022 in unavailability.csv", file: "unavailability.csv", mayBeAccepted: true,
            apply: BadScenario.replace("unavailability.csv", "2022-07-04", "03/04/2022")),
        BadScenario(
            name: "dd/mm/yyyy birth date in staff.csv", file: "staff.csv", mayBeAccepted: true,
            apply: BadScenario.replace("staff.csv", "1970-05-12", "12/05/1970")),
        BadScenario(
            name: "30 February", file: "pins.csv", apply: BadScenario.replace("pins.csv", "2022-03-15", "2022-02-30")),
        BadScenario(
            name: "season ends before it starts", file: "scenario.yaml",
            apply: BadScenario.replace("scenario.yaml", "to: 2022-11-30", "to: 2022-01-30")),
        BadScenario(
            name: "date as dd/mm/yyyy in YAML", file: "scenario.yaml", mayBeAccepted: true,
            apply: BadScenario.replace("scenario.yaml", "from: 2022-03-01", "from: 01/03/2022")),
        // Numbers.
        BadScenario(
            name: "negative priority", file: "units.csv",
            apply: BadScenario.replace(
                "units.csv", "TT,Thị trấn Thạch Hà,town,,Bắc,1,", "TT,Thị trấn Thạch Hà,town,,Bắc,-1,")),
        BadScenario(
            name: "huge priority", file: "units.csv",
            apply: BadScenario.replace(
                "units.csv", "TT,Thị trấn Thạch Hà,town,,Bắc,1,", "TT,Thị trấn Thạch Hà,town,,Bắc,1e300,")),
        BadScenario(
            name: "NaN priority", file: "units.csv",
            apply: BadScenario.replace(
                "units.csv", "TT,Thị trấn Thạch Hà,town,,Bắc,1,", "TT,Thị trấn Thạch Hà,town,,Bắc,NaN,")),
        BadScenario(
            name: "negative days per week", file: "teams.csv",
            apply: BadScenario.replace("teams.csv", "Đoàn kiểm tra số 2,2,", "Đoàn kiểm tra số 2,-2,")),
        BadScenario(
            name: "huge days per week", file: "teams.csv",
            apply: BadScenario.replace("teams.csv", "Đoàn kiểm tra số 2,2,", "Đoàn kiểm tra số 2,99999999999999999999,")
        ),
        BadScenario(
            name: "NaN min_share", file: "scenario.yaml",
            apply: BadScenario.replace("scenario.yaml", "min_share: 0.5", "min_share: .nan")),
        BadScenario(
            name: "min_share above 1", file: "scenario.yaml",
            apply: BadScenario.replace("scenario.yaml", "min_share: 0.5", "min_share: 1.5")),
        BadScenario(
            name: "infinite duration", file: "scenario.yaml",
            apply: BadScenario.replace("scenario.yaml", "school: 0.5", "school: .inf")),
        BadScenario(
            name: "negative duration", file: "scenario.yaml",
            apply: BadScenario.replace("scenario.yaml", "town: 1.5", "town: -1.5")),
        BadScenario(
            name: "year as text", file: "scenario.yaml",
            apply: BadScenario.replace("scenario.yaml", "year: 2022", "year: hai nghìn")),
        BadScenario(
            name: "huge year", file: "scenario.yaml",
            apply: BadScenario.replace("scenario.yaml", "year: 2022", "year: 99999999999999999999999")),
        BadScenario(
            name: "NaN salary coefficient", file: "staff.csv", apply: BadScenario.replace("staff.csv", "3.66", "nan")),
    ]

    /// A bad scenario folder: structure, escapes and cycles, size.
    static let badStructure: [BadScenario] = badFolders + badEscapes + badSizes

    /// Structure: YAML abuses, wrong types, bad rows and columns, duplicates and unknown references.
    static let badFolders: [BadScenario] = [
        BadScenario(
            name: "YAML alias bomb", file: "scenario.yaml", located: false,
            apply: { folder in
                var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
                for i in 1...12 {
                    yaml +=
                        "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
                }
                let url = folder.appendingPathComponent("scenario.yaml")
                let text = try String(contentsOf: url, encoding: .utf8)
                try Data((yaml + text).utf8).write(to: url)
            }),
        BadScenario(
            name: "YAML nested 100000 deep", file: "scenario.yaml", located: false,
            apply: { folder in
                let url = folder.appendingPathComponent("scenario.yaml")
                let text = try String(contentsOf: url, encoding: .utf8)
                try Data(
                    (text + "deep: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
                        + "\n").utf8
                ).write(to: url)
            }),
        BadScenario(
            name: "duplicate YAML key", file: "scenario.yaml",
            apply: BadScenario.replace("scenario.yaml", "year: 2022\n", "year: 2022\nyear: 2023\n")),
        BadScenario(
            name: "tab indentation in YAML", file: "scenario.yaml",
            apply: BadScenario.replace("scenario.yaml", "  rotation_years: 3", "\trotation_years: 3")),
        BadScenario(
            name: "units given as a number", file: "scenario.yaml",
            apply: BadScenario.replace("scenario.yaml", "units: units.csv", "units: 42")),
        BadScenario(
            name: "duplicate unit code", file: "units.csv",
            apply: BadScenario.append("units.csv", "TT,Trùng mã,commune,,Bắc,1,2020,no,no,,,,,,,,")),
        BadScenario(
            name: "unknown unit kind", file: "units.csv",
            apply: BadScenario.replace("units.csv", "X01,Xã Đỉnh Bàn,commune", "X01,Xã Đỉnh Bàn,village")),
        BadScenario(
            name: "row with too many columns", file: "teams.csv",
            apply: BadScenario.append("teams.csv", "T3,Đoàn 3,2,A,Nam,,extra,extra")),
        BadScenario(
            name: "missing required column", file: "teams.csv",
            apply: BadScenario.text("teams.csv", "name,days_per_week\nĐoàn 1,2\n")),
        BadScenario(
            name: "pin for an unknown unit", file: "pins.csv",
            apply: BadScenario.replace("pins.csv", "X02,T2", "ZZZ,T2")),
        BadScenario(
            name: "pin for an unknown team", file: "pins.csv",
            apply: BadScenario.replace("pins.csv", "X02,T2", "X02,T9")),
    ]

    /// Escapes and cycles: paths, links and `extends` leaving the scenario or looping.
    static let badEscapes: [BadScenario] = [
        BadScenario(
            name: "file name escaping through ..", file: "scenario.yaml",
            apply: BadScenario.replace("scenario.yaml", "units: units.csv", "units: ../../../../etc/passwd")),
        BadScenario(
            name: "absolute file name", file: "scenario.yaml",
            apply: BadScenario.replace("scenario.yaml", "units: units.csv", "units: /etc/passwd")),
        BadScenario(
            name: "extends escaping through ..", file: "scenario.yaml",
            apply: { folder in
                let url = folder.appendingPathComponent("scenario.yaml")
                let text = try String(contentsOf: url, encoding: .utf8)
                try Data(("extends: ../../../etc/scenario.yaml\n" + text).utf8).write(to: url)
            }),
        BadScenario(
            name: "symlink escaping the folder", file: "units.csv", located: false,
            apply: { folder in
                let url = folder.appendingPathComponent("units.csv")
                // Outside the scenario tree (the tree is the scenario's parent folder; siblings there are allowed).
                let outside = URL(fileURLWithPath: folder.deletingLastPathComponent().path + "-outside.csv")
                try FileManager.default.moveItem(at: url, to: outside)
                try FileManager.default.createSymbolicLink(at: url, withDestinationURL: outside)
            }),
        BadScenario(
            name: "symlink to /etc/passwd", file: "teams.csv", located: false,
            apply: { folder in
                let url = folder.appendingPathComponent("teams.csv")
                try FileManager.default.removeItem(at: url)
                try FileManager.default.createSymbolicLink(
                    at: url, withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
            }),
        BadScenario(
            name: "extends itself", file: "scenario.yaml",
            apply: { folder in
                let url = folder.appendingPathComponent("scenario.yaml")
                let text = try String(contentsOf: url, encoding: .utf8)
                try Data(("extends: scenario.yaml\n" + text).utf8).write(to: url)
            }),
        BadScenario(
            name: "units.csv is a folder", file: "units.csv", located: false,
            apply: { folder in
                let url = folder.appendingPathComponent("units.csv")
                try FileManager.default.removeItem(at: url)
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
            }),
        BadScenario(
            name: "missing teams.csv", file: "teams.csv", located: false,
            apply: { folder in
                try FileManager.default.removeItem(at: folder.appendingPathComponent("teams.csv"))
            }),
    ]

    /// Size: huge files, lines and scalars.
    static let badSizes: [BadScenario] = [
        BadScenario(
            name: "10^6 rows", file: "units.csv", located: false,
            apply: BadScenario.generated(
                "units.csv", header: unitsHeader, lines: 1_000_000,
                line: { "U\($0),Đơn vị \($0),school,,Bắc,1,2020,no,no" })),
        BadScenario(
            name: "a 10 MB line", file: "units.csv",
            apply: { folder in
                let url = folder.appendingPathComponent("units.csv")
                let text = try String(contentsOf: url, encoding: .utf8)
                try Data(
                    (text + "X09," + String(repeating: "Đ", count: 5_000_000) + ",commune,,Bắc,1,2020,no,no\n").utf8
                ).write(to: url)
            }),
        BadScenario(
            name: "a 10 MB YAML scalar", file: "scenario.yaml", located: false,
            apply: BadScenario.replace(
                "scenario.yaml", "name: Huyện Mẫu 2022", "name: " + String(repeating: "a", count: 10_000_000))),
    ]
}

/// Runs every corpus case through `cchc validate` (and some through `cchc schedule`).
@Suite struct RobustnessCorpusTests {
    @Test func corpusHasAtLeastFortyCases() {
        #expect(BadScenarioCorpus.all.count >= 40)
        #expect(Set(BadScenarioCorpus.all.map(\.name)).count == BadScenarioCorpus.all.count)
    }

    @Test(arguments: BadScenarioCorpus.all)
    func validateRejectsCleanly(_ bad: BadScenario) throws {
        let root = try Robustness.temporaryFolder("corpus")
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(atPath: root.path + "-outside.csv")
        }
        let folder = try Robustness.copy(Robustness.basicFixture, into: root, as: "bad")
        try bad.apply(folder)
        if let known = bad.knownIssue {
            withKnownIssue(Comment(rawValue: known)) { try check(bad, folder: folder, root: root) }
        } else {
            try check(bad, folder: folder, root: root)
        }
    }

    func check(_ bad: BadScenario, folder: URL, root: URL) throws {
        for language in ["vi", "en"] {
            let run = try Robustness.run(["validate", folder.path, "--lang", language], in: root, timeout: 90)
            #expect(!run.crashed, "crashed (signal \(run.status)): \(run.stderr.suffix(800))")
            #expect(!run.timedOut, "hung for \(run.seconds) s")
            if bad.mayBeAccepted && run.status == 0 { continue }
            #expect(run.status == 65 || run.status == 66, "status \(run.status); stderr: \(run.stderr.prefix(600))")
            #expect(run.stderr.contains(bad.file), "message does not name \(bad.file): \(run.stderr.prefix(600))")
            if bad.located {
                let pattern = try Regex("\(bad.file.replacingOccurrences(of: ".", with: "\\.")):[0-9]+")
                #expect(run.stderr.contains(pattern), "message gives no line: \(run.stderr.prefix(600))")
            }
            #expect(run.stderr.utf8.count < 200_000, "message is \(run.stderr.utf8.count) bytes")
        }
    }

    /// Bad input through `cchc schedule` and `cchc staffing`: a clear error, and no report folder at all.
    @Test(arguments: [
        "truncated CSV inside a quoted field", "TCVN3 bytes", "YAML alias bomb", "symlink escaping the folder",
        "NaN min_share",
    ])
    func scheduleAndStaffingWriteNothing(_ name: String) throws {
        let bad = try #require(BadScenarioCorpus.all.first { $0.name == name })
        let root = try Robustness.temporaryFolder("corpus-run")
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(atPath: root.path + "-outside.csv")
        }
        let folder = try Robustness.copy(Robustness.basicFixture, into: root, as: "bad")
        try bad.apply(folder)
        for command in ["schedule", "staffing"] {
            let out = root.appendingPathComponent("reports-\(command)")
            let run = try Robustness.run(
                [command, folder.path, "--out", out.path, "--time-limit", "10"], in: root, timeout: 60)
            #expect(!run.crashed && !run.timedOut)
            #expect(run.status == 65 || run.status == 66, "\(command): status \(run.status); \(run.stderr.prefix(400))")
            #expect(run.stderr.contains(bad.file), "\(command): \(run.stderr.prefix(400))")
            #expect(
                !FileManager.default.fileExists(atPath: out.path), "\(command) created a report folder for bad input")
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Reports").path))
        }
    }
}

/// Crashes the corpus found in other targets, kept as regression tests now that they are fixed.
@Suite struct RobustnessKnownCrashTests {
    /// Found by the corpus: priority 1e300 passed the loader, then the summary trapped (`Vocabulary.number`: Double ->
    /// Int overflow), exit 132. Fixed by an upper bound on priority in the loader and a guarded conversion in Reporting.
    @Test func hugePriorityDoesNotCrashSchedule() throws {
        let root = try Robustness.temporaryFolder("huge-priority")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try Robustness.copy(Robustness.basicFixture, into: root, as: "huge")
        try BadScenario.replace(
            "units.csv", "TT,Thị trấn Thạch Hà,town,,Bắc,1,", "TT,Thị trấn Thạch Hà,town,,Bắc,1e300,")(folder)
        let run = try Robustness.run(
            ["schedule", folder.path, "--out", root.appendingPathComponent("r").path, "--time-limit", "10"], in: root,
            timeout: 60)
        #expect(!run.timedOut)
        #expect(!run.crashed, "crashed: \(run.stderr.prefix(300))")
        #expect(run.status == 65)
        #expect(run.stderr.contains("priority"))
    }
}
