import Foundation

/// Turns model names into names that CPLEX LP and free MPS readers accept and keep, for exported files.
///
/// GLPK's LP writer replaces any name with a blank or a non-ASCII character by a generic `r_7`/`x_7`, and its
/// MPS writer turns blanks into `_`, which can make two names equal. This mapper writes readable ASCII
/// instead: Vietnamese letters lose their diacritics (`Đông Hòa` → `Dong_Hoa`), `[ ]` become `( )`, other
/// characters outside the CPLEX LP set become `_`, and a collision gets a `~2`, `~3`, … suffix.
struct GLPKExportNames {
    private var used: Set<String> = []

    /// Characters allowed in CPLEX LP names besides ASCII letters and digits.
    private static let allowedSymbols = Set("!\"#$%&()/,.;?@_`'{}|~")

    /// A readable, unique export name for `name`.
    mutating func name(for name: String) -> String {
        var base = Self.portable(name)
        if base.count > 240 { base = String(base.prefix(240)) }
        var candidate = base
        var k = 2
        while !used.insert(candidate).inserted {
            candidate = "\(base)~\(k)"
            k += 1
        }
        return candidate
    }

    /// The ASCII form of a name (not yet unique).
    static func portable(_ name: String) -> String {
        let folded = name.replacingOccurrences(of: "Đ", with: "D").replacingOccurrences(of: "đ", with: "d")
            .folding(options: [.diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var out = ""
        for ch in folded {
            if ch.isASCII, ch.isLetter || ch.isNumber || allowedSymbols.contains(ch) {
                out.append(ch)
            } else if ch == "[" {
                out.append("(")
            } else if ch == "]" {
                out.append(")")
            } else {
                out.append("_")
            }
        }
        // CPLEX LP names may not start with a digit or a period, nor look like an exponent ("e5").
        let chars = Array(out)
        if let first = chars.first {
            let exponentLike = (first == "e" || first == "E") && (chars.count == 1 || chars[1].isNumber)
            if first.isNumber || first == "." || exponentLike { out = "_" + out }
        }
        return out.isEmpty ? "_" : out
    }
}
