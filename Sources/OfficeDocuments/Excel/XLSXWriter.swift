import CXLSXWriter
import CivilCalendar
import Foundation

/// Writes spreadsheets with libxlsxwriter: the only code that calls the C library.
///
/// libxlsxwriter writes to a file path, so each workbook is written into a private temporary folder (mode 0700) and
/// read back, and the folder is removed whatever happens. Every input is validated first (sheet names, text lengths,
/// row counts, dates) and every return code is checked, so a bad value gives an error, never a crash. The creation
/// date is fixed (1 January of the given year) so the same sheets give the same bytes.
enum XLSXWriter {
    /// The bytes of an `.xlsx` file holding the sheets, in order.
    static func data(_ sheets: [SpreadsheetSheet], created: CivilDate) throws(OfficeDocumentError) -> Data {
        var seen = Set<String>()
        for sheet in sheets {
            try sheet.validate()
            if !seen.insert(sheet.name.lowercased()).inserted {
                throw .invalidValue("two sheets are named \"\(sheet.name)\"")
            }
        }
        if sheets.isEmpty { throw .invalidValue("a workbook needs at least one sheet") }
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("cchc-xlsx-\(UUID().uuidString)", isDirectory: true)
        do {
            try fm.createDirectory(
                at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .temporaryFile("cannot create \(folder.path): \(error.localizedDescription)")
        }
        defer { try? fm.removeItem(at: folder) }
        let file = folder.appendingPathComponent("workbook.xlsx")
        try write(sheets, to: file.path, tmpdir: folder.path, created: created)
        do {
            return try Data(contentsOf: file)
        } catch {
            throw .temporaryFile("cannot read back \(file.path): \(error.localizedDescription)")
        }
    }

    private static func write(_ sheets: [SpreadsheetSheet], to path: String, tmpdir: String, created: CivilDate)
        throws(OfficeDocumentError)
    {
        var failure: OfficeDocumentError?
        path.withCString { cPath in
            tmpdir.withCString { cTmp in
                var options = lxw_workbook_options()
                options.tmpdir = UnsafeMutablePointer(mutating: cTmp)
                guard let workbook = workbook_new_opt(cPath, &options) else {
                    failure = .spreadsheet("libxlsxwriter could not create \(path)")
                    return
                }
                do throws(OfficeDocumentError) {
                    try fill(workbook, sheets, created: created)
                } catch {
                    failure = error
                }
                // workbook_close writes the file and frees the workbook in every case.
                let closed = workbook_close(workbook)
                if failure == nil, closed != LXW_NO_ERROR { failure = .spreadsheet(message(closed)) }
            }
        }
        if let failure { throw failure }
    }

    /// A drop-down list on a column, below the header. The C strings live until the library has copied them.
    private static func addList(
        _ list: SpreadsheetList, to ws: UnsafeMutablePointer<lxw_worksheet>, column: Int, sheet: String
    ) throws(OfficeDocumentError) {
        var pointers: [UnsafeMutablePointer<CChar>?] = list.values.map { strdup($0) }
        pointers.append(nil)
        defer { pointers.forEach { free($0) } }
        let error = pointers.withUnsafeMutableBufferPointer { buffer -> lxw_error in
            var validation = lxw_data_validation()
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            validation.value_list = buffer.baseAddress
            validation.error_type = UInt8(
                (list.othersAllowed ? LXW_VALIDATION_ERROR_TYPE_WARNING : LXW_VALIDATION_ERROR_TYPE_STOP).rawValue)
            let col = lxw_col_t(column)
            return worksheet_data_validation_range(ws, 1, col, lxw_row_t(list.rows), col, &validation)
        }
        try check(error, "\(sheet): drop-down list of column \(column + 1)")
    }

    private static func message(_ error: lxw_error) -> String {
        lxw_strerror(error).map { String(cString: $0) } ?? "error \(error.rawValue)"
    }

    private static func check(_ error: lxw_error, _ what: @autoclosure () -> String) throws(OfficeDocumentError) {
        if error != LXW_NO_ERROR { throw .spreadsheet("\(what()): \(message(error))") }
    }

    /// The formats a sheet uses.
    private struct Formats {
        let header, date, integer, money, decimal, percent, wrap: UnsafeMutablePointer<lxw_format>
    }

    private static func formats(_ workbook: UnsafeMutablePointer<lxw_workbook>) throws(OfficeDocumentError) -> Formats {
        func make(_ numberFormat: String?) throws(OfficeDocumentError) -> UnsafeMutablePointer<lxw_format> {
            guard let format = workbook_add_format(workbook) else { throw .spreadsheet("cannot add a cell format") }
            if let numberFormat { format_set_num_format(format, numberFormat) }
            return format
        }
        let header = try make(nil)
        format_set_bold(header)
        format_set_text_wrap(header)
        format_set_align(header, UInt8(LXW_ALIGN_CENTER.rawValue))
        format_set_align(header, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        format_set_bg_color(header, 0xD9E1F2)
        format_set_border(header, UInt8(LXW_BORDER_THIN.rawValue))
        let wrap = try make(nil)
        format_set_text_wrap(wrap)
        format_set_align(wrap, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        return Formats(
            header: header, date: try make("dd/mm/yyyy"), integer: try make("#,##0"),
            money: try make("#,##0"), decimal: try make("0.00"), percent: try make("0.00%"), wrap: wrap)
    }

    private static func fill(
        _ workbook: UnsafeMutablePointer<lxw_workbook>, _ sheets: [SpreadsheetSheet],
        created: CivilDate
    ) throws(OfficeDocumentError) {
        var properties = lxw_doc_properties()
        let epoch = CivilDate(year: 1970, month: 1, day: 1)!
        properties.created = time_t((created.dayNumber - epoch.dayNumber) * 86_400)
        try check(workbook_set_properties(workbook, &properties), "cannot set the document properties")
        let formats = try formats(workbook)
        for sheet in sheets {
            guard let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
                throw .spreadsheet("cannot add the sheet \"\(sheet.name)\"")
            }
            try fill(worksheet, sheet, formats)
        }
    }

    private static func fill(_ ws: UnsafeMutablePointer<lxw_worksheet>, _ sheet: SpreadsheetSheet, _ f: Formats)
        throws(OfficeDocumentError)
    {
        let name = sheet.name
        for (c, column) in sheet.columns.enumerated() {
            let col = lxw_col_t(c)
            let width = sheet.prose ? sheet.columns[c].width : sheet.fittedWidth(c)
            try check(
                worksheet_set_column(ws, col, col, width, sheet.prose ? f.wrap : nil), "\(name): column width")
            try check(worksheet_write_string(ws, 0, col, column.title, f.header), "\(name): header")
        }
        for (r, row) in sheet.rows.enumerated() {
            let rowIndex = lxw_row_t(r + 1)
            if sheet.prose, let lines = sheet.proseLines(row: r) {
                // Wrapped text: the library does not size rows, and LibreOffice keeps the stored height.
                try check(worksheet_set_row(ws, rowIndex, 15 * Double(lines), nil), "\(name): row height")
            }
            for (c, cell) in row.enumerated() {
                let col = lxw_col_t(c)
                let error: lxw_error
                switch cell {
                case .text(let text):
                    error = worksheet_write_string(ws, rowIndex, col, text, sheet.prose ? f.wrap : nil)
                case .integer(let value): error = worksheet_write_number(ws, rowIndex, col, Double(value), f.integer)
                case .money(let value): error = worksheet_write_number(ws, rowIndex, col, value, f.money)
                case .decimal(let value): error = worksheet_write_number(ws, rowIndex, col, value, f.decimal)
                case .percent(let value): error = worksheet_write_number(ws, rowIndex, col, value, f.percent)
                case .general(let value): error = worksheet_write_number(ws, rowIndex, col, value, nil)
                case .date(let d):
                    var value = lxw_datetime(
                        year: Int32(d.year), month: Int32(d.month), day: Int32(d.day),
                        hour: 0, min: 0, sec: 0)
                    error = worksheet_write_datetime(ws, rowIndex, col, &value, f.date)
                case .empty: error = LXW_NO_ERROR
                }
                try check(error, "\(name): cell \(c + 1) of row \(r + 2)")
            }
        }
        worksheet_freeze_panes(ws, 1, 0)
        let lastColumn = lxw_col_t(sheet.columns.count - 1)
        if !sheet.prose {
            try check(worksheet_autofilter(ws, 0, 0, lxw_row_t(sheet.rows.count), lastColumn), "\(name): autofilter")
        }
        for (column, list) in sheet.lists.sorted(by: { $0.key < $1.key }) {
            try addList(list, to: ws, column: column, sheet: name)
        }
        try check(worksheet_repeat_rows(ws, 0, 0), "\(name): print titles")
        worksheet_set_paper(ws, 9)
        worksheet_fit_to_pages(ws, 1, 0)
        if sheet.landscape { worksheet_set_landscape(ws) }
    }
}
