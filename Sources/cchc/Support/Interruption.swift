import ArgumentParser
import Foundation
import Synchronization

/// Turns the first SIGINT or SIGTERM into a polite request: the solver stops at its next check and keeps its best
/// plan, no report is written, and the command exits with status 130. A second signal ends the process at once.
enum Interruption {
    private static let flag = Atomic<Bool>(false)

    /// Whether a stop was requested.
    static var isRequested: Bool { flag.load(ordering: .relaxed) }

    /// Installs the handlers (idempotent), and unblocks both signals: a parent may start cchc with them blocked
    /// (Foundation's `Process` passes its thread's signal mask on), and then a stop request would never arrive.
    static func install() {
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for sig in [SIGINT, SIGTERM] {
            signal(sig) { received in
                if Interruption.flag.exchange(true, ordering: .relaxed) {
                    // Second signal: restore the default action and re-raise it.
                    signal(received, SIG_DFL)
                    raise(received)
                }
            }
        }
    }

    /// A `shouldStop` closure for `SolveOptions`.
    static let shouldStop: @Sendable () -> Bool = { isRequested }

    /// Exits with 130 when a stop was requested, printing why.
    static func exitIfRequested() throws {
        guard isRequested else { return }
        printError("cchc: interrupted; the previous reports are left as they were")
        throw ExitCode(130)
    }
}
