import Foundation
import Testing

/// End-to-end tests of `cchc generate`, running the built binary.
@Suite struct GenerateCommandTests {
    private func scratch() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-generate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    private func contents(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test func generatesAValidScenarioDeterministically() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let args = ["generate", "--units", "300", "--teams", "6", "--seed", "4"]
        let first = try runCCHC(args + ["--out", "a"], currentDirectory: root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Đã ghi kịch bản mô phỏng vào a"))
        #expect(first.stdout.contains("Đơn vị: 300"))
        #expect(first.stdout.contains("đoàn: 6"))
        let second = try runCCHC(args + ["--out", "b", "--lang", "en"], currentDirectory: root)
        #expect(second.status == 0)
        #expect(second.stdout.contains("Units: 300"))
        let a = try contents(root.appendingPathComponent("a")), b = try contents(root.appendingPathComponent("b"))
        #expect(
            Set(a.keys) == ["scenario.yaml", "units.csv", "teams.csv", "unavailability.csv", "pins.csv", "staff.csv"])
        #expect(a == b, "same options and seed, same bytes")
        let validate = try runCCHC(["validate", "a"], currentDirectory: root)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout.contains("Kịch bản hợp lệ: Huyện mô phỏng: 300 đơn vị, 6 đoàn (seed 4)"))
        let other = try runCCHC(
            ["generate", "--units", "300", "--teams", "6", "--seed", "5", "--out", "c"], currentDirectory: root)
        #expect(other.status == 0)
        #expect(try contents(root.appendingPathComponent("c"))["units.csv"] != a["units.csv"])
    }

    @Test func regionsAndProgressForLargeScenarios() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try runCCHC(
            ["generate", "--units", "5000", "--regions", "3", "--seed", "2", "--out", "big", "--lang", "en"],
            currentDirectory: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("regions: 3; teams: 100"))
        #expect(result.stderr.contains("Generating: region 3 of 3"))
        #expect(result.stderr.contains("Writing units.csv"))
        let yaml = try String(contentsOf: root.appendingPathComponent("big/scenario.yaml"), encoding: .utf8)
        #expect(yaml.contains("scope: region"))
        let validate = try runCCHC(["validate", "big"], currentDirectory: root)
        #expect(validate.status == 0, "\(validate.stderr)")
    }

    @Test func refusesExistingFoldersUnlessGeneratedAndForced() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try runCCHC(["generate", "--units", "60", "--out", "g"], currentDirectory: root).status == 0)
        let again = try runCCHC(["generate", "--units", "60", "--out", "g"], currentDirectory: root)
        #expect(again.status == 73)
        #expect(again.stderr.contains("is not empty"))
        let forced = try runCCHC(["generate", "--units", "80", "--out", "g", "--force"], currentDirectory: root)
        #expect(forced.status == 0, "\(forced.stderr)")
        // A hand-made scenario (the shipped Thạch Hà one) is never overwritten, even with --force.
        let copy = root.appendingPathComponent("thach-ha")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Scenarios/thach-ha-2022"), to: copy)
        let before = try contents(copy)
        let refused = try runCCHC(
            ["generate", "--units", "60", "--out", "thach-ha", "--force"], currentDirectory: root)
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("was not generated"))
        #expect(try contents(copy) == before)
        // Nor the folder that holds scenarios.
        let parent = try runCCHC(["generate", "--units", "60", "--out", ".", "--force"], currentDirectory: root)
        #expect(parent.status == 73)
        #expect(parent.stderr.contains("holds scenario folders"))
    }

    @Test func badOptionsExit64() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let few = try runCCHC(["generate", "--units", "5", "--out", "x"], currentDirectory: root)
        #expect(few.status == 64)
        #expect(few.stderr.contains("at least 10 units per region"))
        let teams = try runCCHC(
            ["generate", "--units", "100", "--teams", "1", "--regions", "2", "--out", "x"], currentDirectory: root)
        #expect(teams.status == 64)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("x").path))
    }
}
