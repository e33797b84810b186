import CCHCApp
import CivilCalendar
import Foundation
import Hummingbird
import InspectionScheduling
import Localization
import ScenarioFiles
import Staffing
import WebPages

/// The latest results of a scenario as the report folder holds them, and whether each was made from the current
/// files.
struct SavedResults {
    var plan: InspectionPlan?
    var staffing: StaffingReport?
    var planIsCurrent = false
    var staffingIsCurrent = false

    init(_ id: String, loaded: LoadedScenario?, services: WebServices) {
        guard let folder = try? services.library.reportFolder(id) else { return }
        let decoder = JSONDecoder()
        let hash = loaded.map(ScenarioResults.inputHash(of:))
        let current = { (name: String) in
            let stored = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return hash != nil && stored?.trimmingCharacters(in: .whitespacesAndNewlines) == hash
        }
        if let data = try? Data(contentsOf: folder.appendingPathComponent(ScenarioResults.planFile)) {
            plan = try? decoder.decode(InspectionPlan.self, from: data)
            planIsCurrent = current("plan.inputs.hash") || current(ScenarioResults.hashFile)
        }
        if let data = try? Data(contentsOf: folder.appendingPathComponent(ScenarioResults.staffingFile)) {
            staffing = try? decoder.decode(StaffingReport.self, from: data)
            staffingIsCurrent = current("staffing.inputs.hash") || current(ScenarioResults.hashFile)
        }
    }

    /// The report files that exist.
    static func downloads(_ id: String, services: WebServices) -> [String] {
        guard let folder = try? services.library.reportFolder(id) else { return [] }
        return ScenarioLibrary.reportFileNames.filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
        }
    }
}

/// The scenario list, creating scenarios, the overview, downloads and the file editor.
func registerScenarioPages(on router: Router<WebRequestContext>, services: WebServices, pages: WebPages) {
    router.get("/") { request, context in
        let user = try context.requireUser()
        return PageSupport.html(
            pages.scenarioList(
                context: PageSupport.context(request, context), scenarios: PageSupport.items(services),
                canCreate: user.can(.createScenario)), for: request)
    }
    router.post("/kich-ban") { request, context in
        let user = try context.require(.createScenario)
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        let contentType = request.headers[.contentType] ?? ""
        guard let form = MultipartForm(data: Data(buffer: body), contentType: contentType),
            let file = form.part("file"), let fileName = file.fileName, !file.data.isEmpty
        else {
            return listPage(request, context, services, pages, alert: createAlert(nil, context.language), .badRequest)
        }
        do {
            let name = form.text("name") ?? ""
            let entry = try await BlockingWork.run {
                try services.library.create(
                    fromUpload: file.data, fileName: fileName, name: name, today: WebClock.today(), by: user.name)
            }
            return PageSupport.redirect("/kich-ban/\(entry.id)?ok=created")
        } catch {
            let refusal = PageSupport.refusal(error)
            return listPage(
                request, context, services, pages, alert: createAlert(refusal, context.language),
                refusal.status, problems: refusal.problems)
        }
    }
    router.post("/kich-ban/bien-the") { request, context in
        let user = try context.require(.createScenario)
        let form = try await PageSupport.form(request, context)
        do {
            let entry = try services.library.createVariant(
                of: form["from"] ?? "", name: form["name"] ?? "", by: user.name)
            return PageSupport.redirect("/kich-ban/\(entry.id)?ok=created")
        } catch {
            let refusal = PageSupport.refusal(error)
            return listPage(
                request, context, services, pages, alert: refusal.message(context.language), refusal.status)
        }
    }
    registerOverviewPages(on: router, services: services, pages: pages)
}

/// The scenario list again, with why a creation was refused.
func listPage(
    _ request: Request, _ context: WebRequestContext, _ services: WebServices, _ pages: WebPages, alert: String,
    _ status: HTTPResponse.Status, problems: [ScenarioIssue] = []
) -> Response {
    let details = problems.prefix(20).map { $0.formatted(language: context.language) }
    let text = ([alert] + details).joined(separator: " — ")
    return PageSupport.html(
        pages.scenarioList(
            context: PageSupport.context(request, context, alert: text), scenarios: PageSupport.items(services),
            canCreate: context.user?.can(.createScenario) ?? false), status: status, for: request)
}

func createAlert(_ refusal: WebError?, _ language: Language) -> String {
    let head = language == .vi ? "Không tạo được kịch bản: " : "The scenario was not created: "
    guard let refusal else {
        return head + (language == .vi ? "hãy chọn một tệp .xlsx hoặc .csv." : "choose an .xlsx or .csv file.")
    }
    return head + refusal.message(language)
}

