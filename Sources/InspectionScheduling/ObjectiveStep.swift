import MILP
import Synchronization

/// The granularity of the scheduling objective, and the proof of optimality it allows.
///
/// Every objective coefficient of the schedule model is a decimal with at most six places (priorities like 1.2,
/// weights like 0.05, integer penalties). The integer columns take integer values, and every continuous column
/// (elastic slacks, bundling links) takes an integer value in the best completion of a choice of integer columns
/// (its rows are unit coefficient bounds by sums of binaries, or capacity cuts that never bind at an integer plan).
/// So the score of every plan is a multiple of `step`, the greatest common divisor of the coefficients, and once the
/// solver's bound is less than one step above a plan's score, no plan scores higher: that plan is optimal.
/// With Thạch Hà's weights (priorities in tenths, balance 0.1 on half-days, bundling 0.05) the step is 0.05.
enum ObjectiveStep {
    /// The largest decimal step dividing every coefficient, or `nil` when some coefficient needs more than six decimals.
    static func of(_ coefficients: [Double]) -> Double? {
        for places in 0...6 {
            let scale = pow10(places)
            var g = 0
            var exact = true
            for c in coefficients where c != 0 {
                let scaled = abs(c) * scale
                let n = scaled.rounded()
                guard n < 1e12, abs(scaled - n) <= 1e-9 * max(1, scaled) else {
                    exact = false
                    break
                }
                g = gcd(g, Int(n))
            }
            if exact { return g == 0 ? nil : Double(g) / scale }
        }
        return nil
    }

    /// Whether a plan scoring `incumbent` is proven optimal by `bound` (an upper bound on every plan's score):
    /// the bound is less than one step above it, or (with no step) equal within the solver's tolerance.
    static func proves(bound: Double, incumbent: Double, step: Double?) -> Bool {
        guard bound.isFinite, incumbent.isFinite else { return false }
        let tolerance = 1e-6 * max(1, abs(incumbent))
        guard let step, step > 2 * tolerance else { return bound - incumbent <= tolerance }
        return bound - incumbent < step - tolerance
    }

    /// Watches a running search: it is proven once the bound is less than one step above the incumbent.
    /// Written by the solver's progress callback and read by its stop check, on the calling thread or another.
    final class Watcher: Sendable {
        private let step: Double?
        private let proven = Mutex(false)

        init(step: Double?) { self.step = step }

        /// Records a progress snapshot.
        func record(_ p: SolveProgress) {
            guard step != nil, let i = p.incumbent, let b = p.bound,
                ObjectiveStep.proves(bound: b, incumbent: i, step: step)
            else { return }
            proven.withLock { $0 = true }
        }

        /// Whether a snapshot proved the incumbent optimal.
        var isProven: Bool { proven.withLock { $0 } }
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { acc, _ in acc * 10 } }
}
