import CivilCalendar
import Localization
import ScenarioModel
import Staffing

/// Renders the plain-text summary `cchc staffing` prints: rules, surplus at the check date, the plan in brief,
/// deadlines and targets.
public enum StaffingSummary {
    /// Renders the summary.
    public static func render(_ report: StaffingReport, scenario: Scenario, language: Language) -> String {
        let vi = language == .vi
        var out: [String] = []
        out.append((vi ? "Biên chế và tinh giản: " : "Staffing: ") + scenario.name)
        out.append(
            (vi ? "Bộ quy định: " : "Rules: ") + report.rules.name + " — "
                + report.rules.documents.map(\.document).joined(separator: ", "))
        out.append(
            (vi ? "Ngày kiểm tra: " : "Checked on: ") + Vocabulary.date(report.asOf, language)
                + (vi ? "; dự báo đến hết năm \(report.until)" : "; projected to the end of \(report.until)"))
        let over = report.units.filter { ($0.surplus ?? 0) > 0 }
        let surplus = over.reduce(0) { $0 + ($1.surplus ?? 0) }
        out.append("")
        out.append(
            vi
                ? "Vượt định mức tại \(Vocabulary.date(report.asOf, language)): \(surplus) người ở \(over.count) nhóm đơn vị/loại."
                : "Above quota on \(Vocabulary.date(report.asOf, language)): \(surplus) people in \(over.count) unit groups."
        )
        for u in over.sorted(by: { ($0.surplus ?? 0, $1.unit) > ($1.surplus ?? 0, $0.unit) }).prefix(10) {
            let name = scenario.unit(u.unit)?.name ?? u.unit
            out.append(
                "  \(name) — \(StaffingVocabulary.group(u.category, language)): \(u.headcount)/\(u.quota ?? 0) (+\(u.surplus ?? 0))"
            )
        }
        let blocking = report.findings.filter { $0.severity == .blocking }.count
        out.append(
            (vi ? "Phát hiện: " : "Findings: ") + "\(report.findings.count)"
                + (vi ? " (\(blocking) nghiêm trọng)" : " (\(blocking) blocking)"))
        out.append("")
        let plan = report.plan
        out.append(
            vi
                ? "Phương án tinh giản (\(plan.termination.rawValue)): \(plan.transfers.count) điều động, \(plan.exits.count) nghỉ; tổng chi phí \(StaffingVocabulary.vnd(plan.totalCostVND, language)) đồng."
                : "Reduction plan (\(plan.termination.rawValue)): \(plan.transfers.count) transfers, \(plan.exits.count) exits; total cost \(StaffingVocabulary.vnd(plan.totalCostVND, language)) VND."
        )
        for d in report.deadlines where d.surplusBeforePlan > 0 || d.unresolved > 0 {
            let name = scenario.unit(d.unit)?.name ?? d.unit
            let state =
                d.unresolved == 0
                ? (vi ? "đạt" : "met")
                : (vi ? "còn thừa \(d.unresolved) người" : "\(d.unresolved) still above quota")
            out.append(
                "  \(name) — \(StaffingVocabulary.group(d.category, language)), \(vi ? "hạn" : "deadline") \(Vocabulary.date(d.date, language)): \(state)"
            )
        }
        if !report.targets.isEmpty {
            out.append("")
            out.append(vi ? "Chỉ tiêu tinh giản:" : "Reduction targets:")
            for t in report.targets {
                out.append(
                    "  \(t.met ? "✓" : "✗") \(t.categories.map(\.rawValue).joined(separator: "+")) \(t.from)→\(t.to): "
                        + (vi ? "cần giảm " : "required ") + Vocabulary.percent(t.requiredCut, decimals: 1, language)
                        + (vi ? ", dự kiến " : ", projected ")
                        + Vocabulary.percent(t.projectedCut, decimals: 1, language))
            }
        }
        if !report.unconfirmed.isEmpty {
            out.append("")
            out.append(
                vi
                    ? "Lưu ý: \(report.unconfirmed.count) số liệu chưa được xác nhận [U] đã được dùng; xem staffing-check.md."
                    : "Note: \(report.unconfirmed.count) unconfirmed [U] figures were used; see staffing-check.md.")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
