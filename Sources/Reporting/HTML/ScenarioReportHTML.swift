import CivilCalendar
import InspectionScheduling
import Localization
import ScenarioModel
import Staffing

/// Renders `index.html`, the leadership page of one scenario: plan summary and status, a Gantt-style calendar per
/// team, coverage bars per target, headcount by year against quota, and the reduction plan.
///
/// The page is self-contained (inline CSS and SVG, no script, no network), printable on A4, and its bytes depend
/// only on the inputs (no timestamps, no timings).
public enum ScenarioReportHTML {
    /// Renders the page.
    ///
    /// - Parameters:
    ///   - scenario: The scenario.
    ///   - plan: The inspection plan, or `nil` to leave the inspection sections out.
    ///   - staffing: The staffing report, or `nil` to leave the staffing sections out.
    ///   - plannedProjection: The projection with the reduction plan applied (drawn next to the one without it),
    ///     or `nil`.
    ///   - extraSections: More sections, after the others (the tracking status and the scorecard).
    ///   - language: The page language (`lang` attribute and all words).
    /// - Returns: The HTML text.
    public static func render(
        scenario: Scenario, plan: InspectionPlan?, staffing: StaffingReport?, plannedProjection: [ProjectionRow]? = nil,
        extraSections: [String] = [], language: Language
    ) -> String {
        let vi = language == .vi
        var body: [String] = []
        body.append("<header class=\"doc\">")
        body.append(
            "<div class=\"agency\">\(vi ? "Phòng Nội vụ — Báo cáo lãnh đạo" : "Internal Affairs Office — leadership report")</div>"
        )
        body.append("<h1>\(HTML.escape(scenario.name))</h1>")
        body.append(
            "<p class=\"sub\">"
                + (vi
                    ? "Kế hoạch kiểm tra cải cách hành chính năm \(scenario.year) và phương án biên chế, tinh giản"
                    : "Administrative-reform inspection plan \(scenario.year) and staffing plan") + "</p>")
        body.append("</header>")
        body.append(contentsOf: summary(scenario, plan, staffing, language))
        if let plan {
            body.append(contentsOf: calendar(scenario, plan, language))
            body.append(contentsOf: coverage(plan, language))
        }
        if let staffing {
            body.append(contentsOf: headcount(scenario, staffing, plannedProjection, language))
            body.append(contentsOf: reduction(scenario, staffing, language))
        }
        body.append(contentsOf: extraSections)
        body.append(
            "<footer>"
                + (vi
                    ? "Lập bằng cchc từ các tệp của phương án. Số liệu đánh dấu [U] là giá trị mặc định chưa được xác nhận, có thể thay đổi trong tệp phương án."
                    : "Produced by cchc from the scenario files. Figures marked [U] are unconfirmed defaults, configurable in the scenario files.")
                + "</footer>")
        let title = (vi ? "Báo cáo — " : "Report — ") + scenario.name
        return HTML.page(title: title, language: language, body: body)
    }

    static func card(_ key: String, _ value: String, _ small: String = "") -> String {
        "<div class=\"card\"><div class=\"k\">\(HTML.escape(key))</div><div class=\"v\">\(HTML.escape(value))\(small.isEmpty ? "" : " <small>\(HTML.escape(small))</small>")</div></div>"
    }

    static func statusBadge(_ plan: InspectionPlan, _ language: Language) -> String {
        let cls: String
        switch plan.status {
        case .optimal: cls = "ok"
        case .feasible: cls = "warn"
        case .infeasible, .noSolution: cls = "bad"
        }
        return "<span class=\"badge \(cls)\">\(HTML.escape(ComparisonTable.statusWord(plan.status, language)))</span>"
    }

    // MARK: Sections

