import CCHCApp
import CivilCalendar
import Foundation
import Hummingbird
import Localization
import ScenarioFiles
import WebPages

/// `/kich-ban/{id}/cai-dat`: the settings forms, each saved as one versioned edit of the scenario's files.
func registerSettingsPages(on router: Router<WebRequestContext>, services: WebServices, pages: WebPages) {
    router.get("/kich-ban/:id/cai-dat") { request, context in
        _ = try context.requireUser()
        let id = try PageSupport.parameter(context, "id")
        return try settingsPage(id, request, context, services, pages, alert: nil, .ok)
    }
    router.post("/kich-ban/:id/cai-dat/:section") { request, context in
        let id = try PageSupport.parameter(context, "id")
        guard let section = WebPages.SettingsSection(rawValue: try PageSupport.parameter(context, "section")) else {
            throw WebError.notFound("section")
        }
        let user = try context.require(section == .staffing ? .editStaffing : .editInspection)
        let form = SettingsForm(fields: try await PageSupport.form(request, context), language: context.language)
        let version = form.fields["version"] ?? ""
        do {
            if section == .teams {
                let rows = try form.teamRows()
                _ = try await BlockingWork.run {
                    try services.library.replaceTeams(id: id, rows: rows, expectedVersion: version, by: user.name)
                }
            } else {
                let edits = try form.edits(for: section)
                let sources = [
                    "targets": form.itemSources(for: "targets"), "blackouts": form.itemSources(for: "blackouts"),
                ]
                _ = try await BlockingWork.run {
                    try services.library.editSettings(id: id, expectedVersion: version, by: user.name) {
                        editor throws(ScenarioError) in
                        try form.apply(edits, sources: sources, to: &editor)
                    }
                }
            }
            return PageSupport.redirect("/kich-ban/\(id)/cai-dat?ok=saved#\(section.rawValue)")
        } catch {
            let refusal = PageSupport.refusal(error)
            let details = refusal.problems.prefix(10).map { $0.formatted(language: context.language) }
            let alert = ([refusal.message(context.language)] + details).joined(separator: " — ")
            return try settingsPage(id, request, context, services, pages, alert: alert, refusal.status)
        }
    }
}

func settingsPage(
    _ id: String, _ request: Request, _ context: WebRequestContext, _ services: WebServices, _ pages: WebPages,
    alert: String?, _ status: HTTPResponse.Status
) throws -> Response {
    let page = PageSupport.context(request, context, alert: alert)
    let loaded: LoadedScenario
    let version: String
    do {
        version = try services.library.version(id)
        loaded = try services.library.open(id)
    } catch LibraryError.invalid {
        let text =
            context.language == .vi
            ? "Kịch bản đang có lỗi dữ liệu nên chưa hiện được các ô cài đặt. Hãy sửa lỗi ở trang tổng quan trước."
            : "The scenario has data problems, so its settings cannot be shown. Fix them on the overview first."
        return PageSupport.html(
            pages.message(
                context: page, heading: context.language == .vi ? "Cài đặt" : "Settings", text: text,
                back: "/kich-ban/\(id)"), status: status, for: request)
    } catch {
        throw PageSupport.refusal(error)
    }
    return PageSupport.html(
        pages.settings(context: page, id: id, scenario: loaded.scenario, version: version), status: status, for: request
    )
}
