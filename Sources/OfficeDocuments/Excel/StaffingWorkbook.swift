import CivilCalendar
import Localization
import Reporting
import ScenarioModel
import Staffing

/// `staffing.xlsx`: the check against quotas, the projection, the measures with their cost, and the retirements.
enum StaffingWorkbook {
    static func sheets(report: StaffingReport, scenario: Scenario, language: Language) -> [SpreadsheetSheet] {
        let v = language == .vi
        func t(_ vi: String, _ en: String) -> String { v ? vi : en }
        func unit(_ code: String) -> SpreadsheetCell { .text(scenario.unit(code)?.name ?? code) }
        func group(_ g: QuotaGroup) -> SpreadsheetCell { .text(v ? g.vietnameseName : g.englishName) }
        func optional(_ n: Int?) -> SpreadsheetCell { n.map { .integer($0) } ?? .empty }
        let people = Dictionary(scenario.staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        let check = SpreadsheetSheet(
            name: t("Kiểm tra biên chế", "Staffing check"),
            columns: [
                (t("Đơn vị", "Unit"), 32), (t("Nhóm", "Group"), 26), (t("Số người", "Headcount"), 10),
                (t("Định mức", "Quota"), 10), (t("Thừa (+) / thiếu (−)", "Surplus (+) / deficit (−)"), 14),
                (t("Cách tính định mức", "Quota basis"), 60),
            ],
            rows: report.units.map { u in
                [
                    unit(u.unit), group(u.category), .integer(u.headcount), optional(u.quota), optional(u.surplus),
                    u.basis.map { .text($0) } ?? .empty,
                ]
            }, landscape: true)

        let projection = SpreadsheetSheet(
            name: t("Dự báo", "Projection"),
            columns: [
                (t("Năm", "Year"), 8), (t("Đơn vị", "Unit"), 32), (t("Nhóm", "Group"), 26),
                (t("Số người ngày 31/12", "Headcount on 31 Dec"), 14), (t("Tuyển mới", "Hires"), 10),
                (t("Định mức", "Quota"), 10), (t("Thừa (+) / thiếu (−)", "Surplus (+) / deficit (−)"), 14),
            ],
            rows: report.projection.map { p in
                [
                    .text("\(p.year)"), unit(p.unit), group(p.category), .integer(p.headcount), .integer(p.hires),
                    optional(p.quota), optional(p.surplus),
                ]
            })

        let measureColumns: [(String, Double)] = [
            (t("Họ và tên", "Name"), 26), (t("Biện pháp", "Measure"), 22), (t("Đơn vị", "Unit"), 30),
            (t("Chức vụ, chức danh", "Post"), 30), (t("Đến đơn vị", "To unit"), 30),
            (t("Chức danh ở nơi đến", "Post at the destination"), 30), (t("Ngày", "Date"), 12),
            (t("Kinh phí (đồng)", "Cost (VND)"), 16), (t("Hệ số lương", "Salary coefficient"), 10),
            (t("Lý do chọn", "Why this person"), 50), (t("Chính sách áp dụng", "Package"), 40),
            (t("Cách tính", "Formula"), 60),
        ]
        let exits: [[SpreadsheetCell]] = report.plan.exits.map { e in
            [
                .text(e.name), .text(StaffingReasonText.measure(e, language)), unit(e.unit),
                people[e.id].map { .text($0.position) } ?? .empty, .empty, .empty, .date(e.date), .money(e.costVND),
                people[e.id].map { .decimal($0.salaryCoefficient) } ?? .empty,
                .text(StaffingReasonText.criterion(e, language)), .text(StaffingReasonText.package(e, language)),
                .text(StaffingReasonText.formula(e, language)),
            ]
        }
        let transfers: [[SpreadsheetCell]] = report.plan.transfers.map { m in
            [
                .text(m.name), .text(t("Điều động", "Transfer")), unit(m.from),
                people[m.id].map { .text($0.position) } ?? .empty, unit(m.to),
                .text(StaffingReasonText.destinationPost(m, language)), .date(m.date), .money(m.costVND),
                people[m.id].map { .decimal($0.salaryCoefficient) } ?? .empty,
                .text(StaffingReasonText.transferReason(language)), .empty, .empty,
            ]
        }
        let measures = SpreadsheetSheet(
            name: t("Biện pháp", "Measures"), columns: measureColumns,
            rows: exits + transfers, landscape: true)

        let retirements = SpreadsheetSheet(
            name: t("Nghỉ hưu", "Retirements"),
            columns: [
                (t("Họ và tên", "Name"), 26), (t("Ngày sinh", "Birth date"), 12), (t("Giới tính", "Sex"), 9),
                (t("Đơn vị", "Unit"), 32), (t("Chức vụ", "Position"), 30),
                (t("Ngày nghỉ hưu", "Retirement date"), 14),
            ],
            rows: report.retirements.map { r in
                let person = people[r.id]
                let sex = person.map { $0.gender == .male ? t("Nam", "Male") : t("Nữ", "Female") }
                return [
                    .text(person?.name ?? r.id), person.map { .date($0.birthDate) } ?? .empty,
                    sex.map { .text($0) } ?? .empty, unit(r.unit), person.map { .text($0.position) } ?? .empty,
                    .date(r.date),
                ]
            })
        return [check, projection, measures, retirements]
    }
}
