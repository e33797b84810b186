import Foundation
import ZIPFoundation

/// Packs a ``WordDocument`` into a `.docx` file (an Office Open XML ZIP package), byte for byte the same for the
/// same document: fixed part order, fixed entry dates (1 January 1980, the earliest a ZIP entry can carry), fixed
/// permissions and compression.
enum WordPackage {
    /// The ZIP entry date of every part.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// The bytes of the `.docx` file.
    static func data(of document: WordDocument, title: String, language: String) throws(OfficeDocumentError) -> Data {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes()),
            ("_rels/.rels", packageRelationships()),
            ("docProps/core.xml", coreProperties(title: title)),
            ("word/document.xml", document.documentXML()),
            ("word/styles.xml", styles(language: language)),
            ("word/settings.xml", settings()),
            ("word/_rels/document.xml.rels", documentRelationships()),
        ]
        return try zip(parts)
    }

    /// A ZIP archive of text parts, in order, deflated.
    static func zip(_ parts: [(String, String)]) throws(OfficeDocumentError) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for (path, text) in parts {
                let bytes = Data(text.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: entryDate,
                    permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw OfficeDocumentError.packaging("the archive holds no data") }
            return data
        } catch let error as OfficeDocumentError {
            throw error
        } catch {
            throw .packaging("\(error)")
        }
    }

    private static func contentTypes() -> String {
        var x = XMLText()
        x.element("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")]) { x in
            x.empty(
                "Default",
                [
                    ("Extension", "rels"),
                    ("ContentType", "application/vnd.openxmlformats-package.relationships+xml"),
                ])
            x.empty("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
            let word = "application/vnd.openxmlformats-officedocument.wordprocessingml"
            x.empty("Override", [("PartName", "/word/document.xml"), ("ContentType", "\(word).document.main+xml")])
            x.empty("Override", [("PartName", "/word/styles.xml"), ("ContentType", "\(word).styles+xml")])
            x.empty("Override", [("PartName", "/word/settings.xml"), ("ContentType", "\(word).settings+xml")])
            x.empty(
                "Override",
                [
                    ("PartName", "/docProps/core.xml"),
                    ("ContentType", "application/vnd.openxmlformats-package.core-properties+xml"),
                ])
        }
        return x.text
    }

    private static func packageRelationships() -> String {
        relationships([
            (
                "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                "word/document.xml"
            ),
            (
                "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml"
            ),
        ])
    }

    private static func documentRelationships() -> String {
        relationships([
            ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"),
            ("rId2", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings", "settings.xml"),
        ])
    }

    private static func relationships(_ items: [(String, String, String)]) -> String {
        var x = XMLText()
        x.element("Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")]) { x in
            for (id, type, target) in items {
                x.empty("Relationship", [("Id", id), ("Type", type), ("Target", target)])
            }
        }
        return x.text
    }

    private static func coreProperties(title: String) -> String {
        var x = XMLText()
        x.element(
            "cp:coreProperties",
            [
                ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
                ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ]
        ) { x in
            x.element("dc:title", text: title)
        }
        return x.text
    }

    private static func settings() -> String {
        var x = XMLText()
        x.element("w:settings", [("xmlns:w", WordNamespace.main)]) { x in
            x.empty("w:defaultTabStop", [("w:val", "720")])
            x.empty("w:compat")
        }
        return x.text
    }

    /// Times New Roman 14 pt everywhere, black, single line spacing.
    private static func styles(language: String) -> String {
        var x = XMLText()
        x.element("w:styles", [("xmlns:w", WordNamespace.main)]) { x in
            x.element("w:docDefaults") { x in
                x.element("w:rPrDefault") { x in
                    x.element("w:rPr") { x in
                        x.empty(
                            "w:rFonts",
                            [
                                ("w:ascii", "Times New Roman"), ("w:hAnsi", "Times New Roman"),
                                ("w:eastAsia", "Times New Roman"), ("w:cs", "Times New Roman"),
                            ])
                        x.empty("w:color", [("w:val", "000000")])
                        x.empty("w:sz", [("w:val", "28")])
                        x.empty("w:szCs", [("w:val", "28")])
                        x.empty("w:lang", [("w:val", language), ("w:eastAsia", language)])
                    }
                }
                x.element("w:pPrDefault") { x in
                    x.element("w:pPr") { x in
                        x.empty("w:spacing", [("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")])
                    }
                }
            }
            x.element("w:style", [("w:type", "paragraph"), ("w:default", "1"), ("w:styleId", "Normal")]) { x in
                x.empty("w:name", [("w:val", "Normal")])
            }
            x.element("w:style", [("w:type", "table"), ("w:default", "1"), ("w:styleId", "TableNormal")]) { x in
                x.empty("w:name", [("w:val", "Normal Table")])
            }
        }
        return x.text
    }
}
