import Foundation
import InspectionScheduling
import Localization
import OfficeDocuments
import Reporting
import ScenarioFiles
import Staffing

/// A scenario's inspection plan and staffing report, computed or read back from a report folder.
public struct ScenarioResults: Sendable {
    /// The loaded scenario.
    public var loaded: LoadedScenario
    /// The inspection plan (timings zeroed).
    public var plan: InspectionPlan
    /// The staffing report.
    public var staffing: StaffingReport
    /// The hash of the inputs the results were computed from.
    public var inputHash: String

    /// Creates results.
    public init(loaded: LoadedScenario, plan: InspectionPlan, staffing: StaffingReport) {
        self.loaded = loaded
        self.plan = plan
        self.staffing = staffing
        self.inputHash = Self.inputHash(of: loaded)
    }

    /// The files that make the results reusable.
    public static let planFile = "plan.json"
    /// The saved staffing report.
    public static let staffingFile = "staffing.json"
    /// The hash of the inputs.
    public static let hashFile = "inputs.hash"

    /// Reads results saved in `folder` when they were computed from the same inputs; `nil` otherwise.
    public static func saved(in folder: URL, for loaded: LoadedScenario) -> ScenarioResults? {
        let hash = inputHash(of: loaded)
        guard let stored = try? String(contentsOf: folder.appendingPathComponent(hashFile), encoding: .utf8),
            stored.trimmingCharacters(in: .whitespacesAndNewlines) == hash,
            let planData = try? Data(contentsOf: folder.appendingPathComponent(planFile)),
            let staffingData = try? Data(contentsOf: folder.appendingPathComponent(staffingFile)),
            let plan = try? JSONDecoder().decode(InspectionPlan.self, from: planData),
            let staffing = try? JSONDecoder().decode(StaffingReport.self, from: staffingData)
        else { return nil }
        return ScenarioResults(loaded: loaded, plan: plan, staffing: staffing)
    }

    /// The projection with the reduction plan applied (no solve: the plan is known).
    public var plannedProjection: [ProjectionRow] {
        StaffProjection(scenario: loaded.scenario, rules: loaded.rules, asOf: staffing.asOf)
            .rows(untilYear: staffing.until, hiring: staffing.hiring, moves: staffing.plan.moves)
    }

    /// Every report file, the saved results and `index.html`.
    ///
    /// - Parameter extraSections: More sections for `index.html` (the tracking status and the scorecard, when the
    ///   workspace has tracking data).
    public func files(language: Language, extraSections: [String] = []) throws(ApplicationError) -> [ReportFile] {
        let scenario = loaded.scenario
        let planJSON: String
        let staffingJSON: String
        do {
            planJSON = try InspectionPlanJSON.render(plan)
            staffingJSON = try StaffingReportJSON.render(staffing)
        } catch {
            throw .encoding("\(error)")
        }
        let page = ScenarioReportHTML.render(
            scenario: scenario, plan: plan, staffing: staffing, plannedProjection: plannedProjection,
            extraSections: extraSections, language: language)
        return [
            ReportFile(
                "inspection-plan.md", InspectionPlanMarkdown.render(plan, scenario: scenario, language: language)),
            ReportFiles.calendarCSV(plan, loaded, language), ReportFiles.calendarICS(plan, loaded, language),
            ReportFile(
                "staffing-check.md", StaffingCheckMarkdown.render(staffing, scenario: scenario, language: language)),
            ReportFile(
                "staffing-projection.csv",
                StaffingProjectionCSV.render(staffing, scenario: scenario, language: language)),
            ReportFile(
                "reduction-plan.md", ReductionPlanMarkdown.render(staffing, scenario: scenario, language: language)),
            ReportFile(Self.planFile, planJSON + "\n"),
            ReportFile(Self.staffingFile, staffingJSON + "\n"),
            ReportFile("index.html", page),
            ReportFile(Self.hashFile, inputHash + "\n"),
        ] + (try ReportFiles.office(plan, loaded, language)) + (try ReportFiles.office(staffing, loaded, language))
    }

