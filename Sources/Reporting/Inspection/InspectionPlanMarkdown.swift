import CivilCalendar
import InspectionScheduling
import Localization
import ScenarioModel

/// Renders `inspection-plan.md`: the plan shaped like a district's
/// "Kế hoạch kiểm tra công tác cải cách hành chính năm …", in Vietnamese or English.
///
/// Sections: purpose and requirements; targets and how they are met; content of the inspections; the units by month
/// with their team; each team's members; the load per team and month; what could not be met; implementation.
/// The text holds no timings or run dates, so the same plan always renders to the same bytes.
public enum InspectionPlanMarkdown {
    /// Renders the plan.
    public static func render(_ plan: InspectionPlan, scenario: Scenario, language: Language) -> String {
        let sections: [[String]] = [
            header(plan, scenario, language), purpose(plan, language), targets(plan, language),
            content(plan, scenario, language),
            calendar(plan, scenario, language), teams(plan, scenario, language), load(plan, language),
            unmet(plan, language), moved(plan, scenario, language), implementation(language), notes(plan, language),
        ]
        return sections.joined().joined(separator: "\n")
    }

    /// The title, the scenario and the plan status.
    static func header(_ plan: InspectionPlan, _ scenario: Scenario, _ language: Language) -> [String] {
        let vi = language == .vi
        var md: [String] = []
        md.append(
            vi
                ? "# KẾ HOẠCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM \(plan.year)"
                : "# Administrative-reform (CCHC) inspection plan \(plan.year)")
        md.append("")
        md.append("**\(scenario.name)**")
        md.append("")
        md.append((vi ? "**Tình trạng phương án:** " : "**Plan status:** ") + statusText(plan, language))
        md.append("")
        return md
    }

    /// I. Purpose and requirements.
    static func purpose(_ plan: InspectionPlan, _ language: Language) -> [String] {
        let vi = language == .vi
        var md: [String] = []
        md.append(vi ? "## I. MỤC ĐÍCH, YÊU CẦU" : "## I. Purpose and requirements")
        md.append("")
        if vi {
            md.append(
                "1. Đánh giá kết quả triển khai nhiệm vụ cải cách hành chính năm \(plan.year) tại các xã, thị trấn, trường học, trạm y tế và trung tâm; kịp thời phát hiện, chấn chỉnh những tồn tại, hạn chế và nhân rộng cách làm hay."
            )
            md.append(
                "2. Kiểm tra đúng đối tượng, nội dung và thời gian; bảo đảm các chỉ tiêu kiểm tra tối thiểu dưới đây; không gây phiền hà cho đơn vị được kiểm tra."
            )
        } else {
            md.append(
                "1. Assess how the \(plan.year) administrative-reform tasks were carried out in communes, towns, schools, health stations and centres; correct shortcomings early and spread good practice."
            )
            md.append(
                "2. Inspect the right units, on the right content, at the right time; meet the minimum coverage targets below; keep the burden on inspected units low."
            )
        }
        md.append("")
        return md
    }

    /// II. The target groups, how each is met, and the total inspections.
    static func targets(_ plan: InspectionPlan, _ language: Language) -> [String] {
        let vi = language == .vi
        var md: [String] = []
        md.append(vi ? "## II. ĐỐI TƯỢNG VÀ CHỈ TIÊU KIỂM TRA" : "## II. Units and coverage targets")
        md.append("")
        md.append(
            vi
                ? "| Nhóm đơn vị | Tổng số | Chỉ tiêu tối thiểu | Số đơn vị kiểm tra | Đạt |"
                : "| Group | Units | Required | Planned | Met |")
        md.append("|---|---:|---:|---:|:---:|")
        for t in plan.targets {
            let name = t.region.map { "\(t.name) — \($0)" } ?? t.name
            md.append("| \(cell(name)) | \(t.total) | \(t.required) | \(t.planned) | \(t.isMet ? "✓" : "✗") |")
        }
        md.append("")
        md.append(
            vi
                ? "Tổng số cuộc kiểm tra: **\(plan.inspections.count)**, tương ứng **\(Vocabulary.days(totalDays(plan), .vi)) ngày làm việc** của các đoàn."
                : "Inspections: **\(plan.inspections.count)**, taking **\(Vocabulary.days(totalDays(plan), .en)) team-days**."
        )
        md.append("")
        return md
    }

