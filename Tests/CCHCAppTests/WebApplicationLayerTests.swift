import CivilCalendar
import Foundation
import Testing

@testable import CCHCApp

@Suite struct WebApplicationLayerTests {
    @Test func sha256MatchesTheStandardsTestVectors() {
        #expect(SHA256Digest.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Digest.hex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256Digest.hex(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func rolesAllowWhatTheOfficeAgreed() {
        #expect(UserRole.allCases.allSatisfy { $0.allows(.read) })
        #expect(UserRole.allCases.filter { $0.allows(.runCalendar) } == [.admin, .planner])
        #expect(UserRole.allCases.filter { $0.allows(.editStaffing) } == [.admin, .hr])
        #expect(UserRole.allCases.filter { $0.allows(.manageUsers) } == [.admin])
        #expect(UserRole.allCases.filter { $0.allows(.createScenario) } == [.admin, .planner, .hr])
    }

    @Test func scenarioIdsAndFileNamesNeverCarryAPath() {
        for id in ["thach-ha-2022", "a", "kb-2"] { #expect(ScenarioLibrary.isValidID(id)) }
        for id in ["", "..", "../x", "a/b", "-a", "A", "a.b", "%2e%2e", String(repeating: "a", count: 65)] {
            #expect(!ScenarioLibrary.isValidID(id))
        }
        for name in ["scenario.yaml", "teams.csv", "don-vi.xlsx"] { #expect(ScenarioLibrary.isValidFileName(name)) }
        for name in [".history", "../teams.csv", "a/teams.csv", "cchc.sqlite", "x.sh", ".x.csv", ""] {
            #expect(!ScenarioLibrary.isValidFileName(name))
        }
    }

    @Test func aNameBecomesAnIdWithoutDiacritics() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-lib-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let library = ScenarioLibrary(workspace: root)
        #expect(library.uniqueID(for: "Đoàn kiểm tra Thạch Hà 2022!") == "doan-kiem-tra-thach-ha-2022")
        #expect(library.uniqueID(for: "   ") == "kich-ban")
    }
}
