import Foundation
import Testing

/// Runs the built `cchc` binary and returns its exit status, stdout and stderr.
func runCCHC(_ arguments: [String], currentDirectory: URL? = nil) throws -> (
    status: Int32, stdout: String, stderr: String
) {
    let binary = productsDirectory.appendingPathComponent("cchc")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
        process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self)
    )
}

/// The folder holding the built products (where the test bundle lives).
var productsDirectory: URL {
    let bundle = Bundle.main.bundleURL
    return bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
}

/// The package root (two levels above this file's folder).
var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

@Suite struct CLIEndToEndTests {
    @Test func printsVersionAndHelp() throws {
        let version = try runCCHC(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("cchc "))
        let help = try runCCHC(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("cải cách hành chính"))
    }
}
