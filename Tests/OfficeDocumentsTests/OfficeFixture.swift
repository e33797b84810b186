import Foundation
import InspectionScheduling
import ScenarioFiles
import ScenarioModel
import Staffing
import Testing
import ZIPFoundation

/// The shipped Thạch Hà scenario with its committed plan and staffing report (read from `Reports/`, no solve).
struct ShippedResults {
    let scenario: Scenario
    let plan: InspectionPlan
    let staffing: StaffingReport

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func load() throws -> ShippedResults {
        let scenario = try ScenarioLoader.load(folder: packageRoot.appendingPathComponent("Scenarios/thach-ha-2022"))
        let reports = packageRoot.appendingPathComponent("Reports/thach-ha-2022")
        let plan = try JSONDecoder().decode(
            InspectionPlan.self, from: Data(contentsOf: reports.appendingPathComponent("plan.json")))
        let staffing = try JSONDecoder().decode(
            StaffingReport.self, from: Data(contentsOf: reports.appendingPathComponent("staffing.json")))
        return ShippedResults(scenario: scenario, plan: plan, staffing: staffing)
    }
}

/// The parts of a ZIP package (a .docx or .xlsx) as text, by path.
func packageParts(_ data: Data) throws -> [String: String] {
    let archive = try Archive(data: data, accessMode: .read)
    var parts: [String: String] = [:]
    for entry in archive {
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        parts[entry.path] = String(decoding: bytes, as: UTF8.self)
    }
    return parts
}

/// Every match of a regular expression's first group (or whole match) in a text.
func matches(_ pattern: String, in text: String) throws -> [String] {
    let regex = try NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
        let range = match.numberOfRanges > 1 ? match.range(at: 1) : match.range
        return Range(range, in: text).map { String(text[$0]) } ?? ""
    }
}

/// The text of each paragraph of a WordprocessingML body, in order, with XML entities decoded.
func paragraphTexts(_ documentXML: String) throws -> [String] {
    try matches("<w:p>(.*?)</w:p>", in: documentXML).map { paragraph in
        try matches("<w:t[^>]*>(.*?)</w:t>", in: paragraph).joined().replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
    }
}

/// The rows of every table, each row as the texts of its cells.
func tableRows(_ documentXML: String) throws -> [[String]] {
    try matches("<w:tr>(.*?)</w:tr>", in: documentXML).map { row in
        try matches("<w:tc>(.*?)</w:tc>", in: row).map { try paragraphTexts($0).joined(separator: "\n") }
    }
}
