import Localization
import ScenarioModel
import Staffing

/// Renders `staffing-projection.csv`: one line per year, unit and category group with the headcount on 31 December,
/// hires, the quota in force that day and the surplus. Headers follow the report language; numbers are plain.
public enum StaffingProjectionCSV {
    /// Renders the projection.
    public static func render(_ report: StaffingReport, scenario: Scenario, language: Language) -> String {
        let header =
            language == .vi
            ? [
                "Năm", "Mã đơn vị", "Đơn vị", "Nhóm", "Số người 31/12", "Tuyển mới", "Định mức", "Thừa (+) / thiếu (−)",
                "Căn cứ",
            ]
            : [
                "Year", "Unit code", "Unit", "Group", "Headcount 31 Dec", "Hires", "Quota", "Surplus (+) / deficit (−)",
                "Rule",
            ]
        let rows = report.projection.map { r in
            [
                String(r.year), r.unit, StaffingVocabulary.unitName(r.unit, scenario),
                StaffingVocabulary.group(r.category, language),
                String(r.headcount), String(r.hires), r.quota.map(String.init) ?? "", r.surplus.map(String.init) ?? "",
                r.citation.map { StaffingVocabulary.citation($0, language) } ?? "",
            ]
        }
        return CSVText.document(header: header, rows: rows)
    }
}
