import CCHCApp
import CivilCalendar
import Foundation
import Hummingbird
import Localization
import ScenarioFiles
import Tracking
import WebPages
import Workspace

/// Reading the tracking forms and uploads, and the web answers to the tracking desk's refusals.
enum TrackingForms {
    /// The scenario and the workspace store.
    static func open(_ id: String, _ services: WebServices) throws -> (LoadedScenario, TrackingStore) {
        let loaded = try services.library.open(id)
        return (loaded, try TrackingDesk.open(services.workspace))
    }

    /// A form field, `nil` when absent or blank.
    static func field(_ form: [String: String], _ name: String) -> String? {
        let value = form[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return value.isEmpty ? nil : value
    }

    /// A refusal of a field's value (422).
    static func badField(_ field: String, vi: String, en: String) -> WebError {
        WebError(
            .unprocessableContent, code: "invalid_field", vi: vi, en: en,
            problems: [
                ScenarioIssue(file: "form", field: field, message: LocalizedText(vi: vi, en: en))
            ])
    }

    /// A date field (YYYY-MM-DD), `nil` when blank.
    static func date(_ form: [String: String], _ name: String) throws -> CivilDate? {
        guard let text = field(form, name) else { return nil }
        guard let date = CivilDate(iso: text) else {
            throw badField(
                name, vi: "Ngày “\(text)” không hợp lệ (YYYY-MM-DD).", en: "“\(text)” is not a date (YYYY-MM-DD).")
        }
        return date
    }

    /// One inspection's outcome from the form (or the API's fields): unit, status, date, team, score, findings.
    static func inspection(_ form: [String: String], by name: String) throws -> InspectionEvent {
        let statusText = field(form, "status") ?? ""
        guard let outcome = InspectionOutcome(rawValue: statusText) else {
            throw badField(
                "status", vi: "Tình trạng phải là done, postponed hoặc cancelled.",
                en: "The status must be done, postponed or cancelled.")
        }
        var score: Double?
        if let text = field(form, "score") {
            guard let value = Double(text.replacingOccurrences(of: ",", with: ".")) else {
                throw badField(
                    "score", vi: "Điểm “\(text)” không phải là số.", en: "The score “\(text)” is not a number.")
            }
            score = value
        }
        return InspectionEvent(
            unit: field(form, "unit") ?? "", outcome: outcome, date: try date(form, "date"), team: field(form, "team"),
            score: score, findings: field(form, "findings"), provenance: TrackingDesk.provenance(by: name))
    }

    /// A unit's own plan from the form: unit, kind, number, date.
    static func selfPlan(_ form: [String: String], by name: String) throws -> SelfPlanEvent {
        guard let kind = SelfPlanKind(rawValue: field(form, "kind") ?? "") else {
            throw badField(
                "kind", vi: "Loại kế hoạch phải là cchc-plan hoặc self-inspection.",
                en: "The kind must be cchc-plan or self-inspection.")
        }
        guard let number = field(form, "number") else {
            throw badField("number", vi: "Hãy ghi số, ký hiệu của kế hoạch.", en: "Give the plan's number.")
        }
        guard let day = try date(form, "date") else {
            throw badField("date", vi: "Hãy ghi ngày ban hành.", en: "Give the date it was issued.")
        }
        return SelfPlanEvent(
            unit: field(form, "unit") ?? "", kind: kind, number: number, date: day,
            provenance: TrackingDesk.provenance(by: name))
    }

    /// The uploaded file of a multipart form (field `file`): its bytes and its name (without any folder).
    static func upload(_ request: Request, _ context: WebRequestContext) async throws -> (Data, String) {
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        guard let form = MultipartForm(data: Data(buffer: body), contentType: request.headers[.contentType] ?? ""),
            let file = form.part("file"), let fileName = file.fileName, !file.data.isEmpty
        else {
            throw WebError.badRequest("Hãy chọn một tệp .xlsx hoặc .csv.", "Choose an .xlsx or .csv file.")
        }
        return (file.data, (fileName as NSString).lastPathComponent)
    }

    /// The web answer to a refusal: bad data 422 (naming file and place), a duplicate import 409.
    static func refusal(_ error: any Error) -> WebError {
        guard let error = error as? ApplicationError else { return PageSupport.refusal(error) }
        switch error {
        case .scenario(let problem):
            let missing = problem.isMissingFile
            return WebError(
                .unprocessableContent, code: missing ? "missing_data" : "invalid_data",
                vi: "Dữ liệu không hợp lệ, không có gì thay đổi.", en: "Invalid data; nothing was changed.",
                problems: problem.issues)
        case .workspace(.duplicateImport(let file, let previous, let at, let by)):
            return WebError(
                .conflict, code: "duplicate_import",
                vi: "Tệp \(file) đã được nhập (\(previous), \(at), \(by)); không có gì thay đổi.",
                en: "The file \(file) was already imported (\(previous), \(at), \(by)); nothing was changed.")
        default:
            return WebError(
                .internalServerError, code: "internal", vi: "Lỗi máy chủ: \(error)", en: "Server error: \(error)")
        }
    }

    /// A refusal as one line for the page's alert: the message and the first problems (file, place, what, fix).
    static func alert(_ refusal: WebError, _ language: Language) -> String {
        let details = refusal.problems.prefix(10).map { $0.formatted(language: language) }
        return ([refusal.message(language)] + details).joined(separator: " — ")
    }

    /// The page context, with the notice of a tracking redirect (`?ok=`, a fixed code).
    static func context(_ request: Request, _ context: WebRequestContext, alert: String?) -> PageContext {
        var page = PageSupport.context(request, context, alert: alert)
        let vi = context.language == .vi
        switch request.uri.queryParameters["ok"].map(String.init) {
        case "inspection-recorded": page.notice = vi ? "Đã ghi kết quả kiểm tra." : "Inspection recorded."
        case "self-plan-recorded": page.notice = vi ? "Đã ghi kế hoạch của đơn vị." : "The unit's plan is recorded."
        case "imported": page.notice = vi ? "Đã nhập tệp." : "File imported."
        default: break
        }
        return page
    }
}
