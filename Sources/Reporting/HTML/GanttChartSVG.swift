import CivilCalendar
import InspectionScheduling
import Localization
import ScenarioModel

/// Draws one team's inspections as a Gantt chart in SVG: months and weeks on the x axis, one row per inspection,
/// labelled by unit, bars coloured by unit kind, the team's days away shaded.
enum GanttChartSVG {
    static let width = 1000.0
    static let left = 270.0
    static let right = 56.0
    static let top = 34.0
    static let rowHeight = 18.0

    /// The date range of the charts: the season (or the plan's dates) widened to whole months.
    static func range(_ plan: InspectionPlan, _ scenario: Scenario) -> DateSpan {
        var from =
            scenario.inspection.season?.from ?? plan.inspections.map(\.date).min() ?? CivilDate(
                year: plan.year, month: 1, day: 1)!
        var to =
            scenario.inspection.season?.to ?? plan.inspections.flatMap(\.dates).max() ?? CivilDate(
                year: plan.year, month: 12, day: 31)!
        if let first = plan.inspections.map(\.date).min(), first < from { from = first }
        if let last = plan.inspections.flatMap(\.dates).max(), last > to { to = last }
        return DateSpan(from: CivilDate(year: from.year, month: from.month, day: 1)!, to: to.endOfMonth)
    }

    /// The colour of a unit kind.
    static func kindColour(_ kind: UnitKind) -> String {
        switch kind {
        case .commune, .town, .ward: return "#1f5fa8"
        case .school: return "#d35400"
        case .healthStation: return "#1e8449"
        case .centre: return "#7d3c98"
        default: return "#566573"
        }
    }

    /// The kinds in legend order.
    static let legendKinds: [UnitKind] = [.commune, .school, .healthStation, .centre]

