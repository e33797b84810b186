import ArgumentParser

/// `--max-memory`: bounds the solver's memory, and refuses a model too large for the machine before GLPK starts.
struct ResourceOptions: ParsableArguments {
    @Option(
        name: .customLong("max-memory"),
        help: ArgumentHelp(
            "Memory limit for the solver in MiB (GLPK's own memory limit). A model whose estimated size exceeds it, "
                + "or 80% of this machine's memory, is refused before solving.",
            valueName: "MiB"))
    var maxMemory: Int?

    func validate() throws {
        if let maxMemory, maxMemory <= 0 || maxMemory > 1 << 30 {
            throw ValidationError("Please give --max-memory as a positive number of MiB, e.g. --max-memory 2048.")
        }
    }
}
