import Foundation
import Testing

/// What a run of the `cchc` binary did, with a hard timeout so a hang fails the test instead of blocking it.
struct BoundedRun {
    var status: Int32
    /// True when the process ended by a signal (a crash: SIGSEGV, SIGILL from a Swift trap, SIGABRT...).
    var crashed: Bool
    var timedOut: Bool
    var seconds: Double
    var stdout: String
    var stderr: String
}

enum Robustness {
    /// The loader tests' valid fixture, copied and broken by each corpus case.
    static var basicFixture: URL {
        packageRoot.appendingPathComponent("Tests/ScenarioFilesTests/Fixtures/basic")
    }

    static var thachHa: URL { packageRoot.appendingPathComponent("Scenarios/thach-ha-2022") }

    /// A fresh temporary folder (created).
    static func temporaryFolder(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cchc-robust-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies a scenario folder to `<root>/<name>`.
    static func copy(_ source: URL, into root: URL, as name: String) throws -> URL {
        let folder = root.appendingPathComponent(name)
        try FileManager.default.copyItem(at: source, to: folder)
        return folder
    }

    /// Starts the binary with output sent to files (no pipe can fill up and block it).
    static func start(_ arguments: [String], in directory: URL? = nil) throws -> (Process, URL, URL) {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("cchc")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let tmp = FileManager.default.temporaryDirectory
        let outURL = tmp.appendingPathComponent("cchc-out-\(UUID().uuidString)")
        let errURL = tmp.appendingPathComponent("cchc-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, outURL, errURL)
    }

    /// Waits until a started process has written `text` to standard error (`true`), has ended, or `timeout` seconds
    /// have passed (`false` for both).
    static func waitForStandardError(_ started: (Process, URL, URL), containing text: String, timeout: Double) -> Bool {
        let t0 = now()
        while now() - t0 < timeout {
            if let data = FileManager.default.contents(atPath: started.2.path),
                String(decoding: data, as: UTF8.self).contains(text)
            {
                return true
            }
            if !started.0.isRunning { return false }
            usleep(20_000)
        }
        return false
    }

    /// Waits for a started process (killing it after `timeout` seconds) and collects its outcome.
    static func finish(_ started: (Process, URL, URL), since t0: Double, timeout: Double) -> BoundedRun {
        let (process, outURL, errURL) = started
        var timedOut = false
        while process.isRunning {
            if now() - t0 > timeout {
                timedOut = true
                process.terminate()
                usleep(200_000)
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                break
            }
            usleep(20_000)
        }
        process.waitUntilExit()
        let seconds = now() - t0
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        return BoundedRun(
            status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal && !timedOut,
            timedOut: timedOut, seconds: seconds,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
    }

    /// Runs the binary to completion or `timeout`.
    static func run(_ arguments: [String], in directory: URL? = nil, timeout: Double = 60) throws -> BoundedRun {
        let t0 = now()
        return finish(try start(arguments, in: directory), since: t0, timeout: timeout)
    }

    /// Monotonic seconds.
    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Every regular file of a folder with its bytes (names relative to the folder).
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            out[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return out
    }
}
