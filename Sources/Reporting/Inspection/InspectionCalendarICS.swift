import CivilCalendar
import InspectionScheduling
import Localization
import ScenarioModel

/// Renders `inspection-calendar.ics`: one VEVENT per inspection (RFC 5545).
///
/// - Each event's UID is `<year>-<unit code>.<calendar id>@cchc`: a unit is inspected at most once a year, so
///   importing a new version of the plan (for example after a re-plan) updates the event instead of duplicating it.
///   Moved inspections carry `SEQUENCE:1`.
/// - Half-day inspections are timed events in Asia/Ho_Chi_Minh (morning 07:30–11:30, afternoon 13:30–17:00);
///   whole-day inspections are all-day events.
/// - `DTSTAMP` is fixed at 1 January of the plan year, 00:00 UTC, so the same plan gives the same bytes.
public enum InspectionCalendarICS {
    /// Renders the calendar.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - scenario: The scenario (unit and team names, team members).
    ///   - calendarID: A stable identifier of the scenario, e.g. its folder name (part of every UID).
    ///   - language: The language of summaries and descriptions.
    public static func render(_ plan: InspectionPlan, scenario: Scenario, calendarID: String, language: Language)
        -> String
    {
        let movedUnits = Set(plan.moved.map(\.unit))
        let stamp = "\(ICSText.pad(plan.year, 4))0101T000000Z"
        let uidSuffix = calendarID.unicodeScalars.map {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") ? String($0) : "_"
        }.joined()
        var lines: [String] = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//cchc//Inspection calendar//\(language == .vi ? "VI" : "EN")",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICSText.escape(title(plan, scenario, language)),
            "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
            "BEGIN:VTIMEZONE",
            "TZID:Asia/Ho_Chi_Minh",
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0700",
            "TZOFFSETTO:+0700",
            "TZNAME:ICT",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
        for e in CalendarEntry.entries(of: plan, in: scenario) {
            lines.append("BEGIN:VEVENT")
            lines.append(
                "UID:\(plan.year)-\(e.unit.code.unicodeScalars.map { $0.isASCII && $0 != " " ? String($0) : "_" }.joined()).\(uidSuffix)@cchc"
            )
            lines.append("DTSTAMP:\(stamp)")
            lines.append("SEQUENCE:\(movedUnits.contains(e.unit.code) ? 1 : 0)")
            let first = e.inspection.dates.first ?? e.inspection.date
            let last = e.inspection.dates.last ?? e.inspection.date
            switch e.session {
            case .morning:
                lines.append("DTSTART;TZID=Asia/Ho_Chi_Minh:\(ICSText.date(first))T073000")
                lines.append("DTEND;TZID=Asia/Ho_Chi_Minh:\(ICSText.date(first))T113000")
            case .afternoon:
                lines.append("DTSTART;TZID=Asia/Ho_Chi_Minh:\(ICSText.date(first))T133000")
                lines.append("DTEND;TZID=Asia/Ho_Chi_Minh:\(ICSText.date(first))T170000")
            case .fullDays:
                lines.append("DTSTART;VALUE=DATE:\(ICSText.date(first))")
                lines.append("DTEND;VALUE=DATE:\(ICSText.date(last.adding(days: 1)))")
            }
            let summary =
                language == .vi
                ? "Kiểm tra CCHC: \(e.unit.name) (\(e.team.name))"
                : "CCHC inspection: \(e.unit.name) (\(e.team.name))"
            lines.append("SUMMARY:" + ICSText.escape(summary))
            let location = [e.unit.name, e.commune?.name].compactMap { $0 }.joined(separator: ", ")
            lines.append("LOCATION:" + ICSText.escape(location))
            lines.append("DESCRIPTION:" + ICSText.escape(description(e, language)))
            lines.append("CATEGORIES:CCHC")
            lines.append("TRANSP:OPAQUE")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICSText.fold).joined()
    }

    static func title(_ plan: InspectionPlan, _ scenario: Scenario, _ language: Language) -> String {
        language == .vi
            ? "Lịch kiểm tra CCHC năm \(plan.year) - \(scenario.name)"
            : "CCHC inspection calendar \(plan.year) - \(scenario.name)"
    }

    static func description(_ e: CalendarEntry, _ language: Language) -> String {
        var parts: [String] = []
        if language == .vi {
            parts.append(
                "Đơn vị được kiểm tra: \(e.unit.name) (\(Vocabulary.kind(e.unit.kind, .vi)), mã \(e.unit.code))")
            parts.append(
                "Thời gian: \(Vocabulary.session(e.session, .vi)), \(e.inspection.dates.map { Vocabulary.date($0, .vi) }.joined(separator: "; "))"
            )
            parts.append("Đoàn kiểm tra: \(e.team.name)")
            if !e.team.members.isEmpty { parts.append("Thành viên: " + e.team.members.joined(separator: "; ")) }
            if e.inspection.fixed { parts.append("Lịch đã cố định (đã thông báo hoặc đã thực hiện).") }
        } else {
            parts.append("Inspected unit: \(e.unit.name) (\(Vocabulary.kind(e.unit.kind, .en)), code \(e.unit.code))")
            parts.append(
                "When: \(Vocabulary.session(e.session, .en)), \(e.inspection.dates.map { Vocabulary.date($0, .en) }.joined(separator: "; "))"
            )
            parts.append("Team: \(e.team.name)")
            if !e.team.members.isEmpty { parts.append("Members: " + e.team.members.joined(separator: "; ")) }
            if e.inspection.fixed { parts.append("Fixed (announced or already done).") }
        }
        return parts.joined(separator: "\n")
    }
}
