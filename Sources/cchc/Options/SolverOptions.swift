import ArgumentParser
import CCHCApp
import Foundation
import InspectionScheduling

/// `--time-limit`, `--mip-gap`, `--work-limit` and `--jobs`: how long the solver may run, when a plan is good enough,
/// a work limit that does not depend on the machine's speed, and how many independent regions are planned at once.
struct SolverOptions: ParsableArguments {
    @Option(
        name: .customLong("time-limit"),
        help:
            "Stop after this many seconds of solving and keep the best plan found; the independent regions of a calendar share it."
    )
    var timeLimit: Double = 60

    @Option(
        name: .customLong("mip-gap"),
        help:
            "Stop when the plan is proven within this relative gap of the optimum, e.g. 0.005 for 0.5%; 0 asks for a proof of optimality. Default: a proof of optimality, except for large scenarios whose teams are pooled (0.5%). A starting plan already within the gap of a quick bound is kept without running GLPK."
    )
    var mipGap: Double?

    @Option(
        name: .customLong("work-limit"),
        help: ArgumentHelp(
            "Stop each solve after this many branch-and-bound nodes instead of by the clock (each region gets its own), so the plan is the same on every machine; --time-limit then only guards against a run that is far too long.",
            valueName: "nodes"))
    var workLimit: Int?

    @Option(
        name: .customLong("jobs"),
        help: ArgumentHelp(
            "How many independent regions are planned at the same time. The default is the same on every machine, so that reports do not depend on the machine; raise it up to this machine's processor count (\(ProcessInfo.processInfo.activeProcessorCount) here); each region of about 2,000 units needs 200–400 MB.",
            valueName: "n"))
    var jobs: Int = RegionalPlanner.defaultParallel

    /// The limits for a planning run, with the memory limit of `resources`.
    func limits(_ resources: ResourceOptions) -> SolveLimits {
        SolveLimits(
            timeLimit: timeLimit, mipGap: mipGap, jobs: jobs, maxMemoryMiB: resources.maxMemory, workLimit: workLimit)
    }

    func validate() throws {
        guard (1...64).contains(jobs) else {
            throw ValidationError("Please give --jobs as a whole number from 1 to 64, e.g. --jobs 2.")
        }
        guard timeLimit > 0, timeLimit.isFinite else {
            throw ValidationError("Please give --time-limit as a positive number of seconds, e.g. --time-limit 30.")
        }
        if let workLimit, workLimit < 1 {
            throw ValidationError(
                "Please give --work-limit as a positive whole number of nodes, e.g. --work-limit 2000.")
        }
        if let mipGap, !(mipGap >= 0 && mipGap < 1) {
            throw ValidationError("Please give --mip-gap as a fraction between 0 and 1, e.g. --mip-gap 0.01 for 1%.")
        }
    }
}

/// `--out` and `--force`: where reports go.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .customLong("out"),
        help: "The report folder (default: Reports/<scenario folder name>/). Never the scenario folder itself.")
    var out: String?

    @Flag(name: .customLong("force"), help: "Overwrite a report folder that holds another scenario's reports.")
    var force = false

    @Flag(
        name: .customLong("json"),
        help: "Print one JSON object to standard output (everything else goes to standard error).")
    var json = false
}
