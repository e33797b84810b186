import Foundation
import Localization
import Reporting

/// What changed from one compared scenario to another, in words: "thêm 19 cuộc, đủ 22/22 xã, +15 ngày-đoàn".
public enum ComparisonSummary {
    /// The sentence for going from column `from` to column `to`.
    public static func sentence(from a: ComparisonColumn, to b: ComparisonColumn, language: Language) -> String {
        let vi = language == .vi
        var parts: [String] = []
        let delta = b.inspection.inspections - a.inspection.inspections
        if delta > 0 {
            parts.append(vi ? "thêm \(delta) cuộc" : "\(delta) more inspections")
        } else if delta < 0 {
            parts.append(vi ? "bớt \(-delta) cuộc" : "\(-delta) fewer inspections")
        } else {
            parts.append(
                vi ? "cùng số cuộc (\(b.inspection.inspections))" : "same inspections (\(b.inspection.inspections))")
        }
        // Only the targets whose coverage changed; their names lower-cased inside the sentence.
        for figure in b.inspection.coverage {
            let before = a.inspection.coverage.first { $0.label == figure.label }
            if let before, before.planned == figure.planned, before.met == figure.met { continue }
            let word = figure.met ? (vi ? "đủ" : "meets") : (vi ? "chưa đủ" : "short of")
            let label = figure.label.prefix(1).lowercased() + figure.label.dropFirst()
            parts.append("\(word) \(figure.planned)/\(figure.total) \(label)")
        }
        let days = b.inspection.teamDays - a.inspection.teamDays
        if days != 0 {
            let number = days == days.rounded() ? String(Int(days)) : String(format: "%.1f", days)
            parts.append((days > 0 ? "+" : "") + number + (vi ? " ngày-đoàn" : " team-days"))
        }
        return parts.joined(separator: ", ")
    }
}
