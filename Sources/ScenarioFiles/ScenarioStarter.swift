import CivilCalendar
import Foundation
import ScenarioModel

/// Starts a new scenario folder from an office's unit list (`cchc init`): reads and checks the list with the
/// loader's own rules, and makes the `scenario.yaml` (with Vietnamese comments on every setting) and a `teams.csv`
/// holding one team to edit.
///
/// The unit list itself is kept as the office wrote it: it is copied byte for byte into the folder as
/// `don-vi.xlsx` or `don-vi.csv` (or used in place when it already lies in the folder), so its Vietnamese headers,
/// values and Excel conventions stay, and the office goes on editing the same file.
public enum ScenarioStarter {
    /// The first line of a `scenario.yaml` made by `cchc init`.
    public static let marker = "# Tạo bởi cchc init (made by cchc init)."

    /// The default targets of the plan: at least 50 % of communes, wards and towns and 35 % of the centres,
    /// schools and health stations.
    public static let defaultTargets = [
        InspectionTarget(name: "Xã, phường, thị trấn", kinds: [.commune, .town, .ward], minShare: 0.5),
        InspectionTarget(
            name: "Trường học, trung tâm, trạm y tế", kinds: [.school, .centre, .healthStation], minShare: 0.35),
    ]

    /// The team `teams.csv` starts with.
    public static let defaultTeam = Team(
        code: "D1", name: "Đoàn kiểm tra số 1", daysPerWeek: 2,
        members: ["(Họ và tên) - Trưởng đoàn", "(Họ và tên) - Thành viên"])

    /// A unit list read and checked.
    public struct UnitList: Sendable {
        /// The units, communes given by name resolved to their codes.
        public var units: [ScenarioModel.Unit]
        /// The sheet read, for a workbook.
        public var sheet: String?
        /// How the file was written (format, delimiter, date style, Vietnamese headers).
        public var conventions: DetectedConventions
        /// Kinds of the office's own (not built in), each given one day per inspection.
        public var ownKinds: [UnitKind]
    }

    /// The plan year and season for `today`: this year, from the later of 1 April and `today` to 30 November; from
    /// 1 October on (too late to inspect this year), the next year from 1 April.
    public static func season(today: CivilDate) -> (year: Int, season: DateSpan) {
        let year = today.month >= 10 ? today.year + 1 : today.year
        let april = CivilDate(year: year, month: 4, day: 1) ?? today
        let end = CivilDate(year: year, month: 11, day: 30) ?? today
        return (year, DateSpan(from: max(april, today), to: end))
    }

    /// Reads a unit list (`.xlsx`, optionally one sheet; or CSV with `,` or `;`) and checks it as the loader
    /// checks `units`: required columns, values, duplicate codes, communes by code or exact name.
    ///
    /// - Parameters:
    ///   - url: The file.
    ///   - sheet: The workbook sheet (`nil`: the first).
    ///   - year: The plan year (last inspection years may not lie after it).
    /// - Throws: ``ScenarioError`` naming the file and the place (line and column, or sheet and cell).
    public static func readUnitList(_ url: URL, sheet: String?, year: Int) throws -> UnitList {
        let session = LoaderSession(options: ScenarioLoader.Options())
        let file = LoaderSession.display(url)
        guard let data = session.read(url, file: file, limit: session.options.maxCSVBytes),
            let reader = TableFileReader.read(data, file: file, role: "units", sheet: sheet, issues: session.issues)
        else { throw session.issues.error() }
        let units = UnitsTable.decode(reader) ?? []
        var declaration = ScenarioDeclaration()
        declaration.year = year
        let builtIn = Set(UnitKind.builtIn)
        let spellings = ValueAliases.kinds.map(\.0)
        // A kind close to a built-in spelling is most likely a typo (`Tram y te`): it stays unknown and the loader
        // suggests the spelling; any other kind is the office's own.
        let ownKinds = Set(units.map(\.0.kind)).subtracting(builtIn).filter {
            EditDistance.suggestion(for: $0.rawValue, among: spellings) == nil
        }.sorted { $0.rawValue < $1.rawValue }
        for kind in ownKinds { declaration.inspection.durationDays[kind] = 1 }
        let tables = TableSet(
            units: units, teams: [], unavailability: [], pins: [], staff: [], positions: [],
            readers: ["units": reader], usable: ["units"])
        let checks = ScenarioChecks(
            declaration: declaration, tables: tables, holidays: [],
            today: CivilDate(year: year, month: 1, day: 1) ?? CivilDate(dayNumber: 0), issues: session.issues)
        checks.checkDuplicates()
        checks.checkUnits()
        guard session.issues.isEmpty else { throw session.issues.error() }
        return UnitList(
            units: units.map(\.0), sheet: reader.table.sheet, conventions: reader.conventions.conventions,
            ownKinds: ownKinds)
    }

