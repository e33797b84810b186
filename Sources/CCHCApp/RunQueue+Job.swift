import Foundation
import InspectionScheduling
import Localization
import Reporting
import ScenarioFiles
import Staffing

/// One run's work, done on the solver's thread: load, plan, write the reports atomically.
struct RunJob: Sendable {
    var id: String
    var scenario: String
    var kind: RunKind
    var limits: SolveLimits
    var language: Language

    /// How a run ended.
    enum Outcome: Sendable {
        /// Reports written; the outcome in words.
        case finished(String)
        /// Nothing written; why.
        case failed(String)
    }

    /// The side file recording the inputs a half of the results was computed from.
    static func halfHashFile(_ kind: RunKind) -> String {
        kind == .schedule ? "plan.inputs.hash" : "staffing.inputs.hash"
    }

    func execute(library: ScenarioLibrary, control: RunControl) -> Outcome {
        do {
            let scenarioFolder = try library.folder(scenario)
            let loaded = try Workbench.open(scenarioFolder)
            let url = try library.reportFolder(scenario)
            let folder = try Workbench.reportFolder(
                url, owner: scenario, scenarioFolder: scenarioFolder, force: false)
            let (files, message) = try plan(loaded, reportFolder: url, control: control)
            try Workbench.write(files, to: folder, control: control)
            return .finished(message)
        } catch let error as ApplicationError {
            return .failed(error.message(language))
        } catch let error as LibraryError {
            return .failed("\(error)")
        } catch {
            return .failed("\(error)")
        }
    }

    /// Plans and returns the files to write: the command's own files, its saved results and the hash of its
    /// inputs; and, when the other half was computed from the same inputs, every file of `cchc report`.
    func plan(
        _ loaded: LoadedScenario, reportFolder: URL, control: RunControl
    ) throws(ApplicationError) -> ([ReportFile], String) {
        let hash = ScenarioResults.inputHash(of: loaded)
        let otherKind: RunKind = kind == .schedule ? .staffing : .schedule
        let otherHash = try? String(
            contentsOf: reportFolder.appendingPathComponent(Self.halfHashFile(otherKind)), encoding: .utf8)
        let otherCurrent = otherHash?.trimmingCharacters(in: .whitespacesAndNewlines) == hash
        let decoder = JSONDecoder()
        let halfHash = ReportFile(Self.halfHashFile(kind), hash + "\n")
        switch kind {
        case .schedule:
            let plan = try Workbench.planCalendar(loaded, limits: limits, control: control)
            let message =
                InspectionPlanMarkdown.statusText(plan, language) + "; \(plan.inspections.count) "
                + (language == .vi ? "cuộc kiểm tra" : "inspections")
            if otherCurrent,
                let data = try? Data(contentsOf: reportFolder.appendingPathComponent(ScenarioResults.staffingFile)),
                let staffing = try? decoder.decode(StaffingReport.self, from: data)
            {
                let results = ScenarioResults(loaded: loaded, plan: plan, staffing: staffing)
                return (try results.files(language: language) + [halfHash], message)
            }
            let json: String
            do { json = try InspectionPlanJSON.render(plan) } catch { throw .encoding("\(error)") }
            let files = try ReportFiles.calendar(plan, loaded, language)
            return (files + [ReportFile(ScenarioResults.planFile, json + "\n"), halfHash], message)
        case .staffing:
            let staffing = try Workbench.planStaffing(loaded, limits: limits, control: control)
            let message =
                language == .vi
                ? "\(staffing.plan.exits.count) nghỉ, \(staffing.plan.transfers.count) điều động"
                : "\(staffing.plan.exits.count) exits, \(staffing.plan.transfers.count) transfers"
            if otherCurrent,
                let data = try? Data(contentsOf: reportFolder.appendingPathComponent(ScenarioResults.planFile)),
                let plan = try? decoder.decode(InspectionPlan.self, from: data)
            {
                let results = ScenarioResults(loaded: loaded, plan: plan, staffing: staffing)
                return (try results.files(language: language) + [halfHash], message)
            }
            let json: String
            do { json = try StaffingReportJSON.render(staffing) } catch { throw .encoding("\(error)") }
            let files = try ReportFiles.staffing(staffing, loaded, language)
            return (files + [ReportFile(ScenarioResults.staffingFile, json + "\n"), halfHash], message)
        }
    }
}
