import ArgumentParser
import CCHCApp
import Foundation
import Localization
import Reporting
import Tracking
import Workspace

extension CCHC {
    /// `cchc scorecard SCENARIO [import FILE] [--period 2022-Q3] [--json]`: the plan's indicators.
    struct ScorecardCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scorecard",
            abstract: "The CCHC plan's indicators per period (bảng chỉ tiêu CCHC theo quý).",
            discussion: """
                cchc scorecard SCENARIO import FILE   adds the values of a CSV or .xlsx file with the columns unit \
                (Đơn vị), indicator (Chỉ tiêu), period (Kỳ, e.g. 2022-Q1) and numerator + denominator (Tử số, \
                Mẫu số) or value (Giá trị); all or nothing, and the same file only once.
                cchc scorecard SCENARIO [--period 2022-Q3] [--json]   shows each indicator: value, target, met or \
                not, the values over the periods and the units that pull it down. A ratio sums the numerators and \
                denominators over the units (never an average of percentages); missing data is shown as missing.

                The indicators are data: scenario.yaml names their file as `tracking: {indicators: FILE}`.
                Exit status: 0 done, 64 bad options, 65 bad data, 66 a missing file, 73 the workspace cannot be written.
                """
        )

        @OptionGroup var scenario: ScenarioArgument

        @Argument(help: "`import FILE` to add values; nothing to show the scorecard.")
        var action: [String] = []

        @Option(name: .customLong("period"), help: "The period shown, e.g. 2022-Q3 (default: the latest with data).")
        var period: String?

        @Flag(name: .customLong("json"), help: "Print one JSON object.")
        var json = false

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var language: LanguageOption

        func validate() throws {
            if !action.isEmpty, action.count != 2 || action[0] != "import" {
                throw ValidationError("Please write `cchc scorecard SCENARIO import FILE`, or no action to show it.")
            }
            if let period, Period(period) == nil {
                throw ValidationError("Please write --period as YYYY-Qn, e.g. 2022-Q3.")
            }
        }

        func run() throws {
            let lang = language.language
            let vi = lang == .vi
            if action.count == 2 {
                let summary = try CommandRun.perform(lang) { () throws(ApplicationError) in
                    let (loaded, store) = try openTracking(scenario.folderURL, workspace)
                    return try TrackingDesk.importIndicatorValues(
                        CommandRun.url(action[1]), loaded, store: store,
                        provenance: TrackingDesk.provenance(by: workspace.by))
                }
                print(
                    vi
                        ? "Đã nhập \(action[1]): \(summary.values) số liệu chỉ tiêu."
                        : "Imported \(action[1]): \(summary.values) indicator values.")
                return
            }
            let card = try CommandRun.perform(lang) { () throws(ApplicationError) in
                let (loaded, store) = try openTracking(scenario.folderURL, workspace)
                return try TrackingDesk.scorecard(loaded, store: store, period: period.flatMap(Period.init))
            }
            print(
                json ? TrackingJSON.render(card) : TrackingText.render(card, language: lang),
                terminator: json ? "\n" : "")
        }
    }

    /// `cchc backup --out FILE`: a consistent copy of the workspace store, also while it is in use.
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the workspace database consistently, also while it is in use (sao lưu).",
            discussion: """
                Writes a copy of cchc.sqlite as it was when the copy started (SQLite's online backup), to a temporary \
                file renamed over FILE at the end. Exit status: 0 done, 66 no workspace database, 73 cannot write.
                """
        )

        @Option(name: .customLong("out"), help: "The backup file.")
        var out: String

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.language
            let folder = workspace.folderURL
            guard TrackingStore.exists(in: folder) else {
                printError(
                    lang == .vi
                        ? "cchc: không có cơ sở dữ liệu \(TrackingStore.fileName) trong \(folder.path)"
                        : "cchc: there is no \(TrackingStore.fileName) in \(folder.path)")
                throw ExitCode(ExitStatus.missingInput.rawValue)
            }
            try CommandRun.perform(lang) { () throws(ApplicationError) in
                try TrackingDesk.backup(try TrackingDesk.open(folder), to: CommandRun.url(out))
            }
            print(lang == .vi ? "Đã sao lưu vào \(out)" : "Backed up to \(out)")
        }
    }
}
