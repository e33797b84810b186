import Foundation
import Testing

/// Any JSON value, decoded strictly (`true` is a bool, never a number).
enum JSONValue: Decodable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let value = try? single.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? single.decode(Double.self) {
            self = .number(value)
        } else if let value = try? single.decode(String.self) {
            self = .string(value)
        } else if let value = try? single.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try single.decode([String: JSONValue].self))
        }
    }

    var typeName: String {
        switch self {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .number: "number"
        case .bool: "bool"
        case .null: "null"
        }
    }

    /// Every key path below this value with the types seen there (`a.b[].c` for key `c` of the elements of array
    /// `b` of object `a`); the elements of an array are merged.
    func keyPaths(_ prefix: String = "", into out: inout [String: Set<String>]) {
        switch self {
        case .object(let members):
            for (key, value) in members {
                let path = prefix.isEmpty ? key : prefix + "." + key
                out[path, default: []].insert(value.typeName)
                value.keyPaths(path, into: &out)
            }
        case .array(let elements):
            for element in elements {
                out[prefix + "[]", default: []].insert(element.typeName)
                element.keyPaths(prefix + "[]", into: &out)
            }
        default:
            break
        }
    }
}

/// The JSON that `cchc` prints (`--json`) and saves (`report`'s plan.json and staffing.json) is a contract for users'
/// scripts. Each output is decoded into typed structs (every field a script may rely on is required), and its key
/// paths and their types are compared with a golden file in `Fixtures/json-contract/`: a renamed, dropped or
/// retyped key, or an undocumented new one, fails. The goldens hold no values (no timings, objectives or dates).
///
/// Golden format: one `path: type` per line, sorted; `?` after the path marks a key that appears only when the data
/// calls for it (e.g. inside an array that may be empty). To regenerate after a deliberate change, run the tests
/// with `CCHC_UPDATE_JSON_CONTRACT=1` (optional marks of keys that remain are kept) and review the diff.
@Suite(.serialized) struct JSONContractTests {
    static let limits = ["--mip-gap", "0.05", "--time-limit", "600"]

    static func golden(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/cchcTests/Fixtures/json-contract/\(name).txt")
    }

