/// A family of inequalities every integer point of a model satisfies, which the model leaves out of its rows: a
/// solver may add the instances its LP relaxation breaks, as cuts, to tighten that relaxation. Leaving them out (as a
/// solver without cuts does, or a model file) never changes the integer optimum.
///
/// The family bounds one variable by the sum, over the members, of the lesser of the member and the cap:
/// `bounded ≤ Σ_m min(x_m, cap)`, that is for every subset `S` of the members
/// `bounded ≤ Σ_{m ∈ S} x_m + |members ∖ S| · cap`. The cut for a point is the subset of the members below the cap.
///
/// The inspection calendar's aggregated bundles use it: the units inspected beside a commune count only while the
/// commune is inspected too, which the aggregated rows alone state for whole numbers only.
public struct MinimumSumCut: Hashable, Sendable, Codable {
    /// The variable bounded.
    public var bounded: VariableID
    /// The cap of every member's share.
    public var cap: VariableID
    /// The members.
    public var members: [VariableID]

    /// Creates a family.
    public init(bounded: VariableID, cap: VariableID, members: [VariableID]) {
        self.bounded = bounded
        self.cap = cap
        self.members = members
    }
}
