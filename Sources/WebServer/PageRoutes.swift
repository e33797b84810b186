import Hummingbird
import WebPages

/// Registers the HTML pages and their form handlers.
func registerPageRoutes(on router: Router<WebRequestContext>, services: WebServices) {
    let pages = WebPages.bundled
    registerAccountPages(on: router, services: services, pages: pages)
    registerScenarioPages(on: router, services: services, pages: pages)
    registerSettingsPages(on: router, services: services, pages: pages)
    registerCalendarPages(on: router, services: services, pages: pages)
    registerRunPages(on: router, services: services, pages: pages)
    registerTrackingPages(on: router, services: services, pages: pages)
    registerHistoryPages(on: router, services: services, pages: pages)
    router.get("/static/:name") { _, context in
        guard let name = context.parameters.get("name"), let asset = WebPages.staticAsset(named: name) else {
            throw WebError.notFound("static")
        }
        return Response(
            status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(bytes: asset.data)))
    }
}
