import CCHCApp
import Foundation
import Reporting
import Testing

/// Reports in Vietnamese carry no English: the shipped Thạch Hà results (the committed plans, no solve) rendered
/// with `--lang vi` by the inspection, comparison, HTML and summary renderers, scanned for English words.
@Suite struct VietnameseWordingTests {
    /// English words and patterns that must not appear in Vietnamese text (case-insensitive, whole words).
    static let english = [
        "cadre", "civil-servant", "civil servant", "public-employee", "optimal", "optimality", "gap", "Art\\.",
        "ISO", "solver", "feasible", "infeasible", "objective", "bound", "time-limit", "work-limit", "week",
        "team", "unit", "coverage", "target",
    ]

    /// The files made by the staffing renderers, which another part of the reports owns, and the data files.
    static let skipped: Set<String> = [
        "staffing-check.md", "reduction-plan.md", "staffing-projection.csv", "plan.json", "staffing.json",
        "comparison.json", "inputs.hash",
    ]

    /// The English words found in a text, with a little context; HTML tags and the style sheet are left out.
    static func leaks(in text: String) throws -> [String] {
        var prose = text.replacingOccurrences(
            of: "(?s)<style[^>]*>.*?</style>", with: " ", options: [.regularExpression, .caseInsensitive])
        prose = prose.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        let pattern = "(?i)(?<![\\p{L}\\-])(" + english.joined(separator: "|") + ")(?![\\p{L}\\-])"
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.matches(in: prose, range: NSRange(prose.startIndex..., in: prose)).map { match in
            let range = Range(match.range, in: prose)!
            let from = prose.index(range.lowerBound, offsetBy: -30, limitedBy: prose.startIndex) ?? prose.startIndex
            let to = prose.index(range.upperBound, offsetBy: 30, limitedBy: prose.endIndex) ?? prose.endIndex
            return String(prose[from..<to])
        }
    }

    @Test func scannerFindsTheWordsItLooksFor() throws {
        #expect(try Self.leaks(in: "tình trạng giải: optimal; NĐ 33/2023 Art. 6").count == 2)
        #expect(try Self.leaks(in: "<style>.cards { gap: 10px }</style><p>khoảng cách tối ưu</p>").isEmpty)
        #expect(try Self.leaks(in: "nhóm cadre, civil-servant").count == 2)
    }

    @Test func shippedReportsInVietnameseHaveNoEnglish() throws {
        let scenarios = packageRoot.appendingPathComponent("Scenarios")
        let loaded = try Workbench.open(scenarios.appendingPathComponent("thach-ha-2022"))
        let saved = packageRoot.appendingPathComponent("Reports/thach-ha-2022")
        let results = try #require(ScenarioResults.saved(in: saved, for: loaded))
        var texts: [(String, String)] = try results.files(language: .vi).compactMap { file in
            guard !Self.skipped.contains(file.name), !file.name.hasSuffix(".docx"), !file.name.hasSuffix(".xlsx")
            else { return nil }
            let text = String(decoding: file.data, as: UTF8.self)
            // A CSV file's header row is the column contract scripts read (and re-planning): English by design.
            return (file.name, file.name.hasSuffix(".csv") ? String(text.drop { $0 != "\n" }) : text)
        }
        texts.append(("summary", InspectionPlanSummary.render(results.plan, scenario: loaded.scenario, language: .vi)))
        let folders = ["thach-ha-2022", "thach-ha-2022-4-teams", "thach-ha-2022-60pct"].map {
            scenarios.appendingPathComponent($0)
        }
        // Every scenario's committed results are reused: nothing is solved.
        var planned: [String] = []
        let comparison = try Workbench.compare(
            folders, resultsRoot: packageRoot.appendingPathComponent("Reports"), fresh: false,
            limits: SolveLimits(timeLimit: 1), control: RunControl()
        ) { step in
            if case .planning(let id) = step { planned.append(id) }
        }
        #expect(planned.isEmpty)
        for file in try Workbench.comparisonFiles(comparison, language: .vi) where !Self.skipped.contains(file.name) {
            texts.append((file.name, String(decoding: file.data, as: UTF8.self)))
        }
        #expect(texts.count >= 6)
        for (name, text) in texts {
            let found = try Self.leaks(in: text)
            #expect(found.isEmpty, "\(name): \(found.prefix(8))")
        }
    }
}
