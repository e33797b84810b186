import ArgumentParser

/// `cchc-bench`: measures the GLPK backend's phases on synthetic models.
@main
struct CCHCBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cchc-bench",
        abstract: "Benchmarks for the GLPK backend (build, validate, load and solve times).",
        subcommands: [LP.self, Schedule.self, ScenarioCommand.self]
    )
}