    /// The scenario `files(...)` describes: the units read, the default team, the default settings.
    public static func scenario(name: String, list: UnitList, today: CivilDate) -> Scenario {
        let (year, season) = season(today: today)
        var inspection = InspectionSettings(targets: defaultTargets, season: season)
        // Written out, so the office sees the choice (its comment explains the other modes).
        inspection.objective.mode = .coverage
        for kind in list.ownKinds { inspection.durationDays[kind] = 1 }
        if list.units.contains(where: { $0.kind == .school }),
            let from = CivilDate(year: year, month: 6, day: 1), let to = CivilDate(year: year, month: 8, day: 31)
        {
            inspection.blackouts = [
                Blackout(
                    selector: .kinds([.school]), dates: DateSpan(from: from, to: to), reason: "Nghỉ hè của học sinh")
            ]
        }
        return Scenario(name: name, year: year, units: list.units, teams: [defaultTeam], inspection: inspection)
    }

    /// The files to write besides the unit list: `scenario.yaml` (naming `unitsFile` and its sheet) and
    /// `teams.csv` (`;`-separated, UTF-8 with a byte-order mark and Vietnamese headers, as Excel on a Vietnamese
    /// PC opens it in columns).
    public static func files(for scenario: Scenario, unitsFile: String, sheet: String?) -> [ScenarioWriter.File] {
        let writer = ScenarioYAMLWriter(
            scenario: scenario, csvFiles: [], positions: false, comment: [])
        let unitsValue =
            sheet.map { "{file: \(writer.quoted(unitsFile)), sheet: \(writer.quoted($0))}" } ?? writer.quoted(unitsFile)
        var yaml = ScenarioYAMLWriter(
            scenario: scenario, csvFiles: [("units", unitsValue), ("teams", "teams.csv")], positions: false,
            comment: [marker] + StarterNotes.header, notes: StarterNotes.notes
        ).text
        yaml += StarterNotes.documentExample.joined(separator: "\n") + "\n"
        return [
            ScenarioWriter.File(name: "scenario.yaml", contents: yaml),
            ScenarioWriter.File(name: "teams.csv", contents: teamsCSV(scenario.teams)),
        ]
    }

    /// `teams.csv` as an office opens it in Excel: `;`, a byte-order mark, Vietnamese headers.
    static func teamsCSV(_ teams: [Team]) -> String {
        let header = ["Mã đoàn", "Tên đoàn", "Số ngày mỗi tuần", "Thành viên", "Cụm", "Đơn vị không kiểm tra"]
        let rows = teams.map { team in
            [
                team.code, team.name, String(team.daysPerWeek), team.members.joined(separator: "; "),
                team.region ?? "", team.excludedUnits.sorted().joined(separator: "; "),
            ]
        }
        let cell = { (text: String) -> String in
            text.contains(";") || text.contains("\"")
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                : text
        }
        let lines = ([header] + rows).map { $0.map(cell).joined(separator: ";") }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}

/// The Vietnamese comments of a started `scenario.yaml`, one block per setting.
enum StarterNotes {
    static let header = [
        "# Kịch bản kế hoạch kiểm tra cải cách hành chính. Các dòng bắt đầu bằng # là chú thích.",
        "# Sửa các giá trị dưới đây cho đúng với đơn vị mình, rồi chạy `cchc validate` để kiểm tra.",
    ]

