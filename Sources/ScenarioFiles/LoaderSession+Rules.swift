import Foundation
import ScenarioModel
import Staffing
import Yams

extension LoaderSession {
    /// The largest rule file read, in bytes.
    static let maxRuleFileBytes = 2_000_000

    /// Resolves `staffing.rules` while loading, so that a misspelt built-in name or a broken rule file is a
    /// validation problem with its file and place, not a failure of a later command.
    ///
    /// - Returns: The rule set, the built-in default when none is named, or `nil` after recording an issue.
    func resolveRules(_ declaration: ScenarioDeclaration) -> StaffingRuleSet? {
        switch declaration.staffing.rules {
        case nil:
            return .vnDefault
        case .builtIn(let name):
            if let rules = StaffingRuleSet.builtIn(named: name) { return rules }
            let origin = declaration.origins["staffing.rules"]
            let names = StaffingRuleSet.builtInNames
            let guess = EditDistance.suggestion(for: name, among: names)
            let listed = names.map { "`\($0)`" }.joined(separator: ", ")
            issues.add(
                ScenarioIssue(
                    file: origin?.file ?? "scenario.yaml", line: origin?.line, column: origin?.column,
                    field: "staffing.rules",
                    message: t(
                        "Không có bộ quy định dựng sẵn tên `\(name)`.", "There is no built-in rule set named `\(name)`."
                    ),
                    hint: guess.map {
                        t(
                            "Có phải ý bạn là `\($0)`? Các bộ có sẵn: \(listed).",
                            "Did you mean `\($0)`? Available: \(listed).")
                    }
                        ?? t(
                            "Các bộ có sẵn: \(listed); hoặc tên một tệp .yaml trong thư mục kịch bản.",
                            "Available: \(listed); or the name of a .yaml file in the scenario folder.")))
            return nil
        case .file:
            guard let reference = declaration.files["staffing.rules"] else { return nil }
            let file = Self.display(reference.url)
            guard let data = read(reference.url, file: file, limit: Self.maxRuleFileBytes, reference: reference) else {
                return nil
            }
            files.append(.init(role: "staffing.rules", path: reference.url.path, bytes: data))
            switch RuleFileLoader.decode(data, file: file) {
            case .success(let rules): return rules
            case .failure(let issue):
                issues.add(issue)
                return nil
            }
        }
    }
}
