import ArgumentParser
import CCHCApp
import Foundation
import WebServer

extension CCHC {
    /// `cchc serve`: the office's web application.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the web application (ứng dụng web) for the office's browsers.",
            discussion: """
                Serves the pages and the JSON API (/api/v1, described at /api/v1/openapi.yaml) over the workspace \
                folder: Scenarios/, Reports/ and cchc.sqlite (made when missing). It listens on 127.0.0.1 only \
                unless --host is given; put it behind nginx with TLS for the office network (see the README). \
                Add users first with `cchc users add NAME --role admin|planner|hr|viewer`.

                Exit status: 0 stopped (Ctrl-C), 73 workspace not usable.
                """
        )

        @Option(help: "The workspace folder (default: the current folder).")
        var workspace: String = "."

        @Option(help: "The address to listen on.")
        var host: String = "127.0.0.1"

        @Option(help: "The port.")
        var port: Int = 8080

        @Flag(help: "Mark cookies Secure (when served through TLS).")
        var secureCookies = false

        @Flag(help: "Take the client address from X-Forwarded-For (behind a reverse proxy on this machine).")
        var trustProxy = false

        func validate() throws {
            guard (1...65535).contains(port) else { throw ValidationError("--port must be 1 to 65535.") }
        }

        func run() throws {
            let configuration = WebServer.Configuration(
                workspace: CommandRun.url(workspace), host: host, port: port, secureCookies: secureCookies,
                trustProxy: trustProxy)
            let app = try CommandRun.perform(.vi) { () throws(ApplicationError) in
                try WebServer.buildApplication(configuration)
            }
            printError("cchc serve: http://\(host):\(port)/ (workspace \(configuration.workspace.path))")
            let done = DispatchSemaphore(value: 0)
            let failure = ServeFailure()
            Task {
                do {
                    try await app.runService()
                } catch {
                    failure.set("\(error)")
                }
                done.signal()
            }
            done.wait()
            if let message = failure.message {
                printError("cchc serve: \(message)")
                throw ExitCode(ExitStatus.cannotWrite.rawValue)
            }
        }
    }
}

/// The server's failure, handed from its task to the waiting command.
final class ServeFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?

    var message: String? {
        lock.lock()
        defer { lock.unlock() }
        return text
    }

    func set(_ message: String) {
        lock.lock()
        text = message
        lock.unlock()
    }
}
