import CivilCalendar
import Foundation
import InspectionScheduling
import Localization
import Reporting
import ScenarioModel

extension WebPages {
    /// How the calendar page shows the plan.
    public enum CalendarView: String, Sendable, CaseIterable {
        /// One row per team, one column per week (Gantt).
        case team = "doan"
        /// One grid per month, a cell per day.
        case month = "thang"
        /// One row per unit.
        case unit = "don-vi"
    }

    /// What the calendar page shows.
    public struct CalendarPage: Sendable {
        /// The scenario's id.
        public var id: String
        /// The scenario.
        public var scenario: Scenario
        /// The plan, if one was made for the current files.
        public var plan: InspectionPlan?
        /// How to show it.
        public var view: CalendarView
        /// The unit whose inspection is selected (pin, unpin, move), if any.
        public var selected: String?
        /// The version of the scenario's files, sent back with every change.
        public var version: String

        /// Creates the page's values.
        public init(
            id: String, scenario: Scenario, plan: InspectionPlan?, view: CalendarView = .team, selected: String? = nil,
            version: String = ""
        ) {
            self.id = id
            self.scenario = scenario
            self.plan = plan
            self.view = view
            self.selected = selected
            self.version = version
        }
    }

    /// The calendar page: by team (Gantt), by month or by unit; a selected inspection can be pinned, unpinned or
    /// moved, then the calendar re-planned.
    public func calendar(context: PageContext, _ calendar: CalendarPage) -> String {
        let model = CalendarModel(calendar, context)
        return page(
            "calendar", title: context.t("Lịch kiểm tra", "Inspection calendar"), context: context, model: model,
            tabs: (calendar.id, calendar.scenario.name, .calendar))
    }
}

/// One inspection as a chip on the calendar.
struct Chip {
    var unit: String
    var label: String
    var short: String
    var title: String
    var href: String
    var kind: String
    var pinned: Bool
    var selected: Bool
}

