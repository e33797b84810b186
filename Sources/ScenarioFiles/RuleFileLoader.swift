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
            throw ScenarioError(issues: [
                ScenarioIssue(
                    file: path, message: t("Không tìm thấy tệp quy định.", "The rule file does not exist."),
                    hint: t(
                        "Kiểm tra khóa staffing.rules trong scenario.yaml.", "Check staffing.rules in scenario.yaml."),
                    category: .missingFile)
            ])
        }
        guard data.count <= 2_000_000 else {
            throw ScenarioError(issues: [
                ScenarioIssue(
                    file: path, message: t("Tệp quy định quá lớn (trên 2 MB).", "The rule file is larger than 2 MB."))
            ])
        }
        switch decode(data, file: path) {
        case .success(let rules): return rules
        case .failure(let issue): throw ScenarioError(issues: [issue])
        }
    }

    /// Decodes a rule file's bytes; a problem names the file and, where the YAML says it, the line and column or the
    /// key that is wrong.
    public static func decode(_ data: Data, file: String) -> Result<StaffingRuleSet, ScenarioIssue> {
        let hint = t(
            "Bắt đầu từ nội dung lệnh `cchc staffing SCENARIO --export-rules` in ra.",
            "Start from what `cchc staffing SCENARIO --export-rules` prints.")
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(
                ScenarioIssue(
                    file: file, message: t("Tệp quy định không phải UTF-8.", "The rule file is not UTF-8 text."),
                    hint: t("Lưu lại tệp với mã UTF-8.", "Save the file as UTF-8.")))
        }
        do {
            return .success(try YAMLDecoder().decode(StaffingRuleSet.self, from: text))
        } catch let error as YamlError {
            let mark = Self.mark(of: error)
            return .failure(
                ScenarioIssue(
                    file: file, line: mark?.line, column: mark?.column,
                    message: t(
                        "Tệp quy định không phải YAML hợp lệ: \(error)", "The rule file is not valid YAML: \(error)"),
                    hint: hint))
        } catch DecodingError.dataCorrupted(let context) where context.underlyingError is YamlError {
            let yaml = context.underlyingError as? YamlError
            let mark = yaml.flatMap(Self.mark(of:))
            return .failure(
                ScenarioIssue(
                    file: file, line: mark?.line, column: mark?.column,
                    message: t(
                        "Tệp quy định không phải YAML hợp lệ: \(yaml.map { "\($0)" } ?? "")",
                        "The rule file is not valid YAML: \(yaml.map { "\($0)" } ?? "")"),
                    hint: hint))
        } catch let error as DecodingError {
            let (path, why) = Self.explain(error)
            return .failure(
                ScenarioIssue(
                    file: file, field: path.isEmpty ? nil : path,
                    message: t("Tệp quy định sai cấu trúc: \(why)", "The rule file has the wrong shape: \(why)"),
                    hint: hint))
        } catch {
            return .failure(
                ScenarioIssue(
                    file: file,
                    message: t("Tệp quy định không đọc được: \(error)", "The rule file cannot be read: \(error)"),
                    hint: hint))
        }
    }

    private static func mark(of error: YamlError) -> (line: Int, column: Int)? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _):
            return (mark.line, mark.column)
        case .composer(_, _, let mark, _):
            return (mark.line, mark.column)
        default:
            return nil
        }
    }

    private static func explain(_ error: DecodingError) -> (path: String, why: String) {
        func dotted(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context):
            return (dotted(context.codingPath + [key]), "missing key `\(key.stringValue)`")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return (dotted(context.codingPath), context.debugDescription)
        @unknown default:
            return ("", "\(error)")
        }
    }
}
