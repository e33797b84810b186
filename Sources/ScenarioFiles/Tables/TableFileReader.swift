import Foundation

/// Reads a table file named in scenario.yaml, whatever office software made it: CSV text (UTF-8, UTF-16 or
/// Windows-1258; `,` or `;`) or an .xlsx workbook sheet. Legacy .xls and encrypted workbooks are refused with the
/// fix. Returns a reader whose columns may be named in Vietnamese, and whose conventions are recorded.
enum TableFileReader {
    /// The first bytes of a Compound File Binary container (legacy .xls, and encrypted .xlsx).
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func read(_ data: Data, file: String, role: String, sheet: String?, issues: IssueCollector) -> TableReader? {
        let lower = file.lowercased()
        if data.starts(with: compoundFileSignature) || lower.hasSuffix(".xls") {
            issues.add(compoundFileIssue(data, file: file))
            return nil
        }
        let isWorkbook = data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06])
        if isWorkbook {
            guard let table = XLSXTableReader.read(data, file: file, role: role, sheet: sheet, issues: issues) else {
                return nil
            }
            let tracker = ConventionTracker(
                DetectedConventions(role: role, file: file, format: .xlsx(sheet: table.sheet ?? "")))
            return TableReader(table: table, role: role, issues: issues, conventions: tracker)
        }
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") {
            issues.add(
                ScenarioIssue(
                    file: file,
                    message: t(
                        "Tệp có đuôi .xlsx nhưng không phải sổ tính Excel.",
                        "The file is named .xlsx but is not an Excel workbook."),
                    hint: t(
                        "Mở tệp bằng Excel/LibreOffice và lưu lại dạng Excel Workbook (.xlsx) hoặc CSV UTF-8.",
                        "Open it in Excel/LibreOffice and save it again as an Excel Workbook (.xlsx) or CSV UTF-8.")))
            return nil
        }
        if let sheet {
            issues.add(
                ScenarioIssue(
                    file: file, field: "sheet",
                    message: t(
                        "Tệp CSV không có trang tính (\"\(sheet)\").", "A CSV file has no sheets (\"\(sheet)\")."),
                    hint: t("Bỏ `sheet`, hoặc trỏ tới tệp .xlsx.", "Remove `sheet`, or name an .xlsx file.")))
            return nil
        }
        let decoded: (text: String, encoding: DetectedConventions.Encoding)
        switch TextFileDecoder.decodeTable(data, file: file) {
        case .success(let value): decoded = value
        case .failure(let issue):
            issues.add(issue)
            return nil
        }
        guard let table = CSVReader.parse(decoded.text, file: file, issues: issues) else { return nil }
        let tracker = ConventionTracker(
            DetectedConventions(
                role: role, file: file, format: .csv, encoding: decoded.encoding, delimiter: table.delimiter))
        return TableReader(table: table, role: role, issues: issues, conventions: tracker)
    }

    /// A legacy .xls or an encrypted workbook (an OLE2 container with an `EncryptionInfo` stream).
    static func compoundFileIssue(_ data: Data, file: String) -> ScenarioIssue {
        let streamName = Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        if data.starts(with: compoundFileSignature), data.range(of: streamName) != nil {
            return ScenarioIssue(
                file: file,
                message: t(
                    "Tệp Excel được đặt mật khẩu (mã hóa) nên không đọc được.",
                    "The Excel file is password-protected (encrypted) and cannot be read."),
                hint: t(
                    "Mở tệp bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, "
                        + "xóa mật khẩu) rồi lưu lại dạng .xlsx.",
                    "Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with "
                        + "Password, clear it) and save it again as .xlsx."))
        }
        return ScenarioIssue(
            file: file,
            message: t(
                "Tệp Excel cũ (.xls, Excel 97–2003) không được hỗ trợ.",
                "Legacy Excel files (.xls, Excel 97–2003) are not supported."),
            hint: t(
                "Mở tệp bằng Excel/LibreOffice và lưu lại dưới dạng .xlsx (Excel Workbook), hoặc CSV UTF-8; "
                    + "sửa tên tệp trong scenario.yaml cho khớp.",
                "Open it in Excel/LibreOffice and save as .xlsx (Excel Workbook), or CSV UTF-8; then fix the "
                    + "file name in scenario.yaml."))
    }
}
