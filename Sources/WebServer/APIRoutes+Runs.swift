import CCHCApp
import Foundation
import Hummingbird

struct RunRequest: Decodable {
    var kind: String
    var timeLimit: Double?
}

struct RunCreated: Encodable {
    var id: String
}

/// Runs: start one for a scenario, list a scenario's runs, status, server-sent events, cancel.
func registerRunRoutes(on api: RouterGroup<WebRequestContext>, services: WebServices) {
    let runs = services.runs
    let library = services.library
    api.post("scenarios/:id/runs") { request, context in
        let id = context.parameters.value("id")
        _ = try context.requireUser()
        let body = try await APIJSON.decode(RunRequest.self, from: request, context: context)
        guard let kind = RunKind(rawValue: body.kind) else {
            throw WebError(
                .unprocessableContent, code: "bad_kind", vi: "kind phải là \"schedule\" hoặc \"staffing\"",
                en: "kind must be \"schedule\" or \"staffing\"")
        }
        let user = try context.require(kind.permission)
        _ = try library.run { try library.folder(id) }
        let runID: String
        do {
            runID = try await runs.submit(scenario: id, kind: kind, timeLimit: body.timeLimit ?? 60, by: user.name)
        } catch let error as RunQueueError {
            throw WebError.runs(error)
        }
        var response = try APIJSON.response(RunCreated(id: runID), status: .accepted)
        response.headers[.location] = "/api/v1/runs/\(runID)"
        return response
    }
    api.get("scenarios/:id/runs") { _, context in
        try context.require(.read)
        let id = context.parameters.value("id")
        _ = try library.run { try library.folder(id) }
        return try APIJSON.response(await runs.list(scenario: id))
    }
    api.get("runs/:run") { _, context in
        try context.require(.read)
        return try APIJSON.response(try await snapshot(runs, context.parameters.value("run")))
    }
    api.post("runs/:run/cancel") { _, context in
        let current = try await snapshot(runs, context.parameters.value("run"))
        let user = try context.require(current.kind.permission)
        do {
            try await runs.cancel(current.id, by: user.name)
        } catch let error as RunQueueError {
            throw WebError.runs(error)
        }
        return try APIJSON.response(try await snapshot(runs, current.id), status: .accepted)
    }
    api.get("runs/:run/events") { _, context in
        try context.require(.read)
        let stream: AsyncStream<RunSnapshot>
        do {
            stream = try await runs.updates(context.parameters.value("run"))
        } catch let error as RunQueueError {
            throw WebError.runs(error)
        }
        let body = ResponseBody { writer in
            for await snapshot in stream {
                let event = snapshot.state.isFinal ? "end" : "progress"
                let data = String(decoding: try APIJSON.data(snapshot), as: UTF8.self)
                try await writer.write(ByteBuffer(string: "event: \(event)\ndata: \(data)\n\n"))
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"], body: body)
    }
}

func snapshot(_ runs: RunQueue, _ id: String) async throws -> RunSnapshot {
    do {
        return try await runs.status(id)
    } catch {
        throw WebError.runs(error)
    }
}
