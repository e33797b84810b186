import CivilCalendar
import Foundation
import Tracking

extension LoaderSession {
    /// Reads what `tracking:` names: the indicators file (checked) and the due date (inside the year).
    func loadTracking(_ declaration: TrackingDeclaration, year: Int) -> TrackingSettings {
        var settings = TrackingSettings(selfPlanDue: declaration.selfPlanDue)
        if let due = declaration.selfPlanDue, year != 0, due.year != year, let origin = declaration.selfPlanDueOrigin {
            issues.add(
                ScenarioIssue(
                    file: origin.file, line: origin.line, column: origin.column, field: "tracking.self_plan_due",
                    message: t(
                        "Hạn ban hành kế hoạch (\(due)) không thuộc năm \(year).",
                        "The due date of the units' own plans (\(due)) is not in \(year)."),
                    hint: t("Dùng một ngày trong năm của kịch bản.", "Use a date in the scenario's year.")))
        }
        guard let reference = declaration.indicators else { return settings }
        let file = Self.display(reference.url)
        settings.indicatorsFile = file
        guard let data = read(reference.url, file: file, limit: options.maxYAMLBytes, reference: reference) else {
            return settings
        }
        files.append(.init(role: "tracking.indicators", path: reference.url.path, bytes: data))
        settings.indicators = IndicatorsFile.decode(data, file: file, folder: reference.url, issues: issues)
        return settings
    }
}