    static let notes: [String: [String]] = [
        "name": ["Tên kịch bản (hiện ở đầu các báo cáo)."],
        "year": ["Năm kế hoạch."],
        "units": [
            "Danh sách đơn vị: tệp của cơ quan, giữ nguyên tiêu đề tiếng Việt. Sửa trực tiếp bằng Excel.",
            "Cột: Mã, Tên đơn vị, Loại hình (Xã, Thị trấn, Phường, Trường Mầm non, Trạm y tế, Trung tâm…), Thuộc xã,",
            "Cụm, Ưu tiên, Năm kiểm tra gần nhất, Bắt buộc kiểm tra (Có/Không), Loại trừ (Có/Không).",
        ],
        "teams": [
            "Các đoàn kiểm tra: sửa teams.csv (tên đoàn, số ngày kiểm tra mỗi tuần, thành viên cách nhau bằng dấu ;).",
            "Thêm đoàn bằng cách thêm dòng.",
        ],
        "inspection": ["Cài đặt lịch kiểm tra."],
        "inspection.targets": [
            "Chỉ tiêu kiểm tra của kế hoạch: tỷ lệ tối thiểu (min_share: 0.5 = 50 %) số đơn vị mỗi nhóm được kiểm tra.",
            "Mặc định: ít nhất 50 % xã, phường, thị trấn và 35 % trường học, trung tâm, trạm y tế.",
        ],
        "inspection.duration_days": [
            "Số ngày làm việc cho một cuộc kiểm tra, theo loại đơn vị (0.5 = nửa ngày)."
        ],
        "inspection.holidays": [
            "Ngày nghỉ lễ, Tết: builtin: true dùng lịch nghỉ có sẵn; extra thêm ngày nghỉ (ví dụ nghỉ bù),",
            "remove bỏ bớt ngày nghỉ. Ngày viết dạng năm-tháng-ngày, ví dụ 2026-05-04.",
        ],
        "inspection.season": ["Thời gian tổ chức kiểm tra trong năm: từ ngày (from) đến ngày (to)."],
        "inspection.blackouts": [
            "Thời gian không kiểm tra một loại đơn vị (kinds) hoặc một số đơn vị (units: [mã, …]),",
            "ví dụ nghỉ hè của trường học.",
        ],
        "inspection.objective": [
            "Trọng số khi xếp lịch: priority - ưu tiên đơn vị có mức ưu tiên cao, lâu chưa kiểm tra;",
            "balance - chia đều việc giữa các đoàn; bundling - kiểm tra trường, trạm cùng chuyến với xã.",
            "mode - cách xếp lịch: coverage - kiểm tra được nhiều đơn vị nhất, dùng hết ngày của các đoàn;",
            "targets - đạt đủ chỉ tiêu với ít ngày làm việc của đoàn nhất, để dành ngày cho việc khác;",
            "reserve - như coverage nhưng để trống một phần ngày mỗi tháng (reserve_share: 0.2 = 20 %)",
            "cho các cuộc kiểm tra đột xuất.",
        ],
        "inspection.weekdays": [
            "Ngày trong tuần: avoid - tránh xếp lịch (mon = thứ Hai, ngày giao ban), prefer - ưu tiên,",
            "allowed - chỉ xếp vào các ngày này. Viết mon, tue, wed, thu, fri (thứ Hai đến thứ Sáu).",
        ],
        "staffing": [
            "Phần biên chế: chỉ dùng khi có danh sách cán bộ (staff: tệp danh sách); có thể để nguyên."
        ],
    ]

    /// A commented-out `document:` block: the issuer, signer and recipients of the Word plan.
    static let documentExample = [
        "# Thông tin văn bản kế hoạch (inspection-plan.docx): bỏ dấu # ở đầu các dòng dưới đây và sửa cho đúng.",
        "# document:",
        "#   issuer:",
        "#     parent: \"UBND TỈNH …\"",
        "#     body: \"ỦY BAN NHÂN DÂN HUYỆN …\"",
        "#     code: UBND",
        "#   place: \"…\"",
        "#   signer:",
        "#     authority: [\"TM. ỦY BAN NHÂN DÂN\", \"KT. CHỦ TỊCH\"]",
        "#     title: \"PHÓ CHỦ TỊCH\"",
        "#     name: \"(Họ và tên)\"",
        "#   recipients:",
        "#     - \"Các đơn vị được kiểm tra\"",
        "#     - \"Lưu: VT, NV\"",
    ]
}
