import Staffing
import Yams

/// Writes a staffing rule set as YAML, the format `staffing.rules: <file>.yaml` reads back.
public enum RuleSetYAML {
    /// Renders the rule set.
    public static func render(_ rules: StaffingRuleSet) throws -> String {
        let encoder = YAMLEncoder()
        encoder.options.sortKeys = true
        encoder.options.allowUnicode = true
        return try encoder.encode(rules)
    }
}
