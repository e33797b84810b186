import CivilCalendar
import Foundation
import Localization
import ScenarioModel

/// One run of the loader: reads files, collects issues, runs the checks.
final class LoaderSession {
    let options: ScenarioLoader.Options
    let issues: IssueCollector
    var files: [LoadedScenario.SourceFile] = []
    private var treeRoot = URL(fileURLWithPath: "/")

    init(options: ScenarioLoader.Options) {
        self.options = options
        issues = IssueCollector(limit: max(1, options.maxIssues))
    }

    func load(folder: URL) -> LoadedScenario? {
        let folder = folder.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            issues.add(
                ScenarioIssue(
                    file: Self.display(folder),
                    message: t("Không tìm thấy thư mục kịch bản.", "The scenario folder does not exist."),
                    hint: t(
                        "Kiểm tra đường dẫn, ví dụ Scenarios/thach-ha-2022.",
                        "Check the path, e.g. Scenarios/thach-ha-2022."),
                    category: .missingFile))
            return nil
        }
        treeRoot =
            (options.treeRoot ?? folder.deletingLastPathComponent()).resolvingSymlinksInPath().standardizedFileURL
        guard let tree = readChain(folder: folder, chain: []) else { return nil }
        let decoder = ScenarioYAMLDecoder(fields: YAMLFieldReader(issues: issues), resolveFile: resolveFile)
        let declaration = decoder.decode(tree)
        for key in ["units", "teams"] where declaration.files[key] == nil && tree[key] == nil {
            issues.add(
                ScenarioIssue(
                    file: tree.origin.file, field: key,
                    message: t("Thiếu khóa `\(key)` (tên tệp CSV).", "The key `\(key)` (a CSV file name) is missing."),
                    hint: t("Thêm `\(key): \(key).csv`.", "Add `\(key): \(key).csv`.")))
        }
        let units = table("units", declaration).flatMap { UnitsTable.decode($0) }
        let teams = table("teams", declaration).flatMap { TeamsTable.decode($0) }
        let unavailability = table("unavailability", declaration).flatMap { UnavailabilityTable.decode($0) }
        let pins = table("pins", declaration).flatMap { PinsTable.decode($0) }
        let staff = table("staff", declaration).flatMap { StaffTable.decode($0) }
        let positions = table("positions", declaration).flatMap { PositionsTable.decode($0) }
        var usable = Set<String>()
        if units != nil { usable.insert("units") }
        if teams != nil { usable.insert("teams") }
        if staff != nil || declaration.files["staff"] == nil { usable.insert("staff") }
        let tables = TableSet(
            units: units ?? [], teams: teams ?? [], unavailability: unavailability ?? [], pins: pins ?? [],
            staff: staff ?? [],
            positions: positions ?? [], readers: readers, usable: usable)
        let rules = resolveRules(declaration)
        let year = declaration.year
        let holidayCalendar =
            year == 0
            ? nil
            : VietnameseHolidays.calendar(
                in: year, builtin: declaration.inspection.holidays.builtin,
                extra: declaration.inspection.holidays.extra,
                remove: declaration.inspection.holidays.remove)
        let holidays = holidayCalendar?.holidays ?? []
        let today =
            options.today ?? declaration.staffing.asOf ?? CivilDate(year: max(1, year), month: 1, day: 1)
            ?? CivilDate(dayNumber: 0)
        let scenario = Scenario(
            name: declaration.name, year: year, units: tables.units.map(\.0), teams: tables.teams.map(\.0),
            unavailability: tables.unavailability.map(\.0), pins: tables.pins.map(\.0), staff: tables.staff.map(\.0),
            positions: tables.positions.map(\.0), inspection: declaration.inspection, staffing: declaration.staffing,
            document: declaration.document)
        if year != 0 {
            ScenarioChecks(
                declaration: declaration, tables: tables, holidays: holidays,
                workedWeekendDays: holidayCalendar?.workedWeekendDays ?? [], today: today, issues: issues
            )
            .run()
        }
        let tracking = declaration.tracking.map { loadTracking($0, year: year) }
        return LoadedScenario(
            scenario: scenario, folder: folder, files: files, holidays: holidays, today: today,
            detectedConventions: conventions.map(\.conventions), rules: rules ?? .vnDefault, tracking: tracking,
            workedWeekendDays: holidayCalendar?.workedWeekendDays ?? [], holidaySource: holidayCalendar?.source)
    }

    // MARK: scenario.yaml and extends

    private func readChain(folder: URL, chain: [String]) -> YAMLValue? {
        let yamlURL = folder.appendingPathComponent("scenario.yaml")
        let file = Self.display(yamlURL)
        guard
            let data = read(
                yamlURL, file: file, limit: options.maxYAMLBytes,
                missingHint: t(
                    "Mỗi thư mục kịch bản cần một tệp scenario.yaml (xem Scenarios/README.md).",
                    "Each scenario folder needs a scenario.yaml (see Scenarios/README.md)."))
        else { return nil }
        files.append(.init(role: "scenario.yaml", path: yamlURL.path, bytes: data))
        let text: String
        switch TextFileDecoder.decode(data, file: file) {
        case .success(let s): text = s
        case .failure(let issue):
            issues.add(issue)
            return nil
        }
        guard let value = YAMLFileReader.read(text, file: file, folder: folder, issues: issues) else { return nil }
        guard let extendsValue = value["extends"], !extendsValue.isNull else { return value }
        guard case .scalar(let path, _, let origin) = extendsValue, !path.isEmpty else {
            issues.add(
                ScenarioIssue(
                    file: file, line: extendsValue.origin.line, column: extendsValue.origin.column, field: "extends",
                    message: t("`extends` phải là một đường dẫn thư mục.", "`extends` must be a folder path."),
                    hint: t("Ví dụ `extends: ../thach-ha-2022`.", "E.g. `extends: ../thach-ha-2022`.")))
            return nil
        }
        let target = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path))
            .standardizedFileURL
        let resolved = target.resolvingSymlinksInPath().standardizedFileURL
        let me = folder.resolvingSymlinksInPath().standardizedFileURL.path
        if !Self.isInside(resolved, treeRoot) {
            issues.add(
                ScenarioIssue(
                    file: file, line: origin.line, column: origin.column, field: "extends",
                    message: t(
                        "`extends: \(path)` trỏ ra ngoài cây kịch bản (\(Self.display(treeRoot))).",
                        "`extends: \(path)` points outside the scenario tree (\(Self.display(treeRoot)))."),
                    hint: t(
                        "Chỉ kế thừa kịch bản nằm cùng thư mục cha, ví dụ `../thach-ha-2022`; không dùng symlink ra ngoài.",
                        "Only extend scenarios in the same parent folder, e.g. `../thach-ha-2022`; no symlinks leading outside."
                    )))
            return nil
        }
        if chain.contains(resolved.path) || resolved.path == me {
            let cycle = (chain + [me, resolved.path]).map { URL(fileURLWithPath: $0).lastPathComponent }.joined(
                separator: " → ")
            issues.add(
                ScenarioIssue(
                    file: file, line: origin.line, column: origin.column, field: "extends",
                    message: t("`extends` tạo vòng lặp: \(cycle).", "`extends` forms a cycle: \(cycle)."),
                    hint: t(
                        "Xóa `extends` ở một trong các kịch bản của vòng.",
                        "Remove `extends` from one scenario of the cycle.")))
            return nil
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            issues.add(
                ScenarioIssue(
                    file: file, line: origin.line, column: origin.column, field: "extends",
                    message: t(
                        "Không tìm thấy thư mục `\(path)` mà `extends` trỏ tới.",
                        "The folder `\(path)` named by `extends` does not exist."),
                    hint: t(
                        "Sửa đường dẫn (tương đối với thư mục chứa tệp này).",
                        "Fix the path (relative to this file's folder)."),
                    category: .missingFile))
            return nil
        }
        guard let parent = readChain(folder: target, chain: chain + [me]) else { return nil }
        return parent.merged(with: value)
    }

    // MARK: CSV files

    private var readers: [String: TableReader] = [:]
    private var conventions: [ConventionTracker] = []

    private func table(_ key: String, _ declaration: ScenarioDeclaration) -> TableReader? {
        guard let reference = declaration.files[key] else { return nil }
        let file = Self.display(reference.url)
        guard let data = read(reference.url, file: file, limit: options.maxCSVBytes, reference: reference) else {
            return nil
        }
        files.append(.init(role: key, path: reference.url.path, bytes: data))
        guard let reader = TableFileReader.read(data, file: file, role: key, sheet: reference.sheet, issues: issues)
        else { return nil }
        readers[key] = reader
        conventions.append(reader.conventions)
        return reader
    }

    func missing(_ reference: ScenarioDeclaration.FileReference) {
        issues.add(
            ScenarioIssue(
                file: reference.origin.file, line: reference.origin.line, column: reference.origin.column,
                field: reference.key,
                message: t(
                    "Không tìm thấy tệp `\(Self.display(reference.url))`.",
                    "The file `\(Self.display(reference.url))` does not exist."),
                hint: t(
                    "Sửa tên tệp (tương đối với thư mục chứa scenario.yaml này) hoặc tạo tệp.",
                    "Fix the file name (relative to this scenario.yaml's folder) or create the file."),
                category: .missingFile))
    }

    func read(
        _ url: URL, file: String, limit: Int, missingHint: LocalizedText? = nil,
        reference: ScenarioDeclaration.FileReference? = nil
    ) -> Data? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            if let reference {
                missing(reference)
            } else {
                issues.add(
                    ScenarioIssue(
                        file: file, message: t("Không tìm thấy tệp.", "The file does not exist."), hint: missingHint,
                        category: .missingFile))
            }
            return nil
        }
        let attributes = (try? FileManager.default.attributesOfItem(atPath: url.path)) ?? [:]
        if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
            // A FIFO or device would block or never end.
            issues.add(
                ScenarioIssue(
                    file: file, message: t("Đây không phải tệp thông thường.", "This is not a regular file."),
                    hint: t("Dùng một tệp văn bản bình thường.", "Use an ordinary text file.")))
            return nil
        }
        let size = attributes[.size] as? Int ?? 0
        if size > limit {
            issues.add(
                ScenarioIssue(
                    file: file,
                    message: t(
                        "Tệp quá lớn (\(size) byte, giới hạn \(limit)).",
                        "The file is too large (\(size) bytes, the limit is \(limit))."),
                    hint: t(
                        "Kiểm tra xem có đúng tệp không; tách dữ liệu nếu cần.",
                        "Check that it is the right file; split the data if needed.")))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            issues.add(
                ScenarioIssue(
                    file: file, message: t("Không đọc được tệp.", "The file cannot be read."),
                    hint: t("Kiểm tra quyền đọc tệp.", "Check the file's permissions.")))
            return nil
        }
        return data
    }

    /// Resolves a CSV (or rule file) path declared in a folder, refusing absolute paths and paths that leave the
    /// scenario tree (through `..` or symlinks). A sibling scenario's file (`../thach-ha-2022/positions.csv`) is allowed.
    private func resolveFile(_ path: String, _ origin: YAMLOrigin, _ key: String) -> URL? {
        let target = origin.folder.appendingPathComponent(path).standardizedFileURL
        let resolved = target.resolvingSymlinksInPath().standardizedFileURL
        guard !path.hasPrefix("/"), !path.hasPrefix("~"), Self.isInside(resolved, treeRoot) else {
            issues.add(
                ScenarioIssue(
                    file: origin.file, line: origin.line, column: origin.column, field: key,
                    message: t(
                        "Đường dẫn `\(path)` trỏ ra ngoài cây kịch bản (\(Self.display(treeRoot))).",
                        "The path `\(path)` points outside the scenario tree (\(Self.display(treeRoot)))."),
                    hint: t(
                        "Đặt tệp trong thư mục kịch bản và ghi tên tương đối, ví dụ `units.csv`; không dùng đường dẫn tuyệt đối, `..` hay symlink ra ngoài thư mục chứa các kịch bản.",
                        "Put the file in the scenario folder and give a relative name, e.g. `units.csv`; no absolute paths, and no `..` or symlinks leading outside the folder that holds the scenarios."
                    )))
            return nil
        }
        return resolved
    }

    // MARK: paths

    static func isInside(_ url: URL, _ root: URL) -> Bool {
        let path = url.path
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(rootPath)
    }

    /// A path relative to the current directory when it lies below it.
    static func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : url.path
    }
}
