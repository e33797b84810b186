import CivilCalendar
import Localization
import ScenarioModel
import Staffing

/// Renders `reduction-plan.md`: retirements, the projection summary, the least-cost plan (who, what, when, cost and
/// formula), deadlines with what remains unresolved, and the reduction targets, in Vietnamese or English.
public enum ReductionPlanMarkdown {
    /// Renders the plan.
    public static func render(_ report: StaffingReport, scenario: Scenario, language: Language) -> String {
        var md: [String] = []
        md.append(contentsOf: heading(report, scenario: scenario, language: language))
        md.append(contentsOf: StaffingCheckMarkdown.rulesSection(report, language))
        md.append(contentsOf: outcome(report.plan, scenario: scenario, language: language))
        md.append(contentsOf: deadlines(report.plan, scenario: scenario, language: language))
        md.append(contentsOf: transfers(report.plan, scenario: scenario, language: language))
        md.append(contentsOf: exits(report.plan, scenario: scenario, language: language))
        md.append(contentsOf: retirements(report, scenario: scenario, language: language))
        md.append(contentsOf: targets(report, language: language))
        md.append(contentsOf: StaffingCheckMarkdown.unconfirmedNote(report, language))
        return md.joined(separator: "\n") + "\n"
    }

    /// The title, the scenario and period, the hiring policy and the solver status.
    static func heading(_ report: StaffingReport, scenario: Scenario, language: Language) -> [String] {
        let vi = language == .vi
        let V = StaffingVocabulary.self
        let plan = report.plan
        var md: [String] = []
        md.append(vi ? "# PHƯƠNG ÁN GIẢI QUYẾT CÁN BỘ, CÔNG CHỨC DÔI DƯ" : "# Plan to absorb redundant staff")
        md.append("")
        md.append(
            "**\(scenario.name)** — "
                + (vi
                    ? "từ \(Vocabulary.date(report.asOf, language)) đến hết năm \(report.until)"
                    : "from \(Vocabulary.date(report.asOf, language)) to the end of \(report.until)"))
        md.append("")
        md.append(
            (vi ? "Chính sách tuyển dụng: " : "Hiring policy: ") + V.hiring(report.hiring, language) + ". "
                + (vi ? "Tình trạng giải: " : "Solver status: ") + "`\(plan.termination.rawValue)`"
                + (plan.relativeGap.map { (vi ? ", sai số tương đối " : ", relative gap ") + V.percent($0, language) }
                    ?? "") + ".")
        md.append("")
        return md
    }

    /// Section 2: the units still above quota at their deadline, the total cost and the objective's parts.
    static func outcome(_ plan: ReductionPlan, scenario: Scenario, language: Language) -> [String] {
        let vi = language == .vi
        let V = StaffingVocabulary.self
        var md: [String] = []
        md.append(vi ? "## 2. Kết quả" : "## 2. Outcome")
        md.append("")
        let short = plan.deadlines.filter { $0.unresolved > 0 }
        if short.isEmpty {
            md.append(vi ? "Tất cả đơn vị về trong định mức đúng hạn." : "Every unit is within quota by its deadline.")
        } else {
            for d in short {
                md.append(
                    vi
                        ? "- **Không đạt:** \(V.unitName(d.unit, scenario)) (\(V.group(d.category, language))) còn thừa **\(d.unresolved)** người tại hạn \(Vocabulary.date(d.date, language))."
                        : "- **Not met:** \(V.unitName(d.unit, scenario)) (\(V.group(d.category, language))) is still **\(d.unresolved)** above quota at its deadline \(Vocabulary.date(d.date, language))."
                )
            }
        }
        md.append("")
        md.append(
            (vi ? "Tổng kinh phí: **" : "Total cost: **") + V.vnd(plan.totalCostVND, language)
                + (vi ? " đồng** (" : " VND** (")
                + (vi
                    ? "\(plan.exits.count) người nghỉ, \(plan.transfers.count) người điều động)."
                    : "\(plan.exits.count) exit(s), \(plan.transfers.count) transfer(s))."))
        md.append("")
        let parts = plan.objectiveBreakdown
        md.append(
            vi
                ? "Hàm mục tiêu = kinh phí \(V.vnd(parts.costVND, language)) đồng + phạt điều động \(plan.transfers.count) × \(V.vnd(plan.transferPenaltyVND, language)) = \(V.vnd(parts.transferPenaltiesVND, language)) (trọng số, không phải chi phí) + \(parts.shortfallPeople) người chưa giải quyết được (phạt rất lớn)."
                : "Objective = cost \(V.vnd(parts.costVND, language)) VND + transfer penalty \(plan.transfers.count) × \(V.vnd(plan.transferPenaltyVND, language)) = \(V.vnd(parts.transferPenaltiesVND, language)) (a weight, not money) + \(parts.shortfallPeople) people left above quota (very large penalty)."
        )
        md.append("")
        return md
    }

    /// Section 3: each unit's deadline, its surplus before the plan and what remains after it.
    static func deadlines(_ plan: ReductionPlan, scenario: Scenario, language: Language) -> [String] {
        let vi = language == .vi
        let V = StaffingVocabulary.self
        var md: [String] = []
        md.append(vi ? "## 3. Hạn xử lý theo đơn vị" : "## 3. Deadlines by unit")
        md.append("")
        md.append(
            vi
                ? "| Đơn vị | Nhóm | Hạn | Thừa tại hạn (chưa có phương án) | Còn thừa sau phương án |"
                : "| Unit | Group | Deadline | Surplus at deadline before the plan | Unresolved after the plan |")
        md.append("|---|---|---|---:|---:|")
        for d in plan.deadlines {
            md.append(
                "| \(V.cell(V.unitName(d.unit, scenario))) | \(V.group(d.category, language)) | \(Vocabulary.date(d.date, language)) | \(d.surplusBeforePlan) | \(d.unresolved) |"
            )
        }
        md.append("")
        return md
    }

