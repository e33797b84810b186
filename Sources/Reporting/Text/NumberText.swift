import Localization

/// Number and month words shared by the sentence renderers of ``PlanNoteText``, ``UnmetText`` and ``FindingText``.
enum NumberText {
    /// A short decimal (up to `places` places, six by default, no trailing zeros, decimal point in both languages),
    /// as plan notes print scores and bounds.
    static func short(_ x: Double, places: Int = 6) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        var text = String((x * scale).rounded() / scale)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// `x` rounded to `places` decimals, with a decimal comma when `comma` (Vietnamese) and no thousands separator;
    /// `—` when not finite.
    static func fixed(_ x: Double, places: Int, comma: Bool) -> String {
        guard x.isFinite else { return "—" }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let n = Int((abs(x) * Double(scale)).rounded())
        var text = String(n / scale)
        if places > 0 {
            let fraction = String(n % scale)
            text += (comma ? "," : ".") + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return (x < 0 && n != 0 ? "-" : "") + text
    }

    /// A run of months, e.g. `tháng 3–5` / `March–May`, from the first and last of `months` (sorted).
    static func monthRange(_ months: [Int], _ language: Language) -> String {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        guard let lo = months.first, let hi = months.last else { return "" }
        switch language {
        case .vi: return lo == hi ? "tháng \(lo)" : "tháng \(lo)–\(hi)"
        case .en: return lo == hi ? names[lo - 1] : "\(names[lo - 1])–\(names[hi - 1])"
        }
    }
}
