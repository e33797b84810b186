import Foundation
import Localization
import Mustache

/// The web application's pages: domain values in, HTML text out.
///
/// Every page is a mustache template under `Templates/` rendered into `layout.mustache`; text is HTML-escaped by the
/// templates, so values from scenario files never become markup. Nothing here knows about HTTP.
public struct WebPages: Sendable {
    let library: MustacheLibrary

    /// The pages with the bundled templates.
    public static let bundled = WebPages()

    /// Loads the bundled templates.
    init() {
        var library = MustacheLibrary()
        for name in Self.templateNames {
            guard
                let url = Bundle.module.url(forResource: name, withExtension: "mustache", subdirectory: "Templates"),
                let text = try? String(contentsOf: url, encoding: .utf8)
            else {
                preconditionFailure("missing bundled template \(name).mustache")
            }
            do {
                try library.register(text, named: name)
            } catch {
                preconditionFailure("template \(name).mustache does not parse: \(error)")
            }
        }
        self.library = library
    }

    static let templateNames = [
        "layout", "sign-in", "scenario-list", "overview", "settings", "calendar", "staffing", "run", "compare",
        "users", "message", "file", "tracking", "scorecard", "history", "tabs",
    ]

    /// Renders one page body with `template` and wraps it in the layout.
    ///
    /// - Parameters:
    ///   - tabs: For a scenario's page: the scenario's id and name and the current tab, shown above the body.
    func page(
        _ template: String, title: String, context: PageContext, model: Any, section: String = "",
        tabs: (id: String, name: String, current: ScenarioTab)? = nil
    ) -> String {
        var body = library.render(model, withTemplate: template) ?? ""
        if let tabs {
            let tabsModel = ScenarioTabsModel(id: tabs.id, name: tabs.name, current: tabs.current, context)
            body = (library.render(tabsModel, withTemplate: "tabs") ?? "") + body
        }
        let layout = LayoutModel(context: context, title: title, body: body, section: section)
        return library.render(layout, withTemplate: "layout") ?? body
    }

    // MARK: Static assets

    /// A bundled static file: its bytes and its content type.
    public struct Asset: Sendable {
        /// The file's bytes.
        public var data: Data
        /// The HTTP content type.
        public var contentType: String
    }

    /// The static files the pages use, by name (a fixed list: no path ever comes from a URL).
    public static let assetNames = ["app.css", "app.js"]

    /// The bundled static file `name`, or `nil` for any name not in ``assetNames``.
    public static func staticAsset(named name: String) -> Asset? {
        guard assetNames.contains(name) else { return nil }
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard
            let url = Bundle.module.url(forResource: parts[0], withExtension: parts[1], subdirectory: "Static"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        let type = parts[1] == "css" ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8"
        return Asset(data: data, contentType: type)
    }
}
