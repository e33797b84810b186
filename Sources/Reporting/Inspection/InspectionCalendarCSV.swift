import InspectionScheduling
import Localization
import ScenarioModel

/// Renders `inspection-calendar.csv`: one row per inspection, Excel-friendly (UTF-8 with BOM, CRLF).
///
/// The header uses stable English keys so the file can be read back (`cchc schedule --previous`); the
/// human-readable cells (weekday, kind, session) follow the report language. Columns:
/// `date, weekday, session, team, team_name, unit, unit_name, kind, commune, days, dates, fixed`.
public enum InspectionCalendarCSV {
    /// The header keys, in order.
    public static let header = [
        "date", "weekday", "session", "team", "team_name", "unit", "unit_name", "kind", "commune", "days", "dates",
        "fixed",
    ]

    /// Renders the calendar.
    public static func render(_ plan: InspectionPlan, scenario: Scenario, language: Language) -> String {
        let rows = CalendarEntry.entries(of: plan, in: scenario).map { e -> [String] in
            [
                e.inspection.date.description,
                Vocabulary.weekday(e.inspection.date, language),
                Vocabulary.session(e.session, language),
                e.team.code,
                e.team.name,
                e.unit.code,
                e.unit.name,
                Vocabulary.kind(e.unit.kind, language),
                e.commune?.name ?? "",
                Vocabulary.number(e.inspection.days, decimals: 1, .en),
                e.inspection.dates.map(\.description).joined(separator: ";"),
                e.inspection.fixed ? "yes" : "no",
            ]
        }
        return CSVText.document(header: header, rows: rows)
    }
}