    static func summary(
        _ scenario: Scenario, _ plan: InspectionPlan?, _ staffing: StaffingReport?, _ language: Language
    ) -> [String] {
        let vi = language == .vi
        var s: [String] = ["<section class=\"first\" id=\"summary\">", "<h2>\(vi ? "1. Tóm tắt" : "1. Summary")</h2>"]
        if let plan {
            s.append(
                "<p class=\"status\">\(vi ? "Kế hoạch kiểm tra" : "Inspection plan"): \(statusBadge(plan, language)) \(HTML.escape(InspectionPlanMarkdown.statusText(plan, language)))</p>"
            )
            let met = plan.targets.filter(\.isMet).count
            let days = plan.inspections.reduce(0) { $0 + $1.days }
            s.append("<div class=\"cards\">")
            s.append(card(vi ? "Cuộc kiểm tra" : "Inspections", "\(plan.inspections.count)"))
            s.append(card(vi ? "Ngày-đoàn" : "Team-days", Vocabulary.days(days, language)))
            s.append(card(vi ? "Số đoàn" : "Teams", "\(scenario.teams.count)"))
            s.append(card(vi ? "Chỉ tiêu đạt" : "Targets met", "\(met)/\(plan.targets.count)"))
            s.append(
                card(
                    vi ? "Chênh lệch giữa các đoàn" : "Team spread",
                    Vocabulary.days(plan.objectiveTerms.teamSpread, language), vi ? "ngày" : "days"))
            s.append(
                card(
                    vi ? "Chênh lệch giữa các tháng" : "Month spread",
                    Vocabulary.days(plan.objectiveTerms.monthSpread, language), vi ? "ngày" : "days"))
            s.append("</div>")
            if !plan.unmet.isEmpty {
                s.append("<h3>\(vi ? "Chưa đáp ứng" : "Not met")</h3>")
                let items = plan.unmet.map { "<li>\(HTML.escape(UnmetText.text($0, language)))</li>" }
                s.append("<ul class=\"unmet\">" + items.joined() + "</ul>")
            }
        }
        if let staffing {
            let surplus = staffing.deadlines.reduce(0) { $0 + $1.surplusBeforePlan }
            let unresolved = staffing.deadlines.reduce(0) { $0 + $1.unresolved }
            let ok = unresolved == 0
            s.append(
                "<p class=\"status\">\(vi ? "Phương án tinh giản" : "Reduction plan"): <span class=\"badge \(ok ? "ok" : "bad")\">\(ok ? (vi ? "đạt mọi hạn" : "every deadline met") : (vi ? "còn thừa \(unresolved) người" : "\(unresolved) still above quota"))</span> "
                    + HTML.escape(
                        (vi ? "tình trạng giải: " : "solver status: ")
                            + Vocabulary.termination(staffing.plan.termination.rawValue, language) + "; "
                            + (vi ? "tuyển dụng: " : "hiring: ") + StaffingVocabulary.hiring(staffing.hiring, language))
                    + "</p>")
            s.append("<div class=\"cards\">")
            s.append(
                card(
                    vi ? "Thừa tại hạn (chưa có phương án)" : "Surplus at deadlines (before the plan)", "\(surplus)",
                    vi ? "người" : "people"))
            s.append(
                card(
                    vi ? "Nghỉ hưu trước tuổi, thôi việc" : "Early retirements, resignations",
                    "\(staffing.plan.exits.count)"))
            s.append(card(vi ? "Điều động" : "Transfers", "\(staffing.plan.transfers.count)"))
            s.append(
                card(
                    vi ? "Kinh phí" : "Cost", StaffingVocabulary.vnd(staffing.plan.totalCostVND, language),
                    vi ? "đồng" : "VND"))
            s.append(
                card(
                    vi ? "Chỉ tiêu tinh giản đạt" : "Reduction targets met",
                    "\(staffing.targets.filter(\.met).count)/\(staffing.targets.count)"))
            s.append("</div>")
        }
        var notes = (plan?.notes ?? []).map { PlanNoteText.text($0, language) }
        if let staffing, let reform = ReductionPlanMarkdown.reformNote(staffing, language) {
            notes.append((vi ? "Biên chế: " : "Staffing: ") + reform)
        }
        if let staffing, !staffing.unconfirmed.isEmpty {
            notes.append(
                vi
                    ? "Đã dùng \(staffing.unconfirmed.count) số liệu chưa được xác nhận [U]: "
                        + staffing.unconfirmed.map { StaffingVocabulary.citation($0, language) }.joined(separator: "; ")
                    : "\(staffing.unconfirmed.count) unconfirmed [U] figures were used: "
                        + staffing.unconfirmed.map(\.description).joined(separator: "; "))
        }
        if !notes.isEmpty {
            s.append("<h3>\(vi ? "Ghi chú" : "Notes")</h3>")
            s.append("<ul class=\"notes\">" + notes.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>")
        }
        s.append("</section>")
        return s
    }

    static func calendar(_ scenario: Scenario, _ plan: InspectionPlan, _ language: Language) -> [String] {
        let vi = language == .vi
        var s: [String] = [
            "<section id=\"calendar\">", "<h2>\(vi ? "2. Lịch kiểm tra theo đoàn" : "2. Calendar by team")</h2>",
        ]
        let entries = CalendarEntry.entries(of: plan, in: scenario)
        let span = GanttChartSVG.range(plan, scenario)
        var teams = scenario.teams
        for code in Set(plan.inspections.map(\.team)).sorted() where !teams.contains(where: { $0.code == code }) {
            teams.append(Team(code: code, name: code))
        }
        s.append(GanttChartSVG.legend(language))
        let loads = Dictionary(plan.teamLoads.map { ($0.team, $0) }, uniquingKeysWith: { a, _ in a })
        for team in teams {
            let mine = entries.filter { $0.team.code == team.code }
            let load = loads[team.code]
            let days = load?.days ?? mine.reduce(0) { $0 + $1.inspection.days }
            s.append("<figure>")
            s.append(
                "<h3>\(HTML.escape(team.name)) (\(HTML.escape(team.code))) — \(mine.count) \(vi ? "cuộc" : "inspections"), \(Vocabulary.days(days, language)) \(vi ? "ngày" : "days")</h3>"
            )
            s.append(
                GanttChartSVG.render(team: team, entries: mine, span: span, scenario: scenario, language: language))
            if !team.members.isEmpty {
                s.append(
                    "<figcaption>\(vi ? "Thành viên" : "Members"): \(HTML.escape(team.members.joined(separator: ", ")))</figcaption>"
                )
            }
            s.append("</figure>")
        }
        if !plan.monthLoads.isEmpty {
            s.append("<h3>\(vi ? "Khối lượng theo tháng (ngày-đoàn)" : "Load per month (team-days)")</h3>")
            let header =
                [vi ? "Đoàn" : "Team"]
                + plan.monthLoads.map {
                    HTML.escape(Vocabulary.monthName($0.month, language, capitalized: true))
                }
                + [vi ? "Tổng" : "Total"]
            let numeric = Set(1...(plan.monthLoads.count + 1))
            var rows: [[String]] = plan.teamLoads.map { tl in
                let by = Dictionary(tl.months.map { ($0.month, $0.days) }, uniquingKeysWith: +)
                return [HTML.escape(tl.team)]
                    + plan.monthLoads.map { by[$0.month].map { Vocabulary.days($0, language) } ?? "" } + [
                        Vocabulary.days(tl.days, language)
                    ]
            }
            rows.append(
                ["<b>\(vi ? "Tất cả" : "All")</b>"]
                    + plan.monthLoads.map { "<b>\(Vocabulary.days($0.days, language))</b>" }
                    + ["<b>\(Vocabulary.days(plan.monthLoads.reduce(0) { $0 + $1.days }, language))</b>"])
            s.append(contentsOf: HTML.table(header, rows, numeric: numeric))
        }
        s.append("<h3>\(vi ? "Số cuộc kiểm tra theo thứ trong tuần" : "Inspections by weekday")</h3>")
        s.append(
            contentsOf: HTML.table(
                WeekdayHistogram.names(language), [WeekdayHistogram.counts(plan).map { "\($0)" }],
                numeric: Set(0..<5)))
        s.append(
            "<p>\(vi ? "Số ngày làm việc của các đoàn" : "Team working dates"): \(WeekdayHistogram.teamDays(plan))</p>")
        s.append("</section>")
        return s
    }

    static func coverage(_ plan: InspectionPlan, _ language: Language) -> [String] {
        let vi = language == .vi
        var s: [String] = [
            "<section id=\"coverage\">", "<h2>\(vi ? "3. Bao phủ chỉ tiêu kiểm tra" : "3. Target coverage")</h2>",
        ]
        if plan.targets.isEmpty {
            s.append("<p>\(vi ? "Không có chỉ tiêu." : "No targets.")</p>")
        } else {
            s.append("<figure>")
            s.append(CoverageBarsSVG.render(plan.targets, language: language))
            s.append(CoverageBarsSVG.legend(language))
            s.append("</figure>")
            let rows = plan.targets.map { t in
                [
                    HTML.escape(t.name + (t.region.map { " — \($0)" } ?? "")), "\(t.planned)", "\(t.required)",
                    "\(t.total)",
                    t.isMet ? "<span class=\"yes\">✓</span>" : "<span class=\"no\">✗</span>",
                ]
            }
            s.append(
                contentsOf: HTML.table(
                    [
                        vi ? "Nhóm đơn vị" : "Group", vi ? "Kế hoạch" : "Planned", vi ? "Tối thiểu" : "Required",
                        vi ? "Tổng số" : "Total", vi ? "Đạt" : "Met",
                    ],
                    rows, numeric: [1, 2, 3]))
        }
        s.append("</section>")
        return s
    }

    static func headcount(
        _ scenario: Scenario, _ report: StaffingReport, _ planned: [ProjectionRow]?, _ language: Language
    ) -> [String] {
        let vi = language == .vi
        var s: [String] = [
            "<section id=\"headcount\">",
            "<h2>\(vi ? "4. Số người theo năm so với định mức" : "4. Headcount by year against quota")</h2>",
        ]
        s.append(
            "<p class=\"sub\">"
                + (vi
                    ? "Tổng số người có mặt ngày 31/12 hằng năm (gồm tuyển mới theo chính sách tuyển dụng) của các đơn vị có định mức, từ \(Vocabulary.date(report.asOf, language)) đến hết năm \(report.until). Trong tổng, thừa ở đơn vị này có thể bù cho thiếu ở đơn vị khác; cột cuối đếm số đơn vị vượt định mức."
                    : "Total people on the roll on 31 December of each year (hires under the hiring policy included) in units with a quota, from \(Vocabulary.date(report.asOf, language)) to the end of \(report.until). In a total, one unit's surplus can offset another's deficit; the last column counts the units above their quota.")
                + "</p>")
        var drew = false
        for group in QuotaGroup.allCases {
            let points = HeadcountChartSVG.points(group: group, projection: report.projection, planned: planned)
            guard !points.isEmpty else { continue }
            drew = true
            let title = StaffingVocabulary.group(group, language)
            s.append("<figure>")
            s.append("<h3>\(HTML.escape(title))</h3>")
            s.append(HeadcountChartSVG.render(title: title, points: points, language: language))
            s.append(HeadcountChartSVG.legend(hasPlan: planned != nil, language))
            s.append("</figure>")
            var header = [vi ? "Năm" : "Year", vi ? "Chưa có phương án" : "Without the plan"]
            if planned != nil { header.append(vi ? "Có phương án" : "With the plan") }
            header += [
                vi ? "Định mức" : "Quota", vi ? "Thừa (+) / thiếu (−)" : "Surplus (+) / deficit (−)",
                vi ? "Số đơn vị vượt định mức" : "Units above quota",
            ]
            let rows = points.map { p -> [String] in
                let last = p.planned ?? p.headcount
                var r = ["\(p.year)", "\(p.headcount)"]
                if planned != nil { r.append(p.planned.map(String.init) ?? "") }
                r += [
                    "\(p.quota)",
                    last - p.quota > 0 ? "+\(last - p.quota)" : (last - p.quota < 0 ? "−\(p.quota - last)" : "0"),
                    "\(p.unitsOver)",
                ]
                return r
            }
            s.append(contentsOf: HTML.table(header, rows, numeric: Set(1..<header.count)))
        }
        if !drew { s.append("<p>\(vi ? "Không có đơn vị nào có định mức." : "No unit has a quota.")</p>") }
        if !report.targets.isEmpty {
            s.append("<h3>\(vi ? "Chỉ tiêu tinh giản" : "Reduction targets")</h3>")
            let rows = report.targets.map { t in
                [
                    HTML.escape(t.categories.map { categoryName($0, language) }.joined(separator: ", ")),
                    "\(t.from)–\(t.to)", "\(t.baseline)", "\(t.final)",
                    Vocabulary.percent(t.requiredCut, decimals: 1, language),
                    Vocabulary.percent(t.projectedCut, decimals: 1, language),
                    t.met ? "<span class=\"yes\">✓</span>" : "<span class=\"no\">✗</span>",
                ]
            }
            s.append(
                contentsOf: HTML.table(
                    [
                        vi ? "Đối tượng" : "Categories", vi ? "Giai đoạn" : "Period", vi ? "Đầu kỳ" : "Baseline",
                        vi ? "Cuối kỳ (dự kiến)" : "Final (projected)",
                        vi ? "Cần giảm" : "Required cut", vi ? "Dự kiến giảm" : "Projected cut", vi ? "Đạt" : "Met",
                    ],
                    rows, numeric: [2, 3, 4, 5]))
        }
        s.append("</section>")
        return s
    }

    static func reduction(_ scenario: Scenario, _ report: StaffingReport, _ language: Language) -> [String] {
        let vi = language == .vi
        let V = StaffingVocabulary.self
        let plan = report.plan
        var s: [String] = [
            "<section id=\"reduction\">", "<h2>\(vi ? "5. Phương án tinh giản biên chế" : "5. Reduction plan")</h2>",
        ]
        s.append(
            "<p>"
                + HTML.escape(
                    vi
                        ? "Tổng kinh phí \(V.vnd(plan.totalCostVND, language)) đồng: \(plan.exits.count) người nghỉ, \(plan.transfers.count) người điều động."
                        : "Total cost \(V.vnd(plan.totalCostVND, language)) VND: \(plan.exits.count) exits, \(plan.transfers.count) transfers."
                ) + "</p>")
        if !plan.deadlines.isEmpty {
            s.append("<h3>\(vi ? "Hạn xử lý theo đơn vị" : "Deadlines by unit")</h3>")
            let rows = plan.deadlines.map { d in
                [
                    HTML.escape(V.unitName(d.unit, scenario)), HTML.escape(V.group(d.category, language)),
                    Vocabulary.date(d.date, language),
                    "\(d.surplusBeforePlan)",
                    d.unresolved == 0 ? "<span class=\"yes\">0</span>" : "<span class=\"no\">\(d.unresolved)</span>",
                ]
            }
            s.append(
                contentsOf: HTML.table(
                    [
                        vi ? "Đơn vị" : "Unit", vi ? "Nhóm" : "Group", vi ? "Hạn" : "Deadline",
                        vi ? "Thừa tại hạn (chưa có phương án)" : "Surplus before the plan",
                        vi ? "Còn thừa sau phương án" : "Unresolved after the plan",
                    ],
                    rows, numeric: [3, 4]))
        }
        s.append("<h3>\(vi ? "Nghỉ hưu trước tuổi, thôi việc" : "Early retirements and resignations")</h3>")
        if plan.exits.isEmpty {
            s.append("<p>\(vi ? "Không có." : "None.")</p>")
        } else {
            let rows = plan.exits.map { e in
                [
                    HTML.escape(e.name), HTML.escape(e.id), HTML.escape(V.unitName(e.unit, scenario)),
                    HTML.escape(V.exit(e.kind, language)),
                    Vocabulary.date(e.date, language), V.vnd(e.costVND, language) + (e.unconfirmed ? " [U]" : ""),
                ]
            }
            s.append(
                contentsOf: HTML.table(
                    [
                        vi ? "Họ và tên" : "Name", vi ? "Mã" : "Id", vi ? "Đơn vị" : "Unit",
                        vi ? "Hình thức" : "Measure", vi ? "Ngày" : "Date",
                        vi ? "Kinh phí (đồng)" : "Cost (VND)",
                    ],
                    rows, numeric: [5]))
        }
        s.append("<h3>\(vi ? "Điều động" : "Transfers")</h3>")
        if plan.transfers.isEmpty {
            s.append("<p>\(vi ? "Không có." : "None.")</p>")
        } else {
            let rows = plan.transfers.map { t in
                [
                    HTML.escape(t.name), HTML.escape(t.id), HTML.escape(V.unitName(t.from, scenario)),
                    HTML.escape(V.unitName(t.to, scenario)),
                    Vocabulary.date(t.date, language),
                ]
            }
            s.append(
                contentsOf: HTML.table(
                    [
                        vi ? "Họ và tên" : "Name", vi ? "Mã" : "Id", vi ? "Từ đơn vị" : "From",
                        vi ? "Đến đơn vị" : "To", vi ? "Ngày" : "Date",
                    ], rows))
        }
        s.append("</section>")
        return s
    }

    /// A staff category's name: "Cán bộ" / "Cadres", …
    static func categoryName(_ c: StaffCategory, _ language: Language) -> String {
        switch (c, language) {
        case (.cadre, .vi): return "Cán bộ"
        case (.cadre, .en): return "Cadres"
        case (.civilServant, .vi): return "Công chức"
        case (.civilServant, .en): return "Civil servants"
        case (.partTime, .vi): return "Không chuyên trách"
        case (.partTime, .en): return "Part-time staff"
        case (.publicEmployee, .vi): return "Viên chức"
        case (.publicEmployee, .en): return "Public employees"
        case (.contract, .vi): return "Hợp đồng lao động"
        case (.contract, .en): return "Contract staff"
        }
    }
}