    static func keyPaths(of texts: [String]) throws -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for text in texts {
            try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)).keyPaths(into: &out)
        }
        return out
    }

    /// Compares the key paths seen in `texts` with the golden file `name`.
    static func checkContract(_ name: String, _ texts: [String]) throws {
        let seen = try keyPaths(of: texts)
        let url = golden(name)
        let lines = (try? String(contentsOf: url, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        var expected: [String: (types: Set<String>, optional: Bool)] = [:]
        for line in lines where !line.hasPrefix("#") && !line.isEmpty {
            let parts = line.components(separatedBy: ": ")
            guard parts.count == 2 else { Issue.record("\(name): bad line \(line)"); continue }
            let optional = parts[0].hasSuffix("?")
            let path = optional ? String(parts[0].dropLast()) : parts[0]
            expected[path] = (Set(parts[1].components(separatedBy: "|")), optional)
        }
        if ProcessInfo.processInfo.environment["CCHC_UPDATE_JSON_CONTRACT"] != nil {
            var merged = seen.mapValues { (types: $0, optional: false) }
            for (path, entry) in expected where entry.optional {
                merged[path] = (types: (seen[path] ?? []).union(entry.types), optional: true)
            }
            let body = merged.keys.sorted().map { path in
                let entry = merged[path]!
                return "\(path)\(entry.optional ? "?" : ""): \(entry.types.sorted().joined(separator: "|"))"
            }
            let header =
                "# Key paths and JSON types of \(name); see JSONContractTests. "
                + "`?`: present when the data calls for it."
            let folder = url.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(([header] + body).joined(separator: "\n").appending("\n").utf8).write(to: url)
            return
        }
        #expect(!expected.isEmpty, "no golden file \(url.path)")
        for (path, types) in seen.sorted(by: { $0.key < $1.key }) {
            guard let entry = expected[path] else {
                Issue.record("\(name): key path \(path) (\(types.sorted())) is not in the contract")
                continue
            }
            #expect(
                types.isSubset(of: entry.types),
                "\(name): \(path) has type \(types.sorted()), contract \(entry.types.sorted())")
        }
        for (path, entry) in expected.sorted(by: { $0.key < $1.key }) where !entry.optional && seen[path] == nil {
            Issue.record("\(name): key path \(path) is missing")
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(type, from: Data(text.utf8))
    }

    /// `schedule --json`: the shipped scenario, an infeasible fixture (unmet items) and a re-plan (moved items).
    @Test func scheduleJSON() throws {
        let root = try Robustness.temporaryFolder("contract-schedule")
        defer { try? FileManager.default.removeItem(at: root) }
        let scenario = try Robustness.copy(Robustness.thachHa, into: root, as: "thach-ha-2022")
        let plain = try runCCHC(
            ["schedule", scenario.path, "--json", "--out", root.appendingPathComponent("a").path] + Self.limits)
        #expect(plain.status == 0, "stderr: \(plain.stderr)")
        let infeasible = try runCCHC([
            "schedule", packageRoot.appendingPathComponent("Tests/cchcTests/Fixtures/tiny-infeasible").path, "--json",
            "--out", root.appendingPathComponent("b").path, "--time-limit", "20",
        ])
        #expect(infeasible.status == 3, "stderr: \(infeasible.stderr)")
        // A re-plan after the first team lost its September: its inspections there are moved.
        let unavailability = scenario.appendingPathComponent("unavailability.csv")
        let text = try String(contentsOf: unavailability, encoding: .utf8)
        try Data((text + "T1,2022-09-01,2022-11-30,Công tác đột xuất\n").utf8).write(to: unavailability)
        let replan = try runCCHC(
            [
                "schedule", scenario.path, "--json", "--out", root.appendingPathComponent("c").path,
                "--previous", root.appendingPathComponent("a/inspection-calendar.csv").path, "--from", "2022-09-01",
            ] + Self.limits)
        #expect(replan.status == 0, "stderr: \(replan.stderr)")

        for run in [plain, infeasible, replan] {
            let plan = try Self.decode(ScheduleOutput.self, run.stdout)
            #expect(!plan.scenario.isEmpty && plan.year > 1900)
        }
        let plan = try Self.decode(ScheduleOutput.self, plain.stdout)
        #expect(["optimal", "feasible"].contains(plan.status))
        #expect(!plan.inspections.isEmpty && plan.targets.count == 2 && plan.teamLoads.count == 3)
        #expect(try !Self.decode(ScheduleOutput.self, infeasible.stdout).unmet.isEmpty)
        #expect(try !Self.decode(ScheduleOutput.self, replan.stdout).moved.isEmpty)
        try Self.checkContract("schedule", [plain.stdout, infeasible.stdout, replan.stdout])
    }

    @Test func staffingJSON() throws {
        let root = try Robustness.temporaryFolder("contract-staffing")
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try runCCHC(
            ["staffing", Robustness.thachHa.path, "--json", "--out", root.path, "--time-limit", "600"])
        #expect(run.status == 0 || run.status == 3, "stderr: \(run.stderr)")
        let report = try Self.decode(StaffingOutput.self, run.stdout)
        #expect(report.asOf == "2022-01-01")
        #expect(!report.units.isEmpty && !report.projection.isEmpty && !report.rules.documents.isEmpty)
        try Self.checkContract("staffing", [run.stdout])
    }

    /// `report` saves plan.json (the `schedule --json` object, timings zeroed) and staffing.json (`staffing --json`);
    /// `compare --json` prints what it saves as comparison.json.
    @Test func reportFilesAndCompareJSON() throws {
        let root = try Robustness.temporaryFolder("contract-compare")
        defer { try? FileManager.default.removeItem(at: root) }
        let base = Robustness.thachHa.path
        let variant = packageRoot.appendingPathComponent("Scenarios/thach-ha-2022-4-teams").path
        for (scenario, name) in [(base, "thach-ha-2022"), (variant, "thach-ha-2022-4-teams")] {
            let run = try runCCHC(["report", scenario, "--out", root.appendingPathComponent(name).path] + Self.limits)
            #expect(run.status == 0, "stderr: \(run.stderr)")
        }
        let saved = root.appendingPathComponent("thach-ha-2022")
        let planText = try String(contentsOf: saved.appendingPathComponent("plan.json"), encoding: .utf8)
        let staffingText = try String(contentsOf: saved.appendingPathComponent("staffing.json"), encoding: .utf8)
        let plan = try Self.decode(ScheduleOutput.self, planText)
        #expect(plan.timings.totalS == 0 && plan.timings.solveS == 0, "no timings in saved files")
        _ = try Self.decode(StaffingOutput.self, staffingText)
        try Self.checkContract("report-plan", [planText])
        try Self.checkContract("staffing", [staffingText])

        let out = root.appendingPathComponent("cmp")
        let compare = try runCCHC(
            ["compare", base, variant, "--results", root.path, "--json", "--out", out.path] + Self.limits)
        #expect(compare.status == 0, "stderr: \(compare.stderr)")
        let comparison = try Self.decode(CompareOutput.self, compare.stdout)
        #expect(comparison.columns.map(\.id) == ["thach-ha-2022", "thach-ha-2022-4-teams"])
        #expect(comparison.differences.map(\.other) == ["thach-ha-2022-4-teams"])
        let file = try String(contentsOf: out.appendingPathComponent("comparison.json"), encoding: .utf8)
        #expect(file.trimmingCharacters(in: .newlines) == compare.stdout.trimmingCharacters(in: .newlines))
        try Self.checkContract("compare", [compare.stdout])
    }
}

/// `cchc schedule --json` (and `report`'s plan.json).
struct ScheduleOutput: Decodable {
    struct Terms: Decodable { var prioritySum, teamSpread, monthSpread: Double; var bundledPairs: Int }
    struct Target: Decodable { var name: String; var required, planned, total: Int }
    struct Inspection: Decodable {
        var date, team, unit: String
        var dates: [String]
        var days: Double
        var fixed: Bool
    }
    struct MonthLoad: Decodable { var month: Int; var days: Double }
    struct TeamLoad: Decodable { var team: String; var days: Double; var inspections: Int; var months: [MonthLoad] }
    struct Unmet: Decodable { var kind, subject: String }
    struct Moved: Decodable { var unit: String; var previousTeam, previousDate, team, date: String? }
    struct Model: Decodable { var variables, binaries, integers, constraints, nonzeros, solves: Int }
    struct Timings: Decodable { var loadS, buildS, solveS, totalS: Double }
    struct Note: Decodable { var kind: String }

    var scenario: String
    var year: Int
    var status: String
    var objective, bound, gap: Double?
    var objectiveTerms: Terms
    var targets: [Target]
    var inspections: [Inspection]
    var teamLoads: [TeamLoad]
    var monthLoads: [MonthLoad]
    var unmet: [Unmet]
    var moved: [Moved]
    var model: Model
    var timings: Timings
    var notes: [Note]
}

/// `cchc staffing --json` (and `report`'s staffing.json).
struct StaffingOutput: Decodable {
    struct Citation: Decodable { var document, article, confidence: String }
    struct Deadline: Decodable { var unit, category, date: String; var surplusBeforePlan, unresolved: Int }
    struct Fact: Decodable { var kind: String }
    struct Finding: Decodable { var check, severity, unit: String; var fact: Fact; var citation: Citation? }
    struct Exit: Decodable {
        var id, name, unit, kind, date, formula: String
        var costVnd: Double
        var unconfirmed: Bool
    }
    struct Transfer: Decodable { var id, name, from, to, category, date: String; var costVnd: Double }
    struct Plan: Decodable {
        var termination: String
        var relativeGap: Double?
        var totalCostVnd, transferPenaltyVnd: Double
        var exits: [Exit]
        var transfers: [Transfer]
        var deadlines: [Deadline]
    }
    struct Position: Decodable { var unit, position, category, qualification: String; var approved, people: Int }
    struct Projection: Decodable {
        var unit, category: String; var year, headcount, hires: Int; var quota, surplus: Int?
    }
    struct Retirement: Decodable { var id, unit, date: String }
    struct Document: Decodable { var document, title, source, confidence, from: String; var to: String? }
    struct Rules: Decodable { var name, summary: String; var documents: [Document] }
    struct Target: Decodable {
        var categories: [String]
        var from, to, baseline, final: Int
        var requiredCut, projectedCut: Double
        var met: Bool
    }
    struct Unit: Decodable {
        var unit, category, basis: String
        var headcount, quota, surplus: Int
        var unconfirmed: Bool
    }

    var asOf: String
    var until: Int
    var hiring: String
    var deadlines: [Deadline]
    var findings: [Finding]
    var plan: Plan
    var positions: [Position]
    var projection: [Projection]
    var retirements: [Retirement]
    var rules: Rules
    var targets: [Target]
    var unconfirmed: [Citation]
    var units: [Unit]
}

/// `cchc compare --json` (and comparison.json).
struct CompareOutput: Decodable {
    struct Coverage: Decodable { var label: String; var met: Bool; var planned, required, total: Int }
    struct Inspection: Decodable {
        var status: String
        var gap: Double?
        var inspections, teams, unmet: Int
        var prioritySum, teamDays, teamSpread, monthSpread: Double
        var coverage: [Coverage]
    }
    struct Staffing: Decodable {
        var termination, hiring: String
        var gap: Double?
        var costVnd: Double
        var deadlines, deadlinesMet, targets, targetsMet, transfers, earlyRetirements, resignations: Int
        var surplusBeforePlan, unresolved: Int
    }
    struct Column: Decodable { var id, name: String; var inspection: Inspection; var staffing: Staffing }
    struct CalendarChange: Decodable {
        struct Slot: Decodable { var date, team: String; var days: Double }
        var unit, name, change: String
        var before, after: Slot?
    }
    struct Difference: Decodable { var baseline, other: String; var calendar: [CalendarChange] }

    var columns: [Column]
    var differences: [Difference]
    var targetLabels: [String]
}
