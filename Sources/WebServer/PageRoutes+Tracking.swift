import CCHCApp
import CivilCalendar
import Foundation
import Hummingbird
import Localization
import ScenarioFiles
import Tracking
import WebPages
import Workspace

/// Following the year: the status page, recording an inspection or a unit's own plan, importing filled-in files,
/// and the scorecard.
func registerTrackingPages(on router: Router<WebRequestContext>, services: WebServices, pages: WebPages) {
    router.get("/kich-ban/:id/theo-doi") { request, context in
        _ = try context.requireUser()
        let id = try PageSupport.parameter(context, "id")
        return try trackingPage(id, request, context, services, pages, alert: nil, .ok)
    }
    router.post("/kich-ban/:id/theo-doi/kiem-tra") { request, context in
        let user = try context.require(.editInspection)
        let id = try PageSupport.parameter(context, "id")
        let form = try await PageSupport.form(request, context)
        do {
            let event = try TrackingForms.inspection(form, by: user.name)
            _ = try await BlockingWork.run {
                let (loaded, store) = try TrackingForms.open(id, services)
                return try TrackingDesk.recordInspection(event, loaded, store: store)
            }
            return PageSupport.redirect("/kich-ban/\(id)/theo-doi?ok=inspection-recorded")
        } catch {
            return try refusedTracking(error, id, request, context, services, pages)
        }
    }
    router.post("/kich-ban/:id/theo-doi/ke-hoach") { request, context in
        let user = try context.require(.editInspection)
        let id = try PageSupport.parameter(context, "id")
        let form = try await PageSupport.form(request, context)
        do {
            let event = try TrackingForms.selfPlan(form, by: user.name)
            _ = try await BlockingWork.run {
                let (loaded, store) = try TrackingForms.open(id, services)
                return try TrackingDesk.recordSelfPlan(event, loaded, store: store)
            }
            return PageSupport.redirect("/kich-ban/\(id)/theo-doi?ok=self-plan-recorded")
        } catch {
            return try refusedTracking(error, id, request, context, services, pages)
        }
    }
    router.post("/kich-ban/:id/theo-doi/nhap") { request, context in
        let user = try context.require(.editInspection)
        let id = try PageSupport.parameter(context, "id")
        do {
            let (data, fileName) = try await TrackingForms.upload(request, context)
            _ = try await BlockingWork.run {
                let (loaded, store) = try TrackingForms.open(id, services)
                return try TrackingDesk.importTrackingUpload(
                    data, fileName: fileName, loaded, store: store, provenance: TrackingDesk.provenance(by: user.name))
            }
            return PageSupport.redirect("/kich-ban/\(id)/theo-doi?ok=imported")
        } catch {
            return try refusedTracking(error, id, request, context, services, pages)
        }
    }
    registerScorecardPages(on: router, services: services, pages: pages)
}

/// The scorecard page and its import.
func registerScorecardPages(on router: Router<WebRequestContext>, services: WebServices, pages: WebPages) {
    router.get("/kich-ban/:id/chi-so") { request, context in
        _ = try context.requireUser()
        let id = try PageSupport.parameter(context, "id")
        return try scorecardPage(id, request, context, services, pages, alert: nil, .ok)
    }
    router.post("/kich-ban/:id/chi-so/nhap") { request, context in
        let user = try context.require(.editInspection)
        let id = try PageSupport.parameter(context, "id")
        do {
            let (data, fileName) = try await TrackingForms.upload(request, context)
            _ = try await BlockingWork.run {
                let (loaded, store) = try TrackingForms.open(id, services)
                return try TrackingDesk.importIndicatorUpload(
                    data, fileName: fileName, loaded, store: store, provenance: TrackingDesk.provenance(by: user.name))
            }
            return PageSupport.redirect("/kich-ban/\(id)/chi-so?ok=imported")
        } catch {
            let refusal = TrackingForms.refusal(error)
            return try scorecardPage(
                id, request, context, services, pages, alert: TrackingForms.alert(refusal, context.language),
                refusal.status)
        }
    }
}

func refusedTracking(
    _ error: any Error, _ id: String, _ request: Request, _ context: WebRequestContext, _ services: WebServices,
    _ pages: WebPages
) throws -> Response {
    let refusal = TrackingForms.refusal(error)
    return try trackingPage(
        id, request, context, services, pages, alert: TrackingForms.alert(refusal, context.language), refusal.status)
}

func trackingPage(
    _ id: String, _ request: Request, _ context: WebRequestContext, _ services: WebServices, _ pages: WebPages,
    alert: String?, _ status: HTTPResponse.Status
) throws -> Response {
    let loaded: LoadedScenario
    do { loaded = try services.library.open(id) } catch { throw PageSupport.refusal(error) }
    var pageAlert = alert
    var report: TrackingReport?
    do {
        let store = try TrackingDesk.open(services.workspace)
        report = try TrackingDesk.currentStatus(
            loaded, store: store, workspace: services.workspace, asOf: nil, by: context.user?.name ?? "")
    } catch {
        pageAlert = pageAlert ?? TrackingForms.alert(TrackingForms.refusal(error), context.language)
    }
    let scenario = loaded.scenario
    let page = WebPages.TrackingPage(
        id: id, name: scenario.name, report: report, units: scenario.units.map { ($0.code, $0.name) },
        teams: scenario.teams.map { ($0.code, $0.name) }, year: scenario.year)
    return PageSupport.html(
        pages.tracking(context: TrackingForms.context(request, context, alert: pageAlert), page), status: status,
        for: request)
}

func scorecardPage(
    _ id: String, _ request: Request, _ context: WebRequestContext, _ services: WebServices, _ pages: WebPages,
    alert: String?, _ status: HTTPResponse.Status
) throws -> Response {
    let loaded: LoadedScenario
    do { loaded = try services.library.open(id) } catch { throw PageSupport.refusal(error) }
    var pageAlert = alert
    var card: Scorecard?
    do {
        let store = try TrackingDesk.open(services.workspace)
        let period = request.uri.queryParameters["ky"].flatMap { Period(String($0)) }
        card = try TrackingDesk.scorecard(loaded, store: store, period: period)
    } catch {
        pageAlert = pageAlert ?? TrackingForms.alert(TrackingForms.refusal(error), context.language)
    }
    let page = WebPages.ScorecardPage(id: id, name: loaded.scenario.name, scorecard: card)
    return PageSupport.html(
        pages.scorecard(context: TrackingForms.context(request, context, alert: pageAlert), page), status: status,
        for: request)
}
