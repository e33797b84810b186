import Foundation
import InspectionScheduling
import Localization
import Reporting
import ScenarioFiles
import ScenarioModel
import Staffing

extension WebPages {
    /// What the overview page shows of one scenario.
    public struct Overview: Sendable {
        /// The scenario's id.
        public var id: String
        /// The scenario's name.
        public var name: String
        /// The plan year.
        public var year: Int
        /// The base scenario's id, for a variant.
        public var extends: String?
        /// The version of the scenario's files (a save must name it).
        public var version: String
        /// The validation problems (empty: the scenario loads).
        public var problems: [ScenarioIssue]
        /// The latest inspection plan, if one was made for the current files.
        public var plan: InspectionPlan?
        /// The latest staffing report, if one was made for the current files.
        public var staffing: StaffingReport?
        /// The scenario, when it loads.
        public var scenario: Scenario?
        /// The report files that exist, by name (from ``WebPages/downloadNames``).
        public var downloads: [String]
        /// The run going on for this scenario, if any.
        public var activeRun: String?

        /// Creates an overview.
        public init(
            id: String, name: String, year: Int, extends: String? = nil, version: String = "",
            problems: [ScenarioIssue] = [], plan: InspectionPlan? = nil, staffing: StaffingReport? = nil,
            scenario: Scenario? = nil, downloads: [String] = [], activeRun: String? = nil
        ) {
            self.id = id
            self.name = name
            self.year = year
            self.extends = extends
            self.version = version
            self.problems = problems
            self.plan = plan
            self.staffing = staffing
            self.scenario = scenario
            self.downloads = downloads
            self.activeRun = activeRun
        }
    }

    /// The report files a scenario offers for download, in the order the page lists them.
    public static let downloadNames = [
        "inspection-plan.docx", "inspection-notices.docx", "inspection-calendar.xlsx", "inspection-calendar.ics",
        "inspection-calendar.csv", "index.html", "staffing.xlsx", "reduction-list.docx", "staffing-projection.csv",
        "inspection-plan.md", "staffing-check.md", "reduction-plan.md", "plan.json", "staffing.json",
    ]

    /// A download's label in `language`.
    static func downloadLabel(_ name: String, _ c: PageContext) -> String {
        switch name {
        case "inspection-plan.docx": return c.t("Kế hoạch kiểm tra (Word)", "Inspection plan (Word)")
        case "inspection-notices.docx": return c.t("Thông báo kiểm tra (Word)", "Inspection notices (Word)")
        case "inspection-calendar.xlsx": return c.t("Lịch kiểm tra (Excel)", "Inspection calendar (Excel)")
        case "inspection-calendar.ics": return c.t("Lịch kiểm tra (lịch Outlook, .ics)", "Inspection calendar (.ics)")
        case "inspection-calendar.csv": return c.t("Lịch kiểm tra (CSV)", "Inspection calendar (CSV)")
        case "index.html": return c.t("Báo cáo lãnh đạo (trang HTML)", "Leadership report (HTML)")
        case "staffing.xlsx": return c.t("Biên chế (Excel)", "Staffing (Excel)")
        case "reduction-list.docx": return c.t("Danh sách tinh giản (Word)", "Reduction list (Word)")
        case "staffing-projection.csv": return c.t("Dự báo biên chế (CSV)", "Staffing projection (CSV)")
        default: return name
        }
    }

    /// The scenario overview: validation problems with their place and fix, the plan's state, run buttons, downloads.
    public func overview(context: PageContext, _ overview: Overview) -> String {
        let model = OverviewModel(overview, context)
        return page(
            "overview", title: overview.name, context: context, model: model,
            tabs: (overview.id, overview.name, .overview))
    }
}

/// The overview template's values.
struct OverviewModel {
    struct Problem {
        var file: String
        var place: String
        var column: String
        var message: String
        var fix: String
    }
    struct Download {
        var name: String
        var label: String
        var href: String
    }
    var id: String
    var name: String
    var year: Int
    var yearText: String?
    var extends: String?
    var version: String
    var problems: [Problem]
    var hasProblems: Bool
    var problemCount: Int
    var planLines: [String]
    var staffingLines: [String]
    var hasPlan: Bool
    var hasStaffing: Bool
    var downloads: [Download]
    var hasDownloads: Bool
    var canRunCalendar: Bool
    var canRunStaffing: Bool
    var runDisabled: Bool
    var activeRun: String?
    var csrf: String
    var t: [String: String]

    init(_ o: WebPages.Overview, _ c: PageContext) {
        id = o.id
        name = o.name
        year = o.year
        yearText = o.year > 0 ? String(o.year) : nil
        extends = o.extends
        version = o.version
        problems = o.problems.map { Self.problem($0, c) }
        hasProblems = !o.problems.isEmpty
        problemCount = o.problems.count
        planLines = o.plan.map { Self.planLines($0, o.scenario, c) } ?? []
        staffingLines = o.staffing.map { Self.staffingLines($0, c) } ?? []
        hasPlan = !planLines.isEmpty
        hasStaffing = !staffingLines.isEmpty
        downloads = WebPages.downloadNames.filter(o.downloads.contains).map {
            Download(name: $0, label: WebPages.downloadLabel($0, c), href: "/kich-ban/\(o.id)/tai-ve/\($0)")
        }
        hasDownloads = !downloads.isEmpty
        canRunCalendar = c.roleIs("planner", "admin")
        canRunStaffing = c.roleIs("hr", "admin")
        runDisabled = hasProblems || o.activeRun != nil
        activeRun = o.activeRun
        csrf = c.csrfToken ?? ""
        t = Self.words(c)
    }

