import Hummingbird

/// Registers the HTML pages and their form handlers.
func registerPageRoutes(on router: Router<WebRequestContext>, services: WebServices) {
}