    /// Section 4: who is transferred, from where, to where and when.
    static func transfers(_ plan: ReductionPlan, scenario: Scenario, language: Language) -> [String] {
        let vi = language == .vi
        let V = StaffingVocabulary.self
        var md: [String] = []
        md.append(vi ? "## 4. Điều động, luân chuyển" : "## 4. Transfers")
        md.append("")
        if plan.transfers.isEmpty {
            md.append(vi ? "Không có." : "None.")
        } else {
            md.append(vi ? "| Họ và tên | Mã | Từ đơn vị | Đến đơn vị | Ngày |" : "| Name | Id | From | To | Date |")
            md.append("|---|---|---|---|---|")
            for t in plan.transfers {
                md.append(
                    "| \(V.cell(t.name)) | \(t.id) | \(V.cell(V.unitName(t.from, scenario))) | \(V.cell(V.unitName(t.to, scenario))) | \(Vocabulary.date(t.date, language)) |"
                )
            }
        }
        md.append("")
        return md
    }

    /// Section 5: early retirements and resignations with their cost, formula and rule.
    static func exits(_ plan: ReductionPlan, scenario: Scenario, language: Language) -> [String] {
        let vi = language == .vi
        let V = StaffingVocabulary.self
        var md: [String] = []
        md.append(vi ? "## 5. Nghỉ hưu trước tuổi, thôi việc" : "## 5. Early retirements and resignations")
        md.append("")
        if plan.exits.isEmpty {
            md.append(vi ? "Không có." : "None.")
        } else {
            md.append(
                vi
                    ? "| Họ và tên | Mã | Đơn vị | Hình thức | Ngày | Kinh phí (đồng) | Cách tính | Căn cứ |"
                    : "| Name | Id | Unit | Measure | Date | Cost (VND) | Formula | Rule |")
            md.append("|---|---|---|---|---|---:|---|---|")
            for e in plan.exits {
                md.append(
                    "| \(V.cell(e.name)) | \(e.id) | \(V.cell(V.unitName(e.unit, scenario))) | \(V.exit(e.kind, language)) | \(Vocabulary.date(e.date, language)) | \(V.vnd(e.costVND, language)) | \(V.cell(V.numbers(e.formula, language))) | \(V.cell(V.citation(e.citation, language))) |"
                )
            }
            md.append("")
            md.append(
                vi
                    ? "Cách tính: số tháng lương × (hệ số lương + phụ cấp) × lương cơ sở tại ngày nghỉ; số năm nghỉ trước tuổi tính theo tháng ÷ 12, số năm đóng BHXH làm tròn xuống nửa năm [U]."
                    : "Formula: months of salary × (salary + allowance coefficient) × base salary on the exit date; years early counted in months ÷ 12, insurance years rounded down to half years [U]."
            )
        }
        md.append("")
        return md
    }

    /// Section 6: the people who reach retirement age in the period.
    static func retirements(_ report: StaffingReport, scenario: Scenario, language: Language) -> [String] {
        let vi = language == .vi
        let V = StaffingVocabulary.self
        var md: [String] = []
        md.append(vi ? "## 6. Người đến tuổi nghỉ hưu" : "## 6. Statutory retirements")
        md.append("")
        if report.retirements.isEmpty {
            md.append(vi ? "Không có." : "None.")
        } else {
            md.append(vi ? "| Mã | Đơn vị | Ngày nghỉ hưu |" : "| Id | Unit | Retirement date |")
            md.append("|---|---|---|")
            for r in report.retirements {
                md.append(
                    "| \(r.id) | \(V.cell(V.unitName(r.unit, scenario))) | \(Vocabulary.date(r.date, language)) |")
            }
        }
        md.append("")
        return md
    }

    /// Section 7: the reduction targets, the projected cut and whether each is met.
    static func targets(_ report: StaffingReport, language: Language) -> [String] {
        let vi = language == .vi
        let V = StaffingVocabulary.self
        var md: [String] = []
        md.append(vi ? "## 7. Chỉ tiêu tinh giản biên chế" : "## 7. Reduction targets")
        md.append("")
        if report.targets.isEmpty {
            md.append(vi ? "Không đặt chỉ tiêu." : "No targets set.")
        } else {
            md.append(
                vi
                    ? "| Đối tượng | Giai đoạn | Đầu kỳ | Cuối kỳ (dự kiến) | Yêu cầu giảm | Dự kiến giảm | Đạt |"
                    : "| Categories | Period | Baseline | Projected final | Required cut | Projected cut | Met |")
            md.append("|---|---|---:|---:|---:|---:|:---:|")
            for t in report.targets {
                let cats = t.categories.map(\.rawValue).joined(separator: ", ")
                md.append(
                    "| \(cats) | \(t.from)–\(t.to) | \(t.baseline) | \(t.final) | \(V.percent(t.requiredCut, language)) | \(V.percent(t.projectedCut, language)) | \(t.met ? "✓" : "✗") |"
                )
            }
        }
        md.append("")
        return md
    }
}
