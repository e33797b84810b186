import Foundation
import Localization
import Reporting

/// What changed between two scenarios, in words: "thêm 19 cuộc; đủ 22/22 xã, thị trấn; +15 ngày-đoàn".
public enum ComparisonSummary {
    /// The sentence saying how `other` differs from `baseline`, in `language`.
    public static func sentence(baseline: ComparisonColumn, other: ComparisonColumn, language: Language) -> String {
        let vi = language == .vi
        var parts: [String] = []
        let added = other.inspection.inspections - baseline.inspection.inspections
        if added > 0 {
            parts.append(vi ? "thêm \(added) cuộc" : "\(added) more inspection\(added == 1 ? "" : "s")")
        } else if added < 0 {
            parts.append(vi ? "bớt \(-added) cuộc" : "\(-added) fewer inspection\(added == -1 ? "" : "s")")
        } else {
            parts.append(
                vi ? "cùng số cuộc kiểm tra (\(added + baseline.inspection.inspections))" : "as many inspections")
        }
        for figure in other.inspection.coverage {
            let label = figure.label.lowercased()
            if figure.met {
                parts.append(
                    vi
                        ? "đủ \(figure.planned)/\(figure.total) \(label)"
                        : "\(label) met: \(figure.planned)/\(figure.total)")
            } else {
                parts.append(
                    vi
                        ? "chưa đủ \(label): \(figure.planned)/\(figure.required) cần"
                        : "\(label) short: \(figure.planned) of \(figure.required) required")
            }
        }
        let days = other.inspection.teamDays - baseline.inspection.teamDays
        let dayText = Vocabulary.days(abs(days), language)
        if days == 0 {
            parts.append(vi ? "cùng số ngày-đoàn" : "as many team-days")
        } else {
            parts.append((days > 0 ? "+" : "−") + dayText + (vi ? " ngày-đoàn" : " team-days"))
        }
        let exits = other.staffing.exits - baseline.staffing.exits
        if exits != 0 {
            parts.append(
                (exits > 0 ? "+" : "−") + "\(abs(exits))" + (vi ? " người nghỉ/thôi việc" : " exits"))
        }
        let unresolved = other.staffing.unresolved - baseline.staffing.unresolved
        if unresolved != 0 {
            parts.append(
                (unresolved > 0 ? "+" : "−") + "\(abs(unresolved))"
                    + (vi ? " người còn vượt định mức" : " still above quota"))
        }
        return parts.joined(separator: "; ")
    }
}
