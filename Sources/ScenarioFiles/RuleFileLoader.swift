import Foundation
import Staffing
import Yams

/// Loads a staffing rule set from a YAML file named by `staffing.rules`.
///
/// The file holds a whole `StaffingRuleSet` in the same shape as its JSON encoding (see `Scenarios/README.md`):
/// every rule with its document number, in-force dates and source, so a province can override the built-in rules.
public enum RuleFileLoader {
    /// Reads and decodes the rule file.
    ///
    /// - Throws: `ScenarioError` naming the file and what is wrong.
    public static func load(_ path: String) throws -> StaffingRuleSet {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError(issues: [ScenarioIssue(
                file: path, message: t("Không tìm thấy tệp quy định.", "The rule file does not exist."),
                hint: t("Kiểm tra khóa staffing.rules trong scenario.yaml.", "Check staffing.rules in scenario.yaml."),
                category: .missingFile)])
        }
        guard data.count <= 2_000_000 else {
            throw ScenarioError(issues: [ScenarioIssue(
                file: path, message: t("Tệp quy định quá lớn (trên 2 MB).", "The rule file is larger than 2 MB."))])
        }
        do {
            return try YAMLDecoder().decode(StaffingRuleSet.self, from: String(decoding: data, as: UTF8.self))
        } catch {
            throw ScenarioError(issues: [ScenarioIssue(
                file: path, message: t("Tệp quy định không đọc được: \(error)", "The rule file cannot be read: \(error)"),
                hint: t("Bắt đầu từ nội dung lệnh `cchc staffing SCENARIO --export-rules` in ra.", "Start from what `cchc staffing SCENARIO --export-rules` prints."))])
        }
    }
}
