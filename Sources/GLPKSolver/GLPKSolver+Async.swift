import Foundation
import MILP

extension GLPKSolver {
    /// Solves a model without blocking a Swift-concurrency thread; cancelling the task stops the search.
    ///
    /// The synchronous ``solve(_:options:)`` runs on its own thread. Task cancellation is combined with
    /// ``MILP/SolveOptions/shouldStop``: either one stops the branch-and-cut search at its next callback
    /// (the result is then ``MILP/TerminationStatus/interrupted`` with the incumbent, if any). An LP solve
    /// (`glp_simplex`) cannot be interrupted and runs to its end or its time limit.
    ///
    /// - Parameters:
    ///   - model: The model.
    ///   - options: As for ``solve(_:options:)``.
    /// - Returns: The result.
    /// - Throws: The ``MILP/SolverError`` of ``solve(_:options:)``.
    public func solveAsync(_ model: MILPModel, options: SolveOptions) async throws(SolverError) -> SolveResult {
        let cancelled = CancellationFlag()
        var effective = options
        let userStop = options.shouldStop
        effective.shouldStop = { cancelled.isSet || (userStop?() ?? false) }
        let outcome: Result<SolveResult, SolverError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let thread = Thread { [self, effective] in
                    do throws(SolverError) {
                        continuation.resume(returning: .success(try solve(model, options: effective)))
                    } catch {
                        continuation.resume(returning: .failure(error))
                    }
                }
                thread.name = "cchc.glpk.wait"
                thread.start()
            }
        } onCancel: {
            cancelled.set()
        }
        return try outcome.get()
    }
}

/// A thread-safe one-way flag.
private final class CancellationFlag: @unchecked Sendable {
    // @unchecked: the only state is guarded by `lock`.
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() { lock.withLock { value = true } }
}
