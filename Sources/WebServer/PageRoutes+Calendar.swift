import CCHCApp
import CivilCalendar
import Foundation
import Hummingbird
import Localization
import ScenarioFiles
import WebPages

/// The calendar (by team, month or unit; pin, unpin, move) and the staffing page.
func registerCalendarPages(on router: Router<WebRequestContext>, services: WebServices, pages: WebPages) {
    router.get("/kich-ban/:id/lich") { request, context in
        _ = try context.requireUser()
        let id = try PageSupport.parameter(context, "id")
        return try calendarPage(id, request, context, services, pages, alert: nil, .ok)
    }
    router.post("/kich-ban/:id/lich/ghim") { request, context in
        let user = try context.require(.editInspection)
        let id = try PageSupport.parameter(context, "id")
        let form = try await PageSupport.form(request, context)
        let unit = form["unit"] ?? ""
        guard let date = CivilDate(iso: form["date"] ?? "") else {
            let alert = context.language == .vi ? "Ngày không hợp lệ (YYYY-MM-DD)." : "Not a date (YYYY-MM-DD)."
            return try calendarPage(id, request, context, services, pages, alert: alert, .unprocessableContent)
        }
        do {
            let (team, version) = (form["team"] ?? "", form["version"] ?? "")
            _ = try await BlockingWork.run {
                try services.library.pin(
                    id: id, unit: unit, team: team, date: date, expectedVersion: version, by: user.name)
            }
            return PageSupport.redirect("/kich-ban/\(id)/lich?ok=pinned&chon=\(unit)#chon")
        } catch {
            return try refusedEdit(error, id, request, context, services, pages)
        }
    }
    router.post("/kich-ban/:id/lich/bo-ghim") { request, context in
        let user = try context.require(.editInspection)
        let id = try PageSupport.parameter(context, "id")
        let form = try await PageSupport.form(request, context)
        do {
            let (unit, version) = (form["unit"] ?? "", form["version"] ?? "")
            _ = try await BlockingWork.run {
                try services.library.unpin(id: id, unit: unit, expectedVersion: version, by: user.name)
            }
            return PageSupport.redirect("/kich-ban/\(id)/lich?ok=unpinned")
        } catch {
            return try refusedEdit(error, id, request, context, services, pages)
        }
    }
    router.get("/kich-ban/:id/nhan-su") { request, context in
        _ = try context.requireUser()
        let id = try PageSupport.parameter(context, "id")
        let cached: PageDataCache.Data
        do { cached = try PageDataCache.shared.data(id, services: services) } catch { throw PageSupport.refusal(error) }
        let (loaded, saved) = (cached.loaded, cached.saved)
        let alert = saved.staffing != nil && !saved.staffingIsCurrent ? staleNote(context.language) : nil
        return PageSupport.html(
            pages.staffing(
                context: PageSupport.context(request, context, alert: alert), id: id, scenario: loaded.scenario,
                report: saved.staffing), for: request)
    }
}

func staleNote(_ language: Language) -> String {
    language == .vi
        ? "Kết quả này được lập trước lần sửa dữ liệu gần nhất; hãy lập lại để cập nhật."
        : "These results were made before the latest change to the data; plan again to update them."
}

func refusedEdit(
    _ error: any Error, _ id: String, _ request: Request, _ context: WebRequestContext, _ services: WebServices,
    _ pages: WebPages
) throws -> Response {
    let refusal = PageSupport.refusal(error)
    let details = refusal.problems.prefix(10).map { $0.formatted(language: context.language) }
    let alert = ([refusal.message(context.language)] + details).joined(separator: " — ")
    return try calendarPage(id, request, context, services, pages, alert: alert, refusal.status)
}

func calendarPage(
    _ id: String, _ request: Request, _ context: WebRequestContext, _ services: WebServices, _ pages: WebPages,
    alert: String?, _ status: HTTPResponse.Status
) throws -> Response {
    let cached: PageDataCache.Data
    do { cached = try PageDataCache.shared.data(id, services: services) } catch { throw PageSupport.refusal(error) }
    let (loaded, version, saved) = (cached.loaded, cached.version, cached.saved)
    let query = request.uri.queryParameters
    let view = query["xem"].flatMap { WebPages.CalendarView(rawValue: String($0)) } ?? .team
    let selected = query["chon"].map(String.init)
    let note = saved.plan != nil && !saved.planIsCurrent ? staleNote(context.language) : nil
    let pageContext = PageSupport.context(request, context, alert: alert ?? note)
    let key = [
        id, cached.stamp, request.uri.path, request.uri.query ?? "", context.language.rawValue,
        context.user?.name ?? "", context.user?.role.rawValue ?? "", context.csrfToken ?? "", alert ?? note ?? "",
    ]
    let html = RenderedPageCache.shared.page(key) {
        let page = WebPages.CalendarPage(
            id: id, scenario: loaded.scenario, plan: saved.plan, view: view, selected: selected, version: version)
        return pages.calendar(context: pageContext, page)
    }
    return PageSupport.html(html, status: status, for: request)
}
