import Foundation
import ScenarioFiles
import Testing

/// Every entry below `folder`, hidden and temporary files included: relative path → bytes (a folder maps to
/// `"<folder>"`), so that a leftover `.tmp` or `.bak` file, or a changed marker, shows up as a difference.
func completeTree(_ folder: URL) throws -> [String: Data] {
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

/// A step of ``ReportFileOperations`` that fails once its condition is met; counts calls safely across threads.
final class FaultPlan: @unchecked Sendable {
    // @unchecked: every stored value is guarded by `lock`.
    private let lock = NSLock()
    private var writes = 0
    private var log: [String] = []
    /// Fail the write of the n-th staged file (1-based).
    var failWrite: Int?
    /// Fail renaming the new file onto this target name.
    var failRenameInto: String?
    /// Fail keeping a backup of this target name (both the hard link and the fallback rename).
    var failBackupOf: String?
    /// Behave like a file system without hard links.
    var noHardLinks = false
    /// Records whether SIGINT and SIGTERM were blocked on this thread during each rename.
    private(set) var signalsHeldDuringRenames: [Bool] = []

    /// The operations: the real file system, except for the planned failure.
    var operations: ReportFileOperations {
        ReportFileOperations(
            write: { data, url in
                let n = self.lock.withLock {
                    self.writes += 1; return self.writes
                }
                if n == self.failWrite { throw ReportFileError("No space left on device") }
                try ReportFileOperations.live.write(data, url)
            },
            link: { from, to in
                if self.noHardLinks || from.lastPathComponent == self.failBackupOf {
                    throw ReportFileError("Operation not permitted")
                }
                try ReportFileOperations.live.link(from, to)
            },
            rename: { from, to in
                var mask = sigset_t()
                pthread_sigmask(SIG_BLOCK, nil, &mask)
                let held = sigismember(&mask, SIGINT) == 1 && sigismember(&mask, SIGTERM) == 1
                self.lock.withLock { self.signalsHeldDuringRenames.append(held) }
                if to.lastPathComponent == self.failRenameInto && from.lastPathComponent.hasSuffix(".tmp") {
                    throw ReportFileError("Read-only file system")
                }
                if from.lastPathComponent == self.failBackupOf && to.lastPathComponent.hasSuffix(".bak") {
                    throw ReportFileError("Read-only file system")
                }
                try ReportFileOperations.live.rename(from, to)
            })
    }
}

/// Two flags set on another thread.
final class Recorded: @unchecked Sendable {
    // @unchecked: guarded by `lock`.
    private let lock = NSLock()
    private var flags = (false, false)

    func set(succeeded: Bool, releasedAfterwards: Bool) { lock.withLock { flags = (succeeded, releasedAfterwards) } }

    var value: (Bool, Bool) { lock.withLock { flags } }
}

@Suite struct ReportDirectoryTests {
    /// A scratch parent folder with a fake scenario folder and a report folder path in it.
    final class Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-reportdir-\(UUID().uuidString)")
        var scenario: URL { root.appendingPathComponent("alpha") }
        var reports: URL { root.appendingPathComponent("reports") }

        init() throws {
            try FileManager.default.createDirectory(at: scenario, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// A report folder holding reports of `owner` (with its marker), as a previous run leaves it.
        func previousReports(owner: String = "alpha") throws -> [String: Data] {
            try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
            for (name, text) in Self.oldFiles {
                try Data(text.utf8).write(to: reports.appendingPathComponent(name))
            }
            try Data((owner + "\n").utf8).write(to: reports.appendingPathComponent(ReportDirectory.markerName))
            return try completeTree(reports)
        }

        func open(as id: String = "alpha", force: Bool = false, faults: FaultPlan? = nil) throws -> ReportDirectory {
            try ReportDirectory(
                url: reports, scenarioFolder: root.appendingPathComponent(id), scenarioID: id, force: force,
                operations: faults?.operations ?? .live)
        }

        static let oldFiles = [
            ("inspection-plan.md", "# Kế hoạch cũ\n"), ("inspection-calendar.csv", "date,team,unit,days\n"),
            ("plan.json", "{\"old\": true}\n"), ("notes.txt", "kept by the user\n"),
        ]
        /// The new reports: three that replace old files and one that is new.
        static let newFiles: [(name: String, contents: String)] = [
            ("inspection-plan.md", "# Kế hoạch mới\n"),
            ("inspection-calendar.csv", "date,team,unit,days\r\n2022-09-05,T1,X01,1\r\n"),
            ("index.html", "<!DOCTYPE html>\n"), ("plan.json", "{\"new\": true}\n"),
        ]
    }

    @Test func openingAFolderChangesNothingInIt() throws {
        let scratch = try Scratch()
        let before = try scratch.previousReports(owner: "beta")
        _ = try scratch.open(as: "alpha", force: true)
        #expect(try completeTree(scratch.reports) == before, "the marker must not change when the folder is opened")
        let fresh = scratch.root.appendingPathComponent("fresh")
        _ = try ReportDirectory(url: fresh, scenarioFolder: scratch.scenario, scenarioID: "alpha", force: false)
        #expect(try completeTree(fresh).isEmpty)
    }

    @Test func writeAllReplacesTheReportsAndTheMarkerAndLeavesNoTemporaryFile() throws {
        let scratch = try Scratch()
        _ = try scratch.previousReports(owner: "beta")
        try scratch.open(as: "alpha", force: true).writeAll(Scratch.newFiles)
        var expected = Dictionary(uniqueKeysWithValues: Scratch.newFiles.map { ($0.name, Data($0.contents.utf8)) })
        expected["notes.txt"] = Data("kept by the user\n".utf8)
        expected[ReportDirectory.markerName] = Data("alpha\n".utf8)
        #expect(try completeTree(scratch.reports) == expected)
    }

    /// On a thread that receives SIGINT and SIGTERM, both are held during every rename and released afterwards.
    @Test func signalsAreHeldDuringTheSwapOnly() throws {
        let scratch = try Scratch()
        _ = try scratch.previousReports()
        let faults = FaultPlan()
        let folder = try scratch.open(faults: faults)
        let outcome = Recorded()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            var signals = sigset_t()
            sigemptyset(&signals)
            sigaddset(&signals, SIGINT)
            sigaddset(&signals, SIGTERM)
            var saved = sigset_t()
            pthread_sigmask(SIG_UNBLOCK, &signals, &saved)
            let result = Result { () throws(ReportDirectory.Failure) in try folder.writeAll(Scratch.newFiles) }
            var after = sigset_t()
            pthread_sigmask(SIG_SETMASK, &saved, &after)
            outcome.set(succeeded: (try? result.get()) != nil, releasedAfterwards: sigismember(&after, SIGINT) == 0)
            done.signal()
        }
        thread.start()
        done.wait()
        #expect(outcome.value.0 && outcome.value.1, "written: \(outcome.value.0), signals released: \(outcome.value.1)")
        #expect(faults.signalsHeldDuringRenames.count >= Scratch.newFiles.count)
        #expect(faults.signalsHeldDuringRenames.allSatisfy { $0 }, "SIGINT and SIGTERM must be held during the swap")
    }

    @Test func aFileSystemWithoutHardLinksStillSwapsEveryFile() throws {
        let scratch = try Scratch()
        _ = try scratch.previousReports()
        let faults = FaultPlan()
        faults.noHardLinks = true
        try scratch.open(faults: faults).writeAll(Scratch.newFiles)
        let tree = try completeTree(scratch.reports)
        let names = Scratch.newFiles.map(\.name) + ["notes.txt", ReportDirectory.markerName]
        #expect(tree.keys.sorted() == names.sorted())
        #expect(tree["plan.json"] == Data("{\"new\": true}\n".utf8))
    }

    /// A full disk while the new files are written: the folder is untouched and the temporary files are gone.
    @Test(arguments: 1...4)
    func aWriteErrorWhileStagingLeavesThePreviousFolder(failingFile: Int) throws {
        let scratch = try Scratch()
        let before = try scratch.previousReports()
        let faults = FaultPlan()
        faults.failWrite = failingFile
        let folder = try scratch.open(faults: faults)
        #expect(
            throws: ReportDirectory.Failure.cannotWrite(
                scratch.reports.appendingPathComponent(Scratch.newFiles[failingFile - 1].name).path,
                "No space left on device")
        ) { try folder.writeAll(Scratch.newFiles) }
        #expect(try completeTree(scratch.reports) == before)
    }

    /// A rename that fails after the earlier files were already swapped in: every swapped file is put back.
    @Test(arguments: ["inspection-plan.md", "index.html", "plan.json", ReportDirectory.markerName])
    func aRenameErrorMidwayRestoresEveryPreviousFile(failingTarget: String) throws {
        for noHardLinks in [false, true] {
            let scratch = try Scratch()
            let before = try scratch.previousReports(owner: "beta")
            let faults = FaultPlan()
            faults.failRenameInto = failingTarget
            faults.noHardLinks = noHardLinks
            let folder = try scratch.open(as: "alpha", force: true, faults: faults)
            do {
                try folder.writeAll(Scratch.newFiles)
                Issue.record("the write should have failed at \(failingTarget)")
            } catch {
                let path = scratch.reports.appendingPathComponent(failingTarget).path
                #expect(error == .cannotWrite(path, "Read-only file system"))
            }
            #expect(try completeTree(scratch.reports) == before, "hard links: \(!noHardLinks), at \(failingTarget)")
        }
    }

    /// Keeping the previous file under its backup name fails midway: the earlier files are put back.
    @Test func aBackupErrorMidwayRestoresEveryPreviousFile() throws {
        let scratch = try Scratch()
        let before = try scratch.previousReports()
        let faults = FaultPlan()
        faults.failBackupOf = "plan.json"
        let folder = try scratch.open(faults: faults)
        #expect(throws: ReportDirectory.Failure.self) { try folder.writeAll(Scratch.newFiles) }
        #expect(try completeTree(scratch.reports) == before)
    }

    /// No fault injection: a folder with a report's name is in the way of the last file.
    @Test func aFolderInTheWayFailsWithoutChangingTheReports() throws {
        let scratch = try Scratch()
        _ = try scratch.previousReports()
        let blocker = scratch.reports.appendingPathComponent("plan.json")
        try FileManager.default.removeItem(at: blocker)
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: false)
        try Data("user data\n".utf8).write(to: blocker.appendingPathComponent("inside.txt"))
        let before = try completeTree(scratch.reports)
        let folder = try scratch.open()
        do {
            try folder.writeAll(Scratch.newFiles)
            Issue.record("writing over a folder should fail")
        } catch {
            #expect(error.description.contains("plan.json") && error.description.contains("folder"), "\(error)")
        }
        #expect(try completeTree(scratch.reports) == before)
    }

    /// A `--force` run into another scenario's folder that fails keeps the other scenario's marker; one that
    /// succeeds takes the folder over.
    @Test func theMarkerChangesOnlyWithTheReports() throws {
        let scratch = try Scratch()
        let before = try scratch.previousReports(owner: "beta")
        let faults = FaultPlan()
        faults.failRenameInto = "plan.json"
        #expect(throws: ReportDirectory.Failure.self) {
            try scratch.open(as: "alpha", force: true, faults: faults).writeAll(Scratch.newFiles)
        }
        #expect(try completeTree(scratch.reports) == before)
        #expect(ReportDirectory.owner(of: scratch.reports) == "beta")
        try scratch.open(as: "alpha", force: true).writeAll(Scratch.newFiles)
        #expect(ReportDirectory.owner(of: scratch.reports) == "alpha")
    }

    @Test func anotherScenariosFolderIsRefusedWithoutForceEvenWhenTakenOverAfterOpening() throws {
        let scratch = try Scratch()
        let before = try scratch.previousReports(owner: "beta")
        #expect(throws: ReportDirectory.Failure.ownedByOtherScenario(folder: scratch.reports.path, owner: "beta")) {
            try scratch.open(as: "alpha")
        }
        #expect(try completeTree(scratch.reports) == before)
        // Opened while it had no marker; another scenario's run claimed it before this one finished.
        try FileManager.default.removeItem(at: scratch.reports.appendingPathComponent(ReportDirectory.markerName))
        let folder = try scratch.open(as: "alpha")
        try Data("beta\n".utf8).write(to: scratch.reports.appendingPathComponent(ReportDirectory.markerName))
        #expect(throws: ReportDirectory.Failure.ownedByOtherScenario(folder: scratch.reports.path, owner: "beta")) {
            try folder.writeAll(Scratch.newFiles)
        }
        #expect(try completeTree(scratch.reports) == before)
    }

    @Test func theScenarioFolderAndNamesOutsideTheFolderAreRefused() throws {
        let scratch = try Scratch()
        let inside = scratch.scenario.appendingPathComponent("r")
        #expect(throws: ReportDirectory.Failure.insideScenarioFolder(inside.path)) {
            try ReportDirectory(url: inside, scenarioFolder: scratch.scenario, scenarioID: "alpha", force: true)
        }
        let before = try scratch.previousReports()
        let folder = try scratch.open()
        for name in ["../escape.md", "", "..", "a/b.md"] {
            #expect(throws: ReportDirectory.Failure.self) { try folder.writeAll([(name, "x")]) }
        }
        #expect(try completeTree(scratch.reports) == before)
        #expect(!FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent("escape.md").path))
    }

    @Test func writingOneFileAlsoClaimsTheFolder() throws {
        let scratch = try Scratch()
        let folder = try scratch.open()
        let url = try folder.write("xin chào\n", to: "note.txt")
        #expect(url.lastPathComponent == "note.txt")
        #expect(
            try completeTree(scratch.reports) == [
                "note.txt": Data("xin chào\n".utf8), ReportDirectory.markerName: Data("alpha\n".utf8),
            ])
    }
}
