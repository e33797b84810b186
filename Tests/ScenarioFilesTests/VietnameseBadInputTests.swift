import Foundation
import Testing

@testable import ScenarioFiles

/// A mistake in a Vietnamese office file gives exactly one issue, naming the file and its line:column.
struct VietnameseBadCase: CustomTestStringConvertible, Sendable {
    var name: String
    /// `file:line:column: ` as the issue must begin (after the folder).
    var place: String
    /// Text the English message must contain.
    var message: String
    /// Text the English hint must contain.
    var hint: String
    var change: @Sendable (ScratchScenario) throws -> Void
    var testDescription: String { name }
}

@Suite struct VietnameseBadInputTests {
    static let cases: [VietnameseBadCase] = [
        VietnameseBadCase(
            name: "month-first date", place: "nhan-su.csv:3:69:", message: "`12/25/1985` only fits month/day/year",
            hint: "25/12/1985", change: { try $0.replace("nhan-su.csv", "03/04/1985", with: "12/25/1985") }),
        VietnameseBadCase(
            name: "ISO date in a dd/mm file", place: "nhan-su.csv:4:", message: "mixes two ways of writing dates",
            hint: "one way", change: { try $0.replace("nhan-su.csv", "20/01/1963", with: "1963-01-20") }),
        VietnameseBadCase(
            name: "decimal point in a decimal-comma file", place: "nhan-su.csv:3:",
            message: "mixes the decimal separators",
            hint: "4,32", change: { try $0.replace("nhan-su.csv", ";2,67;", with: ";2.67;") }),
        VietnameseBadCase(
            name: "commune name shared by two communes", place: "don-vi.csv:11:",
            message: "2 commune-level units are named "
                + "`Xã Thạch Hội` (codes X02, X04)", hint: "code",
            change: { try $0.append("don-vi.csv", "X04;Xã Thạch Hội;Xã;;Nam;1;;;;;;;") }),
        VietnameseBadCase(
            name: "misspelt kind", place: "don-vi.csv:3:", message: "`Xa` has no inspection duration", hint: "`Xã`",
            change: { try $0.replace("don-vi.csv", "X01;Xã Đỉnh Bàn;Xã;", with: "X01;Xã Đỉnh Bàn;Xa;") }),
        VietnameseBadCase(
            name: "unknown category", place: "nhan-su.csv:2:", message: "`Cán bộ xã` is not an allowed value",
            hint: "Cán bộ",
            change: { try $0.replace("nhan-su.csv", "Chủ tịch UBND;Cán bộ;Nữ", with: "Chủ tịch UBND;Cán bộ xã;Nữ") }),
        VietnameseBadCase(
            name: "header with both separators", place: "doan.csv:1:1:", message: "both commas", hint: "one kind",
            change: { try $0.replace("doan.csv", "Mã đoàn;Tên đoàn", with: "Mã đoàn,Tên đoàn") }),
        VietnameseBadCase(
            name: "two headers for one column", place: "doan.csv:1:6:", message: "both mean `code`", hint: "rename",
            change: { try $0.replace("doan.csv", ";Đơn vị không kiểm tra", with: ";Mã") }),
    ]

    @Test(arguments: cases)
    func reportsOneLocatedIssue(_ bad: VietnameseBadCase) throws {
        let scratch = try ScratchScenario(copying: "vietnamese")
        try bad.change(scratch)
        let error = try scratch.failure()
        #expect(error.issues.count == 1, "\(bad.name): \(error.formatted(language: .en))")
        let issue = try #require(error.issues.first)
        let text = issue.formatted(language: .en)
        #expect(text.contains("vietnamese/" + bad.place), "\(bad.name): \(text)")
        #expect(issue.message.en.contains(bad.message), "\(bad.name): \(text)")
        #expect(issue.hint?.en.contains(bad.hint) == true, "\(bad.name): \(text)")
        #expect(!issue.message.vi.isEmpty && issue.message.vi != issue.message.en)
    }
}
