/// The base salary (lương cơ sở) in VND per month.
public struct BaseSalary: Hashable, Sendable, Codable {
    /// VND per month.
    public var vndPerMonth: Double

    /// Creates a base salary.
    public init(vndPerMonth: Double) { self.vndPerMonth = vndPerMonth }
}
