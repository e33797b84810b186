import CCHCApp
import CivilCalendar
import Foundation
import Hummingbird
import Localization
import Reporting

struct ScenarioSummaryJSON: Encodable {
    var id: String
    var name: String
    var year: Int
    var extends: String?
    var version: String
    var valid: Bool

    init(_ entry: ScenarioEntry) {
        id = entry.id
        name = entry.name
        year = entry.year
        extends = entry.extends
        version = entry.version
        valid = entry.valid
    }
}

struct VariantRequest: Decodable {
    var from: String
    var name: String
}

struct ValidationJSON: Encodable {
    var valid: Bool
    var version: String
    var problems: [ProblemJSON]
}

struct VersionJSON: Encodable {
    var version: String
}

/// Scenarios: list, create (upload or variant), one, validation, files, history, plan, compare.
func registerScenarioRoutes(on api: RouterGroup<WebRequestContext>, services: WebServices) {
    let library = services.library
    api.get("scenarios") { _, context in
        try context.require(.read)
        return try APIJSON.response(library.list().map(ScenarioSummaryJSON.init))
    }
    api.post("scenarios") { request, context in
        let user = try context.require(.createScenario)
        let entry = try await createScenario(request, context: context, user: user, library: library)
        var response = try APIJSON.response(ScenarioSummaryJSON(entry), status: .created)
        response.headers[.location] = "/api/v1/scenarios/\(entry.id)"
        return response
    }
    api.get("scenarios/:id") { _, context in
        try context.require(.read)
        return try APIJSON.response(
            ScenarioSummaryJSON(try library.run { try library.entry(context.parameters.value("id")) }))
    }
    api.get("scenarios/:id/validation") { _, context in
        try context.require(.read)
        let id = context.parameters.value("id")
        let (problems, version) = try library.run { (try library.problems(id), try library.version(id)) }
        return try APIJSON.response(
            ValidationJSON(
                valid: problems.isEmpty, version: version,
                problems: problems.map { ProblemJSON($0, language: context.language) }))
    }
    api.get("scenarios/:id/files/:name") { _, context in
        try context.require(.read)
        let name = context.parameters.value("name")
        let data = try library.run { try library.reportFile(context.parameters.value("id"), named: name) }
        return Response(
            status: .ok,
            headers: [
                .contentType: contentType(of: name),
                .contentDisposition: "attachment; filename=\"\(name)\"",
            ], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
    api.put("scenarios/:id/files/:name") { request, context in
        try await saveFile(request, context: context, library: library)
    }
    api.get("scenarios/:id/plan") { _, context in
        try context.require(.read)
        let id = context.parameters.value("id")
        guard let data = try? library.reportFile(id, named: ScenarioResults.planFile) else {
            _ = try library.run { try library.folder(id) }
            throw WebError(
                .notFound, code: "no_plan", vi: "Chưa có lịch kiểm tra: hãy chạy lịch trước",
                en: "No calendar yet: run the calendar first")
        }
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
    registerHistoryRoutes(on: api, services: services)
    registerCompareRoute(on: api, services: services)
}

/// `POST /api/v1/scenarios`: a multipart upload (`file`, `name`) or JSON `{"from": id, "name": …}`.
func createScenario(
    _ request: Request, context: WebRequestContext, user: SignedInUser, library: ScenarioLibrary
) async throws -> ScenarioEntry {
    let contentType = request.headers[.contentType] ?? ""
    if contentType.hasPrefix("multipart/form-data") {
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        guard let form = MultipartForm(data: Data(buffer: body), contentType: contentType),
            let file = form.part("file"), let fileName = file.fileName
        else {
            throw WebError.badRequest(
                "Cần một tệp trong trường \"file\" (multipart/form-data)",
                "A file is needed in the field \"file\" (multipart/form-data)")
        }
        guard file.data.count <= WebServer.maxUploadBytes else { throw WebError.tooLarge }
        let name = form.text("name") ?? (fileName as NSString).deletingPathExtension
        let today = WebClock.today()
        let data = file.data
        return try await BlockingWork.run {
            try library.run {
                try library.create(fromUpload: data, fileName: fileName, name: name, today: today, by: user.name)
            }
        }
    }
    let variant = try await APIJSON.decode(VariantRequest.self, from: request, context: context)
    return try library.run { try library.createVariant(of: variant.from, name: variant.name, by: user.name) }
}

/// `PUT /api/v1/scenarios/{id}/files/{name}` with `If-Match: <version>`.
func saveFile(_ request: Request, context: WebRequestContext, library: ScenarioLibrary) async throws -> Response {
    let id = context.parameters.value("id")
    let name = context.parameters.value("name")
    let permissions: [Permission] =
        name == "scenario.yaml"
        ? [.editInspection, .editStaffing]
        : (name.contains("staff") || name.contains("position") || name.contains("nhan-su"))
            ? [.editStaffing] : [.editInspection]
    let user = try context.requireAny(permissions)
    _ = try library.run { try library.folder(id) }
    guard ScenarioLibrary.isValidFileName(name) else { throw WebError.library(.fileNotFound(name)) }
    guard let expected = request.headers[.ifMatch]?.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")),
        !expected.isEmpty
    else {
        throw WebError(
            .preconditionRequired, code: "version_required",
            vi: "Cần tiêu đề If-Match với phiên bản đã đọc", en: "An If-Match header with the version read is required")
    }
    var request = request
    let body = try await request.collectBody(upTo: context.maxUploadSize)
    guard body.readableBytes <= WebServer.maxUploadBytes else { throw WebError.tooLarge }
    let allowProblems = request.uri.queryParameters["allow_problems"] == "true"
    let data = Data(buffer: body)
    let version = try await BlockingWork.run {
        try library.run {
            try library.save(
                id: id, files: [name: data], expectedVersion: expected, allowProblems: allowProblems, by: user.name)
        }
    }
    var response = try APIJSON.response(VersionJSON(version: version))
    response.headers[.eTag] = "\"\(version)\""
    return response
}

/// `GET /api/v1/scenarios/{id}/history`, `POST /api/v1/scenarios/{id}/history/{version}/restore`.
func registerHistoryRoutes(on api: RouterGroup<WebRequestContext>, services: WebServices) {
    let library = services.library
    api.get("scenarios/:id/history") { _, context in
        try context.require(.read)
        return try APIJSON.response(try library.run { try library.history(context.parameters.value("id")) })
    }
    api.post("scenarios/:id/history/:version/restore") { request, context in
        let user = try context.requireAny([.editInspection, .editStaffing])
        let id = context.parameters.value("id")
        let current = try library.run { try library.version(id) }
        let expected =
            request.headers[.ifMatch]?.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) ?? current
        let version = try library.run {
            try library.restore(
                id: id, entry: context.parameters.value("version"), expectedVersion: expected, by: user.name)
        }
        return try APIJSON.response(VersionJSON(version: version))
    }
}

struct ComparisonAnswer: Encodable {
    var summary: String
    var comparison: ScenarioComparison
}

/// `GET /api/v1/compare?a=ID&b=ID`: the saved results of both, compared, with the summary in words.
func registerCompareRoute(on api: RouterGroup<WebRequestContext>, services: WebServices) {
    let library = services.library
    api.get("compare") { request, context in
        try context.require(.read)
        guard let a = request.uri.queryParameters["a"].map(String.init),
            let b = request.uri.queryParameters["b"].map(String.init)
        else { throw WebError.badRequest("Cần hai tham số a và b", "Both a and b are required") }
        var compared: [ComparedScenario] = []
        for id in [a, b] {
            let loaded = try library.run { try library.open(id) }
            guard let saved = ScenarioResults.saved(in: try library.run { try library.reportFolder(id) }, for: loaded)
            else {
                throw WebError(
                    .conflict, code: "no_results",
                    vi: "Kịch bản \(id) chưa có kết quả mới nhất của cả lịch và biên chế: hãy chạy cả hai trước",
                    en: "The scenario \(id) has no current results for both the calendar and staffing: run both first")
            }
            compared.append(
                ComparedScenario(id: id, scenario: loaded.scenario, plan: saved.plan, staffing: saved.staffing))
        }
        let comparison = ScenarioComparison(compared)
        let summary = ComparisonSummary.sentence(
            from: comparison.columns[0], to: comparison.columns[1], language: context.language)
        return try APIJSON.response(ComparisonAnswer(summary: summary, comparison: comparison))
    }
}

/// The content type of a report file, by its extension.
func contentType(of name: String) -> String {
    switch (name as NSString).pathExtension.lowercased() {
    case "html": return "text/html; charset=utf-8"
    case "json": return "application/json; charset=utf-8"
    case "md": return "text/markdown; charset=utf-8"
    case "csv": return "text/csv; charset=utf-8"
    case "ics": return "text/calendar; charset=utf-8"
    case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    case "yaml", "yml": return "application/yaml; charset=utf-8"
    default: return "application/octet-stream"
    }
}

/// Today's date on the server's clock, in its time zone.
public enum WebClock {
    /// Today.
    public static func today() -> CivilDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CivilDate(dayNumber: 0)
    }
}

extension ScenarioLibrary {
    /// Runs a library operation; its refusal becomes the web answer.
    func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as LibraryError {
            throw WebError.library(error)
        }
    }
}
