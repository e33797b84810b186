import Foundation
import Testing

/// End-to-end tests of `cchc validate`, running the built binary on the ScenarioFiles fixtures.
@Suite struct ValidateCommandTests {
    private var fixtures: URL { packageRoot.appendingPathComponent("Tests/ScenarioFilesTests/Fixtures") }

    /// A scratch copy of the basic fixture.
    private func scratchCopy() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let folder = root.appendingPathComponent("basic")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("basic"), to: folder)
        return folder
    }

    @Test func validScenarioPrintsVietnameseSummary() throws {
        let result = try runCCHC(["validate", fixtures.appendingPathComponent("basic").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Kịch bản hợp lệ: Huyện Mẫu 2022 (năm 2022)"))
        #expect(result.stdout.contains("Xã (commune): 2"))
        #expect(result.stdout.contains("T1 Đoàn kiểm tra số 1: 117 ngày (tối đa 3 ngày/tuần)"))
        #expect(result.stdout.contains("Cán bộ: 2"))
        #expect(result.stdout.contains("01/02/2022  Tết Nguyên đán (mùng 1)"))
        #expect(result.stdout.contains("11/04/2022  Nghỉ bù Giỗ Tổ Hùng Vương"))
        #expect(result.stderr.isEmpty)
    }

    @Test func englishSummary() throws {
        let result = try runCCHC(["validate", "--lang", "en", fixtures.appendingPathComponent("child").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Scenario is valid: Huyện Mẫu 2022 — phương án 2 đoàn (year 2022)"))
        #expect(result.stdout.contains("T9 Đoàn liên ngành"))
        #expect(
            result.stdout.contains(
                "Files read:\n  child/scenario.yaml (scenario.yaml)\n  basic/scenario.yaml (scenario.yaml)\n  basic/units.csv (units)\n  child/teams.csv (teams)"
            ))
        #expect(result.stdout.contains("2022-09-05  Additional day off"))
        #expect(result.stdout.contains("2022-02-01  Lunar New Year (day 1)"))
    }

    @Test func dataErrorsGoToStandardErrorWithExit65() throws {
        let folder = try scratchCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let pins = folder.appendingPathComponent("pins.csv")
        try Data("unit,team,date\nX02,T2,2022-03-19\nX03,T2,2022-03-16\nX02,T2,15/03/2022\n".utf8).write(to: pins)
        let result = try runCCHC(["validate", "basic"], currentDirectory: folder.deletingLastPathComponent())
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Kịch bản có 3 lỗi:"))
        #expect(
            result.stderr.contains(
                "basic/pins.csv:2:8: [dòng dữ liệu 1, cột/khóa `date`] Ngày 2022-03-19 là thứ Bảy hoặc Chủ nhật."))
        #expect(
            result.stderr.contains("basic/pins.csv:3:1: [dòng dữ liệu 2, cột/khóa `unit`] Không có đơn vị mã `X03`"))
        #expect(result.stderr.contains("basic/pins.csv:4:8: [dòng dữ liệu 3, cột/khóa `date`]"))
        #expect(
            result.stderr.contains("Tệp trộn hai cách viết ngày: yyyy-mm-dd (đầu tiên ở 2:8) và dd/mm/yyyy (ở đây)."))
        let english = try runCCHC(
            ["validate", "basic", "--lang", "en"], currentDirectory: folder.deletingLastPathComponent())
        #expect(english.status == 65)
        #expect(english.stderr.contains("The scenario has 3 problems:"))
        #expect(english.stderr.contains("How to fix: Write every date of the file one way: dd/mm/yyyy"))
    }

    @Test func missingFolderOrFileExits66() throws {
        let missing = try runCCHC(["validate", "/nonexistent/cchc-no-such-scenario"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("Không tìm thấy thư mục kịch bản."))
        let folder = try scratchCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("teams.csv"))
        let result = try runCCHC(["validate", "--lang", "en", folder.path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("scenario.yaml:5:8: [column/key `teams`] The file"))
    }

    @Test func badOptionIsAUsageError() throws {
        let result = try runCCHC(["validate", fixtures.appendingPathComponent("basic").path, "--lang", "fr"])
        #expect(result.status == 64)
        let today = try runCCHC(["validate", fixtures.appendingPathComponent("basic").path, "--today", "01/01/2022"])
        #expect(today.status == 64)
        #expect(today.stderr.contains("Please write --today as YYYY-MM-DD"))
    }
}
