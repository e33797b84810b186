import CivilCalendar
import Foundation
import Localization
import Reporting
import Tracking

extension WebPages {
    /// What the tracking page shows: the status of the year (as `cchc track … status` computes it) and the choices
    /// its forms offer.
    public struct TrackingPage: Sendable {
        /// The scenario's id.
        public var id: String
        /// The scenario's name.
        public var name: String
        /// The status, or `nil` when it could not be computed (the alert says why).
        public var report: TrackingReport?
        /// The units a form may name: code and name.
        public var units: [(code: String, name: String)]
        /// The teams a form may name: code and name.
        public var teams: [(code: String, name: String)]
        /// The plan year (the forms' date bounds).
        public var year: Int

        /// Creates the page's values.
        public init(
            id: String, name: String, report: TrackingReport?, units: [(code: String, name: String)],
            teams: [(code: String, name: String)], year: Int
        ) {
            self.id = id
            self.name = name
            self.report = report
            self.units = units
            self.teams = teams
            self.year = year
        }
    }

    /// The words of an inspection status in the page language.
    static func trackingStatusLabel(_ status: String, _ c: PageContext) -> String {
        switch status {
        case "done": return c.t("Đã kiểm tra", "Done")
        case "postponed": return c.t("Hoãn", "Postponed")
        case "cancelled": return c.t("Hủy", "Cancelled")
        case "planned": return c.t("Theo kế hoạch", "Planned")
        default: return status
        }
    }

    /// The words of a kind of unit's own plan in the page language.
    static func selfPlanLabel(_ kind: SelfPlanKind, _ c: PageContext) -> String {
        switch kind {
        case .cchcPlan: return c.t("Kế hoạch CCHC", "CCHC plan")
        case .selfInspection: return c.t("Kế hoạch tự kiểm tra", "Self-inspection plan")
        }
    }

    /// The tracking page: per target required / planned / done / still possible, overdue inspections, whether the
    /// targets are still reachable, the units' own plans; and (for planners) the forms to record and import.
    public func tracking(context: PageContext, _ page: TrackingPage) -> String {
        let model = TrackingModel(page, context)
        return self.page(
            "tracking", title: context.t("Theo dõi thực hiện", "Following the year") + " — " + page.name,
            context: context, model: model, tabs: (page.id, page.name, .tracking))
    }
}

/// A choice in a form's list.
struct TrackingChoice {
    var value: String
    var label: String
}

/// The tracking template's values.
struct TrackingModel {
    struct Target {
        var name: String
        var required: Int
        var planned: Int
        var done: Int
        var possible: Int
        var reachable: Bool
    }
    struct Inspection {
        var unit: String
        var plannedDate: String
        var team: String
        var status: String
        var statusLabel: String
        var date: String
        var overdue: Bool
    }
    struct OwnPlan {
        var kind: String
        var issued: Int
        var total: Int
        var share: String
        var due: String
        var missing: String
        var complete: Bool
    }
    var id: String
    var name: String
    var hasReport: Bool
    var asOf: String
    var planSource: String
    var hasPlanSource: Bool
    var reachable: Bool
    var targets: [Target]
    var inspections: [Inspection]
    var hasInspections: Bool
    var overdue: String
    var hasOverdue: Bool
    var ownPlans: [OwnPlan]
    var canRecord: Bool
    var csrf: String
    var units: [TrackingChoice]
    var teams: [TrackingChoice]
    var outcomes: [TrackingChoice]
    var kinds: [TrackingChoice]
    var minDate: String
    var maxDate: String
    var t: [String: String]

    init(_ page: WebPages.TrackingPage, _ c: PageContext) {
        id = page.id
        name = page.name
        let report = page.report
        hasReport = report != nil
        asOf = report?.progress.asOf.description ?? ""
        planSource = report?.planSource ?? ""
        hasPlanSource = !(report?.planSource ?? "").isEmpty
        reachable = report?.progress.reachable ?? false
        targets = (report?.progress.targets ?? []).map {
            Target(
                name: $0.name, required: $0.required, planned: $0.planned, done: $0.done, possible: $0.possible,
                reachable: $0.reachable)
        }
        inspections = (report?.progress.inspections ?? []).map {
            Inspection(
                unit: $0.unit, plannedDate: $0.plannedDate?.description ?? "—", team: $0.team ?? "—",
                status: $0.status, statusLabel: WebPages.trackingStatusLabel($0.status, c),
                date: $0.date?.description ?? "—", overdue: $0.overdue)
        }
        hasInspections = !inspections.isEmpty
        overdue = (report?.progress.overdue ?? []).joined(separator: ", ")
        hasOverdue = !(report?.progress.overdue ?? []).isEmpty
        ownPlans = (report?.selfPlans ?? []).map {
            OwnPlan(
                kind: WebPages.selfPlanLabel($0.kind, c), issued: $0.issued, total: $0.total,
                share: $0.share.map { Vocabulary.percent($0, decimals: 0, c.language) } ?? "—",
                due: $0.due?.description ?? "—", missing: $0.missing.joined(separator: ", "),
                complete: $0.missing.isEmpty)
        }
        canRecord = c.roleIs("planner", "admin")
        csrf = c.csrfToken ?? ""
        units = page.units.map { TrackingChoice(value: $0.code, label: "\($0.code) — \($0.name)") }
        teams = page.teams.map { TrackingChoice(value: $0.code, label: "\($0.code) — \($0.name)") }
        outcomes = InspectionOutcome.allCases.map {
            TrackingChoice(value: $0.rawValue, label: WebPages.trackingStatusLabel($0.rawValue, c))
        }
        kinds = SelfPlanKind.allCases.map { TrackingChoice(value: $0.rawValue, label: WebPages.selfPlanLabel($0, c)) }
        minDate = "\(page.year)-01-01"
        maxDate = "\(page.year)-12-31"
        t = Self.words(c)
    }
}

