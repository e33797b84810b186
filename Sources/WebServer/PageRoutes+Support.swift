import CCHCApp
import Foundation
import Hummingbird
import Localization
import WebPages

/// What the page handlers share: the HTML answer, redirects, the page context of a request, form bodies, the
/// messages shown after a redirect.
enum PageSupport {
    /// An HTML page.
    /// An HTML page.
    static func html(_ text: String, status: HTTPResponse.Status = .ok, for request: Request) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A 303 redirect to a path of this site.
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// The page context of a request: language, user, role, CSRF token, path and query, and the notice named by
    /// `?ok=` (a fixed code, never text from the URL).
    static func context(
        _ request: Request, _ context: WebRequestContext, alert: String? = nil
    ) -> PageContext {
        let query = request.uri.queryParameters.map { (String($0.key), String($0.value)) }
            .filter { $0.0 != "ok" }.sorted { $0.0 < $1.0 }
        let notice = request.uri.queryParameters["ok"].flatMap { Self.notice(String($0), context.language) }
        return PageContext(
            language: context.language, userName: context.user?.name, role: context.user?.role.rawValue,
            csrfToken: context.csrfToken, path: request.uri.path, query: query, notice: notice, alert: alert)
    }

    /// The notices a redirect may name.
    static func notice(_ code: String, _ language: Language) -> String? {
        let vi = language == .vi
        switch code {
        case "saved": return vi ? "Đã lưu. Phiên bản trước được giữ lại." : "Saved. The previous version is kept."
        case "created": return vi ? "Đã tạo kịch bản." : "Scenario created."
        case "pinned": return vi ? "Đã ghim. Bấm “Lập lại lịch” để lập lịch mới." : "Pinned. Select “Re-plan”."
        case "unpinned": return vi ? "Đã bỏ ghim." : "Unpinned."
        case "user-added": return vi ? "Đã thêm người dùng." : "User added."
        case "user-removed": return vi ? "Đã xóa người dùng." : "User removed."
        case "restored":
            return vi ? "Đã khôi phục. Phiên bản trước được giữ lại." : "Restored. The previous version is kept."
        case "cancelled": return vi ? "Đã yêu cầu dừng." : "Stop requested."
        default: return nil
        }
    }

    /// The fields of a form body (`application/x-www-form-urlencoded`).
    static func form(_ request: Request, _ context: WebRequestContext) async throws -> [String: String] {
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        return FormFields(Data(buffer: body)).values
    }

    /// The `:name` path parameter.
    static func parameter(_ context: WebRequestContext, _ name: String) throws -> String {
        guard let value = context.parameters.get(name) else { throw WebError.notFound(name) }
        return value
    }

    /// The web answer to a refusal of the library, the run queue or the accounts.
    static func refusal(_ error: any Error) -> WebError {
        if let error = error as? LibraryError { return .library(error) }
        if let error = error as? RunQueueError { return .runs(error) }
        if let error = error as? AccountError { return .accounts(error) }
        if let error = error as? WebError { return error }
        return WebError(
            .internalServerError, code: "internal", vi: "Lỗi máy chủ: \(error)", en: "Server error: \(error)")
    }

    /// Scenario list items, in the library's order.
    static func items(_ services: WebServices) -> [WebPages.ScenarioItem] {
        services.library.list().map {
            WebPages.ScenarioItem(id: $0.id, name: $0.name, year: $0.year, extends: $0.extends)
        }
    }
}
