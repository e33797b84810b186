import CCHCApp
import Foundation
import Hummingbird

/// Registers the JSON API under `/api/v1`.
func registerAPIRoutes(on router: Router<WebRequestContext>, services: WebServices) {
    let api = router.group("api/v1")
    api.get("openapi.yaml") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: OpenAPIDocument.bytes)))
    }
    registerSessionRoutes(on: api, services: services)
    registerScenarioRoutes(on: api, services: services)
    registerRunRoutes(on: api, services: services)
    registerAdminRoutes(on: api, services: services)
    registerTrackingRoutes(on: api, services: services)
}

/// The OpenAPI document bundled as a resource.
enum OpenAPIDocument {
    static let bytes: Data = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else { return Data() }
        return data
    }()
}