extension TrackingModel {
    /// The page's words in the page language.
    static func words(_ c: PageContext) -> [String: String] {
        [
            "overview": c.t("Tổng quan", "Overview"), "settings": c.t("Cài đặt", "Settings"),
            "calendar": c.t("Lịch kiểm tra", "Calendar"), "staffing": c.t("Biên chế", "Staffing"),
            "tracking": c.t("Theo dõi", "Tracking"), "scorecard": c.t("Chỉ số", "Scorecard"),
            "heading": c.t("Theo dõi thực hiện kế hoạch", "Following the plan through the year"),
            "asOf": c.t("Tính đến ngày", "As of"), "plan": c.t("Lịch theo dõi", "Plan tracked"),
            "noPlan": c.t("chưa có lịch (chưa lập lịch kiểm tra)", "none yet (no calendar planned)"),
            "reachable": c.t("Còn đạt được chỉ tiêu cả năm.", "The year's targets are still reachable."),
            "unreachable": c.t("Không còn đạt được chỉ tiêu cả năm.", "The year's targets are no longer reachable."),
            "targets": c.t("Chỉ tiêu kiểm tra", "Inspection targets"), "target": c.t("Chỉ tiêu", "Target"),
            "required": c.t("Phải kiểm tra", "Required"), "planned": c.t("Theo lịch", "Planned"),
            "done": c.t("Đã kiểm tra", "Done"), "possible": c.t("Còn có thể đạt", "Still possible"),
            "yes": c.t("Đạt được", "Reachable"), "no": c.t("Không đạt", "Not reachable"),
            "overdue": c.t("Quá hạn chưa kiểm tra", "Overdue inspections"),
            "noOverdue": c.t("Không có cuộc kiểm tra quá hạn.", "No inspection is overdue."),
            "inspections": c.t("Các cuộc kiểm tra", "Inspections"), "unit": c.t("Đơn vị", "Unit"),
            "plannedDate": c.t("Ngày theo lịch", "Planned date"), "team": c.t("Đoàn", "Team"),
            "status": c.t("Tình trạng", "Status"), "date": c.t("Ngày", "Date"),
            "noInspections": c.t("Chưa có cuộc kiểm tra nào.", "No inspection yet."),
            "ownPlans": c.t("Kế hoạch của các đơn vị", "The units' own plans"), "kind": c.t("Loại", "Kind"),
            "issued": c.t("Đã ban hành", "Issued"), "total": c.t("Tổng số", "Total"), "share": c.t("Tỷ lệ", "Share"),
            "due": c.t("Hạn", "Due"), "missing": c.t("Chưa ban hành", "Not issued"),
            "record": c.t("Ghi kết quả một cuộc kiểm tra", "Record one inspection"),
            "score": c.t("Điểm (0–100)", "Score (0–100)"), "findings": c.t("Kết luận, phát hiện", "Findings"),
            "save": c.t("Ghi lại", "Record"), "selfPlan": c.t("Ghi kế hoạch của đơn vị", "Record a unit's own plan"),
            "number": c.t("Số, ký hiệu", "Number"), "optional": c.t("(không bắt buộc)", "(optional)"),
            "import": c.t("Nhập tệp lịch đã điền kết quả", "Import a filled-in calendar"),
            "importHelp": c.t(
                "Tệp .xlsx hoặc .csv; nhập tất cả hoặc không nhập gì; một tệp không nhập được hai lần.",
                "An .xlsx or .csv file; all or nothing; the same file is never imported twice."),
            "file": c.t("Tệp", "File"), "upload": c.t("Nhập tệp", "Import"),
            "readOnly": c.t(
                "Vai trò của bạn chỉ được xem; người lập kế hoạch ghi kết quả.",
                "Your role may only read; planners record outcomes."),
            "none": c.t("—", "—"),
        ]
    }
}
