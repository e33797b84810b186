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
        if let note = reformNote(report, language) {
            md.append((vi ? "**Lưu ý:** " : "**Note:** ") + note)
            md.append("")
        }
        return md
    }

    /// What the 2025 reform means for the plan, when its period reaches it: a plan that starts after it applies the
    /// rules of the two-tier local government; one that runs past it brings the former units within quota first.
    public static func reformNote(_ report: StaffingReport, _ language: Language) -> String? {
        guard let reform = report.reform else { return nil }
        let V = StaffingVocabulary.self
        let when = Vocabulary.date(reform.date, language)
        let cite = V.citation(
            RuleCitation(document: reform.provenance.document, article: "", confidence: reform.provenance.confidence),
            language)
        guard report.asOf >= reform.date else {
            return language == .vi
                ? "giai đoạn này vượt qua ngày \(when), khi chính quyền địa phương hai cấp bắt đầu hoạt động (\(cite)): cấp huyện kết thúc, các xã được sắp xếp lại. Các đơn vị cấp xã cũ phải về định mức trước ngày đó; sau ngày đó không áp dụng định mức cũ cho đơn vị cũ. Người nghỉ do sắp xếp năm 2025 hưởng chính sách theo Nghị định số 178/2024/NĐ-CP (sửa đổi bởi Nghị định số 67/2025/NĐ-CP)."
                : "this period runs past \(when), when the two-tier local government begins (\(cite)): the district level ends and communes are merged again. Former commune-level units must be within quota before that day; after it the old quotas no longer apply to the old units. Exits caused by the 2025 restructuring follow ND 178/2024 as amended by ND 67/2025."
        }
        let officials = "\(reform.officialsPerNewCommune) [\(reform.officialsConfidence.mark)]"
        let partTime = "\(reform.partTimePerNewCommune) [\(reform.partTimeConfidence.mark)]"
        return language == .vi
            ? "phương án bắt đầu sau ngày \(when), khi chính quyền địa phương hai cấp bắt đầu hoạt động (\(cite)), nên áp dụng quy định sau sắp xếp cho các xã, phường hình thành từ ngày đó: định mức cán bộ, công chức là số được giao, nếu chưa có quyết định giao thì \(officials) người mỗi đơn vị; người hoạt động không chuyên trách \(partTime); người nghỉ hưởng chính sách theo Nghị định số 178/2024/NĐ-CP (sửa đổi bởi Nghị định số 67/2025/NĐ-CP); hạn về định mức là 5 năm kể từ ngày sắp xếp. Định mức cũ theo phân loại xã không còn áp dụng. Các số đánh dấu [U] chưa được xác nhận (xem mục cuối)."
            : "the plan starts after \(when), when the two-tier local government began (\(cite)), so the rules after the reform apply to the xã and phường formed on that day: the officials' quota is the number allocated, or \(officials) per unit when none is allocated; part-time staff \(partTime); exits follow ND 178/2024 as amended by ND 67/2025; units must be within quota 5 years after the reorganisation. The old class-based quotas no longer apply. Figures marked [U] are unconfirmed (see the last section)."
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
        md.append(
            vi
                ? "Người được chọn theo thứ tự ưu tiên của pháp luật trước, rồi mới đến chi phí: theo quyết định của cơ quan quản lý; xếp loại không hoàn thành nhiệm vụ; chưa đạt tiêu chuẩn chức danh; tự nguyện; dôi dư do sắp xếp. Điều động chỉ vào chức danh còn trống cùng nhóm ở nơi đến."
                : "People are selected by the legal priority first, then by cost: HR's decision; rated as not completing duties; not meeting the post's standards; volunteers; redundant after restructuring. Transfers only fill a vacant post of the same title group at the destination."
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
            md.append(
                vi
                    ? "| Họ và tên | Mã | Từ đơn vị | Đến đơn vị | Ngày | Chức danh còn trống ở nơi đến |"
                    : "| Name | Id | From | To | Date | Vacant post at the destination |")
            md.append("|---|---|---|---|---|---|")
            for t in plan.transfers {
                let post = StaffingReasonText.destinationPost(t, language)
                md.append(
                    "| \(V.cell(t.name)) | \(t.id) | \(V.cell(V.unitName(t.from, scenario))) | \(V.cell(V.unitName(t.to, scenario))) | \(Vocabulary.date(t.date, language)) | \(V.cell(post)) |"
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
                    ? "| Họ và tên | Mã | Đơn vị | Lý do chọn | Hình thức | Ngày | Kinh phí (đồng) | Cách tính | Căn cứ |"
                    : "| Name | Id | Unit | Why this person | Measure | Date | Cost (VND) | Formula | Rule |")
            md.append("|---|---|---|---|---|---|---:|---|---|")
            for e in plan.exits {
                let why = StaffingReasonText.criterion(e, language)
                let formula = StaffingReasonText.formula(e, language)
                md.append(
                    "| \(V.cell(e.name)) | \(e.id) | \(V.cell(V.unitName(e.unit, scenario))) | \(V.cell(why)) | \(V.exit(e.kind, language)) | \(Vocabulary.date(e.date, language)) | \(V.vnd(e.costVND, language)) | \(V.cell(formula)) | \(V.cell(V.citation(e.citation, language))) |"
                )
            }
            md.append("")
            md.append(
                vi
                    ? "Cách tính: số tháng lương × hệ số (bình quân nếu nghị định tính theo tiền lương bình quân và có số liệu, nếu không là hệ số lương + phụ cấp hiện hưởng) × lương cơ sở tại ngày nghỉ; số năm nghỉ trước tuổi tính theo tháng ÷ 12 [U]; thời gian đóng BHXH tính đủ tháng đến hết ngày nghỉ, tháng lẻ làm tròn theo nghị định: dưới 3 tháng không tính, từ đủ 3 đến đủ 6 tháng tính ½ năm, trên 6 tháng tính 1 năm (khoản 8 Điều 1 Nghị định số 113/2018/NĐ-CP; Nghị định số 29/2023/NĐ-CP cùng cách tính, điều khoản [U])."
                    : "Formula: months of salary × coefficient (the average when the decree pays on the average salary and one is given, else the current salary + allowance coefficient) × base salary on the exit date; years early counted in months ÷ 12 [U]; insurance time counted in whole months to the end of the exit day, odd months rounded by the decree: under 3 months not counted, 3 to 6 months ½ year, over 6 months 1 year (ND 113/2018 Art. 1(8); ND 29/2023 the same rule, article [U])."
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

    /// One sentence per target saying which base the cut is measured against, and whether the roster is partial.
    static func targetBases(_ targets: [TargetResult], language: Language) -> [String] {
        let vi = language == .vi
        return targets.map { t in
            let cats = t.categories.map(\.rawValue).joined(separator: ", ")
            guard let e = t.establishment else {
                return vi
                    ? "- \(cats): tỷ lệ giảm tính trên số người trong danh sách đầu kỳ (\(t.baseline)), không phải biên chế được giao; kết luận KL 40-KL/TW tính trên biên chế được giao năm gốc, nên cần bổ sung `base_establishment`."
                    : "- \(cats): the cut is measured on the roster's headcount at the start (\(t.baseline)), not on the allocated establishment; KL 40-KL/TW measures against the establishment of the base year, so give `base_establishment`."
            }
            let partial =
                t.partialRoster == true
                ? (vi
                    ? " Danh sách chỉ có \(t.baseline) người, chưa đủ so với biên chế giao: kết quả chỉ phản ánh phần danh sách có."
                    : " The roster covers only \(t.baseline) people, fewer than the establishment: the result covers that part only.")
                : ""
            return vi
                ? "- \(cats): tỷ lệ giảm = (đầu kỳ − cuối kỳ) ÷ biên chế được giao năm gốc (\(e))." + partial
                : "- \(cats): cut = (start − end) ÷ the establishment allocated in the base year (\(e))." + partial
        }
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
            md.append("")
            md.append(contentsOf: targetBases(report.targets, language: language))
        }
        md.append("")
        return md
    }
}
