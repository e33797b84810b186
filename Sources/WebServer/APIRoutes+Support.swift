import CCHCApp
import Foundation
import Hummingbird
import Localization

/// JSON answers and request bodies of the API: snake_case keys, sorted, no escaped slashes.
enum APIJSON {
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: try data(value))))
    }

    static func data(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(value)
    }

    /// Decodes a JSON body (snake_case keys); 400 naming the problem when it is not the JSON expected.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, context: WebRequestContext) async throws
        -> T
    {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(type, from: Data(buffer: buffer))
        } catch DecodingError.keyNotFound(let key, _) {
            throw WebError.badRequest(
                "Thiếu trường \"\(snake(key.stringValue))\"", "Missing field \"\(snake(key.stringValue))\"")
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            let field = context.codingPath.map { snake($0.stringValue) }.joined(separator: ".")
            throw WebError.badRequest("Trường \"\(field)\" sai kiểu", "The field \"\(field)\" has the wrong type")
        } catch {
            throw WebError.badRequest("Nội dung không phải JSON hợp lệ", "The body is not valid JSON")
        }
    }

    static func snake(_ key: String) -> String {
        var out = ""
        for character in key {
            if character.isUppercase {
                out += "_" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }
}

extension WebError {
    /// The answer to a refusal of the scenario library.
    static func library(_ error: LibraryError) -> WebError {
        switch error {
        case .notFound(let id):
            return .notFound("kịch bản \"\(id)\"")
        case .fileNotFound(let name):
            return WebError(
                .notFound, code: "not_found", vi: "Không có tệp \"\(name)\"", en: "No file \"\(name)\"")
        case .staleVersion(_, let current):
            return WebError(
                .conflict, code: "stale_version",
                vi:
                    "Kịch bản đã được người khác sửa sau khi bạn mở; tải lại để xem bản mới (phiên bản \(current.prefix(12))), "
                    + "thay đổi của bạn chưa được lưu",
                en: "Someone else changed the scenario after you opened it; reload to see the new version "
                    + "(\(current.prefix(12))); your changes were not saved",
                headers: [.eTag: "\"\(current)\""])
        case .invalid(let issues):
            return WebError(
                .unprocessableContent, code: "invalid_scenario",
                vi: "Kịch bản có lỗi; chưa lưu gì", en: "The scenario has problems; nothing was saved", problems: issues
            )
        case .badUpload(let why):
            return WebError(.unprocessableContent, code: "bad_upload", vi: why, en: why)
        case .badName(let why):
            return WebError(.unprocessableContent, code: "bad_name", vi: why, en: why)
        case .cannotWrite(let why):
            return WebError(
                .internalServerError, code: "cannot_write", vi: "Không ghi được: \(why)", en: "Cannot write: \(why)")
        }
    }

    /// The answer to a refusal of the run queue.
    static func runs(_ error: RunQueueError) -> WebError {
        switch error {
        case .notFound(let id): return .notFound("lượt chạy \"\(id)\"")
        case .busy(let scenario, let run):
            return WebError(
                .conflict, code: "run_in_progress",
                vi: "Kịch bản \(scenario) đang có lượt chạy \(run); chờ xong hoặc dừng nó",
                en: "The scenario \(scenario) already has the run \(run); wait for it or cancel it")
        case .badTimeLimit(let value):
            return WebError(
                .unprocessableContent, code: "bad_time_limit",
                vi: "time_limit phải từ 1 đến \(Int(RunQueue.maxTimeLimit)) giây (\(value))",
                en: "time_limit must be 1 to \(Int(RunQueue.maxTimeLimit)) seconds (\(value))")
        case .alreadyOver(let id):
            return WebError(
                .conflict, code: "run_over", vi: "Lượt chạy \(id) đã kết thúc", en: "The run \(id) is already over")
        }
    }

    /// The answer to a refusal of the accounts.
    static func accounts(_ error: AccountError) -> WebError {
        switch error {
        case .badCredentials:
            return WebError(.unauthorized, code: "bad_credentials", vi: error.message, en: error.message)
        case .tooManyAttempts(let seconds):
            return WebError(
                .tooManyRequests, code: "too_many_attempts", vi: error.message, en: error.message,
                headers: [.retryAfter: "\(seconds)"])
        case .nameTaken: return WebError(.conflict, code: "name_taken", vi: error.message, en: error.message)
        case .noSuchUser: return WebError(.notFound, code: "not_found", vi: error.message, en: error.message)
        case .invalidName, .invalidPassword:
            return WebError(.unprocessableContent, code: "invalid_account", vi: error.message, en: error.message)
        case .workspace:
            return WebError(.internalServerError, code: "workspace", vi: error.message, en: error.message)
        }
    }
}

extension Parameters {
    /// A path parameter that must be there (the router guarantees it).
    func value(_ name: String) -> String { get(name) ?? "" }
}
