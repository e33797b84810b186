import CCHCApp
import Foundation
import Hummingbird
import Reporting
import Tracking

/// The body of `POST /api/v1/scenarios/{id}/tracking/inspections`.
struct InspectionRequest: Decodable {
    var unit: String
    var status: String
    var date: String?
    var team: String?
    var score: Double?
    var findings: String?
}

/// One recorded inspection outcome, as the API answers it.
struct RecordedInspection: Encodable {
    var id: Int64?
    var unit: String
    var status: String
    var date: String?
    var team: String?
    var score: Double?
    var findings: String?
    var by: String
    var at: String
}

/// Following the year: the status (the same JSON as `cchc track … status --json`) and recording one inspection.
func registerTrackingRoutes(on api: RouterGroup<WebRequestContext>, services: WebServices) {
    api.get("scenarios/:id/tracking") { _, context in
        let user = try context.require(.read)
        let id = context.parameters.value("id")
        let report: TrackingReport
        do {
            report = try await BlockingWork.run {
                let (loaded, store) = try TrackingForms.open(id, services)
                return try TrackingDesk.currentStatus(
                    loaded, store: store, workspace: services.workspace, asOf: nil, by: user.name)
            }
        } catch {
            throw TrackingForms.refusal(error)
        }
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: TrackingJSON.render(report) + "\n")))
    }
    api.post("scenarios/:id/tracking/inspections") { request, context in
        let user = try context.require(.editInspection)
        let id = context.parameters.value("id")
        let body = try await APIJSON.decode(InspectionRequest.self, from: request, context: context)
        let fields = [
            "unit": body.unit, "status": body.status, "date": body.date, "team": body.team,
            "score": body.score.map { String($0) }, "findings": body.findings,
        ].compactMapValues { $0 }
        let recorded: InspectionEvent
        do {
            let event = try TrackingForms.inspection(fields, by: user.name)
            recorded = try await BlockingWork.run {
                let (loaded, store) = try TrackingForms.open(id, services)
                return try TrackingDesk.recordInspection(event, loaded, store: store)
            }
        } catch {
            throw TrackingForms.refusal(error)
        }
        return try APIJSON.response(
            RecordedInspection(
                id: recorded.id, unit: recorded.unit, status: recorded.outcome.rawValue,
                date: recorded.date?.description, team: recorded.team, score: recorded.score,
                findings: recorded.findings, by: recorded.provenance.by, at: recorded.provenance.at),
            status: .created)
    }
}
