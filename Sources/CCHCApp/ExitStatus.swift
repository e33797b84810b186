import Foundation
import Localization
import MILP
import Reporting
import ScenarioFiles
import Workspace

/// The outcome classes every front end maps to its own signal: an exit status for the CLI, an HTTP status for the
/// web server.
public enum ExitStatus: Int32, Sendable, Hashable {
    /// Done: a plan that keeps every hard rule, or a report written.
    case success = 0
    /// The plan cannot keep every hard rule, or a staffing deadline cannot be met; the reports say why.
    case unmet = 3
    /// No plan was found within the time limit.
    case noPlan = 4
    /// Bad command-line options.
    case usage = 64
    /// Bad data in the input files.
    case dataError = 65
    /// A file or folder is missing.
    case missingInput = 66
    /// The solver failed, or the model is too large for this machine.
    case solverFailure = 70
    /// The report folder cannot be written.
    case cannotWrite = 73
    /// Stopped by an interrupt (SIGINT, SIGTERM, or a cancel request).
    case interrupted = 130
}

/// Why an application operation could not finish. Each case knows its ``ExitStatus`` and its message in both
/// languages; the front end prints or returns it.
public enum ApplicationError: Error, Sendable {
    /// The scenario (or a file it names) is missing or has bad data.
    case scenario(ScenarioError)
    /// A solver failed or refused the model.
    case solver(SolverError)
    /// The report folder is refused or cannot be written.
    case output(ReportDirectory.Failure)
    /// The run was interrupted before anything was written; the previous reports are as they were.
    case interrupted
    /// Results could not be encoded (an internal error).
    case encoding(String)
    /// The workspace store refused or failed an operation.
    case workspace(WorkspaceError)

    /// The exit status that stands for this error.
    public var status: ExitStatus {
        switch self {
        case .scenario(let error): return error.isMissingFile ? .missingInput : .dataError
        case .solver: return .solverFailure
        case .output: return .cannotWrite
        case .interrupted: return .interrupted
        case .encoding: return .solverFailure
        case .workspace(.duplicateImport): return .dataError
        case .workspace(.database): return .solverFailure
        case .workspace: return .cannotWrite
        }
    }

    /// The message for the user, in a language.
    public func message(_ language: Language) -> String {
        let vi = language == .vi
        switch self {
        case .scenario(let error):
            let count = error.issues.count
            let head =
                vi
                ? "Có \(count)\(error.truncated ? "+" : "") lỗi:"
                : "\(count)\(error.truncated ? "+" : "") problem\(count == 1 ? "" : "s"):"
            return head + "\n" + error.formatted(language: language)
        case .solver(.tooLarge(let detail)):
            return vi
                ? "cchc: mô hình vượt giới hạn bộ nhớ (model too large): \(detail)" : "cchc: model too large: \(detail)"
        case .solver(let error):
            return "cchc: \(error)"
        case .output(let failure):
            return "cchc: \(failure)"
        case .interrupted:
            return vi
                ? "cchc: đã dừng theo yêu cầu; các báo cáo trước vẫn giữ nguyên"
                : "cchc: interrupted; the previous reports are left as they were"
        case .encoding(let why):
            return "cchc: \(why)"
        case .workspace(let error):
            return "cchc: " + Self.workspaceMessage(error, vi)
        }
    }
}

extension ApplicationError {
    static func workspaceMessage(_ error: WorkspaceError, _ vi: Bool) -> String {
        switch error {
        case .duplicateImport(let file, let previous, let at, let by):
            return vi
                ? "\(file): tệp này đã được nhập trước đây (\(previous), lúc \(at), bởi \(by)); không thay đổi gì."
                    + " — Cách sửa: chỉ nhập tệp mới; sửa số liệu bằng một tệp có nội dung mới."
                : "\(file): this file was already imported (as \(previous), at \(at), by \(by)); nothing was changed."
                    + " — How to fix: import new files only; correct figures with a file holding the new ones."
        case .cannotOpen(let path, let why):
            return vi ? "không mở được cơ sở dữ liệu \(path): \(why)" : "cannot open the database \(path): \(why)"
        case .database(let why):
            return vi ? "lỗi cơ sở dữ liệu (không ghi gì): \(why)" : "database error (nothing written): \(why)"
        case .cannotWrite(let path, let why):
            return vi ? "không ghi được \(path): \(why)" : "cannot write \(path): \(why)"
        }
    }
}
