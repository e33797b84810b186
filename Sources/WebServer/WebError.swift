import CCHCApp
import Foundation
import Hummingbird
import Localization
import ScenarioFiles

/// One validation problem, as the JSON API and the pages show it: where (file, sheet, row or line, column), what,
/// and the fix.
public struct ProblemJSON: Sendable, Hashable, Codable {
    /// The file's name.
    public var file: String
    /// The workbook sheet, if any.
    public var sheet: String?
    /// The data row, if any.
    public var row: Int?
    /// The line in the file, if any.
    public var line: Int?
    /// The column, if any.
    public var column: Int?
    /// The cell (`B7`), if any.
    public var cell: String?
    /// The field or column name, if any.
    public var field: String?
    /// What is wrong.
    public var message: String
    /// How to fix it, if known.
    public var fix: String?

    /// A problem from a loader issue, in `language`.
    public init(_ issue: ScenarioIssue, language: Language) {
        self.file = (issue.file as NSString).lastPathComponent
        self.sheet = issue.sheet
        self.row = issue.row
        self.line = issue.line
        self.column = issue.column
        self.cell = issue.cell
        self.field = issue.field
        self.message = issue.message.text(language)
        self.fix = issue.hint?.text(language)
    }
}

/// An error the web application answers with: a status, a stable code, a message in Vietnamese and English, and
/// validation problems when there are some. API requests get `{"error": {"code", "message", "problems"}}`; pages
/// get a short HTML page, or a redirect to the sign-in page for 401.
public struct WebError: Error, HTTPResponseError, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A stable code (`unauthenticated`, `forbidden`, `csrf`, `stale_version`, …).
    public var code: String
    /// The message in Vietnamese.
    public var vi: String
    /// The message in English.
    public var en: String
    /// The validation problems, if any.
    public var problems: [ScenarioIssue]
    /// Extra response headers (`Retry-After`).
    public var headers: HTTPFields

    /// Creates an error.
    public init(
        _ status: HTTPResponse.Status, code: String, vi: String, en: String, problems: [ScenarioIssue] = [],
        headers: HTTPFields = [:]
    ) {
        self.status = status
        self.code = code
        self.vi = vi
        self.en = en
        self.problems = problems
        self.headers = headers
    }

    /// The message in `language`.
    public func message(_ language: Language) -> String { language == .vi ? vi : en }

    struct Body: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
            var problems: [ProblemJSON]
        }
        var error: Detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let language = (context as? WebRequestContext)?.language ?? .vi
        var headers = self.headers
        if request.uri.path.hasPrefix("/api/") {
            let body = Body(
                error: .init(
                    code: code, message: message(language),
                    problems: problems.map { ProblemJSON($0, language: language) }))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(body)) ?? Data("{}".utf8)
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        if status == .unauthorized, request.method == .get {
            let next = request.uri.path
            headers[.location] =
                "/dang-nhap?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")
            return Response(status: .seeOther, headers: headers)
        }
        let text = HTMLText.escape(message(language))
        let html = """
            <!doctype html><html lang="\(language == .vi ? "vi" : "en")"><head><meta charset="utf-8">\
            <title>\(status.code)</title></head><body><h1>\(status.code)</h1><p id="error-message">\(text)</p>\
            <p><a href="/">\(language == .vi ? "Về trang chính" : "Home")</a></p></body></html>
            """
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

extension WebError {
    /// 401: not signed in.
    public static let unauthenticated = WebError(
        .unauthorized, code: "unauthenticated", vi: "Cần đăng nhập", en: "Sign in first")
    /// 403: the role does not allow it.
    public static func forbidden(_ permission: Permission) -> WebError {
        WebError(
            .forbidden, code: "forbidden",
            vi: "Vai trò của bạn không được phép làm việc này (\(permission.rawValue))",
            en: "Your role does not allow this (\(permission.rawValue))")
    }
    /// 403: the CSRF token is missing or wrong.
    public static let csrf = WebError(
        .forbidden, code: "csrf", vi: "Thiếu mã CSRF hoặc mã không đúng; tải lại trang rồi thử lại",
        en: "Missing or wrong CSRF token; reload the page and try again")
    /// 404.
    public static func notFound(_ what: String) -> WebError {
        WebError(.notFound, code: "not_found", vi: "Không tìm thấy: \(what)", en: "Not found: \(what)")
    }
    /// 400.
    public static func badRequest(_ vi: String, _ en: String) -> WebError {
        WebError(.badRequest, code: "bad_request", vi: vi, en: en)
    }
    /// 413.
    public static let tooLarge = WebError(
        .contentTooLarge, code: "too_large", vi: "Tệp tải lên quá lớn (tối đa 10 MB)",
        en: "The upload is too large (10 MB at most)")
}

/// HTML escaping for the few pages the core draws itself.
enum HTMLText {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
