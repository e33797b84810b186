import InspectionScheduling
import Localization

/// The weekday histogram of a plan (inspections starting Monday … Friday) and its team-days, for every summary.
public enum WeekdayHistogram {
    /// The weekday names, Monday to Friday.
    public static func names(_ language: Language) -> [String] {
        language == .vi
            ? ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"]
            : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    }

    /// The counts as measured, or measured now for a plan saved without them.
    public static func counts(_ plan: InspectionPlan) -> [Int] {
        plan.weekdayCounts ?? PlanMetrics.weekdayCounts(plan.inspections)
    }

    /// The team-days as measured, or measured now for a plan saved without them.
    public static func teamDays(_ plan: InspectionPlan) -> Int {
        plan.teamDays ?? InspectionPlanner.teamDates(plan.inspections)
    }

    /// One line: `Thứ Hai 0 · Thứ Ba 2 · …`.
    public static func line(_ plan: InspectionPlan, _ language: Language) -> String {
        zip(names(language), counts(plan)).map { "\($0) \($1)" }.joined(separator: " · ")
    }
}
