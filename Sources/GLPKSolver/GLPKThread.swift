import CGLPKShim
import Foundation

/// Runs GLPK work on a dedicated thread (8 MiB stack) that ends with `glp_free_env()`, so every GLPK object
/// is created, used and freed on one thread and nothing of GLPK outlives the call.
enum GLPKThread {
    /// Stack size of the solve thread (GLPK's branch-and-cut recursion and presolver are stack-hungry).
    static let stackSize = 8 << 20

    private final class Box<T: Sendable>: @unchecked Sendable {
        // Written once by the worker before `done.signal()`, read by the caller after `done.wait`.
        var value: T?
        let done = DispatchSemaphore(value: 0)
    }

    /// Whether libglpk keeps its environment per thread (Debian's build does). Without it, solves are serialised.
    static let hasThreadLocalEnvironment = cglpk_has_tls() != 0
    /// Serialises solves when libglpk has one global environment.
    private static let globalLock = NSLock()

    /// Runs `work` on a new thread and blocks until it finishes; meanwhile calls `poll` about every
    /// `interval` seconds on the calling thread.
    static func run<T: Sendable>(
        pollEvery interval: Double = 0.25, poll: () -> Void = {}, _ work: @escaping @Sendable () -> T
    ) -> T {
        let box = Box<T>()
        let serialise = !hasThreadLocalEnvironment
        let thread = Thread {
            if serialise { globalLock.lock() }
            box.value = work()
            cglpk_free_env()
            if serialise { globalLock.unlock() }
            box.done.signal()
        }
        thread.stackSize = stackSize
        thread.name = "cchc.glpk"
        thread.start()
        while box.done.wait(timeout: .now() + interval) == .timedOut { poll() }
        guard let value = box.value else { preconditionFailure("GLPK worker ended without a value") }
        return value
    }
}

/// The monitor handle shared by the solve thread (writer) and the polling thread (reader).
///
/// Safe to send: the C struct's fields are C11 atomics, and the owner destroys it only after the solve thread ended.
struct GLPKMonitorHandle: @unchecked Sendable {
    let raw: OpaquePointer
}
