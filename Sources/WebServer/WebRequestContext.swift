import CCHCApp
import Hummingbird
import Localization
import NIOCore

/// What every route of the web application knows about its request: who is signed in (set by the session
/// middleware), the session's CSRF token, the language of the answer, and the client's address.
public struct WebRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in user, if any.
    public var user: SignedInUser?
    /// The session's CSRF token, if signed in.
    public var csrfToken: String?
    /// The session cookie's value, if signed in.
    public var sessionToken: String?
    /// The answer's language: `?lang=` or the `lang` cookie (`vi`, `en`), else Vietnamese.
    public var language: Language = .vi
    /// The client's IP address (or `unknown`).
    public var remoteAddress: String

    /// The largest request body read: the upload cap plus room for the multipart envelope.
    public var maxUploadSize: Int { WebServer.maxUploadBytes + 64 * 1024 }

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// The signed-in user, or 401 (pages: a redirect to the sign-in page).
    public func requireUser() throws -> SignedInUser {
        guard let user else { throw WebError.unauthenticated }
        return user
    }

    /// The signed-in user when their role has `permission`: 401 when not signed in, 403 otherwise.
    @discardableResult
    public func require(_ permission: Permission) throws -> SignedInUser {
        let user = try requireUser()
        guard user.can(permission) else { throw WebError.forbidden(permission) }
        return user
    }

    /// The signed-in user when their role has one of `permissions`: 401 when not signed in, 403 otherwise.
    @discardableResult
    public func requireAny(_ permissions: [Permission]) throws -> SignedInUser {
        let user = try requireUser()
        guard let first = permissions.first else { return user }
        guard permissions.contains(where: user.can) else { throw WebError.forbidden(first) }
        return user
    }
}
