/// The kind of a unit to inspect or staff. Open-ended: scenarios may add kinds of their own.
public struct UnitKind: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The spelling used in scenario files, e.g. `health-station`.
    public let rawValue: String

    /// Creates a kind from its file spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A rural commune (xã).
    public static let commune = UnitKind(rawValue: "commune")
    /// A town (thị trấn).
    public static let town = UnitKind(rawValue: "town")
    /// An urban ward (phường).
    public static let ward = UnitKind(rawValue: "ward")
    /// A school (trường học).
    public static let school = UnitKind(rawValue: "school")
    /// A public service centre (trung tâm).
    public static let centre = UnitKind(rawValue: "centre")
    /// A commune health station (trạm y tế).
    public static let healthStation = UnitKind(rawValue: "health-station")

    /// The kinds every scenario knows, in display order.
    public static let builtIn: [UnitKind] = [.commune, .town, .ward, .school, .centre, .healthStation]

    /// Whether this is a commune-level administrative unit (commune, town or ward).
    public var isCommuneLevel: Bool { self == .commune || self == .town || self == .ward }

    public static func < (lhs: UnitKind, rhs: UnitKind) -> Bool {
        let l = builtIn.firstIndex(of: lhs) ?? Int.max
        let r = builtIn.firstIndex(of: rhs) ?? Int.max
        return l != r ? l < r : lhs.rawValue < rhs.rawValue
    }

    public var description: String { rawValue }
}
