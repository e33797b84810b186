import CCHCApp
import Foundation
import Hummingbird
import Localization
import WebPages
import Workspace

/// `/kich-ban/{id}/lich-su`: the kept versions of a scenario, who replaced each, when and how; planners and HR
/// restore one (a new versioned save, refused when someone saved since the page was read).
func registerHistoryPages(on router: Router<WebRequestContext>, services: WebServices, pages: WebPages) {
    router.get("/kich-ban/:id/lich-su") { request, context in
        _ = try context.requireUser()
        let id = try PageSupport.parameter(context, "id")
        return try historyPage(id, request, context, services, pages, alert: nil, .ok)
    }
    router.post("/kich-ban/:id/lich-su/khoi-phuc") { request, context in
        let id = try PageSupport.parameter(context, "id")
        let user = try context.requireAny([.editInspection, .editStaffing])
        let form = try await PageSupport.form(request, context)
        let (entry, version) = (form["entry"] ?? "", form["version"] ?? "")
        do {
            _ = try await BlockingWork.run {
                try services.library.restore(id: id, entry: entry, expectedVersion: version, by: user.name)
            }
            return PageSupport.redirect("/kich-ban/\(id)/lich-su?ok=restored")
        } catch {
            let refusal = PageSupport.refusal(error)
            return try historyPage(
                id, request, context, services, pages, alert: refusal.message(context.language), refusal.status)
        }
    }
}

/// The history rows of scenario `id`: each kept version with the audited save that replaced it (matched by the
/// version it replaced, in order).
func historyRows(_ id: String, _ services: WebServices, _ language: Language) throws -> [WebPages.HistoryRow] {
    let entries = try services.library.history(id)
    var events = (try? services.audit.events(subject: id, limit: 5000)) ?? []
    return entries.map { entry in
        let index = events.firstIndex { $0.before == entry.version }
        let event = index.map { events.remove(at: $0) }
        let when = event.map {
            $0.at.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
        }
        return WebPages.HistoryRow(
            entry: entry.id, version: entry.version, files: entry.files, when: when ?? "—", who: event?.user ?? "—",
            what: event.map { WebPages.actionName($0.action, language) + " (" + $0.detail + ")" } ?? "—")
    }
}

func historyPage(
    _ id: String, _ request: Request, _ context: WebRequestContext, _ services: WebServices, _ pages: WebPages,
    alert: String?, _ status: HTTPResponse.Status
) throws -> Response {
    let rows: [WebPages.HistoryRow]
    let entry: ScenarioEntry
    do {
        entry = try services.library.entry(id)
        rows = try historyRows(id, services, context.language)
    } catch {
        throw PageSupport.refusal(error)
    }
    let canRestore = context.user.map { $0.can(.editInspection) || $0.can(.editStaffing) } ?? false
    return PageSupport.html(
        pages.history(
            context: PageSupport.context(request, context, alert: alert), id: id, name: entry.name,
            version: entry.version, rows: rows, canRestore: canRestore), status: status, for: request)
}
