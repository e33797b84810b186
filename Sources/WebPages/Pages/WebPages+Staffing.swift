import CivilCalendar
import Foundation
import Localization
import Reporting
import ScenarioModel
import Staffing

extension WebPages {
    /// The staffing page: the check (findings, units above their quota), the projection by year and the measures.
    ///
    /// - Parameters:
    ///   - report: The latest staffing report for the current files, or `nil` (then the page says how to make one).
    public func staffing(context: PageContext, id: String, scenario: Scenario, report: StaffingReport?) -> String {
        let model = StaffingModel(id: id, scenario: scenario, report: report, context)
        return page(
            "staffing", title: context.t("Biên chế", "Staffing"), context: context, model: model,
            tabs: (id, scenario.name, .staffing))
    }
}

/// The staffing template's values.
struct StaffingModel {
    struct Finding {
        var severity: String
        var blocking: Bool
        var text: String
    }
    struct Surplus {
        var unit: String
        var group: String
        var headcount: Int
        var quota: String
        var surplus: Int
    }
    struct Year {
        var year: Int
        var headcount: Int
        var quota: String
        var surplus: Int
    }
    struct Measure {
        var person: String
        var what: String
        var date: String
        var cost: String
    }
    var id: String
    var name: String
    var hasReport: Bool
    var canRun: Bool
    var csrf: String
    var findings: [Finding]
    var hasFindings: Bool
    var findingsSummary: String
    var surpluses: [Surplus]
    var years: [Year]
    var measures: [Measure]
    var hasMeasures: Bool
    var total: String
    var t: [String: String]

    init(id: String, scenario: Scenario, report: StaffingReport?, _ c: PageContext) {
        self.id = id
        name = scenario.name
        hasReport = report != nil
        canRun = c.roleIs("hr", "admin")
        csrf = c.csrfToken ?? ""
        let unitNames = Dictionary(scenario.units.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let report = report
        findings = (report?.findings ?? []).sorted { $0.severity < $1.severity }.map {
            Finding(
                severity: $0.severity == .blocking ? c.t("Phải xử lý", "Must fix") : c.t("Lưu ý", "Note"),
                blocking: $0.severity == .blocking, text: FindingText.text($0, c.language))
        }
        hasFindings = !findings.isEmpty
        let blocking = findings.filter(\.blocking).count
        findingsSummary = c.t(
            "\(findings.count) phát hiện, trong đó \(blocking) phải xử lý (bấm để xem)",
            "\(findings.count) findings, \(blocking) to fix (select to show)")
        surpluses = (report?.units ?? []).filter { ($0.surplus ?? 0) > 0 }.map {
            Surplus(
                unit: unitNames[$0.unit] ?? $0.unit, group: Self.group($0.category, c), headcount: $0.headcount,
                quota: $0.quota.map(String.init) ?? "—", surplus: $0.surplus ?? 0)
        }
        years = Self.years(report?.projection ?? [])
        measures = Self.measures(report, unitNames, c)
        hasMeasures = !measures.isEmpty
        total = Vocabulary.number((report?.plan.totalCostVND ?? 0) / 1_000_000, decimals: 0, c.language)
        t = Self.words(c)
    }

    static func group(_ group: QuotaGroup, _ c: PageContext) -> String {
        c.language == .vi ? group.vietnameseName : group.englishName
    }

    static func years(_ rows: [ProjectionRow]) -> [Year] {
        Dictionary(grouping: rows, by: \.year).keys.sorted().map { year in
            let of = rows.filter { $0.year == year }
            let quotas = of.compactMap(\.quota)
            return Year(
                year: year, headcount: of.map(\.headcount).reduce(0, +),
                quota: quotas.isEmpty ? "—" : String(quotas.reduce(0, +)),
                surplus: of.compactMap(\.surplus).filter { $0 > 0 }.reduce(0, +))
        }
    }

    static func measures(_ report: StaffingReport?, _ names: [String: String], _ c: PageContext) -> [Measure] {
        guard let plan = report?.plan else { return [] }
        let million = { (v: Double) in Vocabulary.number(v / 1_000_000, decimals: 1, c.language) }
        let transfers = plan.transfers.map {
            Measure(
                person: $0.name,
                what: c.t("Điều động từ ", "Transfer from ") + (names[$0.from] ?? $0.from) + c.t(" đến ", " to ")
                    + (names[$0.to] ?? $0.to),
                date: Vocabulary.date($0.date, c.language), cost: million($0.costVND))
        }
        let exits = plan.exits.map {
            Measure(
                person: $0.name,
                what: ($0.kind == .earlyRetirement
                    ? c.t("Nghỉ hưu trước tuổi", "Early retirement") : c.t("Thôi việc ngay", "Immediate resignation"))
                    + " — " + (names[$0.unit] ?? $0.unit),
                date: Vocabulary.date($0.date, c.language), cost: million($0.costVND))
        }
        return transfers + exits
    }

    static func words(_ c: PageContext) -> [String: String] {
        [
            "heading": c.t("Biên chế", "Staffing"),
            "noReport": c.t(
                "Chưa có phương án biên chế cho dữ liệu hiện tại. Hãy lập ở trang Tổng quan.",
                "No staffing plan yet for the current data. Make one on the Overview page."),
            "check": c.t("Kiểm tra biên chế", "Staffing check"),
            "noFindings": c.t("Không có vấn đề.", "No findings."),
            "surplus": c.t("Đơn vị vượt định mức", "Units above their quota"),
            "unit": c.t("Đơn vị", "Unit"), "group": c.t("Nhóm", "Group"),
            "headcount": c.t("Hiện có", "Headcount"), "quota": c.t("Định mức", "Quota"),
            "over": c.t("Vượt", "Over"),
            "projection": c.t("Dự báo theo năm (chưa áp dụng biện pháp)", "Projection by year (before measures)"),
            "year": c.t("Năm", "Year"),
            "measures": c.t("Biện pháp tinh giản đề xuất", "Proposed measures"),
            "person": c.t("Người", "Person"), "what": c.t("Biện pháp", "Measure"), "date": c.t("Ngày", "Date"),
            "cost": c.t("Kinh phí (triệu đồng)", "Cost (million VND)"),
            "total": c.t("Tổng kinh phí (triệu đồng)", "Total cost (million VND)"),
            "noMeasures": c.t("Không cần biện pháp tinh giản.", "No reduction measure needed."),
            "overview": c.t("Tổng quan", "Overview"), "settings": c.t("Cài đặt", "Settings"),
            "calendar": c.t("Lịch", "Calendar"), "staffing": c.t("Biên chế", "Staffing"),
        ]
    }
}
