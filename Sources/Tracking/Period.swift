/// A reporting quarter, written `2022-Q3`.
public struct Period: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The year.
    public var year: Int
    /// The quarter, 1 to 4.
    public var quarter: Int

    /// Creates a period; `nil` unless the quarter is 1 to 4.
    public init?(year: Int, quarter: Int) {
        guard (1...4).contains(quarter), (1900...2100).contains(year) else { return nil }
        self.year = year
        self.quarter = quarter
    }

    /// Reads `2022-Q3` (also `2022-q3`, `Q3/2022`, `Quý 3/2022`).
    public init?(_ text: String) {
        let t = text.trimmingWhitespace.uppercased()
        let parts: (String, String)?
        if let dash = t.firstIndex(of: "-"), t[t.index(after: dash)...].hasPrefix("Q") {
            parts = (String(t[..<dash]), String(t[t.index(dash, offsetBy: 2)...]))
        } else if let slash = t.firstIndex(of: "/") {
            let head = t[..<slash]
            let digits = head.drop { !$0.isNumber }
            parts = (String(t[t.index(after: slash)...]), String(digits))
        } else {
            parts = nil
        }
        guard let parts, let year = Int(parts.0), let quarter = Int(parts.1) else { return nil }
        self.init(year: year, quarter: quarter)
    }

    /// `2022-Q3`.
    public var description: String { "\(year)-Q\(quarter)" }

    /// The first month of the quarter.
    public var firstMonth: Int { (quarter - 1) * 3 + 1 }

    /// The last month of the quarter.
    public var lastMonth: Int { quarter * 3 }

    public static func < (lhs: Period, rhs: Period) -> Bool { (lhs.year, lhs.quarter) < (rhs.year, rhs.quarter) }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
