import CivilCalendar
import Foundation
import ZIPFoundation

/// One cell of a test workbook, stored the way Excel stores it.
enum TestCell {
    /// Text in the shared-strings part.
    case text(String)
    /// Text inline in the sheet (`t="inlineStr"`).
    case inline(String)
    /// A number.
    case number(Double)
    /// A date: a serial number with a `dd/mm/yyyy` number format.
    case date(Int, Int, Int)
    /// A formula, with or without its cached value (`<v>`).
    case formula(String, cached: String?)
    /// A boolean (`t="b"`).
    case bool(Bool)
    /// A formula error (`t="e"`).
    case error(String)
}

/// Builds minimal valid .xlsx workbooks from XML strings, zipped with ZIPFoundation.
struct TestWorkbook {
    var sheets: [(name: String, rows: [[TestCell?]])]

    /// A workbook whose cells are read from `;`-separated text the way Excel types them on Vietnamese Windows:
    /// `15/03/1970` becomes a date cell, `4,32` and `9000` numbers, anything else shared text.
    static func typedRows(fromSemicolonCSV text: String) -> [[TestCell?]] {
        text.replacingOccurrences(of: "\u{FEFF}", with: "").split(whereSeparator: \.isNewline).map { line in
            line.split(separator: ";", omittingEmptySubsequences: false).map { raw -> TestCell? in
                let cell = String(raw)
                if cell.isEmpty { return nil }
                let dateParts = cell.split(separator: "/").compactMap { Int($0) }
                if dateParts.count == 3, cell.split(separator: "/").count == 3 {
                    return .date(dateParts[2], dateParts[1], dateParts[0])
                }
                if let number = Double(cell.replacingOccurrences(of: ",", with: ".")), cell.first?.isNumber == true {
                    return .number(number)
                }
                return .text(cell)
            }
        }
    }

    /// The workbook's bytes.
    func data() throws -> Data {
        var strings: [String] = []
        var parts: [(String, String)] = []
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", sheetXML(sheet.rows, strings: &strings)))
        }
        let sheetList = sheets.indices.map {
            "<sheet name=\"\(Self.escape(sheets[$0].name))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>"
        }.joined()
        let sheetRels = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(Self.officeRel)/worksheet\" "
                + "Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        let count = sheets.count
        parts += [
            (
                "[Content_Types].xml",
                """
                <?xml version="1.0" encoding="UTF-8"?>\
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="xml" ContentType="application/xml"/></Types>
                """
            ),
            (
                "_rels/.rels",
                """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="\(Self.packageRel)">\
                <Relationship Id="rId1" Type="\(Self.officeRel)/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """
            ),
            (
                "xl/workbook.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(Self.main)" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <workbookPr/><sheets>\(sheetList)</sheets></workbook>
                """
            ),
            (
                "xl/_rels/workbook.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="\(Self.packageRel)">\(sheetRels)\
                <Relationship Id="rId\(count + 1)" Type="\(Self.officeRel)/sharedStrings" Target="sharedStrings.xml"/>\
                <Relationship Id="rId\(count + 2)" Type="\(Self.officeRel)/styles" Target="styles.xml"/></Relationships>
                """
            ),
            (
                "xl/styles.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="\(Self.main)">\
                <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
                <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>\
                <cellXfs count="2"><xf numFmtId="0" xfId="0"/>\
                <xf numFmtId="164" xfId="0" applyNumberFormat="1"/></cellXfs>\
                </styleSheet>
                """
            ),
            (
                "xl/sharedStrings.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?><sst xmlns="\(Self.main)" count="\(strings.count)">\
                \(strings.map { "<si><t xml:space=\"preserve\">\(Self.escape($0))</t></si>" }.joined())</sst>
                """
            ),
        ]
        return try Self.zip(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// Zips parts (deflated) in memory.
    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    private func sheetXML(_ rows: [[TestCell?]], strings: inout [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(Self.main)\"><sheetData>"
        for (r, row) in rows.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                guard let cell else { continue }
                let ref = Self.columnName(c + 1) + String(r + 1)
                switch cell {
                case .text(let s):
                    if !strings.contains(s) { strings.append(s) }
                    xml += "<c r=\"\(ref)\" t=\"s\"><v>\(strings.firstIndex(of: s)!)</v></c>"
                case .inline(let s): xml += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(Self.escape(s))</t></is></c>"
                case .number(let n): xml += "<c r=\"\(ref)\"><v>\(n)</v></c>"
                case .date(let y, let m, let d):
                    let serial = CivilDate(year: 1899, month: 12, day: 30)!.days(
                        to: CivilDate(year: y, month: m, day: d)!)
                    xml += "<c r=\"\(ref)\" s=\"1\"><v>\(serial)</v></c>"
                case .formula(let f, let cached):
                    xml += "<c r=\"\(ref)\"><f>\(Self.escape(f))</f>" + (cached.map { "<v>\($0)</v>" } ?? "") + "</c>"
                case .bool(let b): xml += "<c r=\"\(ref)\" t=\"b\"><v>\(b ? 1 : 0)</v></c>"
                case .error(let e): xml += "<c r=\"\(ref)\" t=\"e\"><v>\(Self.escape(e))</v></c>"
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    static func columnName(_ column: Int) -> String {
        var n = column
        var name = ""
        while n > 0 {
            name = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + name
            n = (n - 1) / 26
        }
        return name
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let packageRel = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
}

/// Byte surgery on a zip, to build archives that lie about their sizes.
enum ZipPatch {
    /// Sets the uncompressed size of every entry in the central directory (and, if asked, the local headers).
    static func declareUncompressedSize(_ size: UInt32, in data: Data, localHeaders: Bool) -> Data {
        var bytes = [UInt8](data)
        func patch(signature: [UInt8], offset: Int) {
            var i = 0
            while i + offset + 4 <= bytes.count {
                if bytes[i..<i + 4].elementsEqual(signature) {
                    for k in 0..<4 { bytes[i + offset + k] = UInt8((size >> (8 * UInt32(k))) & 0xFF) }
                }
                i += 1
            }
        }
        patch(signature: [0x50, 0x4B, 0x01, 0x02], offset: 24)
        if localHeaders { patch(signature: [0x50, 0x4B, 0x03, 0x04], offset: 22) }
        return Data(bytes)
    }
}
