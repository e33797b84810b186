import Foundation
import InspectionScheduling
import Localization
import MILP
import Reporting

/// Shows a solver's progress on one rewritten line of standard error, only when stderr is a terminal.
///
/// Standard output belongs to the command's data (tables, JSON), so progress never goes there.
struct SolverProgressLine: Sendable {
    /// Whether standard error is an interactive terminal.
    static var isEnabled: Bool { isatty(STDERR_FILENO) != 0 }

    /// A callback suitable for `SolveOptions.progress`, or `nil` when stderr is not a terminal.
    static func callback(label: String) -> (@Sendable (SolveProgress) -> Void)? {
        guard isEnabled else { return nil }
        return { p in
            let inc = p.incumbent.map { String(format: "%.3f", $0) } ?? "—"
            let bound = p.bound.map { String(format: "%.3f", $0) } ?? "—"
            let gap = p.gap.map { String(format: "%.2f%%", $0 * 100) } ?? "—"
            let line =
                "\r\u{1B}[2K\(label)  \(String(format: "%.1f", p.elapsedSeconds))s  best \(inc)  bound \(bound)  gap \(gap)"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// A callback for ``RegionalPlanner``: one line per region planned ("[3/30] Vùng …: …"), or `nil` when stderr is
    /// not a terminal. Large scenarios often need no solver run per region, so this is their only progress.
    static func regionCallback(language: Language) -> (@Sendable (RegionalPlanner.RegionProgress) -> Void)? {
        guard isEnabled else { return nil }
        return { r in
            let vi = language == .vi
            let status: String
            switch r.plan.status {
            case .optimal, .feasible: status = InspectionPlanMarkdown.statusText(r.plan, language)
            case .infeasible:
                status = vi ? "không thể đáp ứng mọi yêu cầu bắt buộc" : "infeasible: not every hard rule can hold"
            case .noSolution: status = vi ? "chưa có phương án" : "no plan yet"
            }
            let line = "\r\u{1B}[2K[\(r.finished)/\(r.total)] \(vi ? "Vùng" : "Region") \(r.region): \(status)\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// Clears the progress line.
    static func finish() {
        guard isEnabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
