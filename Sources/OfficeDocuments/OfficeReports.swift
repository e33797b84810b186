import CivilCalendar
import Foundation
import InspectionScheduling
import Localization
import Reporting
import ScenarioModel
import Staffing

/// The office files of a scenario's results, as bytes: Excel workbooks that open as real tables on a Vietnamese
/// Windows PC, and Word documents the district can issue in the form of Nghị định 30/2020/NĐ-CP.
///
/// Every function is pure: the same inputs give the same bytes.
public enum OfficeReports {
    /// `inspection-calendar.xlsx`: sheets by date, by team, by unit, and the coverage against the targets.
    public static func calendarWorkbook(plan: InspectionPlan, scenario: Scenario, language: Language)
        throws(OfficeDocumentError) -> Data
    {
        try XLSXWriter.data(
            CalendarWorkbook.sheets(plan: plan, scenario: scenario, language: language), created: creationDate(scenario)
        )
    }

    /// `staffing.xlsx`: the check, the projection, the measures with their cost, and the retirements.
    public static func staffingWorkbook(report: StaffingReport, scenario: Scenario, language: Language)
        throws(OfficeDocumentError) -> Data
    {
        try XLSXWriter.data(
            StaffingWorkbook.sheets(report: report, scenario: scenario, language: language),
            created: creationDate(scenario))
    }

    /// `inspection-plan.docx`: the plan as the district issues it.
    public static func planDocument(
        plan: InspectionPlan, scenario: Scenario, settings: DocumentSettings? = nil, language: Language,
        content: InspectionContent? = nil
    ) throws(OfficeDocumentError) -> Data {
        let form = DocumentForm(
            settings: settings ?? scenario.document, scenario: scenario, vietnamese: language == .vi)
        let document = PlanDocument(
            plan: plan, scenario: scenario, form: form, content: content ?? scenario.inspection.effectiveContent
        ).document()
        return try WordPackage.data(
            of: document, title: title("Kế hoạch kiểm tra CCHC", "CCHC inspection plan", language),
            language: languageTag(language))
    }

    /// `inspection-notices.docx`: one notice per inspected unit, one page each.
    public static func noticesDocument(
        plan: InspectionPlan, scenario: Scenario, settings: DocumentSettings? = nil, language: Language,
        content: InspectionContent? = nil
    ) throws(OfficeDocumentError) -> Data {
        let form = DocumentForm(
            settings: settings ?? scenario.document, scenario: scenario, vietnamese: language == .vi)
        let document = NoticesDocument(
            plan: plan, scenario: scenario, form: form, content: content ?? scenario.inspection.effectiveContent
        ).document()
        return try WordPackage.data(
            of: document, title: title("Thông báo lịch kiểm tra", "Inspection notices", language),
            language: languageTag(language))
    }

    /// `reduction-list.docx`: the people proposed for each staffing measure, with the cost.
    public static func reductionListDocument(
        report: StaffingReport, scenario: Scenario, settings: DocumentSettings? = nil, language: Language
    ) throws(OfficeDocumentError) -> Data {
        let form = DocumentForm(
            settings: settings ?? scenario.document, scenario: scenario, vietnamese: language == .vi)
        let document = ReductionListDocument(report: report, scenario: scenario, form: form).document()
        return try WordPackage.data(
            of: document, title: title("Danh sách đề nghị tinh giản biên chế", "Streamlining list", language),
            language: languageTag(language))
    }

    /// The office files of an inspection plan, by file name: `inspection-calendar.xlsx`, `inspection-plan.docx`,
    /// `inspection-notices.docx`.
    public static func calendarFiles(plan: InspectionPlan, scenario: Scenario, language: Language)
        throws(OfficeDocumentError) -> [(name: String, data: Data)]
    {
        [
            ("inspection-calendar.xlsx", try calendarWorkbook(plan: plan, scenario: scenario, language: language)),
            ("inspection-plan.docx", try planDocument(plan: plan, scenario: scenario, language: language)),
            ("inspection-notices.docx", try noticesDocument(plan: plan, scenario: scenario, language: language)),
        ]
    }

    /// The office files of a staffing report, by file name: `staffing.xlsx`, `reduction-list.docx`.
    public static func staffingFiles(report: StaffingReport, scenario: Scenario, language: Language)
        throws(OfficeDocumentError) -> [(name: String, data: Data)]
    {
        [
            ("staffing.xlsx", try staffingWorkbook(report: report, scenario: scenario, language: language)),
            ("reduction-list.docx", try reductionListDocument(report: report, scenario: scenario, language: language)),
        ]
    }

    private static func creationDate(_ scenario: Scenario) -> CivilDate {
        CivilDate(year: min(9999, max(1970, scenario.year)), month: 1, day: 1) ?? CivilDate(
            year: 1970, month: 1, day: 1)!
    }

    private static func title(_ vi: String, _ en: String, _ language: Language) -> String {
        language == .vi ? vi : en
    }

    private static func languageTag(_ language: Language) -> String { language == .vi ? "vi-VN" : "en-GB" }
}
