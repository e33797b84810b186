import CCHCApp
import Foundation
import Hummingbird

struct NewUserRequest: Decodable {
    var username: String
    var role: String
    var password: String
}

/// Users (admin only) and the audit log.
func registerAdminRoutes(on api: RouterGroup<WebRequestContext>, services: WebServices) {
    let accounts = services.accounts
    api.get("users") { _, context in
        try context.require(.manageUsers)
        do {
            return try APIJSON.response(try accounts.list())
        } catch let error as AccountError {
            throw WebError.accounts(error)
        }
    }
    api.post("users") { request, context in
        let admin = try context.require(.manageUsers)
        let body = try await APIJSON.decode(NewUserRequest.self, from: request, context: context)
        guard let role = UserRole(rawValue: body.role) else {
            throw WebError(
                .unprocessableContent, code: "bad_role", vi: "role phải là admin, planner, hr hoặc viewer",
                en: "role must be admin, planner, hr or viewer")
        }
        do {
            try accounts.add(name: body.username, role: role, password: body.password, by: admin.name)
        } catch let error as AccountError {
            throw WebError.accounts(error)
        }
        return Response(status: .created)
    }
    api.delete("users/:name") { _, context in
        let admin = try context.require(.manageUsers)
        let name = context.parameters.value("name")
        guard name != admin.name else {
            throw WebError(
                .conflict, code: "self", vi: "Không thể tự xoá tài khoản của mình", en: "You cannot remove yourself")
        }
        do {
            try accounts.remove(name: name, by: admin.name)
        } catch let error as AccountError {
            throw WebError.accounts(error)
        }
        return Response(status: .noContent)
    }
    api.get("audit") { request, context in
        try context.require(.read)
        let subject = request.uri.queryParameters["subject"].map(String.init)
        let limit = request.uri.queryParameters["limit"].flatMap { Int(String($0)) } ?? 200
        guard (1...1000).contains(limit) else {
            throw WebError.badRequest("limit phải từ 1 đến 1000", "limit must be 1 to 1000")
        }
        do {
            return try APIJSON.response(try services.audit.events(subject: subject, limit: limit))
        } catch {
            throw WebError(.internalServerError, code: "workspace", vi: "\(error)", en: "\(error)")
        }
    }
}
