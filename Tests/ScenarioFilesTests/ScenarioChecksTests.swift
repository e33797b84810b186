import Foundation
import Testing

@testable import ScenarioFiles

/// One small bad scenario: a change to the basic fixture and the problem it must produce.
struct BadCase: CustomTestStringConvertible, Sendable {
    var name: String
    /// The file the issue must point at (suffix).
    var file: String
    /// The CSV column or YAML key the issue must name (prefix), if any.
    var field: String?
    /// The line the issue must point at, if checked.
    var line: Int?
    /// Text the English message must contain.
    var message: String
    /// Text the English hint must contain, if checked.
    var hint: String?
    var change: @Sendable (ScratchScenario) throws -> Void
    var testDescription: String { name }
}

@Suite struct ScenarioChecksTests {
    static let cases: [BadCase] = contentCases + fileCases

    /// Bad values in readable files: duplicates, unknown references, out-of-range figures and dates, unknown or
    /// misplaced YAML keys, policies.
    static let contentCases: [BadCase] = duplicateAndReferenceCases + figureAndDateCases + keyAndPolicyCases

    /// Duplicate codes and references to units, teams, staff or kinds that do not exist.
    static let duplicateAndReferenceCases: [BadCase] = [
        BadCase(
            name: "duplicate unit code", file: "units.csv", field: "code", line: 10,
            message: "`X01` is a duplicate (already on row 2)",
            change: { try $0.append("units.csv", "X01,Xã Trùng,commune,,,,,,,,,,,,,,") }),
        BadCase(
            name: "duplicate team code", file: "teams.csv", field: "code", message: "`T1` is a duplicate",
            change: { try $0.append("teams.csv", "T1,Đoàn trùng,2,,,") }),
        BadCase(
            name: "duplicate staff id", file: "staff.csv", field: "id", message: "`S001` is a duplicate",
            change: { try $0.append("staff.csv", "S001,Trùng,X01,Chủ tịch UBND,cadre,F,1970-01-01,1,2,,,") }),
        BadCase(
            name: "unknown commune", file: "units.csv", field: "commune", message: "no unit with code `X09`",
            hint: "Did you mean `X01`?",
            change: { try $0.replace("units.csv", "school,X01", with: "school,X09") }),
        BadCase(
            name: "commune is not commune-level", file: "units.csv", field: "commune",
            message: "not a commune-level unit",
            change: { try $0.replace("units.csv", "school,X01", with: "school,C01") }),
        BadCase(
            name: "unknown team region", file: "teams.csv", field: "region",
            message: "No unit lies in the region `Nan`", hint: "`Nam`",
            change: { try $0.replace("teams.csv", ",Nam,", with: ",Nan,") }),
        BadCase(
            name: "unknown excluded unit", file: "teams.csv", field: "excluded_units", message: "`X77`",
            change: { try $0.replace("teams.csv", ",,X01", with: ",,X77") }),
        BadCase(
            name: "unavailability unknown team", file: "unavailability.csv", field: "team", line: 2,
            message: "no team with code `T3`",
            change: { try $0.replace("unavailability.csv", "T1,", with: "T3,") }),
        BadCase(
            name: "pin unknown unit", file: "pins.csv", field: "unit", message: "no unit with code `X03`",
            change: { try $0.replace("pins.csv", "X02,", with: "X03,") }),
        BadCase(
            name: "pin unknown team", file: "pins.csv", field: "team", message: "no team with code `T5`",
            change: { try $0.replace("pins.csv", ",T2,", with: ",T5,") }),
        BadCase(
            name: "staff unknown unit", file: "staff.csv", field: "unit", message: "no unit with code `X5`",
            change: { try $0.replace("staff.csv", "Võ Thị Lan,X02", with: "Võ Thị Lan,X5") }),
        BadCase(
            name: "positions unknown unit", file: "positions.csv", field: "unit", message: "no unit with code `X42`",
            change: { try $0.replace("positions.csv", "X01,,Chủ tịch", with: "X42,,Chủ tịch") }),
        BadCase(
            name: "positions unknown kind", file: "positions.csv", field: "kind",
            message: "No unit has the kind `comune`", hint: "`commune`",
            change: { try $0.replace("positions.csv", ",commune,", with: ",comune,") }),
        BadCase(
            name: "protected id unknown", file: "scenario.yaml", field: "staffing.protected",
            message: "no staff member with id `S999`",
            change: { try $0.replace("scenario.yaml", "protected: [S001]", with: "protected: [S001, S999]") }),
        BadCase(
            name: "fixed id unknown", file: "scenario.yaml", field: "staffing.fixed", line: 47,
            message: "no staff member with id `S998`", hint: "staff.csv",
            change: {
                try $0.replace("scenario.yaml", "protected: [S001]", with: "protected: [S001]\n  fixed: [S998]")
            }),
        BadCase(
            name: "fixed and protected", file: "scenario.yaml", field: "staffing.fixed", line: 47,
            message: "`S001` is both `fixed` (must be chosen) and `protected`",
            change: {
                try $0.replace("scenario.yaml", "protected: [S001]", with: "protected: [S001]\n  fixed: [S001]")
            }),
        BadCase(
            name: "transfer pair unknown unit", file: "scenario.yaml", field: "staffing.allowed_transfers",
            message: "`X99`",
            change: { try $0.replace("scenario.yaml", "[TT, X02]", with: "[TT, X99]") }),
        BadCase(
            name: "blackout unknown unit", file: "scenario.yaml", field: "inspection.blackouts.units", message: "`Q1`",
            change: { try $0.replace("scenario.yaml", "kinds: [school]\n      from", with: "units: [Q1]\n      from") }),
    ]

