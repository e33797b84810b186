import CivilCalendar
import InspectionScheduling
import Localization
import ScenarioModel

/// Renders the plain-text summary `cchc schedule` prints: status, coverage per target, load per team and month,
/// what is unmet, and the calendar.
public enum InspectionPlanSummary {
    /// Renders the summary.
    public static func render(_ plan: InspectionPlan, scenario: Scenario, language: Language) -> String {
        let vi = language == .vi
        var out: [String] = []
        out.append(
            (vi ? "Kế hoạch kiểm tra CCHC năm \(plan.year): " : "CCHC inspection plan \(plan.year): ") + scenario.name)
        out.append((vi ? "Tình trạng: " : "Status: ") + InspectionPlanMarkdown.statusText(plan, language))
        if let objective = plan.objective {
            var line = (vi ? "Giá trị mục tiêu: " : "Objective: ") + Vocabulary.number(objective, decimals: 3, language)
            if let bound = plan.bound {
                line += (vi ? "; cận trên: " : "; bound: ") + Vocabulary.number(bound, decimals: 3, language)
            }
            out.append(line)
        }
        // Where the year's days off come from: the announced arrangement or the Labour Code rule.
        for note in plan.notes where note.kind == .holidaysAnnounced || note.kind == .holidaysByRule {
            out.append(PlanNoteText.text(note, language))
        }
        out.append("")
        out.append(vi ? "Chỉ tiêu (kế hoạch / tối thiểu / tổng số):" : "Targets (planned / required / total):")
        let width = plan.targets.map { ($0.region.map { " — \($0)" } ?? "").count + $0.name.count }.max() ?? 0
        for t in plan.targets {
            let name = t.name + (t.region.map { " — \($0)" } ?? "")
            out.append("  \(t.isMet ? "✓" : "✗") \(pad(name, width))  \(t.planned) / \(t.required) / \(t.total)")
        }
        out.append("")
        out.append(vi ? "Khối lượng theo đoàn (ngày):" : "Load per team (days):")
        for tl in plan.teamLoads {
            let months = tl.months.map { monthLoad($0.month, $0.days, language) }
            out.append(
                "  \(tl.team): \(Vocabulary.days(tl.days, language)) (\(tl.inspections) \(vi ? "cuộc" : "inspections"))"
                    + (months.isEmpty ? "" : " — " + months.joined(separator: vi ? "; " : ", ")))
        }
        if !plan.monthLoads.isEmpty {
            out.append(vi ? "Khối lượng theo tháng (ngày):" : "Load per month (days):")
            out.append(
                "  "
                    + plan.monthLoads.map { monthLoad($0.month, $0.days, language) }.joined(separator: vi ? "; " : "  ")
            )
        }
        out.append(
            (vi ? "Theo thứ trong tuần (số cuộc): " : "By weekday (inspections): ")
                + WeekdayHistogram.line(plan, language))
        out.append(
            (vi ? "Số ngày làm việc của các đoàn: " : "Team working dates: ") + "\(WeekdayHistogram.teamDays(plan))")
        if !plan.unmet.isEmpty {
            out.append("")
            out.append(vi ? "Chưa đáp ứng:" : "Not met:")
            for u in plan.unmet { out.append("  - " + UnmetText.text(u, language)) }
        }
        if !plan.moved.isEmpty {
            out.append("")
            out.append(
                vi
                    ? "Thay đổi so với kế hoạch trước: \(plan.moved.count)"
                    : "Changes from the previous plan: \(plan.moved.count)")
            for m in plan.moved {
                let before = m.previousDate.map { "\($0) \(m.previousTeam ?? "")" } ?? (vi ? "(mới)" : "(new)")
                let now = m.date.map { "\($0) \(m.team ?? "")" } ?? (vi ? "(bỏ)" : "(dropped)")
                out.append("  \(m.unit): \(before) → \(now)")
            }
        }
        let entries = CalendarEntry.entries(of: plan, in: scenario)
        if !entries.isEmpty {
            out.append("")
            out.append(vi ? "Lịch kiểm tra:" : "Calendar:")
            for e in entries {
                out.append(
                    "  \(e.inspection.date) \(pad(Vocabulary.weekday(e.inspection.date, language), 9)) \(pad(e.team.code, 4)) \(pad(Vocabulary.session(e.session, language), 9)) \(e.unit.name)\(e.inspection.fixed ? (vi ? " (cố định)" : " (fixed)") : "")"
                )
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One month's load: "tháng 5: 2" (the months are never written T5, which reads as a team or a weekday) /
    /// "May 2".
    static func monthLoad(_ month: Int, _ days: Double, _ language: Language) -> String {
        language == .vi
            ? "\(Vocabulary.monthName(month, language)): \(Vocabulary.days(days, language))"
            : "\(Vocabulary.shortMonth(month, language)) \(Vocabulary.days(days, language))"
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
