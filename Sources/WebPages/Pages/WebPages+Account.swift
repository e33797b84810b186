import Foundation
import Localization

extension WebPages {
    /// The sign-in page.
    ///
    /// - Parameters:
    ///   - username: The name typed before, kept after a failed attempt.
    ///   - error: Why the last attempt failed, if it did.
    ///   - next: Where to go after signing in (a path of this site).
    public func signIn(context: PageContext, username: String = "", error: String? = nil, next: String = "/")
        -> String
    {
        struct Model {
            var username: String
            var error: String?
            var next: String
            var t: [String: String]
        }
        let model = Model(
            username: username, error: error, next: next.hasPrefix("/") && !next.hasPrefix("//") ? next : "/",
            t: [
                "heading": context.t("Đăng nhập", "Sign in"),
                "username": context.t("Tên đăng nhập", "User name"),
                "password": context.t("Mật khẩu", "Password"),
                "submit": context.t("Đăng nhập", "Sign in"),
                "hint": context.t(
                    "Chưa có tài khoản? Đề nghị quản trị viên tạo cho bạn.",
                    "No account yet? Ask the administrator to create one."),
            ])
        return page("sign-in", title: context.t("Đăng nhập", "Sign in"), context: context, model: model)
    }

    /// A page with one message: a refusal (403, 404, 409) or a confirmation.
    public func message(context: PageContext, heading: String, text: String, back: String = "/") -> String {
        struct Model {
            var heading: String
            var text: String
            var back: String
            var backLabel: String
        }
        let model = Model(heading: heading, text: text, back: back, backLabel: context.t("Quay lại", "Back"))
        return page("message", title: heading, context: context, model: model)
    }

    /// One account as the users page lists it.
    public struct UserRow: Sendable {
        /// The user name.
        public var name: String
        /// The role, as stored.
        public var role: String
        /// When the account was created, as shown.
        public var created: String

        /// Creates a row.
        public init(name: String, role: String, created: String = "") {
            self.name = name
            self.role = role
            self.created = created
        }
    }

    /// The roles, as stored, in the order the users page offers them.
    public static let roles = ["viewer", "planner", "hr", "admin"]

    /// The users page (administrators): the accounts, a form to add one, and a button to remove each.
    public func users(context: PageContext, users: [UserRow]) -> String {
        struct Row {
            var name: String
            var role: String
            var created: String
            var isSelf: Bool
        }
        struct Role {
            var value: String
            var label: String
        }
        struct Model {
            var rows: [Row]
            var roles: [Role]
            var csrf: String
            var t: [String: String]
        }
        let model = Model(
            rows: users.map {
                Row(
                    name: $0.name, role: PageContext.roleName($0.role, context.language), created: $0.created,
                    isSelf: $0.name == context.userName)
            },
            roles: Self.roles.map { Role(value: $0, label: PageContext.roleName($0, context.language)) },
            csrf: context.csrfToken ?? "",
            t: [
                "heading": context.t("Người dùng", "Users"),
                "name": context.t("Tên đăng nhập", "User name"),
                "role": context.t("Vai trò", "Role"),
                "created": context.t("Ngày tạo", "Created"),
                "remove": context.t("Xóa", "Remove"),
                "you": context.t("(bạn)", "(you)"),
                "add": context.t("Thêm người dùng", "Add a user"),
                "password": context.t("Mật khẩu (ít nhất 8 ký tự)", "Password (at least 8 characters)"),
                "submit": context.t("Thêm", "Add"),
                "rolesHelp": context.t(
                    "Chỉ xem: xem mọi thứ. Lập kế hoạch kiểm tra: sửa cài đặt kiểm tra, đơn vị, đoàn và chạy lịch. "
                        + "Tổ chức cán bộ: sửa nhân sự, cài đặt biên chế và chạy phương án biên chế. Quản trị: quản lý người dùng.",
                    "Viewer: reads everything. Inspection planner: edits inspection settings, units and teams, runs "
                        + "calendars. HR officer: edits staff and staffing settings, runs staffing plans. "
                        + "Administrator: manages users."),
            ])
        return page("users", title: model.t["heading"] ?? "", context: context, model: model, section: "users")
    }
}