    /// A hash of what the results depend on: the tool version and every input file's role and bytes as the loader
    /// read them (not its absolute path, so a committed report folder stays valid in another checkout). The solve
    /// limits are not part of it: saved results are reused whatever limits `compare` is given.
    public static func inputHash(of loaded: LoadedScenario) -> String {
        var h = FNV1a()
        h.add("cchc \(CCHCVersion.string)\n")
        for file in loaded.files {
            var bytes = FNV1a()
            bytes.add(withUnsafeBytes(of: file.digest.littleEndian) { Array($0) })
            h.add("file \(file.role) \(bytes.hex)\n")
        }
        return "fnv1a64:" + h.hex
    }
}

/// One file of a report folder: its name and its bytes (text files as UTF-8).
public struct ReportFile: Sendable, Hashable {
    /// The file name inside the folder.
    public var name: String
    /// The bytes written.
    public var data: Data

    /// The bytes as UTF-8 text (meaningful for text files only).
    public var contents: String {
        get { String(decoding: data, as: UTF8.self) }
        set { data = Data(newValue.utf8) }
    }

    /// Creates a text file.
    public init(_ name: String, _ contents: String) {
        self.name = name
        self.data = Data(contents.utf8)
    }

    /// Creates a file of bytes (a Word or Excel file).
    public init(_ name: String, data: Data) {
        self.name = name
        self.data = data
    }
}

/// The report files each command writes.
public enum ReportFiles {
    /// `inspection-calendar.csv`.
    public static func calendarCSV(_ plan: InspectionPlan, _ loaded: LoadedScenario, _ language: Language)
        -> ReportFile
    {
        ReportFile(
            "inspection-calendar.csv", InspectionCalendarCSV.render(plan, scenario: loaded.scenario, language: language)
        )
    }

    /// `inspection-calendar.ics`, with the scenario folder's name as the calendar's identity.
    public static func calendarICS(_ plan: InspectionPlan, _ loaded: LoadedScenario, _ language: Language)
        -> ReportFile
    {
        ReportFile(
            "inspection-calendar.ics",
            InspectionCalendarICS.render(
                plan, scenario: loaded.scenario, calendarID: loaded.folder.lastPathComponent, language: language))
    }

    /// What `cchc schedule` writes.
    public static func calendar(_ plan: InspectionPlan, _ loaded: LoadedScenario, _ language: Language)
        throws(ApplicationError) -> [ReportFile]
    {
        [
            calendarCSV(plan, loaded, language), calendarICS(plan, loaded, language),
            ReportFile(
                "inspection-plan.md", InspectionPlanMarkdown.render(plan, scenario: loaded.scenario, language: language)
            ),
        ] + (try office(plan, loaded, language))
    }

    /// The Word and Excel files of a plan: `inspection-calendar.xlsx`, `inspection-plan.docx`,
    /// `inspection-notices.docx`.
    public static func office(_ plan: InspectionPlan, _ loaded: LoadedScenario, _ language: Language)
        throws(ApplicationError) -> [ReportFile]
    {
        do {
            return try OfficeReports.calendarFiles(plan: plan, scenario: loaded.scenario, language: language)
                .map { ReportFile($0.name, data: $0.data) }
        } catch {
            throw .encoding("\(error)")
        }
    }

    /// The Word and Excel files of a staffing report: `staffing.xlsx`, `reduction-list.docx`.
    public static func office(_ report: StaffingReport, _ loaded: LoadedScenario, _ language: Language)
        throws(ApplicationError) -> [ReportFile]
    {
        do {
            return try OfficeReports.staffingFiles(report: report, scenario: loaded.scenario, language: language)
                .map { ReportFile($0.name, data: $0.data) }
        } catch {
            throw .encoding("\(error)")
        }
    }

    /// What `cchc staffing` writes.
    public static func staffing(_ report: StaffingReport, _ loaded: LoadedScenario, _ language: Language)
        throws(ApplicationError) -> [ReportFile]
    {
        let scenario = loaded.scenario
        return [
            ReportFile(
                "staffing-check.md", StaffingCheckMarkdown.render(report, scenario: scenario, language: language)),
            ReportFile(
                "staffing-projection.csv", StaffingProjectionCSV.render(report, scenario: scenario, language: language)),
            ReportFile(
                "reduction-plan.md", ReductionPlanMarkdown.render(report, scenario: scenario, language: language)),
        ] + (try office(report, loaded, language))
    }
}
