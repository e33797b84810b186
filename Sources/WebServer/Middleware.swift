import CCHCApp
import Foundation
import Hummingbird
import Localization

/// The session cookie's name.
public let sessionCookieName = "cchc_session"

/// Sets the answer's language and, from the session cookie, the signed-in user and the CSRF token.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    let services: WebServices

    func handle(
        _ request: Request, context: WebRequestContext,
        next: (Request, WebRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.language = Self.language(request)
        if services.trustProxy, let forwarded = request.headers[.xForwardedFor] {
            context.remoteAddress = String(forwarded.split(separator: ",").last ?? "").trimmingCharacters(
                in: .whitespaces)
        }
        if let token = request.cookies[sessionCookieName]?.value, let session = services.accounts.session(token: token)
        {
            context.user = session.user
            context.csrfToken = session.csrfToken
            context.sessionToken = token
        }
        var response = try await next(request, context)
        if let value = request.uri.queryParameters["lang"].map(String.init), Language(rawValue: value) != nil,
            request.cookies["lang"]?.value != value
        {
            response.setCookie(Cookie(name: "lang", value: value, path: "/", httpOnly: true, sameSite: .strict))
        }
        return response
    }

    /// `?lang=`, else the `lang` cookie, else (for the API) `Accept-Language`, else Vietnamese.
    static func language(_ request: Request) -> Language {
        if let value = request.uri.queryParameters["lang"].map(String.init), let language = Language(rawValue: value) {
            return language
        }
        if let value = request.cookies["lang"]?.value, let language = Language(rawValue: value) { return language }
        if request.uri.path.hasPrefix("/api/"), let accept = request.headers[.acceptLanguage],
            accept.lowercased().hasPrefix("en")
        {
            return .en
        }
        return .vi
    }
}

/// Refuses a state-changing request (POST, PUT, PATCH, DELETE) without the session's CSRF token, in the
/// `X-CSRF-Token` header or a form's `_csrf` field: 401 when not signed in, 403 when the token is missing or wrong.
/// Signing in is the exception.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    /// The paths that take no token (signing in).
    static let exempt: Set<String> = ["/api/v1/session", "/dang-nhap"]

    func handle(
        _ request: Request, context: WebRequestContext,
        next: (Request, WebRequestContext) async throws -> Response
    ) async throws -> Response {
        guard [.post, .put, .patch, .delete].contains(request.method) else { return try await next(request, context) }
        let path = request.uri.path
        if Self.exempt.contains(path), request.method == .post { return try await next(request, context) }
        guard let expected = context.csrfToken else { throw WebError.unauthenticated }
        if let header = request.headers[.csrfToken] {
            guard Self.same(header, expected) else { throw WebError.csrf }
            return try await next(request, context)
        }
        var request = request
        let contentType = request.headers[.contentType] ?? ""
        guard contentType.hasPrefix("application/x-www-form-urlencoded") || contentType.hasPrefix("multipart/form-data")
        else { throw WebError.csrf }
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        let data = Data(buffer: body)
        let field: String?
        if contentType.hasPrefix("multipart/form-data") {
            field = MultipartForm(data: data, contentType: contentType)?.text("_csrf")
        } else {
            field = FormFields(data).values["_csrf"]
        }
        guard let field, Self.same(field, expected) else { throw WebError.csrf }
        return try await next(request, context)
    }

    /// Compares two tokens in time independent of where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}

/// Turns every error into the application's answer: a ``WebError`` as it is, Hummingbird's own errors (413, 404,
/// 405) as a ``WebError`` of the same status, a body that is not JSON as 400, anything else as 500 (logged).
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    func handle(
        _ request: Request, context: WebRequestContext,
        next: (Request, WebRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as WebError {
            throw error
        } catch let error as HTTPError {
            throw Self.translate(error)
        } catch is DecodingError {
            throw WebError.badRequest(
                "Nội dung yêu cầu không đúng định dạng JSON mong đợi", "The request body is not the JSON expected")
        } catch let error as any HTTPResponseError {
            if error.status == .contentTooLarge { throw WebError.tooLarge }
            throw WebError(
                error.status, code: "http_\(error.status.code)", vi: "\(error.status)", en: "\(error.status)")
        } catch {
            context.logger.error("internal error: \(error)")
            throw WebError(
                .internalServerError, code: "internal", vi: "Lỗi máy chủ; xem nhật ký máy chủ",
                en: "Server error; see the server log")
        }
    }

    static func translate(_ error: HTTPError) -> WebError {
        switch error.status {
        case .contentTooLarge: return .tooLarge
        case .notFound: return .notFound(error.body ?? "")
        default:
            let text = error.body ?? error.status.reasonPhrase
            return WebError(error.status, code: "http_\(error.status.code)", vi: text, en: text, headers: error.headers)
        }
    }
}

/// Headers every answer carries: no sniffing, no framing, no referrer outside the site, and a content security
/// policy that allows only this site's own scripts, styles and images (no CDN).
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    func handle(
        _ request: Request, context: WebRequestContext,
        next: (Request, WebRequestContext) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.referrerPolicy] = "same-origin"
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] =
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"
        }
        if request.uri.path.hasPrefix("/api/"), response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}

extension HTTPFields.Element.Name {
    /// `X-CSRF-Token`.
    public static let csrfToken = Self("X-CSRF-Token")!
    static let xForwardedFor = Self("X-Forwarded-For")!
    static let xContentTypeOptions = Self("X-Content-Type-Options")!
    static let xFrameOptions = Self("X-Frame-Options")!
    static let referrerPolicy = Self("Referrer-Policy")!
}
