import CCHCApp
import Foundation
import Hummingbird

struct SignInRequest: Decodable {
    var username: String
    var password: String
}

struct SessionAnswer: Encodable {
    var csrfToken: String
    var user: SignedInUser
}

/// Makes the session cookie: HttpOnly, SameSite=Strict, the whole site, Secure behind TLS.
func sessionCookie(_ value: String, maxAge: Int, services: WebServices) -> Cookie {
    Cookie(
        name: sessionCookieName, value: value, maxAge: maxAge, path: "/", secure: services.secureCookies,
        httpOnly: true, sameSite: .strict)
}

/// `POST/GET/DELETE /api/v1/session`: sign in, who am I, sign out.
func registerSessionRoutes(on api: RouterGroup<WebRequestContext>, services: WebServices) {
    api.post("session") { request, context in
        let body = try await APIJSON.decode(SignInRequest.self, from: request, context: context)
        let opened: OpenedSession
        let address = context.remoteAddress
        do {
            opened = try await BlockingWork.run {
                try services.accounts.signIn(name: body.username, password: body.password, address: address)
            }
        } catch let error as AccountError {
            throw WebError.accounts(error)
        }
        var response = try APIJSON.response(SessionAnswer(csrfToken: opened.csrfToken, user: opened.user))
        response.setCookie(sessionCookie(opened.token, maxAge: opened.lifetime, services: services))
        return response
    }
    api.get("session") { _, context in
        let user = try context.requireUser()
        return try APIJSON.response(SessionAnswer(csrfToken: context.csrfToken ?? "", user: user))
    }
    api.delete("session") { _, context in
        _ = try context.requireUser()
        if let token = context.sessionToken { services.accounts.signOut(token: token) }
        var response = Response(status: .noContent)
        response.setCookie(sessionCookie("", maxAge: 0, services: services))
        return response
    }
}
