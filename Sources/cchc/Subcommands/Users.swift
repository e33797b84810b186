import ArgumentParser
import CCHCApp
import Foundation

extension CCHC {
    /// `cchc users`: the web application's accounts.
    struct Users: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Manage the web application's users (người dùng): add, list, remove.",
            subcommands: [Add.self, List.self, Remove.self]
        )

        /// `cchc users add NAME --role ROLE`, the password on standard input.
        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Add a user; the password is read from standard input (one line).",
                discussion: """
                    Roles: viewer reads everything; planner edits inspection settings, units and teams and runs \
                    calendars; hr edits staff and staffing settings and runs staffing plans; admin manages users \
                    and may do everything. The password (8 to 72 bytes) is stored as a bcrypt hash.

                    Example: printf '%s\\n' 'mật-khẩu-dài' | cchc users add lan --role planner
                    Exit status: 0 added, 64 bad options, 65 name taken or password refused, 73 workspace not usable.
                    """
            )

            @Argument(help: "The sign-in name (letters, digits, '.', '_', '-').")
            var name: String

            @Option(help: "admin, planner, hr or viewer.")
            var role: String

            @Option(help: "The workspace folder (default: the current folder).")
            var workspace: String = "."

            func validate() throws {
                guard UserRole(rawValue: role) != nil else {
                    throw ValidationError("--role must be admin, planner, hr or viewer.")
                }
            }

            func run() throws {
                guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                    printError("Không đọc được mật khẩu từ đầu vào chuẩn (no password on standard input)")
                    throw ExitCode(ExitStatus.usage.rawValue)
                }
                let accounts = try UsersCommand.accounts(workspace)
                try UsersCommand.perform { () throws(AccountError) in
                    try accounts.add(
                        name: name, role: UserRole(rawValue: role) ?? .viewer, password: line,
                        by: UsersCommand.operator)
                }
                print("Đã thêm người dùng \(name) (\(role)) / added user \(name) (\(role))")
            }
        }

        /// `cchc users list`.
        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the users and their roles.")

            @Option(help: "The workspace folder (default: the current folder).")
            var workspace: String = "."

            func run() throws {
                let accounts = try UsersCommand.accounts(workspace)
                let users = try UsersCommand.perform { () throws(AccountError) in try accounts.list() }
                for user in users { print("\(user.name)\t\(user.role.rawValue)\t\(user.createdAt)") }
            }
        }

        /// `cchc users remove NAME`.
        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Remove a user and end their sessions.")

            @Argument(help: "The sign-in name.")
            var name: String

            @Option(help: "The workspace folder (default: the current folder).")
            var workspace: String = "."

            func run() throws {
                let accounts = try UsersCommand.accounts(workspace)
                try UsersCommand.perform { () throws(AccountError) in
                    try accounts.remove(name: name, by: UsersCommand.operator)
                }
                print("Đã xoá người dùng \(name) / removed user \(name)")
            }
        }
    }
}

/// The wiring shared by `cchc users` subcommands.
enum UsersCommand {
    /// Who runs the command: `cli:` and the operating-system user.
    static var `operator`: String {
        "cli:" + (ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"] ?? "?")
    }

    static func accounts(_ workspace: String) throws -> Accounts {
        let store = try CommandRun.perform(.vi) { () throws(ApplicationError) in
            try TrackingDesk.open(CommandRun.url(workspace))
        }
        return Accounts(store)
    }

    static func perform<T>(_ body: () throws(AccountError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            printError(error.message)
            switch error {
            case .workspace: throw ExitCode(ExitStatus.cannotWrite.rawValue)
            default: throw ExitCode(ExitStatus.dataError.rawValue)
            }
        }
    }
}