/// The overview, the downloads and the file editor.
func registerOverviewPages(on router: Router<WebRequestContext>, services: WebServices, pages: WebPages) {
    router.get("/kich-ban/:id") { request, context in
        _ = try context.requireUser()
        let id = try PageSupport.parameter(context, "id")
        return try await overviewPage(id, request, context, services, pages)
    }
    router.get("/kich-ban/:id/tai-ve/:name") { _, context in
        _ = try context.requireUser()
        let id = try PageSupport.parameter(context, "id")
        let name = try PageSupport.parameter(context, "name")
        let data: Data
        do { data = try services.library.reportFile(id, named: name) } catch { throw PageSupport.refusal(error) }
        return Response(
            status: .ok,
            headers: [
                .contentType: contentType(of: name), .contentDisposition: "attachment; filename=\"\(name)\"",
                .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
    registerFileEditor(on: router, services: services, pages: pages)
}

func overviewPage(
    _ id: String, _ request: Request, _ context: WebRequestContext, _ services: WebServices, _ pages: WebPages,
    alert: String? = nil
) async throws -> Response {
    let entry: ScenarioEntry
    let problems: [ScenarioIssue]
    do {
        entry = try services.library.entry(id)
        problems = try services.library.problems(id)
    } catch {
        throw PageSupport.refusal(error)
    }
    let loaded = try? services.library.open(id)
    let saved = SavedResults(id, loaded: loaded, services: services)
    let active = await services.runs.list(scenario: id).first { !$0.state.isFinal }
    let overview = WebPages.Overview(
        id: id, name: entry.name, year: entry.year, extends: entry.extends, version: entry.version,
        problems: problems, plan: saved.planIsCurrent ? saved.plan : nil,
        staffing: saved.staffingIsCurrent ? saved.staffing : nil, scenario: loaded?.scenario,
        downloads: SavedResults.downloads(id, services: services), activeRun: active?.id)
    return PageSupport.html(
        pages.overview(context: PageSupport.context(request, context, alert: alert), overview), for: request)
}

/// `/kich-ban/{id}/tep/{name}`: a scenario's own file as text, saved even with problems (to fix them).
func registerFileEditor(on router: Router<WebRequestContext>, services: WebServices, pages: WebPages) {
    router.get("/kich-ban/:id/tep/:name") { request, context in
        _ = try context.requireUser()
        let id = try PageSupport.parameter(context, "id")
        let name = try PageSupport.parameter(context, "name")
        return try fileEditorPage(id, name, request, context, services, pages, text: nil, alert: nil, .ok)
    }
    router.post("/kich-ban/:id/tep/:name") { request, context in
        let id = try PageSupport.parameter(context, "id")
        let name = try PageSupport.parameter(context, "name")
        let user = try context.requireAny(filePermissions(id, name, services))
        let form = try await PageSupport.form(request, context)
        let text = (form["text"] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        do {
            let version = form["version"] ?? ""
            _ = try await BlockingWork.run {
                try services.library.save(
                    id: id, files: [name: Data(text.utf8)], expectedVersion: version, allowProblems: true,
                    by: user.name, action: "scenario.file")
            }
            return PageSupport.redirect("/kich-ban/\(id)?ok=saved")
        } catch {
            let refusal = PageSupport.refusal(error)
            return try fileEditorPage(
                id, name, request, context, services, pages, text: text, alert: refusal.message(context.language),
                refusal.status)
        }
    }
}

/// Who may edit file `name` of scenario `id` as text: the staff and positions tables are HR's, `scenario.yaml`
/// (inspection and staffing settings) either role's, every other table the planners'.
func filePermissions(_ id: String, _ name: String, _ services: WebServices) -> [Permission] {
    if name == "scenario.yaml" { return [.editInspection, .editStaffing] }
    let yaml = (try? services.library.file(id, named: "scenario.yaml")).map { String(decoding: $0, as: UTF8.self) }
    let settings = yaml.flatMap { try? ScenarioYAMLEditor(yaml: $0) }
    let staffing = [settings?.string(at: ["staff"]), settings?.string(at: ["staffing", "positions"])]
    return staffing.contains(name) ? [.editStaffing] : [.editInspection]
}

func fileEditorPage(
    _ id: String, _ name: String, _ request: Request, _ context: WebRequestContext, _ services: WebServices,
    _ pages: WebPages, text: String?, alert: String?, _ status: HTTPResponse.Status
) throws -> Response {
    let data: Data
    let version: String
    let problems: [ScenarioIssue]
    do {
        guard try services.library.fileNames(id).contains(name), !name.hasSuffix(".xlsx"), !name.hasSuffix(".xlsm")
        else { throw LibraryError.fileNotFound(name) }
        data = try services.library.file(id, named: name)
        version = try services.library.version(id)
        problems = try services.library.problems(id)
    } catch {
        throw PageSupport.refusal(error)
    }
    return PageSupport.html(
        pages.fileEditor(
            context: PageSupport.context(request, context, alert: alert), id: id, name: name,
            text: text ?? String(decoding: data, as: UTF8.self), version: version, problems: problems),
        status: status, for: request)
}
