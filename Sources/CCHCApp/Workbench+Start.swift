import CivilCalendar
import Foundation
import Localization
import OfficeDocuments
import Reporting
import ScenarioFiles
import ScenarioModel

/// A scenario folder made by ``Workbench/start(_:units:sheet:today:force:)``.
public struct StartedScenario: Sendable {
    /// The folder.
    public var folder: URL
    /// The scenario as loaded back from the folder.
    public var scenario: Scenario
    /// The unit list's file name in the folder.
    public var unitsFile: String
    /// The workbook sheet of the unit list, if any.
    public var sheet: String?
    /// The files written, in order (`scenario.yaml` last).
    public var written: [String]
    /// Kinds of the office's own, given one day per inspection.
    public var ownKinds: [UnitKind]
    /// How the unit list was written.
    public var conventions: DetectedConventions

    /// What was made and the next steps, for the user.
    ///
    /// - Parameter folderArgument: The folder as the user wrote it, for the commands shown.
    public func summary(folderArgument: String, language: Language) -> String {
        let vi = language == .vi
        let counts = Dictionary(grouping: scenario.units, by: \.kind).mapValues(\.count)
        let kinds = counts.keys.sorted { $0.rawValue < $1.rawValue }.map { kind in
            "\(counts[kind] ?? 0) \(Vocabulary.kind(kind, language).lowercased())"
        }
        let season = scenario.inspection.season.map { "\($0.from.vietnamese) – \($0.to.vietnamese)" } ?? ""
        let quotedFolder = folderArgument.contains(" ") ? "\"\(folderArgument)\"" : folderArgument
        var lines: [String] = []
        if vi {
            lines.append("Đã tạo kịch bản \(folderArgument) (năm \(scenario.year), kiểm tra \(season)):")
            lines.append(
                "  \(unitsFile)\(sheet.map { " (trang \"\($0)\")" } ?? ""): \(scenario.units.count) đơn vị (\(kinds.joined(separator: ", ")))"
            )
            lines.append("  teams.csv: 1 đoàn kiểm tra mẫu")
            lines.append("  scenario.yaml: chỉ tiêu 50 % xã, phường, thị trấn; 35 % trường học, trung tâm, trạm y tế")
            if !ownKinds.isEmpty {
                lines.append(
                    "  Loại hình riêng (1 ngày mỗi cuộc kiểm tra): \(ownKinds.map(\.rawValue).joined(separator: ", "))")
            }
            lines.append("")
            lines.append("Các bước tiếp theo:")
            lines.append("  1. Sửa \(folderArgument)/teams.csv: tên đoàn, số ngày kiểm tra mỗi tuần, thành viên.")
            lines.append("  2. Xem lại scenario.yaml (thời gian kiểm tra, chỉ tiêu, thông tin văn bản).")
            lines.append("  3. cchc validate \(quotedFolder)")
            lines.append("  4. cchc schedule \(quotedFolder)")
            lines.append("  5. cchc report \(quotedFolder) --out Reports/<tên>")
        } else {
            lines.append("Made the scenario \(folderArgument) (year \(scenario.year), inspections \(season)):")
            lines.append(
                "  \(unitsFile)\(sheet.map { " (sheet \"\($0)\")" } ?? ""): \(scenario.units.count) units (\(kinds.joined(separator: ", ")))"
            )
            lines.append("  teams.csv: 1 sample inspection team")
            lines.append(
                "  scenario.yaml: targets 50 % of communes, wards and towns; 35 % of schools, centres, health stations")
            if !ownKinds.isEmpty {
                lines.append(
                    "  Kinds of your own (1 day per inspection): \(ownKinds.map(\.rawValue).joined(separator: ", "))")
            }
            lines.append("")
            lines.append("Next steps:")
            lines.append("  1. Edit \(folderArgument)/teams.csv: team names, inspection days per week, members.")
            lines.append("  2. Review scenario.yaml (inspection season, targets, document details).")
            lines.append("  3. cchc validate \(quotedFolder)")
            lines.append("  4. cchc schedule \(quotedFolder)")
            lines.append("  5. cchc report \(quotedFolder) --out Reports/<name>")
        }
        return lines.joined(separator: "\n")
    }
}

extension CivilDate {
    /// `dd/mm/yyyy`.
    fileprivate var vietnamese: String {
        (day < 10 ? "0" : "") + "\(day)/" + (month < 10 ? "0" : "") + "\(month)/\(year)"
    }
}

