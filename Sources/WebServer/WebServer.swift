import CCHCApp
import Foundation
import Hummingbird
import Logging

/// The office's web application: pages and the JSON API on Hummingbird, over one workspace folder.
public enum WebServer {
    /// The largest upload accepted, in bytes.
    public static let maxUploadBytes = 10 << 20

    /// Where and how to serve.
    public struct Configuration: Sendable {
        /// The workspace folder (`Scenarios/`, `Reports/`, `cchc.sqlite`).
        public var workspace: URL
        /// The address to bind (loopback unless told otherwise).
        public var host: String
        /// The port.
        public var port: Int
        /// Whether cookies carry `Secure` (behind TLS).
        public var secureCookies: Bool
        /// Whether the client address is read from `X-Forwarded-For` (behind a reverse proxy on this machine).
        public var trustProxy: Bool
        /// The log level.
        public var logLevel: Logger.Level

        /// Creates a configuration.
        public init(
            workspace: URL, host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false,
            trustProxy: Bool = false, logLevel: Logger.Level = .info
        ) {
            self.workspace = workspace
            self.host = host
            self.port = port
            self.secureCookies = secureCookies
            self.trustProxy = trustProxy
            self.logLevel = logLevel
        }
    }

    /// The application for a configuration: opens the workspace (creating `cchc.sqlite` when missing).
    public static func buildApplication(_ configuration: Configuration) throws(ApplicationError)
        -> some ApplicationProtocol
    {
        let services = try WebServices(
            workspace: configuration.workspace, secureCookies: configuration.secureCookies,
            trustProxy: configuration.trustProxy)
        var logger = Logger(label: "cchc-serve")
        logger.logLevel = configuration.logLevel
        return Application(
            router: buildRouter(services),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "cchc"),
            logger: logger)
    }

    /// The router: middleware (security headers, errors, session and language, CSRF), the JSON API and the pages.
    public static func buildRouter(_ services: WebServices) -> Router<WebRequestContext> {
        let router = Router(context: WebRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: SessionMiddleware(services: services))
        router.add(middleware: CSRFMiddleware())
        registerAPIRoutes(on: router, services: services)
        registerPageRoutes(on: router, services: services)
        return router
    }
}