    /// Missing or out-of-range figures, and dates outside the year, reversed, on days off or in the future.
    static let figureAndDateCases: [BadCase] = [
        BadCase(
            name: "kind with no duration", file: "units.csv", field: "kind",
            message: "`helth-station` has no inspection duration",
            hint: "Did you mean `health-station`?",
            change: { try $0.replace("units.csv", ",health-station,", with: ",helth-station,") }),
        BadCase(
            name: "min_share above 1", file: "scenario.yaml", field: "inspection.targets[0].min_share", line: 13,
            message: "between 0 and 1",
            change: { try $0.replace("scenario.yaml", "min_share: 0.5", with: "min_share: 50") }),
        BadCase(
            name: "min_share negative", file: "scenario.yaml", field: "inspection.targets[1].min_share",
            message: "between 0 and 1",
            change: { try $0.replace("scenario.yaml", "min_share: 0.3", with: "min_share: -0.3") }),
        BadCase(
            name: "duration not a multiple of 0.5", file: "scenario.yaml", field: "inspection.duration_days.school",
            message: "multiple of 0.5",
            change: { try $0.replace("scenario.yaml", "school: 0.5", with: "school: 0.75") }),
        BadCase(
            name: "pin outside the year", file: "pins.csv", field: "date", message: "outside the plan year 2022",
            change: { try $0.replace("pins.csv", "2022-03-15", with: "2023-03-15") }),
        BadCase(
            name: "unavailability outside the year", file: "unavailability.csv", field: "to",
            message: "outside the plan year",
            change: { try $0.replace("unavailability.csv", "2022-07-08", with: "2021-07-08") }),
        BadCase(
            name: "season outside the year", file: "scenario.yaml", field: "inspection.season",
            message: "outside the plan year",
            change: { try $0.replace("scenario.yaml", "to: 2022-11-30", with: "to: 2023-01-30") }),
        BadCase(
            name: "unavailability to before from", file: "unavailability.csv", field: "to", message: "is before `from`",
            change: { try $0.replace("unavailability.csv", "2022-07-08", with: "2022-07-01") }),
        BadCase(
            name: "season to before from", file: "scenario.yaml", field: "inspection.season.to",
            message: "is before `from`",
            change: { try $0.replace("scenario.yaml", "to: 2022-11-30", with: "to: 2022-02-01") }),
        BadCase(
            name: "blackout to before from", file: "scenario.yaml", field: "inspection.blackouts[0].to",
            message: "is before `from`",
            change: { try $0.replace("scenario.yaml", "to: 2022-08-31", with: "to: 2022-05-31") }),
        BadCase(
            name: "pin on a holiday", file: "pins.csv", field: "date", message: "is a day off (National Day)",
            change: { try $0.replace("pins.csv", "2022-03-15", with: "2022-09-02") }),
        BadCase(
            name: "pin on a compensatory day", file: "pins.csv", field: "date",
            message: "is a day off (Compensatory day for Hung Kings",
            change: { try $0.replace("pins.csv", "2022-03-15", with: "2022-04-11") }),
        BadCase(
            name: "pin on a weekend", file: "pins.csv", field: "date", message: "Saturday or Sunday",
            change: { try $0.replace("pins.csv", "2022-03-15", with: "2022-03-19") }),
        BadCase(
            name: "pin on an unavailable day", file: "pins.csv", field: "date", message: "unavailable",
            change: { try $0.write("pins.csv", "unit,team,date\nX02,T1,2022-07-05\n") }),
        BadCase(
            name: "days_per_week 0", file: "teams.csv", field: "days_per_week", message: "must be 1 to 5",
            change: { try $0.replace("teams.csv", "số 2,2,", with: "số 2,0,") }),
        BadCase(
            name: "days_per_week 6", file: "teams.csv", field: "days_per_week", message: "must be 1 to 5",
            change: { try $0.replace("teams.csv", "số 1,3,", with: "số 1,6,") }),
        BadCase(
            name: "birth date in the future", file: "staff.csv", field: "birth_date",
            message: "in the future (after 2022-01-01)",
            change: { try $0.replace("staff.csv", "1990-03-03", with: "2022-03-03") }),
        BadCase(
            name: "priority zero", file: "units.csv", field: "priority", message: "greater than 0",
            change: { try $0.replace("units.csv", "Bắc,2,2019", with: "Bắc,0,2019") }),
        BadCase(
            name: "priority negative", file: "units.csv", field: "priority", message: "greater than 0",
            change: { try $0.replace("units.csv", "Bắc,2,2019", with: "Bắc,-1,2019") }),
    ]

