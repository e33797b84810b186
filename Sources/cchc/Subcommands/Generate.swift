import ArgumentParser
import CCHCApp
import Foundation
import Localization
import ScenarioFiles
import ScenarioGenerator
import ScenarioModel

extension CCHC {
    /// `cchc generate`: writes a synthetic scenario of any size, for tests and benchmarks.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a synthetic scenario of any size for tests and benchmarks (sinh kịch bản mô phỏng).",
            discussion: """
                About one commune-level unit per 6 units, each with its schools and health station, plus a few \
                centres; varied priorities and inspection history, school and health-station blackouts, team \
                unavailability, a few pins and must-inspects. Targets: 50% of communes/wards/towns and 35% of the \
                other units (per region with --regions > 1, where each team inspects only its own region). \
                All names are illustrative. The same options and seed give the same files, byte for byte.

                The folder must be new or empty; --force overwrites a folder made by `cchc generate`, never a \
                hand-made scenario. Exit status: 0 written, 64 bad options, 73 folder refused or not writable.
                """
        )

        @Option(help: "The number of units (at least 10 per region).")
        var units: Int

        @Option(help: "The number of inspection teams (default: one per 50 units, at least one per region).")
        var teams: Int?

        @Option(help: "The random seed.")
        var seed: UInt64 = 1

        @Option(help: "The output folder (created; must be new or empty unless --force).")
        var out: String

        @Option(help: "Split units and teams into this many independent regions (districts).")
        var regions: Int = 1

        @Option(help: "The plan year.")
        var year: Int = 2026

        @Option(
            name: .customLong("staff-per-commune"),
            help: "Staff generated per commune-level unit (default 10 up to 1,500 units, else none).")
        var staffPerCommune: Int?

        @Option(help: "The scenario's display name (default: one naming the size and the seed).")
        var name: String?

        @Flag(help: "Overwrite a folder previously written by `cchc generate`.")
        var force = false

        @OptionGroup var language: LanguageOption

        var options: GeneratorOptions {
            GeneratorOptions(
                units: units, teams: teams ?? GeneratorOptions.defaultTeams(units: units, regions: regions),
                seed: seed, regions: regions, year: year, staffPerCommune: staffPerCommune, name: name)
        }

        func validate() throws {
            do {
                try ScenarioGenerator.check(options)
            } catch let error as GeneratorError {
                throw ValidationError(error.description)
            }
        }

        func run() throws {
            let vi = language.language == .vi
            let options = options
            let verbose = options.units >= 5_000
            let start = Date()
            let scenario = try CommandRun.perform(language.language) { () throws(ApplicationError) in
                try Workbench.generate(options, into: CommandRun.url(out), force: force) { step in
                    guard verbose else { return }
                    switch step {
                    case .region(let done, let total) where done == total || done % max(1, total / 10) == 0:
                        printError(vi ? "Đang sinh: \(done)/\(total) vùng…" : "Generating: region \(done) of \(total)…")
                    case .file(let file):
                        printError(vi ? "Đang ghi \(file)…" : "Writing \(file)…")
                    default:
                        break
                    }
                }
            }
            print(
                GenerateSummary(scenario: scenario, folder: out, seconds: Date().timeIntervalSince(start)).text(
                    language: language.language))
        }
    }
}
