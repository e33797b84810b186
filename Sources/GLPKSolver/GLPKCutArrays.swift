import CGLPKShim
import MILP

/// A model's cut families (``MILP/MinimumSumCut``) as the C shim's 1-based column arrays.
struct GLPKCutArrays {
    private let bounded: [Int32]
    private let cap: [Int32]
    private let start: [Int32]
    private let members: [Int32]

    init(_ cuts: [MinimumSumCut]) {
        bounded = cuts.map { Int32($0.bounded.index + 1) }
        cap = cuts.map { Int32($0.cap.index + 1) }
        var start: [Int32] = [0]
        var members: [Int32] = []
        for cut in cuts {
            members += cut.members.map { Int32($0.index + 1) }
            start.append(Int32(members.count))
        }
        self.start = start
        self.members = members
    }

    /// Calls `body` with the C families, or `nil` when there are none.
    func withCCuts<R>(_ body: (UnsafePointer<cglpk_min_sum_cuts>?) -> R) -> R {
        guard !bounded.isEmpty else { return body(nil) }
        return bounded.withUnsafeBufferPointer { b in
            cap.withUnsafeBufferPointer { c in
                start.withUnsafeBufferPointer { s in
                    members.withUnsafeBufferPointer { m in
                        var cuts = cglpk_min_sum_cuts(
                            n: Int32(bounded.count), bounded: b.baseAddress, cap: c.baseAddress,
                            start: s.baseAddress, members: m.baseAddress)
                        return body(&cuts)
                    }
                }
            }
        }
    }
}
