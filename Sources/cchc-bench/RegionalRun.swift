import CivilCalendar
import Dispatch
import Foundation
import GLPKSolver
import InspectionScheduling
import MILP
import ScenarioModel

/// Plans independent parts of a scenario, `parallel` at a time, sharing one time budget: each part, when it starts,
/// gets (time left) × (workers) / (parts not yet started), so late parts are not starved.
struct RegionalRun: Sendable {
    let parts: [Scenario]
    let holidays: [CivilDate]
    let budget: Double
    let gap: Double
    let parallel: Int

    func run() throws -> [InspectionPlan] {
        let state = RunState(count: parts.count)
        let start = DispatchTime.now().uptimeNanoseconds
        let workers = max(1, min(parallel, parts.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = state.next() {
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                let share = max(1, (budget - elapsed) * Double(workers) / Double(parts.count - index))
                let limit = min(max(1, budget - elapsed), share)
                let options = PlannerOptions(timeLimitSeconds: limit, relativeGap: gap)
                do {
                    let plan = try InspectionPlanner.plan(scenario: parts[index], holidays: holidays, solver: GLPKSolver(),
                                                          options: options)
                    state.store(index, .success(plan))
                } catch {
                    state.store(index, .failure(error))
                }
            }
        }
        return try state.results()
    }
}

/// The shared work queue and results of a ``RegionalRun`` (locked).
final class RunState: @unchecked Sendable {
    private let lock = NSLock()
    private var cursor = 0
    private let count: Int
    private var plans: [Result<InspectionPlan, any Error>?]

    init(count: Int) {
        self.count = count
        plans = Array(repeating: nil, count: count)
    }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard cursor < count else { return nil }
        cursor += 1
        return cursor - 1
    }

    func store(_ index: Int, _ result: Result<InspectionPlan, any Error>) {
        lock.lock()
        plans[index] = result
        lock.unlock()
    }

    func results() throws -> [InspectionPlan] {
        lock.lock()
        defer { lock.unlock() }
        return try plans.map { try $0!.get() }
    }
}

/// The figures of several independent plans taken together.
struct PlanSummary {
    var status: PlanStatus
    var objective: Double?
    var bound: Double?
    var gap: Double?
    var size = ModelSize()
    var build = 0.0
    var solve = 0.0

    /// Sums objectives, bounds and sizes; the status is the worst one; the gap is (Σ bound − Σ objective) / |Σ objective|.
    init(_ plans: [InspectionPlan]) {
        let order: [PlanStatus] = PlanStatus.allCases
        status = plans.map(\.status).max { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) } ?? .noSolution
        if plans.allSatisfy({ $0.objective != nil }) { objective = plans.reduce(0) { $0 + ($1.objective ?? 0) } }
        if plans.allSatisfy({ $0.bound != nil || $0.status == .optimal }) {
            bound = plans.reduce(0) { $0 + ($1.bound ?? $1.objective ?? 0) }
        }
        if let o = objective, let b = bound { gap = abs(b - o) / max(abs(o), 1e-9) }
        for p in plans {
            size.variables += p.model.variables
            size.binaries += p.model.binaries
            size.integers += p.model.integers
            size.constraints += p.model.constraints
            size.nonzeros += p.model.nonzeros
            size.solves += p.model.solves
            build += p.timings.build
            solve += p.timings.solve
        }
    }
}
