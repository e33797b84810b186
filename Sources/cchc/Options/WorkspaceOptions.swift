import ArgumentParser
import Foundation

/// `--workspace DIR` (the folder holding `cchc.sqlite`; default: the current folder) and `--by NAME` (who records;
/// default: the operating-system user).
struct WorkspaceOptions: ParsableArguments {
    @Option(
        name: .customLong("workspace"),
        help: "The workspace folder holding cchc.sqlite (default: the current folder).")
    var workspace: String = "."

    @Option(name: .customLong("by"), help: "Who records (default: the operating-system user name).")
    var by: String?

    /// The workspace folder.
    var folderURL: URL { CommandRun.url(workspace) }
}
