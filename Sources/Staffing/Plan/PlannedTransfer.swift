import CivilCalendar

/// A planned transfer (JSON `plan.transfers`).
public struct PlannedTransfer: Hashable, Sendable, Codable {
    /// The person's id.
    public var id: String
    /// The person's name.
    public var name: String
    /// The unit left.
    public var from: String
    /// The unit joined.
    public var to: String
    /// The day it takes effect.
    public var date: CivilDate
    /// The category group.
    public var category: QuotaGroup
    /// The money paid: 0 (a transfer pays no benefit; its penalty is an objective weight only).
    public var costVND: Double
    /// The post (chức danh) the person holds and fills, vacant at the destination, when the scenario has posts.
    public var post: String?
    /// Whether the post is elected, so the transfer needs an election at the destination.
    public var needsElection: Bool?

    enum CodingKeys: String, CodingKey {
        case id, name, from, to, date, category, post
        case costVND = "cost_vnd"
        case needsElection = "needs_election"
    }

    /// Creates a transfer.
    public init(
        id: String, name: String, from: String, to: String, date: CivilDate, category: QuotaGroup, costVND: Double = 0
    ) {
        self.id = id
        self.name = name
        self.from = from
        self.to = to
        self.date = date
        self.category = category
        self.costVND = costVND
    }
}