    /// The SVG of one team's calendar.
    static func render(team: Team, entries: [CalendarEntry], span: DateSpan, scenario: Scenario, language: Language)
        -> String
    {
        let vi = language == .vi
        let days = Double(span.from.days(to: span.to) + 1)
        let plotWidth = width - left - right
        let dayWidth = plotWidth / days
        func x(_ d: CivilDate) -> Double { left + Double(span.from.days(to: d)) * dayWidth }
        let rows = max(entries.count, 1)
        let height = top + Double(rows) * rowHeight + 10
        let bottom = top + Double(rows) * rowHeight
        var s: [String] = []
        let title = (vi ? "Lịch kiểm tra của " : "Inspection calendar of ") + team.name
        s.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(HTML.n(width)) \(HTML.n(height))\" role=\"img\" aria-label=\"\(HTML.escape(title))\">"
        )
        // Days away of the team.
        for u in scenario.unavailability where u.team == team.code {
            let a = max(u.dates.from, span.from), b = min(u.dates.to, span.to)
            guard a <= b else { continue }
            s.append(
                "<rect x=\"\(HTML.n(x(a)))\" y=\"\(HTML.n(top))\" width=\"\(HTML.n(Double(a.days(to: b) + 1) * dayWidth))\" height=\"\(HTML.n(bottom - top))\" fill=\"#eceff1\"><title>\(HTML.escape((vi ? "Vắng: " : "Away: ") + u.reason + " (" + Vocabulary.date(u.dates.from, language) + "–" + Vocabulary.date(u.dates.to, language) + ")"))</title></rect>"
            )
        }
        // Week lines (Mondays), month lines and labels.
        var d = span.from
        while d <= span.to {
            if d.weekday == 1 {
                s.append(
                    "<line class=\"grid\" x1=\"\(HTML.n(x(d)))\" y1=\"\(HTML.n(top))\" x2=\"\(HTML.n(x(d)))\" y2=\"\(HTML.n(bottom))\"/>"
                )
            }
            d = d.adding(days: 1)
        }
        var m = span.from
        while m <= span.to {
            let end = m.endOfMonth
            s.append(
                "<line class=\"month\" x1=\"\(HTML.n(x(m)))\" y1=\"\(HTML.n(top - 16))\" x2=\"\(HTML.n(x(m)))\" y2=\"\(HTML.n(bottom))\"/>"
            )
            let mid = (x(m) + x(end.adding(days: 1))) / 2
            s.append(
                "<text class=\"lbl\" x=\"\(HTML.n(mid))\" y=\"\(HTML.n(top - 8))\" text-anchor=\"middle\">\(HTML.escape(Vocabulary.shortMonth(m.month, language)))</text>"
            )
            m = end.adding(days: 1)
        }
        s.append(
            "<line class=\"month\" x1=\"\(HTML.n(x(span.to.adding(days: 1))))\" y1=\"\(HTML.n(top - 16))\" x2=\"\(HTML.n(x(span.to.adding(days: 1))))\" y2=\"\(HTML.n(bottom))\"/>"
        )
        s.append(
            "<line class=\"axis\" x1=\"\(HTML.n(left))\" y1=\"\(HTML.n(bottom))\" x2=\"\(HTML.n(width - right))\" y2=\"\(HTML.n(bottom))\"/>"
        )
        if entries.isEmpty {
            s.append(
                "<text class=\"lbl\" x=\"\(HTML.n(left - 6))\" y=\"\(HTML.n(top + 12))\" text-anchor=\"end\">\(vi ? "(không có cuộc kiểm tra)" : "(no inspections)")</text>"
            )
        }
        for (i, e) in entries.enumerated() {
            let y = top + Double(i) * rowHeight
            if i % 2 == 1 {
                s.append(
                    "<rect x=\"0\" y=\"\(HTML.n(y))\" width=\"\(HTML.n(left - 2))\" height=\"\(HTML.n(rowHeight))\" fill=\"#f7f9f9\"/>"
                )
            }
            let name = e.unit.name + (e.inspection.fixed ? " *" : "")
            let when = e.inspection.dates.map { Vocabulary.date($0, language) }.joined(separator: ", ")
            let tip =
                "\(e.unit.name) — \(Vocabulary.kind(e.unit.kind, language)); \(when); \(Vocabulary.session(e.session, language))"
                + (e.inspection.fixed ? (vi ? " (cố định)" : " (fixed)") : "")
            s.append("<g><title>\(HTML.escape(tip))</title>")
            s.append(
                "<text class=\"lbl\" x=\"\(HTML.n(left - 6))\" y=\"\(HTML.n(y + rowHeight - 4))\" text-anchor=\"end\">\(HTML.escape(HTML.truncate(name, 42)))</text>"
            )
            let colour = kindColour(e.unit.kind)
            var lastX = left
            for date in e.inspection.dates {
                var bx = x(date)
                var bw = dayWidth
                if e.inspection.days < 1 {
                    bw = dayWidth * max(e.inspection.days, 0.5)
                    if e.session == .afternoon { bx += dayWidth - bw }
                }
                let minWidth = 3.0
                if bw < minWidth { bx -= (minWidth - bw) / 2; bw = minWidth }
                s.append(
                    "<rect x=\"\(HTML.n(bx))\" y=\"\(HTML.n(y + 3))\" width=\"\(HTML.n(bw))\" height=\"\(HTML.n(rowHeight - 6))\" rx=\"1.5\" fill=\"\(colour)\"\(e.inspection.fixed ? " stroke=\"#17202a\" stroke-width=\"1\"" : "")/>"
                )
                lastX = max(lastX, bx + bw)
            }
            let short = e.inspection.date.day < 10 ? "0\(e.inspection.date.day)" : "\(e.inspection.date.day)"
            let month = e.inspection.date.month < 10 ? "0\(e.inspection.date.month)" : "\(e.inspection.date.month)"
            let label = language == .vi ? "\(short)/\(month)" : "\(month)-\(short)"
            s.append(
                "<text class=\"tick\" x=\"\(HTML.n(lastX + 3))\" y=\"\(HTML.n(y + rowHeight - 4))\">\(label)</text>")
            s.append("</g>")
        }
        s.append("</svg>")
        return s.joined(separator: "\n")
    }

    /// The legend line under the charts.
    static func legend(_ language: Language) -> String {
        var parts: [String] = []
        for k in legendKinds {
            var label = Vocabulary.kind(k, language)
            if k == .commune { label += language == .vi ? ", thị trấn" : ", town" }
            parts.append("<span class=\"sw\" style=\"background:\(kindColour(k))\"></span>\(HTML.escape(label))")
        }
        parts.append(
            "<span class=\"sw\" style=\"background:#eceff1\"></span>" + (language == .vi ? "Đoàn vắng" : "Team away"))
        parts.append(language == .vi ? " &nbsp; * cố định (ấn định trước)" : " &nbsp; * fixed (pinned)")
        return "<div class=\"legend\">" + parts.joined() + "</div>"
    }
}