    /// Unknown or misplaced YAML keys, a YAML file not in UTF-8, missing rule files, unknown policies.
    static let keyAndPolicyCases: [BadCase] = [
        BadCase(
            name: "unknown YAML key", file: "scenario.yaml", field: "inspection.rotaton_years", line: 21,
            message: "Unknown key `rotaton_years`", hint: "Did you mean `rotation_years`?",
            change: { try $0.replace("scenario.yaml", "rotation_years: 3", with: "rotaton_years: 3") }),
        BadCase(
            name: "unknown top-level key", file: "scenario.yaml", field: "tems", message: "Unknown key `tems`",
            hint: "`teams`",
            change: { try $0.replace("scenario.yaml", "teams: teams.csv", with: "tems: teams.csv") }),
        BadCase(
            name: "misplaced key", file: "scenario.yaml", field: "positions", message: "Unknown key `positions`",
            hint: "belongs under `staffing:`",
            change: { try $0.append("scenario.yaml", "positions: positions.csv") }),
        BadCase(
            name: "YAML in UTF-16", file: "scenario.yaml", message: "not UTF-8", hint: "UTF-8 encoding",
            change: {
                try $0.write(
                    "scenario.yaml",
                    bytes: [0xFF, 0xFE] + Array("name: x\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            }),
        BadCase(
            name: "missing rule file", file: "scenario.yaml", field: "staffing.rules", message: "does not exist",
            change: { try $0.replace("scenario.yaml", "rules: vn-default", with: "rules: my-rules.yaml") }),
        BadCase(
            name: "bad transfer policy", file: "scenario.yaml", field: "staffing.allowed_transfers",
            message: "not an allowed value",
            hint: "`same-region`",
            change: { s in
                try s.replace("scenario.yaml", "    - {from: X01, to: X02}\n    - [TT, X02]\n", with: "")
                try s.replace("scenario.yaml", "allowed_transfers:", with: "allowed_transfers: same-regon")
            }),
        BadCase(
            name: "bad hiring policy", file: "scenario.yaml", field: "staffing.hiring",
            message: "`freze` is not an allowed value",
            hint: "Did you mean `freeze`?",
            change: { try $0.replace("scenario.yaml", "hiring: freeze", with: "hiring: freze") }),
    ]

    /// Malformed files and folders: missing columns or values, delimiters, encodings, dates and numbers, YAML syntax,
    /// paths and links, sizes.
    static let fileCases: [BadCase] = csvFormatCases + yamlAndPathCases + missingAndOversizedCases

    /// Malformed CSV files: missing columns or values, delimiters, encodings, dates and numbers.
    static let csvFormatCases: [BadCase] = [
        BadCase(
            name: "missing required column", file: "units.csv", field: "kind",
            message: "required column `kind` (Loại) is missing", hint: "`kinds`",
            change: { try $0.replace("units.csv", "code,name,kind,", with: "code,name,kinds,") }),
        BadCase(
            name: "missing required value", file: "teams.csv", field: "name", line: 3,
            message: "`name` cell is required but empty",
            change: { try $0.replace("teams.csv", "Đoàn kiểm tra số 2", with: "") }),
        BadCase(
            name: "ambiguous delimiter", file: "pins.csv", line: 1, message: "both commas (1) and semicolons (1)",
            hint: "one kind of mark", change: { try $0.write("pins.csv", "unit;team,date\nX02;T2;2022-03-15\n") }),
        BadCase(
            name: "TCVN3 text", file: "teams.csv", line: 2, message: "not UTF-8, UTF-16 or Windows-1258",
            hint: "Unikey",
            change: {
                try $0.write(
                    "teams.csv",
                    bytes: Array("code,name,days_per_week\nT1,".utf8) + [0xA7, 0x6F, 0xB5, 0x6E] + Array(",3\n".utf8))
            }),
        BadCase(
            name: "Windows-1258 text", file: "teams.csv", line: 2, message: "not UTF-8", hint: "CSV UTF-8",
            change: {
                try $0.write(
                    "teams.csv",
                    bytes: Array("code,name,days_per_week\nT1,Đo".utf8) + [0xE0, 0x6E] + Array(",3\n".utf8))
            }),
        BadCase(
            name: "month-first date", file: "pins.csv", field: "date", line: 2,
            message: "`03/15/2022` only fits month/day/year", hint: "15/03/2022",
            change: { try $0.replace("pins.csv", "2022-03-15", with: "03/15/2022") }),
        BadCase(
            name: "ISO and dd/mm dates mixed", file: "staff.csv", field: "birth_date", line: 3,
            message: "mixes two ways of writing dates: yyyy-mm-dd (first at 2:", hint: "one way",
            change: { try $0.replace("staff.csv", "1985-11-02", with: "02/11/1985") }),
        BadCase(
            name: "Excel serial date", file: "staff.csv", field: "birth_date", message: "Excel date serial",
            hint: "1970-05-12",
            change: { try $0.replace("staff.csv", "1970-05-12", with: "25700") }),
        BadCase(
            name: "unbalanced quote", file: "teams.csv", line: 3, message: "never closed",
            change: { try $0.replace("teams.csv", "T2,Đoàn", with: "T2,\"Đoàn") }),
        BadCase(
            name: "truncated row", file: "staff.csv", line: 5, message: "the header has 12 columns", hint: "truncated",
            change: { try $0.replace("staff.csv", "F,1990-03-03,5,1.0,,intermediate,", with: "F,19") }),
        BadCase(
            name: "empty file", file: "unavailability.csv", message: "empty",
            change: { try $0.write("unavailability.csv", "") }),
        BadCase(
            name: "NaN number", file: "staff.csv", field: "insurance_years", message: "not a finite number",
            change: { try $0.replace("staff.csv", "1970-05-12,25,", with: "1970-05-12,nan,") }),
        BadCase(
            name: "decimal comma and point mixed", file: "staff.csv", field: "salary_coefficient", line: 3,
            message: "mixes the decimal separators", hint: "same separator",
            change: { try $0.replace("staff.csv", ",2.67,", with: ",\"2,67\",") }),
        BadCase(
            name: "unknown category", file: "staff.csv", field: "category", message: "not an allowed value",
            hint: "`civil-servant`",
            change: { try $0.replace("staff.csv", "civil-servant", with: "civil-servent") }),
    ]

    /// YAML syntax and its abuses; paths, links and special files; `extends` escapes and cycles.
    static let yamlAndPathCases: [BadCase] = [
        BadCase(
            name: "YAML syntax error", file: "scenario.yaml", line: 4, message: "YAML syntax error",
            change: { try $0.replace("scenario.yaml", "year: 2022", with: "year: [2022") }),
        BadCase(
            name: "YAML duplicate key", file: "scenario.yaml", message: "Duplicate key",
            change: { try $0.replace("scenario.yaml", "year: 2022", with: "year: 2022\nyear: 2023") }),
        BadCase(
            name: "YAML alias bomb", file: "scenario.yaml", message: "aliases",
            change: { s in
                var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
                for i in 1...9 {
                    bomb +=
                        "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
                }
                try s.write(
                    "scenario.yaml",
                    "name: bomb\nyear: 2022\nunits: units.csv\nteams: teams.csv\nextends:\n  "
                        + bomb.replacingOccurrences(of: "\n", with: "\n  "))
            }),
        BadCase(
            name: "YAML deep nesting", file: "scenario.yaml", message: "nests too deeply",
            change: {
                try $0.write("scenario.yaml", "name: x\nyear: 2022\nunits: " + String(repeating: "[", count: 100_000))
            }),
        BadCase(
            name: "CSV path escaping with ..", file: "scenario.yaml", field: "staff",
            message: "points outside the scenario tree",
            change: { try $0.replace("scenario.yaml", "staff: staff.csv", with: "staff: ../../etc/passwd") }),
        BadCase(
            name: "CSV absolute path", file: "scenario.yaml", field: "pins",
            message: "points outside the scenario tree",
            change: { try $0.replace("scenario.yaml", "pins: pins.csv", with: "pins: /etc/passwd") }),
        BadCase(
            name: "CSV symlink escaping", file: "scenario.yaml", field: "pins",
            message: "points outside the scenario tree",
            change: { s in
                try FileManager.default.removeItem(at: s.folder.appendingPathComponent("pins.csv"))
                try FileManager.default.createSymbolicLink(
                    atPath: s.folder.appendingPathComponent("pins.csv").path, withDestinationPath: "/etc/hostname")
            }),
        BadCase(
            name: "CSV path escaping the tree by a symlinked folder", file: "scenario.yaml", field: "staff",
            message: "points outside the scenario tree",
            change: { s in
                try FileManager.default.createSymbolicLink(
                    atPath: s.folder.appendingPathComponent("etc").path, withDestinationPath: "/etc")
                try s.replace("scenario.yaml", "staff: staff.csv", with: "staff: etc/hostname")
            }),
        BadCase(
            name: "FIFO instead of a file", file: "pins.csv", message: "not a regular file",
            change: { s in
                let path = s.folder.appendingPathComponent("pins.csv").path
                try FileManager.default.removeItem(atPath: path)
                #expect(mkfifo(path, 0o644) == 0)
            }),
        BadCase(
            name: "extends escaping the tree", file: "scenario.yaml", field: "extends",
            message: "outside the scenario tree",
            change: { try $0.append("scenario.yaml", "extends: ../../..") }),
        BadCase(
            name: "extends cycle on itself", file: "scenario.yaml", field: "extends", message: "forms a cycle",
            change: { try $0.append("scenario.yaml", "extends: ../basic") }),
    ]

    /// Missing or header-only files, an out-of-range year, too many rows or columns, huge lines, number formats.
    static let missingAndOversizedCases: [BadCase] = [
        BadCase(
            name: "missing CSV file", file: "scenario.yaml", field: "pins", line: 7, message: "does not exist",
            change: { try $0.replace("scenario.yaml", "pins: pins.csv", with: "pins: ghim.csv") }),
        BadCase(
            name: "year out of range", file: "scenario.yaml", field: "year", message: "outside 1900–2100",
            change: { try $0.replace("scenario.yaml", "year: 2022", with: "year: 2200") }),
        BadCase(
            name: "too many rows", file: "pins.csv", message: "too many rows",
            change: {
                try $0.write("pins.csv", "unit,team,date\n" + String(repeating: "X02,T2,2022-03-15\n", count: 200_010))
            }),
        BadCase(
            name: "huge line", file: "pins.csv", message: "longer than", hint: "missing quote",
            change: {
                try $0.write("pins.csv", "unit,team,date\nX02,T2," + String(repeating: "9", count: 10_000_000) + "\n")
            }),
        BadCase(
            name: "too many columns", file: "pins.csv", line: 1, message: "2001 columns",
            change: { try $0.write("pins.csv", "unit,team,date" + String(repeating: ",x", count: 1998) + "\n") }),
        BadCase(
            name: "units.csv with only a header", file: "units.csv", line: 1, message: "holds no units",
            change: { try $0.write("units.csv", "code,name,kind\n") }),
        BadCase(
            name: "thousands separator", file: "units.csv", field: "population", message: "thousands separators",
            hint: "15000",
            change: { try $0.replace("units.csv", ",15000,", with: ",15.000,") }),
        BadCase(
            name: "huge number", file: "units.csv", field: "population", message: "not a whole number",
            change: { try $0.replace("units.csv", "15000", with: "1e400") }),
    ]

    @Test(arguments: cases)
    func rejects(_ bad: BadCase) throws {
        let scratch = try ScratchScenario()
        try bad.change(scratch)
        let error = try scratch.failure()
        let match = error.issues.first { issue in
            issue.file.hasSuffix(bad.file) && issue.message.en.contains(bad.message)
                && (bad.field.map { f in issue.field?.hasPrefix(f) ?? false } ?? true)
                && (bad.line.map { l in issue.line == l } ?? true)
                && (bad.hint.map { h in issue.hint?.en.contains(h) ?? false } ?? true)
        }
        #expect(match != nil, "\(bad.name): got\n\(error.formatted(language: .en))")
        #expect(error.issues.allSatisfy { !$0.message.vi.isEmpty })
    }

    @Test func reportsAllProblemsUpToTheLimit() throws {
        let scratch = try ScratchScenario()
        var rows = "unit,team,date\n"
        for _ in 0..<80 { rows += "Q1,Q2,2022-03-19\n" }
        try scratch.write("pins.csv", rows)
        let error = try scratch.failure()
        #expect(error.issues.count == 50)
        #expect(error.truncated)
        let few = try ScenarioLoader.loadDetailedError(scratch.folder, maxIssues: 5)
        #expect(few.issues.count == 5)
    }

    @Test func missingFolderIsAMissingFileError() throws {
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.load(folder: URL(fileURLWithPath: "/nonexistent/cchc-scenario"))
        }
        #expect(error.isMissingFile)
        let scratch = try ScratchScenario()
        try scratch.replace("scenario.yaml", "units: units.csv", with: "units: donvi.csv")
        #expect(try scratch.failure().isMissingFile)
    }

    @Test func extendsCycleAcrossTwoScenarios() throws {
        let scratch = try ScratchScenario()
        let other = scratch.root.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("extends: ../basic\nname: other\n".utf8).write(to: other.appendingPathComponent("scenario.yaml"))
        try scratch.append("scenario.yaml", "extends: ../other")
        let error = try scratch.failure()
        #expect(error.issues.contains { $0.message.en.contains("forms a cycle: basic → other → basic") }, "\(error)")
    }

    @Test func birthDateCheckedAgainstInjectedToday() throws {
        let scratch = try ScratchScenario()
        try scratch.replace("staff.csv", "1990-03-03", with: "2021-06-01")
        let error = try scratch.failure(today: "2021-01-01")
        #expect(error.issues.contains { $0.field == "birth_date" && $0.message.en.contains("after 2021-01-01") })
        #expect(throws: Never.self) { try ScenarioLoader.load(folder: scratch.folder) }
    }
}

extension ScenarioLoader {
    static func loadDetailedError(_ folder: URL, maxIssues: Int) throws -> ScenarioError {
        do {
            _ = try loadDetailed(folder: folder, options: Options(maxIssues: maxIssues))
            return ScenarioError(issues: [])
        } catch let error as ScenarioError {
            return error
        }
    }
}
