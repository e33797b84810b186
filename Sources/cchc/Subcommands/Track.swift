import ArgumentParser
import CCHCApp
import CivilCalendar
import Foundation
import Localization
import Reporting
import ScenarioFiles
import Tracking
import Workspace

extension CCHC {
    /// `cchc track SCENARIO record|import|status|self-plan …`: following the year's inspections and the units' own
    /// plans in the workspace store.
    struct Track: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Follow the year: record inspections and the units' own plans (theo dõi thực hiện kế hoạch).",
            discussion: """
                Actions:
                  cchc track SCENARIO record UNIT --status done|postponed|cancelled [--date D] [--team T] [--score N] [--findings TEXT]
                  cchc track SCENARIO import FILE        (a filled-in copy of inspection-calendar.csv/.xlsx with a \
                status column — Trạng thái: đã kiểm tra / hoãn / hủy — or a file of the units' own plans with the \
                columns unit, kind, number, date)
                  cchc track SCENARIO status [--json] [--as-of D] [--plan FILE]
                  cchc track SCENARIO self-plan UNIT --kind cchc-plan|self-inspection --number "…" --date D

                Every action takes --workspace DIR (the folder holding cchc.sqlite; default: the current folder), \
                --by NAME (default: the operating-system user) and --lang. Records are never changed: a correction \
                is a new record, and the newest counts. An import is all or nothing, and the same file is refused \
                the second time.

                The plan tracked is the newest one stored in the workspace; the first time it is --plan FILE, or \
                Reports/<scenario>/inspection-calendar.csv (in the workspace, else in the current folder).

                Exit status: 0 done, 64 bad options, 65 bad data (unknown unit, date outside the year, value out of \
                range, a file imported before), 66 a missing file, 73 the workspace cannot be written.
                """
        )

        @Argument(help: "The scenario folder (holding scenario.yaml), e.g. Scenarios/thach-ha-2022.")
        var scenario: String

        @Argument(help: "record | import | status | self-plan")
        var action: Action

        @Argument(parsing: .captureForPassthrough, help: "The action's arguments and options.")
        var arguments: [String] = []

        enum Action: String, ExpressibleByArgument, CaseIterable {
            case record, `import`, status
            case selfPlan = "self-plan"
        }

        func run() throws {
            let folder = CommandRun.url(scenario)
            switch action {
            case .record: try TrackRecord.parse(arguments).run(folder)
            case .import: try TrackImport.parse(arguments).run(folder)
            case .status: try TrackStatus.parse(arguments).run(folder)
            case .selfPlan: try TrackSelfPlan.parse(arguments).run(folder)
            }
        }
    }
}

/// Opens the scenario and the workspace for a tracking action.
func openTracking(
    _ folder: URL, _ workspace: WorkspaceOptions
) throws(ApplicationError) -> (LoadedScenario, TrackingStore) {
    let loaded = try Workbench.open(folder)
    let store = try TrackingDesk.open(workspace.folderURL)
    return (loaded, store)
}

/// Reads a `YYYY-MM-DD` option.
func dateOption(_ text: String?, _ name: String) throws -> CivilDate? {
    guard let text else { return nil }
    guard let date = CivilDate(iso: text) else {
        throw ValidationError("Please write \(name) as YYYY-MM-DD, e.g. 2022-05-10.")
    }
    return date
}

extension InspectionOutcome: ExpressibleByArgument {}
extension SelfPlanKind: ExpressibleByArgument {}

struct TrackRecord: ParsableArguments {
    @Argument(help: "The unit's code.") var unit: String
    @Option(name: .customLong("status"), help: "done | postponed | cancelled") var status: InspectionOutcome
    @Option(name: .customLong("date"), help: "When it happened (YYYY-MM-DD).") var date: String?
    @Option(name: .customLong("team"), help: "The team that inspected.") var team: String?
    @Option(name: .customLong("score"), help: "The score given (0–100).") var score: Double?
    @Option(name: .customLong("findings"), help: "What the inspection found.") var findings: String?
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var language: LanguageOption

    func run(_ folder: URL) throws {
        let lang = language.language
        let date = try dateOption(date, "--date")
        let event = try CommandRun.perform(lang) { () throws(ApplicationError) in
            let (loaded, store) = try openTracking(folder, workspace)
            return try TrackingDesk.recordInspection(
                InspectionEvent(
                    unit: unit, outcome: status, date: date, team: team, score: score, findings: findings,
                    provenance: TrackingDesk.provenance(by: workspace.by)),
                loaded, store: store)
        }
        print(
            (lang == .vi ? "Đã ghi #\(event.id ?? 0): " : "Recorded #\(event.id ?? 0): ")
                + "\(event.unit) \(event.outcome.rawValue)" + (event.date.map { " \($0)" } ?? "")
                + " (\(event.provenance.by))")
    }
}

