import Foundation
import Localization
import ScenarioGenerator
import ScenarioModel

/// The few lines `cchc generate` prints: what was written, and how much slack the teams have.
struct GenerateSummary {
    let scenario: Scenario
    let folder: String
    let seconds: Double

    func text(language: Language) -> String {
        let vi = language == .vi
        var counts: [UnitKind: Int] = [:]
        for unit in scenario.units { counts[unit.kind, default: 0] += 1 }
        let kinds = counts.keys.sorted().map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        let estimate = LoadEstimate(scenario)
        let shares = estimate.regions.map(\.requiredShare)
        let capacity = estimate.regions.reduce(0) { $0 + $1.capacityDays }
        let required = estimate.regions.reduce(0) { $0 + $1.requiredDays }
        let all = estimate.regions.reduce(0) { $0 + $1.allDays }
        let regions = Set(scenario.units.compactMap(\.region)).count
        let pct = { (x: Double) in String(format: "%.0f%%", x * 100) }
        var lines: [String] = []
        if vi {
            lines.append(
                "Đã ghi kịch bản mô phỏng vào \(folder) (\(String(format: "%.1f", seconds)) giây): \(scenario.name)")
            lines.append(
                "  Đơn vị: \(scenario.units.count) (\(kinds)); vùng: \(max(regions, 1)); đoàn: \(scenario.teams.count)")
            lines.append(
                "  Lịch bận: \(scenario.unavailability.count); lịch cố định: \(scenario.pins.count); "
                    + "thời gian tạm dừng: \(scenario.inspection.blackouts.count); nhân sự: \(scenario.staff.count)")
            lines.append(
                "  Năng lực ước tính: \(Int(capacity)) ngày; bắt buộc: \(Int(required)) ngày "
                    + "(\(pct(shares.min() ?? 0))–\(pct(shares.max() ?? 0)) theo vùng); kiểm tra hết: \(Int(all)) ngày")
            lines.append("Kiểm tra: cchc validate \(folder)")
        } else {
            lines.append(
                "Wrote a synthetic scenario to \(folder) (\(String(format: "%.1f", seconds)) s): \(scenario.name)")
            lines.append(
                "  Units: \(scenario.units.count) (\(kinds)); regions: \(max(regions, 1)); teams: \(scenario.teams.count)"
            )
            lines.append(
                "  Unavailability: \(scenario.unavailability.count); pins: \(scenario.pins.count); "
                    + "blackouts: \(scenario.inspection.blackouts.count); staff: \(scenario.staff.count)")
            lines.append(
                "  Estimated capacity: \(Int(capacity)) days; required: \(Int(required)) days "
                    + "(\(pct(shares.min() ?? 0))–\(pct(shares.max() ?? 0)) by region); everything: \(Int(all)) days")
            lines.append("Check it: cchc validate \(folder)")
        }
        return lines.joined(separator: "\n")
    }
}
