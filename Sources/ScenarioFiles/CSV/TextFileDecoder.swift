import Foundation

/// Turns a file's bytes into text, recognising the encodings spreadsheets write.
///
/// Table files may be UTF-8 (with or without the BOM), UTF-16 or Windows-1258; TCVN3 text and empty files are
/// refused with a message saying how to re-save the file. YAML files must be UTF-8.
enum TextFileDecoder {
    /// The decoded text, or an issue explaining why the bytes are not usable.
    static func decode(_ data: Data, file: String) -> Result<String, ScenarioIssue> {
        let bytes = [UInt8](data)
        if let empty = emptyFileIssue(bytes, file: file) { return .failure(empty) }
        if file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
            return decodeYAML(bytes, file: file)
        }
        return decodeTable(data, file: file).map(\.text)
    }

    /// A table file's text and the encoding it was found in: UTF-8 (BOM optional), UTF-16 (with a BOM, or ASCII
    /// text without one) or Windows-1258. Text in no such encoding (TCVN3, a binary file) is refused.
    static func decodeTable(_ data: Data, file: String)
        -> Result<(text: String, encoding: DetectedConventions.Encoding), ScenarioIssue>
    {
        let bytes = [UInt8](data)
        if let empty = emptyFileIssue(bytes, file: file) { return .failure(empty) }
        if let (text, encoding) = LegacyTextDecoding.utf16(bytes) { return .success((text, encoding)) }
        let sample = bytes.prefix(4096)
        if sample.contains(0) {
            return .failure(
                ScenarioIssue(
                    file: file, line: 1, column: 1,
                    message: t(
                        "Tệp chứa byte 0: đây không phải tệp văn bản.",
                        "The file holds NUL bytes: it is not a text file."),
                    hint: t(
                        "Mở tệp trong Excel/LibreOffice và lưu lại dạng \"CSV UTF-8\" hoặc Excel (.xlsx).",
                        "Open the file in Excel/LibreOffice and save it again as \"CSV UTF-8\" or Excel (.xlsx).")))
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? bytes.dropFirst(3) : bytes[...]
        if let text = String(validating: body, as: UTF8.self) { return .success((text, hasBOM ? .utf8BOM : .utf8)) }
        if !hasBOM, let text = LegacyTextDecoding.windows1258(bytes) { return .success((text, .windows1258)) }
        let (line, column) = firstInvalidUTF8(body)
        return .failure(
            ScenarioIssue(
                file: file, line: line, column: column,
                message: t(
                    "Tệp không phải UTF-8, UTF-16 hay Windows-1258 (có thể là TCVN3/ABC).",
                    "The file is not UTF-8, UTF-16 or Windows-1258 (it may be TCVN3/ABC)."),
                hint: t(
                    "Lưu lại tệp dạng \"CSV UTF-8\" (Excel: Tệp › Lưu thành › CSV UTF-8), hoặc chuyển mã bằng "
                        + "Unikey (Công cụ chuyển mã) sang Unicode.",
                    "Save the file again as \"CSV UTF-8\" (Excel: File › Save As › CSV UTF-8), or convert it to "
                        + "Unicode with Unikey's converter.")))
    }

    private static func emptyFileIssue(_ bytes: [UInt8], file: String) -> ScenarioIssue? {
        guard bytes.isEmpty || bytes == [0xEF, 0xBB, 0xBF] || bytes == [0xFF, 0xFE] || bytes == [0xFE, 0xFF] else {
            return nil
        }
        return ScenarioIssue(
            file: file, line: 1, column: 1,
            message: t("Tệp rỗng.", "The file is empty."),
            hint: t(
                "Thêm dòng tiêu đề (tên cột) và dữ liệu, hoặc bỏ tên tệp khỏi scenario.yaml.",
                "Add the header row and the data, or remove the file name from scenario.yaml."))
    }

    /// YAML files: UTF-8 (BOM allowed) only, with a hint that fits a text file rather than a spreadsheet.
    private static func decodeYAML(_ bytes: [UInt8], file: String) -> Result<String, ScenarioIssue> {
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        if !body.contains(0), let text = String(validating: body, as: UTF8.self) { return .success(text) }
        let (line, column) = firstInvalidUTF8(body)
        return .failure(
            ScenarioIssue(
                file: file, line: line, column: column,
                message: t(
                    "Tệp không phải UTF-8 (có thể là UTF-16, Windows-1258 hoặc TCVN3).",
                    "The file is not UTF-8 (it may be UTF-16, Windows-1258 or TCVN3)."),
                hint: t(
                    "Mở tệp bằng trình soạn thảo văn bản và lưu lại với mã hóa UTF-8.",
                    "Open the file in a text editor and save it again with the UTF-8 encoding.")))
    }

    /// The line and byte-based column of the first invalid UTF-8 sequence.
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, i - lineStart + 1)
            }
            if i + length > bytes.endIndex { return (line, i - lineStart + 1) }
            if length > 1, String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil {
                return (line, i - lineStart + 1)
            }
            if b == 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += length
        }
        return (line, 1)
    }
}
