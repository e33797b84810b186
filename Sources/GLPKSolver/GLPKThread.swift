import CGLPKShim
import Foundation
import MILP
import Synchronization

/// Runs GLPK work on a dedicated thread (8 MiB stack) that ends with `glp_free_env()`, so every GLPK object
/// is created, used and freed on one thread and nothing of GLPK outlives the work.
///
/// With a deadline the caller may stop waiting before the work ends: the thread is then *abandoned*. It keeps
/// running on its own (everything it touches is owned by its closure or reference counted), frees its GLPK
/// environment when it ends, and nothing it produces is read any more.
enum GLPKThread {
    /// Stack size of the solve thread (GLPK's branch-and-cut recursion and presolver are stack-hungry).
    static let stackSize = 8 << 20

    /// The hand-over between the worker and the caller.
    private final class Box<T: Sendable>: @unchecked Sendable {
        // @unchecked: `state` is a Mutex; `done` is a DispatchSemaphore (thread-safe, not marked Sendable on Linux).
        let state = Mutex<(value: T?, abandoned: Bool)>((nil, false))
        let done = DispatchSemaphore(value: 0)
    }

    /// Whether libglpk keeps its environment per thread (Debian's build does). Without it, solves are serialised.
    static let hasThreadLocalEnvironment = cglpk_has_tls() != 0
    /// Serialises solves when libglpk has one global environment.
    private static let globalLock = NSLock()

    /// Worker threads whose caller stopped waiting and that have not ended yet (test aid and diagnostics).
    static let abandonedRunning = Atomic<Int>(0)

    /// Runs `work` on a new thread and blocks until it finishes; meanwhile calls `poll` about every
    /// `interval` seconds on the calling thread.
    static func run<T: Sendable>(
        pollEvery interval: Double = 0.25, poll: () -> Void = {}, _ work: @escaping @Sendable () -> T
    ) -> T {
        guard let value = run(pollEvery: interval, until: nil, poll: poll, work) else {
            preconditionFailure("GLPK worker ended without a value")
        }
        return value
    }

    /// Runs `work` on a new thread and blocks until it finishes or until `deadline` passes (read on the deadline's
    /// own clock), calling `poll` about every `interval` seconds meanwhile.
    ///
    /// - Returns: The work's value, or `nil` when the deadline passed first. The thread is then abandoned: it
    ///   runs to its end on its own (the caller must have asked it to stop) and its value is dropped.
    static func run<T: Sendable>(
        pollEvery interval: Double = 0.25, until deadline: Deadline?, poll: () -> Void = {},
        _ work: @escaping @Sendable () -> T
    ) -> T? {
        let box = Box<T>()
        let serialise = !hasThreadLocalEnvironment
        let thread = Thread {
            if serialise { globalLock.lock() }
            let value = work()
            cglpk_free_env()
            if serialise { globalLock.unlock() }
            let abandoned = box.state.withLock { state in
                state.value = value
                return state.abandoned
            }
            if abandoned { abandonedRunning.subtract(1, ordering: .relaxed) }
            box.done.signal()
        }
        thread.stackSize = stackSize
        thread.name = "cchc.glpk"
        thread.start()
        let step = max(interval, 0.001)
        while true {
            let wait = deadline.map { min(step, max(0, $0.remaining)) } ?? step
            let until = DispatchTime.now().uptimeNanoseconds + UInt64(wait * 1e9)
            if box.done.wait(timeout: DispatchTime(uptimeNanoseconds: until)) == .success { break }
            if let deadline, deadline.hasPassed {
                // Either the worker stored its value just now (take it) or it is abandoned from here on.
                let value: T? = box.state.withLock { state in
                    if let value = state.value { return value }
                    state.abandoned = true
                    abandonedRunning.add(1, ordering: .relaxed)
                    return nil
                }
                return value
            }
            poll()
        }
        return box.state.withLock { $0.value }
    }
}

/// The monitor handle shared by the solve thread (writer) and the polling thread (reader).
///
/// Safe to send: the C struct's fields are C11 atomics or behind its mutex, and it is reference counted: the
/// solve thread holds its own reference, so an abandoned thread never writes freed memory.
struct GLPKMonitorHandle: @unchecked Sendable {
    let raw: OpaquePointer
}