struct TrackImport: ParsableArguments {
    @Argument(help: "The file (CSV or .xlsx).") var file: String
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var language: LanguageOption

    func run(_ folder: URL) throws {
        let lang = language.language
        let summary = try CommandRun.perform(lang) { () throws(ApplicationError) in
            let (loaded, store) = try openTracking(folder, workspace)
            return try TrackingDesk.importTrackingFile(
                CommandRun.url(file), loaded, store: store, provenance: TrackingDesk.provenance(by: workspace.by))
        }
        let vi = lang == .vi
        print(
            vi
                ? "Đã nhập \(file): \(summary.inspections) kết quả kiểm tra, \(summary.selfPlans) kế hoạch của đơn vị"
                    + (summary.storedPlan ? "; lịch trong tệp là lịch theo dõi." : ".")
                : "Imported \(file): \(summary.inspections) inspection outcomes, \(summary.selfPlans) units' own plans"
                    + (summary.storedPlan ? "; the file's calendar is now the plan tracked." : "."))
    }
}

struct TrackStatus: ParsableArguments {
    @Flag(name: .customLong("json"), help: "Print one JSON object.") var json = false
    @Option(name: .customLong("as-of"), help: "The day (YYYY-MM-DD; default: the newest recorded date).")
    var asOf: String?
    @Option(name: .customLong("plan"), help: "The calendar CSV to track (stored in the workspace).")
    var plan: String?
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var language: LanguageOption

    func run(_ folder: URL) throws {
        let lang = language.language
        let asOf = try dateOption(asOf, "--as-of")
        let report = try CommandRun.perform(lang) { () throws(ApplicationError) in
            let (loaded, store) = try openTracking(folder, workspace)
            return try trackingReport(loaded, store, asOf: asOf, plan: plan, workspace: workspace)
        }
        print(
            json ? TrackingJSON.render(report) : TrackingText.render(report, language: lang),
            terminator: json ? "\n" : "")
    }
}

/// The status on `asOf` (default: the newest recorded date, else 1 January).
func trackingReport(
    _ loaded: LoadedScenario, _ store: TrackingStore, asOf: CivilDate?, plan: String?, workspace: WorkspaceOptions
) throws(ApplicationError) -> TrackingReport {
    let relative = "Reports/\(loaded.folder.lastPathComponent)/inspection-calendar.csv"
    let inWorkspace = workspace.folderURL.appendingPathComponent(relative)
    let fallback =
        FileManager.default.fileExists(atPath: inWorkspace.path) ? inWorkspace : CommandRun.url(relative)
    let stored = try TrackingDesk.planInForce(
        loaded, store: store, planFile: plan.map(CommandRun.url), fallback: fallback,
        provenance: TrackingDesk.provenance(by: workspace.by))
    let latest = try TrackingDesk.latestEventDate(loaded, store: store)
    let day = asOf ?? latest ?? CivilDate(year: loaded.scenario.year, month: 1, day: 1)!
    return try TrackingDesk.status(loaded, store: store, asOf: day, plan: stored)
}

struct TrackSelfPlan: ParsableArguments {
    @Argument(help: "The unit's code.") var unit: String
    @Option(name: .customLong("kind"), help: "cchc-plan | self-inspection") var kind: SelfPlanKind
    @Option(name: .customLong("number"), help: "The plan's number, e.g. \"15/KH-UBND\".") var number: String
    @Option(name: .customLong("date"), help: "The date it was issued (YYYY-MM-DD).") var date: String
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var language: LanguageOption

    func run(_ folder: URL) throws {
        let lang = language.language
        guard let day = try dateOption(date, "--date") else { return }
        let event = try CommandRun.perform(lang) { () throws(ApplicationError) in
            let (loaded, store) = try openTracking(folder, workspace)
            return try TrackingDesk.recordSelfPlan(
                SelfPlanEvent(
                    unit: unit, kind: kind, number: number, date: day,
                    provenance: TrackingDesk.provenance(by: workspace.by)),
                loaded, store: store)
        }
        print(
            (lang == .vi ? "Đã ghi #\(event.id ?? 0): " : "Recorded #\(event.id ?? 0): ")
                + "\(event.unit) \(event.kind.rawValue) \(event.number) \(event.date)")
    }
}