    static func problem(_ issue: ScenarioIssue, _ c: PageContext) -> Problem {
        var place: [String] = []
        if let sheet = issue.sheet {
            place.append(c.t("trang tính ", "sheet ") + sheet + (issue.cell.map { "!" + $0 } ?? ""))
        } else if let line = issue.line {
            place.append(c.t("dòng ", "line ") + "\(line)")
        }
        if let row = issue.row { place.append(c.t("dòng dữ liệu ", "data row ") + "\(row)") }
        return Problem(
            file: URL(fileURLWithPath: issue.file).lastPathComponent, place: place.joined(separator: ", "),
            column: issue.field ?? "", message: issue.message.text(c.language),
            fix: issue.hint?.text(c.language) ?? "")
    }

    static func planLines(_ plan: InspectionPlan, _ scenario: Scenario?, _ c: PageContext) -> [String] {
        var lines = [
            c.t("Trạng thái: ", "Status: ") + Vocabulary.termination(plan.status.rawValue, c.language),
            c.t("Số cuộc kiểm tra: ", "Inspections: ") + "\(plan.inspections.count)",
        ]
        if let teamDays = plan.teamDays { lines.append(c.t("Ngày-đoàn: ", "Team-days: ") + "\(teamDays)") }
        for target in plan.targets {
            lines.append(
                "\(target.name): \(target.planned)/\(target.total) "
                    + (target.planned >= target.required
                        ? c.t("(đạt, cần \(target.required))", "(met, \(target.required) required)")
                        : c.t("(chưa đạt, cần \(target.required))", "(not met, \(target.required) required)")))
        }
        return lines
    }

    static func staffingLines(_ report: StaffingReport, _ c: PageContext) -> [String] {
        let surplus = report.units.compactMap(\.surplus).filter { $0 > 0 }.reduce(0, +)
        return [
            c.t("Vượt định mức: ", "Above quota: ") + "\(surplus)" + c.t(" người", " people"),
            c.t("Điều động: ", "Transfers: ") + "\(report.plan.transfers.count)"
                + c.t(", nghỉ/thôi việc: ", ", exits: ") + "\(report.plan.exits.count)",
            c.t("Phát hiện khi kiểm tra: ", "Findings: ") + "\(report.findings.count)",
        ]
    }

    static func words(_ c: PageContext) -> [String: String] {
        [
            "variantOf": c.t("Biến thể của", "Variant of"),
            "problems": c.t("Lỗi dữ liệu cần sửa", "Data problems to fix"),
            "noProblems": c.t("Dữ liệu hợp lệ: không có lỗi.", "The data is valid: no problems."),
            "file": c.t("Tệp", "File"), "place": c.t("Vị trí", "Place"), "column": c.t("Cột/khóa", "Column/key"),
            "message": c.t("Lỗi", "Problem"), "fix": c.t("Cách sửa", "How to fix"),
            "fixHint": c.t(
                "Bấm vào tên tệp để sửa ngay trên trang này.", "Select the file's name to fix it here."),
            "plan": c.t("Lịch kiểm tra", "Inspection calendar"),
            "noPlan": c.t("Chưa có lịch cho dữ liệu hiện tại.", "No calendar yet for the current data."),
            "staffing": c.t("Biên chế", "Staffing"),
            "noStaffing": c.t(
                "Chưa có phương án biên chế cho dữ liệu hiện tại.", "No staffing plan yet for the current data."),
            "runCalendar": c.t("Lập lịch kiểm tra", "Plan the calendar"),
            "runStaffing": c.t("Lập phương án biên chế", "Plan staffing"),
            "timeLimit": c.t("Thời gian tối đa (giây)", "Time limit (seconds)"),
            "running": c.t("Đang chạy — xem tiến độ", "Running — see progress"),
            "blocked": c.t("Sửa hết lỗi dữ liệu trước khi lập lịch.", "Fix the data problems before planning."),
            "downloads": c.t("Tải về", "Downloads"),
            "noDownloads": c.t("Chưa có tệp: hãy lập lịch trước.", "No files yet: plan first."),
            "settings": c.t("Cài đặt", "Settings"), "calendar": c.t("Lịch", "Calendar"),
            "staffingPage": c.t("Biên chế", "Staffing"), "history": c.t("Lịch sử", "History"),
            "overview": c.t("Tổng quan", "Overview"),
            "trackingPage": c.t("Theo dõi", "Tracking"), "scorecardPage": c.t("Chỉ số", "Scorecard"),
            "version": c.t("Phiên bản dữ liệu", "Data version"),
        ]
    }
}