/// The calendar template's values.
struct CalendarModel {
    struct Week {
        var label: String
        var cells: [Cell]
    }
    struct Cell {
        var chips: [Chip]
    }
    struct TeamRow {
        var name: String
        var code: String
        var cells: [Cell]
    }
    struct Month {
        var title: String
        var days: [Day]
    }
    struct Day {
        var blank: Bool
        var number: Int
        var off: Bool
        var chips: [Chip]
    }
    struct UnitRow {
        var code: String
        var name: String
        var kind: String
        var team: String
        var dates: String
        var days: String
        var pinned: Bool
        var href: String
    }
    struct Selected {
        var unit: String
        var name: String
        var team: String
        var date: String
        var pinned: Bool
        var teams: [Option]
    }
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }
    struct PinRow {
        var unit: String
        var name: String
        var team: String
        var date: String
    }

    var id: String
    var name: String
    var hasPlan: Bool
    var byTeam: Bool
    var byMonth: Bool
    var byUnit: Bool
    var weekLabels: [String]
    var teams: [TeamRow]
    var months: [Month]
    var units: [UnitRow]
    var selected: Selected?
    var pins: [PinRow]
    var hasPins: Bool
    var canEdit: Bool
    var csrf: String
    var version: String
    var weekdays: [String]
    var t: [String: String]

    init(_ page: WebPages.CalendarPage, _ c: PageContext) {
        id = page.id
        name = page.scenario.name
        hasPlan = page.plan != nil
        byTeam = page.view == .team
        byMonth = page.view == .month
        byUnit = page.view == .unit
        canEdit = c.roleIs("planner", "admin")
        csrf = c.csrfToken ?? ""
        version = page.version
        let entries = page.plan.map { CalendarEntry.entries(of: $0, in: page.scenario) } ?? []
        let pinned = Set(page.scenario.pins.map(\.unit))
        let chips = entries.map { Self.chip($0, page, pinned, c) }
        let span = Self.span(page.scenario, entries)
        (weekLabels, teams) = Self.gantt(page.scenario, entries, chips, span, c)
        months = page.view == .month ? Self.months(entries, chips, span, c) : []
        units = zip(entries, chips).map { entry, chip in
            UnitRow(
                code: entry.unit.code, name: entry.unit.name, kind: Vocabulary.kind(entry.unit.kind, c.language),
                team: entry.team.name,
                dates: entry.inspection.dates.map { Vocabulary.date($0, c.language) }.joined(separator: ", "),
                days: Vocabulary.days(entry.inspection.days, c.language), pinned: chip.pinned, href: chip.href)
        }
        selected = Self.selected(page, entries, pinned, c)
        let unitNames = Dictionary(page.scenario.units.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let teamNames = Dictionary(page.scenario.teams.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        pins = page.scenario.pins.map {
            PinRow(
                unit: $0.unit, name: unitNames[$0.unit] ?? $0.unit, team: teamNames[$0.team] ?? $0.team,
                date: Vocabulary.date($0.date, c.language))
        }
        hasPins = !pins.isEmpty
        weekdays = (1...7).map { Self.shortWeekday($0, c.language) }
        t = Self.words(c)
    }

    static func shortWeekday(_ weekday: Int, _ language: Language) -> String {
        language == .vi
            ? ["T2", "T3", "T4", "T5", "T6", "T7", "CN"][weekday - 1]
            : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday - 1]
    }

    static func chip(_ e: CalendarEntry, _ page: WebPages.CalendarPage, _ pinned: Set<String>, _ c: PageContext)
        -> Chip
    {
        let date = e.inspection.date
        let short = "\(date.day)/\(date.month)"
        let dates = e.inspection.dates.map { Vocabulary.date($0, c.language) }.joined(separator: ", ")
        let isPinned = pinned.contains(e.unit.code) || e.inspection.fixed
        let title =
            "\(e.unit.name) — \(e.team.name) — \(dates) (\(Vocabulary.session(e.session, c.language)))"
            + (isPinned ? c.t(" — đã ghim", " — pinned") : "")
        return Chip(
            unit: e.unit.code, label: "\(short) \(e.unit.name)", short: "\(e.team.code) · \(e.unit.name)", title: title,
            href: "/kich-ban/\(page.id)/lich?xem=\(page.view.rawValue)&chon=\(e.unit.code)#chon",
            kind: e.unit.kind.rawValue, pinned: isPinned, selected: page.selected == e.unit.code)
    }

    /// The dates the calendar spans: the season, widened to every inspection, from a Monday to a Sunday.
    static func span(_ scenario: Scenario, _ entries: [CalendarEntry]) -> DateSpan {
        let dates = entries.flatMap(\.inspection.dates)
        var from = scenario.inspection.season?.from ?? dates.min() ?? CivilDate(year: scenario.year, month: 1, day: 1)!
        var to = scenario.inspection.season?.to ?? dates.max() ?? CivilDate(year: scenario.year, month: 12, day: 31)!
        if let first = dates.min(), first < from { from = first }
        if let last = dates.max(), last > to { to = last }
        return DateSpan(from: from.adding(days: 1 - from.weekday), to: to.adding(days: 7 - to.weekday))
    }

    static func gantt(
        _ scenario: Scenario, _ entries: [CalendarEntry], _ chips: [Chip], _ span: DateSpan, _ c: PageContext
    ) -> ([String], [TeamRow]) {
        let weeks = (span.from.days(to: span.to) + 1) / 7
        let labels = (0..<weeks).map { index -> String in
            let monday = span.from.adding(days: 7 * index)
            return "\(monday.day)/\(monday.month)"
        }
        let rows = scenario.teams.map { team -> TeamRow in
            var cells = Array(repeating: Cell(chips: []), count: weeks)
            for (entry, chip) in zip(entries, chips) where entry.team.code == team.code {
                let week = span.from.days(to: entry.inspection.date) / 7
                if cells.indices.contains(week) { cells[week].chips.append(chip) }
            }
            return TeamRow(name: team.name, code: team.code, cells: cells)
        }
        return (labels, rows)
    }

    static func months(_ entries: [CalendarEntry], _ chips: [Chip], _ span: DateSpan, _ c: PageContext) -> [Month] {
        var byDate: [CivilDate: [Chip]] = [:]
        for (entry, chip) in zip(entries, chips) {
            for date in entry.inspection.dates { byDate[date, default: []].append(chip) }
        }
        var result: [Month] = []
        let start = span.from.adding(days: 6)
        var first = CivilDate(year: start.year, month: start.month, day: 1)!
        while first <= span.to.adding(days: -6) {
            var days = Array(
                repeating: Day(blank: true, number: 0, off: false, chips: []), count: first.weekday - 1)
            for day in 1...CivilDate.daysIn(month: first.month, year: first.year) {
                let date = CivilDate(year: first.year, month: first.month, day: day)!
                days.append(Day(blank: false, number: day, off: date.isWeekend, chips: byDate[date] ?? []))
            }
            result.append(Month(title: Vocabulary.month(first.month, year: first.year, c.language), days: days))
            first = first.endOfMonth.adding(days: 1)
        }
        return result
    }

    static func selected(
        _ page: WebPages.CalendarPage, _ entries: [CalendarEntry], _ pinned: Set<String>, _ c: PageContext
    ) -> Selected? {
        guard let code = page.selected, let unit = page.scenario.units.first(where: { $0.code == code }) else {
            return nil
        }
        let entry = entries.first { $0.unit.code == code }
        let pin = page.scenario.pins.first { $0.unit == code }
        let team = pin?.team ?? entry?.team.code ?? page.scenario.teams.first?.code ?? ""
        let date = pin?.date ?? entry?.inspection.date
        return Selected(
            unit: code, name: unit.name,
            team: page.scenario.teams.first { $0.code == team }?.name ?? team,
            date: date?.description ?? "", pinned: pin != nil,
            teams: page.scenario.teams.map { Option(value: $0.code, label: $0.name, selected: $0.code == team) })
    }

    static func words(_ c: PageContext) -> [String: String] {
        [
            "heading": c.t("Lịch kiểm tra", "Inspection calendar"),
            "byTeam": c.t("Theo đoàn", "By team"), "byMonth": c.t("Theo tháng", "By month"),
            "byUnit": c.t("Theo đơn vị", "By unit"), "team": c.t("Đoàn", "Team"),
            "weekOf": c.t("Tuần từ", "Week of"),
            "noPlan": c.t(
                "Chưa có lịch cho dữ liệu hiện tại. Hãy lập lịch ở trang Tổng quan.",
                "No calendar yet for the current data. Plan it on the Overview page."),
            "unit": c.t("Đơn vị", "Unit"), "kind": c.t("Loại", "Kind"), "dates": c.t("Ngày", "Dates"),
            "days": c.t("Số ngày", "Days"), "pinned": c.t("Đã ghim", "Pinned"),
            "selectedHeading": c.t("Cuộc kiểm tra đã chọn", "Selected inspection"),
            "pin": c.t("Ghim vào đoàn và ngày này", "Pin to this team and date"),
            "pinHelp": c.t(
                "Ghim: lần lập lịch sau giữ nguyên cuộc kiểm tra này. Đổi đoàn hoặc ngày rồi ghim để dời cuộc kiểm tra.",
                "Pin: the next plan keeps this inspection. Change the team or the date, then pin, to move it."),
            "unpin": c.t("Bỏ ghim", "Unpin"), "date": c.t("Ngày", "Date"),
            "replan": c.t("Lập lại lịch", "Re-plan"),
            "pins": c.t("Các cuộc kiểm tra đã ghim", "Pinned inspections"),
            "close": c.t("Đóng", "Close"), "legendPinned": c.t("đã ghim", "pinned"),
            "overview": c.t("Tổng quan", "Overview"), "settings": c.t("Cài đặt", "Settings"),
            "calendar": c.t("Lịch", "Calendar"), "staffing": c.t("Biên chế", "Staffing"),
            "choose": c.t("Chọn", "Select"),
        ]
    }
}
