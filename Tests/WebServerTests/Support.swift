import CCHCApp
import CivilCalendar
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WebServer

/// The password every test user has.
let testPassword = "mat-khau-thu-nghiem"

/// A small unit list: one commune and its health station.
let unitList = "Mã;Tên đơn vị;Loại hình;Thuộc xã\nxa-a;Xã An;Xã;\nyt-a;Trạm y tế xã An;Trạm y tế;Xã An\n"

/// A workspace in a fresh temporary folder, with one user of each role (named after it) and one small scenario
/// made from ``unitList``.
struct TestWorkspace {
    let root: URL
    let services: WebServices
    let scenario: String

    init(label: String = "web") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-web-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        services = try WebServices(workspace: root, bcryptCost: 4, workLimit: 200, maxConcurrentRuns: 1)
        for role in UserRole.allCases {
            try services.accounts.add(name: role.rawValue, role: role, password: testPassword, by: "test")
        }
        scenario = try services.library.create(
            fromUpload: Data(unitList.utf8), fileName: "don-vi.csv", name: "Thử nghiệm",
            today: CivilDate(year: 2026, month: 1, day: 15)!, by: "test"
        ).id
    }

    /// The application over this workspace.
    func application() -> some ApplicationProtocol {
        Application(router: WebServer.buildRouter(services))
    }

    /// Every file below the workspace's `Scenarios/` folder, by relative path (the "nothing lost" check).
    func scenarioFiles() throws -> [String: Data] {
        let folder = root.appendingPathComponent("Scenarios")
        var out: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return out
        }
        for case let url as URL in walker where !url.hasDirectoryPath {
            let path = url.resolvingSymlinksInPath().path
            out[String(path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return out
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// A signed-in client's headers: the session cookie and the CSRF token.
struct SignedIn {
    var cookie: String
    var csrf: String

    /// The headers of a request that reads.
    var read: HTTPFields { [.cookie: cookie] }
    /// The headers of a request that changes something.
    var write: HTTPFields { [.cookie: cookie, .csrfToken: csrf] }
}

/// Signs in through the API.
func signIn(_ client: some TestClientProtocol, _ name: String, password: String = testPassword) async throws -> SignedIn
{
    let response = try await client.execute(
        uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
        body: ByteBuffer(string: #"{"username": "\#(name)", "password": "\#(password)"}"#))
    #expect(response.status == .ok)
    let setCookie = response.headers[.setCookie] ?? ""
    let cookie = String(setCookie.split(separator: ";").first ?? "")
    let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
    return SignedIn(cookie: cookie, csrf: json?["csrf_token"] as? String ?? "")
}

/// The `error.code` of a JSON error answer.
func errorCode(_ response: TestResponse) -> String? {
    let json = try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
    return (json?["error"] as? [String: Any])?["code"] as? String
}

/// A JSON object answer.
func jsonObject(_ response: TestResponse) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]) ?? [:]
}

/// A multipart body with one file field and a name field.
func multipart(file: Data, fileName: String, name: String) -> (ByteBuffer, String) {
    let boundary = "cchc-test-boundary-7d2f"
    var data = Data()
    data.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n\(name)\r\n".utf8))
    data.append(
        Data(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                .utf8))
    data.append(file)
    data.append(Data("\r\n--\(boundary)--\r\n".utf8))
    return (ByteBuffer(bytes: data), "multipart/form-data; boundary=\(boundary)")
}
