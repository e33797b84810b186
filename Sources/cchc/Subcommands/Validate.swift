import ArgumentParser
import CCHCApp
import CivilCalendar
import Foundation
import Localization
import ScenarioFiles

extension CCHC {
    /// `cchc validate SCENARIO`: loads a scenario and prints its summary, or every problem found.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a scenario folder and print a summary, or every problem found (kiểm tra kịch bản).",
            discussion: """
                Exit status: 0 when the scenario is valid, 65 when the data has errors, 66 when a file or folder \
                is missing. Errors go to standard error, with file, line, column and how to fix each one.
                """
        )

        @OptionGroup var scenario: ScenarioArgument
        @OptionGroup var language: LanguageOption

        @Option(
            name: .customLong("today"),
            help:
                "The date birth dates are checked against (YYYY-MM-DD); default staffing.as_of, else 1 January of the year."
        )
        var today: String?

        func validate() throws {
            if let today, CivilDate(iso: today) == nil {
                throw ValidationError("Please write --today as YYYY-MM-DD, e.g. 2022-01-01.")
            }
        }

        func run() throws {
            let lang = language.language
            do {
                let loaded = try Workbench.open(scenario.folderURL, today: today.flatMap { CivilDate(iso: $0) })
                print(ScenarioSummary(loaded).formatted(language: lang))
            } catch {
                if case .scenario(let problems) = error {
                    let count = problems.issues.count
                    printError(
                        lang == .vi
                            ? "Kịch bản có \(count)\(problems.truncated ? "+" : "") lỗi:"
                            : "The scenario has \(count)\(problems.truncated ? "+" : "") problem\(count == 1 ? "" : "s"):"
                    )
                    printError(problems.formatted(language: lang))
                } else {
                    printError(error.message(lang))
                }
                throw ExitCode(error.status.rawValue)
            }
        }
    }
}
