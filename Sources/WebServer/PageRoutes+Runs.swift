import CCHCApp
import Foundation
import Hummingbird
import Localization
import Reporting
import WebPages

/// Starting a run, its live progress page, cancelling it, and comparing two scenarios.
func registerRunPages(on router: Router<WebRequestContext>, services: WebServices, pages: WebPages) {
    router.post("/kich-ban/:id/chay") { request, context in
        let id = try PageSupport.parameter(context, "id")
        let form = try await PageSupport.form(request, context)
        guard let kind = RunKind(rawValue: form["kind"] ?? "") else { throw WebError.badRequest("kind", "kind") }
        let user = try context.require(kind.permission)
        let limit = Double(form["time_limit"] ?? "") ?? 60
        do {
            _ = try services.library.entry(id)
            let run = try await services.runs.submit(scenario: id, kind: kind, timeLimit: limit, by: user.name)
            return PageSupport.redirect("/kich-ban/\(id)/chay/\(run)")
        } catch RunQueueError.busy(_, let run) {
            return PageSupport.redirect("/kich-ban/\(id)/chay/\(run)")
        } catch let error as LibraryError {
            throw WebError.library(error)
        } catch {
            let alert = PageSupport.refusal(error).message(context.language)
            return try await overviewPage(id, request, context, services, pages, alert: alert)
        }
    }
    router.get("/kich-ban/:id/chay/:run") { request, context in
        _ = try context.requireUser()
        let (id, snapshot) = try await pageRun(context, services)
        let name = (try? services.library.entry(id).name) ?? id
        let view = WebPages.RunView(
            id: snapshot.id, scenario: id, scenarioName: name, kind: snapshot.kind.rawValue,
            state: snapshot.state.rawValue, incumbent: snapshot.progress.incumbent, bound: snapshot.progress.bound,
            gap: snapshot.progress.gap, elapsed: snapshot.progress.elapsed,
            message: snapshot.message.isEmpty ? nil : snapshot.message)
        return PageSupport.html(pages.run(context: PageSupport.context(request, context), view), for: request)
    }
    router.post("/kich-ban/:id/chay/:run/huy") { _, context in
        let (id, snapshot) = try await pageRun(context, services)
        let user = try context.require(snapshot.kind.permission)
        do {
            try await services.runs.cancel(snapshot.id, by: user.name)
        } catch RunQueueError.alreadyOver {
            return PageSupport.redirect("/kich-ban/\(id)/chay/\(snapshot.id)")
        } catch {
            throw PageSupport.refusal(error)
        }
        return PageSupport.redirect("/kich-ban/\(id)/chay/\(snapshot.id)?ok=cancelled")
    }
    router.get("/so-sanh") { request, context in
        _ = try context.requireUser()
        let query = request.uri.queryParameters
        let a = query["a"].map(String.init)
        let b = query["b"].map(String.init)
        var comparison: ScenarioComparison?
        var missing: String?
        if let a, let b {
            (comparison, missing) = pageComparison(a, b, services, context.language)
        }
        return PageSupport.html(
            pages.compare(
                context: PageSupport.context(request, context), scenarios: PageSupport.items(services), a: a, b: b,
                comparison: comparison, missing: missing), for: request)
    }
}

/// The run named in the path, checked to belong to the scenario in the path.
func pageRun(_ context: WebRequestContext, _ services: WebServices) async throws -> (String, RunSnapshot) {
    let id = try PageSupport.parameter(context, "id")
    let runID = try PageSupport.parameter(context, "run")
    let snapshot: RunSnapshot
    do { snapshot = try await services.runs.status(runID) } catch { throw PageSupport.refusal(error) }
    guard snapshot.scenario == id else { throw WebError.notFound(runID) }
    return (id, snapshot)
}

/// The comparison of `a` (baseline) and `b` from their saved results, or why there is none.
func pageComparison(_ a: String, _ b: String, _ services: WebServices, _ language: Language) -> (
    ScenarioComparison?, String?
) {
    var compared: [ComparedScenario] = []
    for id in [a, b] {
        guard let loaded = try? services.library.open(id) else {
            return (nil, language == .vi ? "Không mở được kịch bản \(id)." : "Scenario \(id) does not open.")
        }
        let saved = SavedResults(id, loaded: loaded, services: services)
        guard let plan = saved.plan, let staffing = saved.staffing else {
            let text =
                language == .vi
                ? "Kịch bản \(loaded.scenario.name) chưa có đủ kết quả: hãy lập lịch kiểm tra và phương án biên chế."
                : "Scenario \(loaded.scenario.name) has no results yet: plan its calendar and its staffing."
            return (nil, text)
        }
        compared.append(ComparedScenario(id: id, scenario: loaded.scenario, plan: plan, staffing: staffing))
    }
    return (ScenarioComparison(compared), nil)
}
