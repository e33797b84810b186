import CivilCalendar
import Foundation

/// Reads one sheet of an .xlsx workbook into a table: the first row with a value is the header, later rows are
/// the data. Cells keep their types: date-formatted numbers become dates, numbers keep a decimal point, shared
/// and inline strings their text, formulas their cached value. Every problem names `file:Sheet!C12`.
enum XLSXTableReader {
    /// Reads the sheet named `sheet`, or else the one named like the table (`Đơn vị` for units), or else the first.
    static func read(
        _ data: Data, file: String, role: String, sheet: String?, issues: IssueCollector,
        limits: XLSXLimits = XLSXLimits()
    ) -> CSVTable? {
        do {
            var archive = try XLSXArchive(data: data, limits: limits)
            let book = try Book(archive: &archive)
            guard let chosen = choose(sheet, among: book.sheets, role: role, file: file, issues: issues) else {
                return nil
            }
            let strings = try book.sharedStrings(&archive)
            let dateStyles = try book.dateStyles(&archive)
            guard let part = try archive.read(chosen.path) else { throw XLSXArchive.damaged }
            let parser = XLSXSheetParser(limits: limits)
            let parsed = XLSXParts.parse(part, parser)
            if let stop = parser.stop {
                issues.add(issue(stop, file: file, sheet: chosen.name))
                return nil
            }
            guard parsed else { throw XLSXArchive.damaged }
            let cells = CellDecoder(
                strings: strings, dateStyles: dateStyles, date1904: book.date1904, file: file,
                sheet: chosen.name, issues: issues)
            return table(parser.rows, cells: cells, file: file, sheet: chosen.name, issues: issues)
        } catch let failure as XLSXArchive.Failure {
            issues.add(ScenarioIssue(file: file, message: failure.message, hint: failure.hint))
            return nil
        } catch {
            issues.add(ScenarioIssue(file: file, message: XLSXArchive.damaged.message, hint: XLSXArchive.damaged.hint))
            return nil
        }
    }

    /// The sheet list and the parts it points to.
    struct Book {
        var sheets: [(name: String, path: String)] = []
        var date1904 = false
        var sharedStringsPath = "xl/sharedStrings.xml"
        var stylesPath = "xl/styles.xml"

        init(archive: inout XLSXArchive) throws(XLSXArchive.Failure) {
            guard let workbookData = try archive.read("xl/workbook.xml") else { throw XLSXArchive.damaged }
            let workbook = XLSXParts.Workbook()
            guard XLSXParts.parse(workbookData, workbook) else { throw XLSXArchive.damaged }
            date1904 = workbook.date1904
            let relationships = XLSXParts.Relationships()
            if let relsData = try archive.read("xl/_rels/workbook.xml.rels") {
                guard XLSXParts.parse(relsData, relationships) else { throw XLSXArchive.damaged }
            }
            func path(_ target: String) -> String {
                target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
            for (id, (type, target)) in relationships.targets {
                if type.hasSuffix("/sharedStrings") { sharedStringsPath = path(target) }
                if type.hasSuffix("/styles") { stylesPath = path(target) }
                _ = id
            }
            for (name, id) in workbook.sheets {
                guard let target = relationships.targets[id]?.target else { continue }
                sheets.append((name, path(target)))
            }
            guard !sheets.isEmpty else { throw XLSXArchive.damaged }
        }

        func sharedStrings(_ archive: inout XLSXArchive) throws(XLSXArchive.Failure) -> [String] {
            guard let data = try archive.read(sharedStringsPath) else { return [] }
            let parser = XLSXParts.SharedStrings()
            guard XLSXParts.parse(data, parser) else { throw XLSXArchive.damaged }
            return parser.strings
        }

        func dateStyles(_ archive: inout XLSXArchive) throws(XLSXArchive.Failure) -> Set<Int> {
            guard let data = try archive.read(stylesPath) else { return [] }
            let parser = XLSXParts.Styles()
            guard XLSXParts.parse(data, parser) else { throw XLSXArchive.damaged }
            return parser.dateStyles
        }
    }

    /// Sheet names that hold a table by default, per role.
    static let sheetNames: [String: [String]] = [
        "units": ["units", "Đơn vị", "Danh sách đơn vị"],
        "teams": ["teams", "Đoàn kiểm tra", "Đoàn"],
        "unavailability": ["unavailability", "Lịch bận", "Thời gian bận"],
        "pins": ["pins", "Lịch cố định"],
        "staff": ["staff", "Nhân sự", "Cán bộ", "Danh sách cán bộ"],
        "positions": ["positions", "Vị trí việc làm", "Đề án vị trí việc làm"],
    ]

    private static func choose(
        _ wanted: String?, among sheets: [(name: String, path: String)], role: String,
        file: String, issues: IssueCollector
    ) -> (name: String, path: String)? {
        let key = { (name: String) in ColumnAliases.normalised(name) }
        if let wanted {
            if let hit = sheets.first(where: { key($0.name) == key(wanted) }) { return hit }
            let names = sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
            issues.add(
                ScenarioIssue(
                    file: file, field: "sheet",
                    message: t("Tệp không có trang tính \"\(wanted)\".", "The workbook has no sheet \"\(wanted)\"."),
                    hint: t("Các trang có trong tệp: \(names).", "Its sheets are: \(names).")))
            return nil
        }
        let defaults = Set((sheetNames[role] ?? []).map(key))
        return sheets.first { defaults.contains(key($0.name)) } ?? sheets.first
    }

    private static func issue(_ stop: XLSXSheetParser.Stop, file: String, sheet: String) -> ScenarioIssue {
        switch stop {
        case .tooManyRows(let limit):
            return ScenarioIssue(
                file: file,
                message: t(
                    "Trang tính có quá nhiều dòng (giới hạn \(limit)).",
                    "The sheet has too many rows (the limit is \(limit))."),
                hint: t("Tách dữ liệu hoặc xóa các dòng thừa.", "Split the data or delete unused rows."), sheet: sheet)
        case .tooManyColumns(let cell):
            return ScenarioIssue(
                file: file, message: t("Ô có dữ liệu ở quá xa về bên phải.", "A cell with a value lies too far right."),
                hint: t("Xóa các cột thừa.", "Delete the unused columns."), sheet: sheet, cell: cell)
        case .cellTooLong(let cell):
            return ScenarioIssue(
                file: file, message: t("Ô dài quá giới hạn.", "The cell is longer than the limit."),
                hint: t("Kiểm tra dữ liệu bị dán nhầm.", "Check for pasted data."), sheet: sheet, cell: cell)
        }
    }
}
