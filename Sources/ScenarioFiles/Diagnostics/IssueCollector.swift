/// Collects issues while loading, stopping at a limit.
final class IssueCollector {
    private(set) var issues: [ScenarioIssue] = []
    private(set) var truncated = false
    let limit: Int

    init(limit: Int) { self.limit = limit }

    var isFull: Bool { issues.count >= limit }
    var isEmpty: Bool { issues.isEmpty }

    func add(_ issue: ScenarioIssue) {
        if issues.count < limit {
            if !issues.contains(issue) { issues.append(issue) }
        } else {
            truncated = true
        }
    }

    func error() -> ScenarioError { ScenarioError(issues: issues, truncated: truncated) }
}
