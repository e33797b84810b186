import Foundation
import Localization

/// What every page needs from the request: the language, who is signed in, the CSRF token, where the page is.
public struct PageContext: Sendable {
    /// The page language.
    public var language: Language
    /// The signed-in user's name (`nil`: nobody, as on the sign-in page).
    public var userName: String?
    /// The signed-in user's role, as stored (`admin`, `planner`, `hr`, `viewer`).
    public var role: String?
    /// The session's CSRF token, put in every form's hidden `_csrf` field and in `<meta name="csrf-token">`.
    public var csrfToken: String?
    /// The page's path, without the query (`/kich-ban/thach-ha-2022/lich`).
    public var path: String
    /// The page's query items other than `lang`, kept by the language switch.
    public var query: [(String, String)]
    /// A message shown once at the top (a save went through), if any.
    public var notice: String?
    /// An error shown at the top (a save was refused), if any.
    public var alert: String?

    /// Creates a context.
    public init(
        language: Language, userName: String? = nil, role: String? = nil, csrfToken: String? = nil,
        path: String = "/", query: [(String, String)] = [], notice: String? = nil, alert: String? = nil
    ) {
        self.language = language
        self.userName = userName
        self.role = role
        self.csrfToken = csrfToken
        self.path = path
        self.query = query.filter { $0.0 != "lang" }
        self.notice = notice
        self.alert = alert
    }

    /// The page's URL in `language`.
    func url(in language: Language) -> String {
        let items = query + [("lang", language.rawValue)]
        return path + "?" + items.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
    }

    /// `text` percent-encoded for a URL query value.
    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// `vi` or `en` by the page language.
    func t(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    /// Whether the signed-in role is one of `roles`.
    func roleIs(_ roles: String...) -> Bool { role.map(roles.contains) ?? false }

    /// The role's name in the page language.
    static func roleName(_ role: String, _ language: Language) -> String {
        let vi = language == .vi
        switch role {
        case "admin": return vi ? "Quản trị" : "Administrator"
        case "planner": return vi ? "Lập kế hoạch kiểm tra" : "Inspection planner"
        case "hr": return vi ? "Tổ chức cán bộ" : "HR officer"
        case "viewer": return vi ? "Chỉ xem" : "Viewer"
        default: return role
        }
    }
}

/// The layout's values: header (user, role, language switch, sign out), navigation, messages, the page body.
struct LayoutModel {
    var lang: String
    var title: String
    var body: String
    var csrf: String?
    var user: String?
    var role: String?
    var switchURL: String
    var switchLabel: String
    var switchLang: String
    var notice: String?
    var alert: String?
    var isAdmin: Bool
    var nav: [NavItem]
    var t: [String: String]

    struct NavItem {
        var href: String
        var label: String
        var current: Bool
        var id: String
    }

    init(context: PageContext, title: String, body: String, section: String) {
        let other: Language = context.language == .vi ? .en : .vi
        lang = context.language.rawValue
        self.title = title
        self.body = body
        csrf = context.csrfToken
        user = context.userName
        role = context.role.map { PageContext.roleName($0, context.language) }
        switchURL = context.url(in: other)
        switchLabel = other == .en ? "English" : "Tiếng Việt"
        switchLang = other.rawValue
        notice = context.notice
        alert = context.alert
        isAdmin = context.role == "admin"
        var nav = [
            NavItem(href: "/", label: context.t("Kịch bản", "Scenarios"), current: section == "list", id: "nav-list")
        ]
        nav.append(
            NavItem(
                href: "/so-sanh", label: context.t("So sánh", "Compare"), current: section == "compare",
                id: "nav-compare"))
        if isAdmin {
            nav.append(
                NavItem(
                    href: "/quan-tri/nguoi-dung", label: context.t("Người dùng", "Users"), current: section == "users",
                    id: "nav-users"))
        }
        self.nav = user == nil ? [] : nav
        t = [
            "app": context.t("Kế hoạch cải cách hành chính", "Administrative-reform planning"),
            "signOut": context.t("Đăng xuất", "Sign out"),
            "skip": context.t("Bỏ qua, đến nội dung chính", "Skip to main content"),
            "signedInAs": context.t("Người dùng", "Signed in as"),
            "footer": context.t(
                "cchc — công cụ lập kế hoạch kiểm tra cải cách hành chính và biên chế",
                "cchc — administrative-reform inspection and staffing planning"),
        ]
    }
}
