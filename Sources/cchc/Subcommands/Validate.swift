import ArgumentParser
import CivilCalendar
import Foundation
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

        @Option(name: .customLong("today"), help: "The date birth dates are checked against (YYYY-MM-DD); default staffing.as_of, else 1 January of the year.")
        var today: String?

        func validate() throws {
            if let today, CivilDate(iso: today) == nil {
                throw ValidationError("Please write --today as YYYY-MM-DD, e.g. 2022-01-01.")
            }
        }

        func run() throws {
            let lang = language.language
            let options = ScenarioLoader.Options(today: today.flatMap { CivilDate(iso: $0) })
            do {
                let loaded = try ScenarioLoader.loadDetailed(folder: scenario.folderURL, options: options)
                print(ScenarioSummary(loaded).formatted(language: lang))
            } catch let error as ScenarioError {
                let count = error.issues.count
                writeToStandardError(lang == .vi
                    ? "Kịch bản có \(count)\(error.truncated ? "+" : "") lỗi:"
                    : "The scenario has \(count)\(error.truncated ? "+" : "") problem\(count == 1 ? "" : "s"):")
                writeToStandardError(error.formatted(language: lang))
                throw ExitCode(error.isMissingFile ? 66 : 65)
            }
        }

        private func writeToStandardError(_ text: String) {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }
}