extension Workbench {
    /// Makes a new scenario folder from an office's unit list (`.xlsx`, optionally one sheet, or CSV with `,` or
    /// `;`): the list is checked with the loader's rules first, then copied byte for byte as `don-vi.xlsx` or
    /// `don-vi.csv` (or used in place when it lies in the folder), with a commented `scenario.yaml` (the plan's
    /// 50 % and 35 % targets, this year's season from `today`) and a `teams.csv` of one team to edit.
    ///
    /// Nothing is ever overwritten: the folder must be new or empty, or, with `force`, hold none of the files to be
    /// made. The files are assembled and loaded back in a staging folder beside it first; each is written
    /// atomically, `scenario.yaml` last.
    ///
    /// - Parameters:
    ///   - folder: The new scenario folder.
    ///   - units: The unit list.
    ///   - sheet: The workbook sheet (`nil`: the first sheet).
    ///   - today: The date the plan year and season are taken from.
    ///   - force: Whether a non-empty folder may be written into.
    public static func start(
        _ folder: URL, units: URL, sheet: String?, today: CivilDate, force: Bool
    ) throws(ApplicationError) -> StartedScenario {
        let folder = folder.standardizedFileURL
        let year = ScenarioStarter.season(today: today).year
        let list: ScenarioStarter.UnitList
        do {
            list = try ScenarioStarter.readUnitList(units, sheet: sheet, year: year)
        } catch let error as ScenarioError {
            throw .scenario(error)
        } catch {
            throw .encoding("\(error)")
        }
        let inPlace =
            units.deletingLastPathComponent().resolvingSymlinksInPath().standardizedFileURL.path
            == folder.resolvingSymlinksInPath().standardizedFileURL.path
        let unitsFile = inPlace ? units.lastPathComponent : startedUnitsFileName(units)
        let scenario = ScenarioStarter.scenario(
            name: "Kế hoạch kiểm tra công tác cải cách hành chính năm \(ScenarioStarter.season(today: today).year)",
            list: list, today: today)
        let files = ScenarioStarter.files(for: scenario, unitsFile: unitsFile, sheet: list.sheet)
        let unitBytes: Data
        do {
            unitBytes = try Data(contentsOf: units)
        } catch {
            throw .output(.cannotWrite(units.path, error.localizedDescription))
        }
        var toWrite: [(name: String, data: Data)] = inPlace ? [] : [(unitsFile, unitBytes)]
        toWrite += files.reversed().map { ($0.name, Data($0.contents.utf8)) }  // teams.csv, then scenario.yaml
        try checkStartFolder(folder, names: toWrite.map(\.name), force: force)
        let loaded = try loadStaged(folder, files: toWrite + (inPlace ? [(unitsFile, unitBytes)] : []))
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in toWrite {
                try file.data.write(to: folder.appendingPathComponent(file.name), options: .atomic)
            }
        } catch {
            throw .output(.cannotWrite(folder.path, error.localizedDescription))
        }
        return StartedScenario(
            folder: folder, scenario: loaded.scenario, unitsFile: unitsFile, sheet: list.sheet,
            written: toWrite.map(\.name), ownKinds: list.ownKinds, conventions: list.conventions)
    }

    /// `don-vi.xlsx` for a workbook, else `don-vi.csv`.
    static func startedUnitsFileName(_ url: URL) -> String {
        let ext = url.pathExtension.lowercased()
        return ext == "xlsx" || ext == "xlsm" ? "don-vi.\(ext)" : "don-vi.csv"
    }

    /// Refuses a path that is a file, a non-empty folder without `force`, and any file that would be replaced.
    static func checkStartFolder(_ folder: URL, names: [String], force: Bool) throws(ApplicationError) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw .output(
                .cannotWrite(folder.path, "đây là một tệp, không phải thư mục (a file, not a folder); chọn tên khác"))
        }
        let entries = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0 != ".DS_Store" }
        guard !entries.isEmpty else { return }
        guard force else {
            throw .output(
                .cannotWrite(
                    folder.path,
                    "thư mục đã có dữ liệu; chọn thư mục mới, hoặc thêm --force để ghi thêm vào đó "
                        + "(the folder is not empty; choose a new folder, or add --force to add the files to it)"))
        }
        for name in names where entries.contains(name) {
            throw .output(
                .cannotWrite(
                    folder.appendingPathComponent(name).path,
                    "tệp đã có; cchc init không bao giờ ghi đè, kể cả với --force: đổi tên hoặc chuyển tệp đi "
                        + "(the file exists; cchc init never overwrites it, even with --force: rename or move it)"))
        }
    }

    /// Writes the files into a staging folder beside `folder`, loads it as a scenario, and removes it.
    static func loadStaged(
        _ folder: URL, files: [(name: String, data: Data)]
    ) throws(ApplicationError) -> LoadedScenario {
        let fm = FileManager.default
        let parent = folder.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(
            ".\(folder.lastPathComponent).cchc-init-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        defer { try? fm.removeItem(at: staging) }
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files { try file.data.write(to: staging.appendingPathComponent(file.name)) }
        } catch {
            throw .output(.cannotWrite(parent.path, error.localizedDescription))
        }
        return try open(staging)
    }
}

extension Workbench {
    /// Writes the blank input workbook of `cchc template` to `file`, atomically; an existing file is replaced only
    /// with `force`.
    ///
    /// - Parameters:
    ///   - year: The year of the example dates.
    public static func writeTemplate(to file: URL, year: Int, force: Bool) throws(ApplicationError) {
        if FileManager.default.fileExists(atPath: file.path), !force {
            throw .output(
                .cannotWrite(
                    file.path,
                    "tệp đã có; chọn tên khác hoặc thêm --force để ghi đè (the file exists; choose another name, "
                        + "or add --force to replace it)"))
        }
        let data: Data
        do {
            data = try OfficeReports.inputTemplate(year: year)
        } catch {
            throw .encoding("\(error)")
        }
        do {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file, options: .atomic)
        } catch {
            throw .output(.cannotWrite(file.path, error.localizedDescription))
        }
    }
}
