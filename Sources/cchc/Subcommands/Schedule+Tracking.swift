import ArgumentParser
import CCHCApp
import CivilCalendar
import Foundation
import InspectionScheduling
import Localization
import Reporting
import ScenarioFiles
import Tracking

extension CCHC.Schedule {
    /// `cchc schedule SCENARIO --from-tracking [--from D]`.
    func runFromTracking() throws {
        let lang = language.language
        let vi = lang == .vi
        Interruption.install()
        let control = CommandRun.control(lang)
        let limits = solver.limits(resources)
        let (replan, loaded, folder) = try CommandRun.perform(lang) { () throws(ApplicationError) in
            let (loaded, store) = try openTracking(scenario.folderURL, workspace)
            let folder = try CommandRun.reportFolder(out: output.out, for: loaded, force: output.force)
            let relative = "Reports/\(loaded.folder.lastPathComponent)/inspection-calendar.csv"
            let current = try TrackingDesk.planInForce(
                loaded, store: store, planFile: nil, fallback: CommandRun.url(relative),
                provenance: TrackingDesk.provenance(by: workspace.by))
            let replan = try TrackingDesk.replan(
                loaded, store: store, from: from.flatMap { CivilDate(iso: $0) }, plan: current, limits: limits,
                control: control, provenance: TrackingDesk.provenance(by: workspace.by))
            try Workbench.write(ReportFiles.calendar(replan.plan, loaded, lang), to: folder, control: control)
            return (replan, loaded, folder)
        }
        if output.json {
            print(try InspectionPlanJSON.render(replan.plan))
        } else {
            print(InspectionPlanSummary.render(replan.plan, scenario: loaded.scenario, language: lang), terminator: "")
            print(
                vi
                    ? "Lập lại lịch từ ngày \(replan.from.vietnameseDescription): giữ \(replan.kept.count) cuộc đã kiểm tra; \(replan.changes.count) thay đổi:"
                    : "Re-planned from \(replan.from): \(replan.kept.count) done inspections kept; \(replan.changes.count) changes:"
            )
            for change in replan.changes {
                let before = change.before.map { "\($0.team) \($0.date)" } ?? "—"
                let after = change.after.map { "\($0.team) \($0.date)" } ?? "—"
                let why: String
                switch change.reason {
                case .postponed: why = vi ? "hoãn, dời lịch" : "postponed, moved"
                case .cancelled: why = vi ? "hủy" : "cancelled"
                case .added: why = vi ? "bổ sung để đạt chỉ tiêu" : "added for a target"
                case .moved: why = vi ? "dời để nhường chỗ" : "moved to make room"
                case .dropped:
                    why = vi ? "bỏ để nhường chỗ, chỉ tiêu vẫn đạt" : "dropped to make room, targets still met"
                }
                print("  \(change.unit): \(before) → \(after) (\(why))")
            }
            printError(vi ? "Đã ghi báo cáo vào \(folder.url.path)" : "Reports written to \(folder.url.path)")
        }
        switch replan.plan.status {
        case .optimal, .feasible: return
        case .infeasible: throw ExitCode(ExitStatus.unmet.rawValue)
        case .noSolution: throw ExitCode(ExitStatus.noPlan.rawValue)
        }
    }
}