    /// III. The seven areas, and which of them each kind of unit in the plan is inspected on.
    static func content(_ plan: InspectionPlan, _ scenario: Scenario, _ language: Language) -> [String] {
        let vi = language == .vi
        var md: [String] = []
        md.append(vi ? "## III. NỘI DUNG KIỂM TRA" : "## III. What is inspected")
        md.append("")
        let areas =
            vi
            ? [
                "Công tác chỉ đạo, điều hành cải cách hành chính", "Cải cách thể chế", "Cải cách thủ tục hành chính",
                "Cải cách tổ chức bộ máy hành chính nhà nước", "Cải cách chế độ công vụ", "Cải cách tài chính công",
                "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
            ]
            : [
                "Direction and management of administrative reform", "Institutional reform",
                "Administrative-procedure reform",
                "Reform of the state administrative apparatus", "Civil-service reform", "Public-finance reform",
                "E-government and digital government",
            ]
        for (i, a) in areas.enumerated() { md.append("\(i + 1). \(a).") }
        md.append("")
        let units = Dictionary(scenario.units.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let kinds = Set(plan.inspections.compactMap { units[$0.unit]?.kind }).sorted()
        for kind in kinds {
            let numbers = areaNumbers(kind, scenario)
            md.append(
                vi
                    ? "- \(Vocabulary.kind(kind, language)): nội dung \(numbers)."
                    : "- \(Vocabulary.kind(kind, language)): areas \(numbers).")
        }
        if !kinds.isEmpty { md.append("") }
        return md
    }

    /// The numbers (1…7) of the areas a kind is inspected on, e.g. `3, 4, 6, 7`.
    static func areaNumbers(_ kind: UnitKind, _ scenario: Scenario) -> String {
        scenario.inspection.effectiveContent.areas(for: kind).map { "\($0.number)" }.joined(separator: ", ")
    }

    /// IV. The calendar, one table per month.
    static func calendar(_ plan: InspectionPlan, _ scenario: Scenario, _ language: Language) -> [String] {
        let vi = language == .vi
        var md: [String] = []
        md.append(vi ? "## IV. THỜI GIAN VÀ ĐƠN VỊ ĐƯỢC KIỂM TRA" : "## IV. Calendar")
        md.append("")
        let entries = CalendarEntry.entries(of: plan, in: scenario)
        if entries.isEmpty {
            md.append(vi ? "_Chưa có cuộc kiểm tra nào được xếp lịch._" : "_No inspection is scheduled._")
            md.append("")
        }
        var month = 0
        for (index, e) in entries.enumerated() {
            if e.inspection.date.month != month {
                if index > 0 { md.append("") }
                month = e.inspection.date.month
                md.append("### " + Vocabulary.month(month, year: e.inspection.date.year, language))
                md.append("")
                md.append(
                    vi
                        ? "| Ngày | Thứ | Buổi | Đơn vị được kiểm tra | Loại | Thuộc xã | Đoàn | Nội dung |"
                        : "| Date | Day | Session | Inspected unit | Kind | Commune | Team | Areas |")
                md.append("|---|---|---|---|---|---|---|---|")
            }
            let fixedMark = e.inspection.fixed ? (vi ? " (cố định)" : " (fixed)") : ""
            md.append(
                "| \(Vocabulary.date(e.inspection.date, language)) | \(Vocabulary.weekday(e.inspection.date, language)) | \(Vocabulary.session(e.session, language)) | \(cell(e.unit.name))\(fixedMark) | \(Vocabulary.kind(e.unit.kind, language)) | \(cell(e.commune?.name ?? "—")) | \(e.team.code) | \(areaNumbers(e.unit.kind, scenario)) |"
            )
        }
        if !entries.isEmpty { md.append("") }
        return md
    }

    /// V. Each team's members and load.
    static func teams(_ plan: InspectionPlan, _ scenario: Scenario, _ language: Language) -> [String] {
        let vi = language == .vi
        var md: [String] = []
        md.append(vi ? "## V. THÀNH PHẦN ĐOÀN KIỂM TRA" : "## V. Inspection teams")
        md.append("")
        let loads = Dictionary(plan.teamLoads.map { ($0.team, $0) }, uniquingKeysWith: { a, _ in a })
        for team in scenario.teams {
            md.append("### \(team.code). \(team.name)")
            md.append("")
            for m in team.members { md.append("- \(m)") }
            if team.members.isEmpty { md.append(vi ? "- _(chưa có danh sách thành viên)_" : "- _(no members listed)_") }
            let load = loads[team.code]
            md.append("")
            md.append(
                vi
                    ? "Số cuộc kiểm tra: \(load?.inspections ?? 0); số ngày làm việc: \(Vocabulary.days(load?.days ?? 0, .vi)); tối đa \(team.daysPerWeek) ngày/tuần."
                    : "Inspections: \(load?.inspections ?? 0); days: \(Vocabulary.days(load?.days ?? 0, .en)); at most \(team.daysPerWeek) days a week."
            )
            md.append("")
        }
        return md
    }

    /// VI. The load per team and month.
    static func load(_ plan: InspectionPlan, _ language: Language) -> [String] {
        let vi = language == .vi
        var md: [String] = []
        md.append(vi ? "## VI. PHÂN BỔ KHỐI LƯỢNG (NGÀY LÀM VIỆC)" : "## VI. Load (team-days)")
        md.append("")
        let months = plan.monthLoads.map(\.month)
        if !months.isEmpty {
            md.append(
                (vi ? "| Đoàn |" : "| Team |")
                    + months.map { " \(Vocabulary.monthName($0, language, capitalized: true)) |" }.joined()
                    + (vi ? " Cộng |" : " Total |"))
            md.append("|---|" + String(repeating: "---:|", count: months.count + 1))
            for tl in plan.teamLoads {
                let byMonth = Dictionary(tl.months.map { ($0.month, $0.days) }, uniquingKeysWith: +)
                md.append(
                    "| \(tl.team) |" + months.map { " \(Vocabulary.days(byMonth[$0] ?? 0, language)) |" }.joined()
                        + " \(Vocabulary.days(tl.days, language)) |")
            }
            md.append(
                (vi ? "| **Cộng** |" : "| **Total** |")
                    + plan.monthLoads.map { " \(Vocabulary.days($0.days, language)) |" }.joined()
                    + " \(Vocabulary.days(totalDays(plan), language)) |")
            md.append("")
        }
        md.append(
            (vi ? "Số cuộc kiểm tra theo thứ trong tuần: " : "Inspections by weekday: ")
                + WeekdayHistogram.line(plan, language) + ".")
        md.append("")
        md.append(
            (vi ? "Số ngày làm việc của các đoàn (ngày có kiểm tra): " : "Team working dates (dates a team inspects): ")
                + "\(WeekdayHistogram.teamDays(plan)).")
        md.append("")
        return md
    }

    /// VII. What cannot be met, and what would fix it (nothing when every rule holds).
    static func unmet(_ plan: InspectionPlan, _ language: Language) -> [String] {
        let vi = language == .vi
        var md: [String] = []
        if !plan.unmet.isEmpty {
            md.append(
                vi
                    ? "## VII. NHỮNG YÊU CẦU CHƯA ĐÁP ỨNG VÀ CÁCH KHẮC PHỤC"
                    : "## VII. What cannot be met, and what would fix it")
            md.append("")
            for u in plan.unmet { md.append("- " + UnmetText.text(u, language)) }
            md.append("")
        }
        return md
    }

    /// The changes from the previous plan, for a re-plan.
    static func moved(_ plan: InspectionPlan, _ scenario: Scenario, _ language: Language) -> [String] {
        let vi = language == .vi
        var md: [String] = []
        if !plan.moved.isEmpty {
            md.append(vi ? "## Thay đổi so với kế hoạch trước" : "## Changes from the previous plan")
            md.append("")
            md.append(vi ? "| Đơn vị | Trước | Nay |" : "| Unit | Before | Now |")
            md.append("|---|---|---|")
            for m in plan.moved {
                let before =
                    m.previousDate.map { "\(Vocabulary.date($0, language)) (\(m.previousTeam ?? ""))" }
                    ?? (vi ? "— (mới)" : "— (new)")
                let now =
                    m.date.map { "\(Vocabulary.date($0, language)) (\(m.team ?? ""))" }
                    ?? (vi ? "— (bỏ)" : "— (dropped)")
                md.append("| \(cell(scenario.unit(m.unit)?.name ?? m.unit)) | \(before) | \(now) |")
            }
            md.append("")
        }
        return md
    }

    /// VIII. Implementation.
    static func implementation(_ language: Language) -> [String] {
        let vi = language == .vi
        var md: [String] = []
        md.append(vi ? "## VIII. TỔ CHỨC THỰC HIỆN" : "## VIII. Implementation")
        md.append("")
        if vi {
            md.append(
                "1. Phòng Nội vụ là cơ quan thường trực, chủ trì phối hợp với các cơ quan có thành viên tham gia đoàn kiểm tra; thông báo lịch kiểm tra đến đơn vị trước ít nhất 05 ngày làm việc."
            )
            md.append(
                "2. Đơn vị được kiểm tra chuẩn bị báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính và hồ sơ, tài liệu liên quan; bố trí lãnh đạo và công chức làm việc với đoàn."
            )
            md.append(
                "3. Kết thúc mỗi đợt, đoàn kiểm tra báo cáo kết quả; Phòng Nội vụ tổng hợp, tham mưu Ủy ban nhân dân huyện thông báo kết luận kiểm tra."
            )
        } else {
            md.append(
                "1. The internal-affairs office (Phòng Nội vụ) leads, with the offices whose staff sit on the teams; each unit is told its date at least 5 working days ahead."
            )
            md.append(
                "2. Each inspected unit prepares its report on the year's administrative-reform tasks with the supporting files, and its leaders meet the team."
            )
            md.append(
                "3. After each round the team reports; the internal-affairs office compiles the results for the district People's Committee's conclusions."
            )
        }
        md.append("")
        return md
    }

    /// The notes: assumptions and how the plan was found.
    static func notes(_ plan: InspectionPlan, _ language: Language) -> [String] {
        let vi = language == .vi
        var md: [String] = []
        if !plan.notes.isEmpty {
            md.append(vi ? "## Ghi chú" : "## Notes")
            md.append("")
            for n in plan.notes { md.append("- " + PlanNoteText.text(n, language)) }
            md.append("")
        }
        return md
    }

    /// The plan status in words, e.g. "Tối ưu (đã chứng minh)" or "Khả thi, khoảng cách tối ưu 0,42%".
    public static func statusText(_ plan: InspectionPlan, _ language: Language) -> String {
        let vi = language == .vi
        switch plan.status {
        case .optimal: return vi ? "Tối ưu (đã chứng minh)" : "optimal (proven)"
        case .feasible:
            let gap = plan.gap.map { Vocabulary.percent($0, language) } ?? "?"
            return vi
                ? "Khả thi, khoảng cách tới tối ưu \(gap) (chưa chứng minh tối ưu)"
                : "feasible, gap \(gap) (optimality not proven)"
        case .infeasible:
            return vi
                ? "Không thể đáp ứng mọi yêu cầu bắt buộc — xem mục VII"
                : "infeasible: not every hard rule can hold — see section VII"
        case .noSolution:
            return vi ? "Chưa tìm được phương án trong thời gian cho phép" : "no plan found within the limits"
        }
    }

    static func totalDays(_ plan: InspectionPlan) -> Double { plan.inspections.reduce(0) { $0 + $1.days } }

    static func cell(_ text: String) -> String {
        text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
