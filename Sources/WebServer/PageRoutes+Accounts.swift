import CCHCApp
import CivilCalendar
import Foundation
import Hummingbird
import Localization
import Reporting
import WebPages

/// Signing in and out, and the users page.
func registerAccountPages(on router: Router<WebRequestContext>, services: WebServices, pages: WebPages) {
    router.get("/dang-nhap") { request, context in
        let next = request.uri.queryParameters["next"].map(String.init) ?? "/"
        if context.user != nil { return PageSupport.redirect(safe(next)) }
        return PageSupport.html(
            pages.signIn(context: PageSupport.context(request, context), next: safe(next)), for: request)
    }
    router.post("/dang-nhap") { request, context in
        let form = try await PageSupport.form(request, context)
        let name = form["username"] ?? ""
        do {
            let password = form["password"] ?? ""
            let address = context.remoteAddress
            let opened = try await BlockingWork.run {
                try services.accounts.signIn(name: name, password: password, address: address)
            }
            var response = PageSupport.redirect(safe(form["next"] ?? "/"))
            response.setCookie(sessionCookie(opened.token, maxAge: opened.lifetime, services: services))
            return response
        } catch {
            let refusal = PageSupport.refusal(error)
            var response = PageSupport.html(
                pages.signIn(
                    context: PageSupport.context(request, context), username: name,
                    error: refusal.message(context.language), next: safe(form["next"] ?? "/")),
                status: refusal.status, for: request)
            for field in refusal.headers { response.headers.append(field) }
            return response
        }
    }
    router.post("/dang-xuat") { _, context in
        if let token = context.sessionToken { services.accounts.signOut(token: token) }
        var response = PageSupport.redirect("/dang-nhap")
        response.setCookie(sessionCookie("", maxAge: 0, services: services))
        return response
    }
    router.get("/quan-tri/nguoi-dung") { request, context in
        try context.require(.manageUsers)
        return try usersPage(request, context, services, pages, alert: nil, .ok)
    }
    router.post("/quan-tri/nguoi-dung") { request, context in
        let user = try context.require(.manageUsers)
        let form = try await PageSupport.form(request, context)
        do {
            guard let role = UserRole(rawValue: form["role"] ?? "") else { throw WebError.badRequest("role", "role") }
            let (name, password) = (form["name"] ?? "", form["password"] ?? "")
            try await BlockingWork.run {
                try services.accounts.add(name: name, role: role, password: password, by: user.name)
            }
            return PageSupport.redirect("/quan-tri/nguoi-dung?ok=user-added")
        } catch {
            let refusal = PageSupport.refusal(error)
            return try usersPage(
                request, context, services, pages, alert: refusal.message(context.language), refusal.status)
        }
    }
    router.post("/quan-tri/nguoi-dung/xoa") { request, context in
        let user = try context.require(.manageUsers)
        let form = try await PageSupport.form(request, context)
        do {
            try services.accounts.remove(name: form["name"] ?? "", by: user.name)
            return PageSupport.redirect("/quan-tri/nguoi-dung?ok=user-removed")
        } catch {
            let refusal = PageSupport.refusal(error)
            return try usersPage(
                request, context, services, pages, alert: refusal.message(context.language), refusal.status)
        }
    }
}

/// `next` when it is a path of this site, else `/`.
func safe(_ next: String) -> String {
    next.hasPrefix("/") && !next.hasPrefix("//") && !next.contains("\\") && !next.hasPrefix("/dang-xuat") ? next : "/"
}

func usersPage(
    _ request: Request, _ context: WebRequestContext, _ services: WebServices, _ pages: WebPages, alert: String?,
    _ status: HTTPResponse.Status
) throws -> Response {
    let users: [UserSummary]
    do { users = try services.accounts.list() } catch { throw PageSupport.refusal(error) }
    let rows = users.map { user in
        let day = CivilDate(iso: user.createdAt.prefix(10)).map { Vocabulary.date($0, context.language) }
        return WebPages.UserRow(name: user.name, role: user.role.rawValue, created: day ?? user.createdAt)
    }
    return PageSupport.html(
        pages.users(context: PageSupport.context(request, context, alert: alert), users: rows), status: status,
        for: request)
}
