import CivilCalendar
import InspectionScheduling
import Localization
import Reporting
import ScenarioModel

/// `inspection-calendar.xlsx`: the calendar by date, by team and by unit, and the coverage against the targets.
enum CalendarWorkbook {
    static func sheets(plan: InspectionPlan, scenario: Scenario, language: Language) -> [SpreadsheetSheet] {
        let v = language == .vi
        func t(_ vi: String, _ en: String) -> String { v ? vi : en }
        let entries = CalendarEntry.entries(of: plan, in: scenario)
        func session(_ e: CalendarEntry) -> String {
            DocumentText.session(days: e.inspection.days, morning: e.session == .morning, v)
        }
        func team(_ e: CalendarEntry) -> String { DocumentText.teamLabel(e.team.code, in: scenario, v) }
        let kind = { (e: CalendarEntry) in Vocabulary.kind(e.unit.kind, language) }

        let byDate = SpreadsheetSheet(
            name: t("Theo ngày", "By date"),
            columns: [
                (t("Ngày", "Date"), 12), (t("Thứ", "Weekday"), 11), (t("Buổi", "Session"), 11),
                (t("Đoàn", "Team"), 9), (t("Tên đoàn", "Team name"), 40), (t("Đơn vị", "Unit"), 36),
                (t("Loại", "Kind"), 14), (t("Thuộc xã", "Commune"), 22), (t("Số ngày", "Days"), 9),
                (t("Cố định", "Fixed"), 9),
            ],
            rows: entries.map { e in
                [
                    .date(e.inspection.date), .text(DocumentText.weekday(e.inspection.date, v)), .text(session(e)),
                    .text(team(e)), .text(e.team.name), .text(e.unit.name), .text(kind(e)),
                    e.commune.map { .text($0.name) } ?? .empty, .decimal(e.inspection.days),
                    .text(e.inspection.fixed ? t("Có", "Yes") : t("Không", "No")),
                ]
            }, landscape: true)

        let teamOrder = Dictionary(scenario.teams.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        let byTeamEntries = entries.enumerated().sorted {
            (teamOrder[$0.element.team.code] ?? .max, $0.offset) < (teamOrder[$1.element.team.code] ?? .max, $1.offset)
        }.map(\.element)
        let byTeam = SpreadsheetSheet(
            name: t("Theo đoàn", "By team"),
            columns: [
                (t("Đoàn", "Team"), 9), (t("Ngày", "Date"), 12), (t("Thứ", "Weekday"), 11),
                (t("Buổi", "Session"), 11), (t("Đơn vị", "Unit"), 36), (t("Loại", "Kind"), 14),
                (t("Tháng", "Month"), 11), (t("Số ngày", "Days"), 9),
            ],
            rows: byTeamEntries.map { e in
                [
                    .text(team(e)), .date(e.inspection.date), .text(DocumentText.weekday(e.inspection.date, v)),
                    .text(session(e)), .text(e.unit.name), .text(kind(e)),
                    .text(DocumentText.month(e.inspection.date.month, v)), .decimal(e.inspection.days),
                ]
            })

        let byUnitCode = Dictionary(entries.map { ($0.unit.code, $0) }, uniquingKeysWith: { a, _ in a })
        let units = scenario.units.sorted { ($0.kind, $0.name) < ($1.kind, $1.name) }
        let byUnit = SpreadsheetSheet(
            name: t("Theo đơn vị", "By unit"),
            columns: [
                (t("Đơn vị", "Unit"), 36), (t("Loại", "Kind"), 14), (t("Thuộc xã", "Commune"), 22),
                (t("Kiểm tra năm nay", "Inspected this year"), 12), (t("Ngày kiểm tra", "Date"), 13),
                (t("Đoàn", "Team"), 9), (t("Lần kiểm tra trước (năm)", "Last inspected (year)"), 14),
            ],
            rows: units.map { u in
                let e = byUnitCode[u.code]
                return [
                    .text(u.name), .text(Vocabulary.kind(u.kind, language)),
                    u.commune.flatMap { scenario.unit($0)?.name }.map { .text($0) } ?? .empty,
                    .text(e == nil ? t("Không", "No") : t("Có", "Yes")),
                    e.map { .date($0.inspection.date) } ?? .empty, e.map { .text(team($0)) } ?? .empty,
                    u.lastInspected.map { .integer($0) } ?? .empty,
                ]
            })

        let coverage = SpreadsheetSheet(
            name: t("Mức bao phủ", "Coverage"),
            columns: [
                (t("Nhóm đơn vị", "Group"), 34), (t("Khu vực", "Region"), 16), (t("Tổng số", "Units"), 10),
                (t("Chỉ tiêu tối thiểu", "Required"), 12), (t("Số đơn vị kiểm tra", "Planned"), 12),
                (t("Tỷ lệ kiểm tra", "Share"), 12), (t("Đạt", "Met"), 8),
            ],
            rows: plan.targets.map { c in
                [
                    .text(c.name), c.region.map { .text($0) } ?? .empty, .integer(c.total), .integer(c.required),
                    .integer(c.planned), .percent(c.total == 0 ? 0 : Double(c.planned) / Double(c.total)),
                    .text(c.isMet ? t("Đạt", "Yes") : t("Chưa đạt", "No")),
                ]
            })
        return [byDate, byTeam, byUnit, coverage]
    }
}
