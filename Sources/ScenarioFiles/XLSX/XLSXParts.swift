import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Streaming (SAX) readers of the small workbook parts: the sheet list, relationships, shared strings, styles.
enum XLSXParts {
    /// Runs a delegate over XML, refusing documents with a DTD (entity expansion has no place in a workbook).
    static func parse(_ data: Data, _ delegate: some XMLParserDelegate) -> Bool {
        let head = data.prefix(4096)
        if head.range(of: Data("<!DOCTYPE".utf8)) != nil || head.range(of: Data("<!ENTITY".utf8)) != nil {
            return false
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        return parser.parse()
    }

    /// An attribute by local name, whatever its namespace prefix (`r:id` and `id`).
    static func attribute(_ attributes: [String: String], _ name: String) -> String? {
        attributes[name] ?? attributes.first { $0.key.hasSuffix(":" + name) }?.value
    }

    /// `xl/workbook.xml`: the sheets in order and the date system.
    final class Workbook: NSObject, XMLParserDelegate {
        var sheets: [(name: String, relationship: String)] = []
        var date1904 = false

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let local = element.split(separator: ":").last.map(String.init) ?? element
            if local == "sheet", let name = attributes["name"], let id = XLSXParts.attribute(attributes, "id") {
                sheets.append((name, id))
            } else if local == "workbookPr", let value = attributes["date1904"] {
                date1904 = value == "1" || value.lowercased() == "true"
            }
        }
    }

    /// A `.rels` part: relationship id → (type, target).
    final class Relationships: NSObject, XMLParserDelegate {
        var targets: [String: (type: String, target: String)] = [:]

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] {
                targets[id] = (attributes["Type"] ?? "", target)
            }
        }
    }

    /// `xl/sharedStrings.xml`: the text of each `<si>`, rich-text runs joined, phonetic runs left out.
    final class SharedStrings: NSObject, XMLParserDelegate {
        var strings: [String] = []
        private var current = ""
        private var inText = false
        private var phonetic = 0

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch element {
            case "si": current = ""
            case "rPh": phonetic += 1
            case "t": inText = phonetic == 0
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current += string }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            switch element {
            case "si": strings.append(current)
            case "rPh": phonetic -= 1
            case "t": inText = false
            default: break
            }
        }
    }

    /// `xl/styles.xml`: which cell formats (`s` attributes) show dates.
    final class Styles: NSObject, XMLParserDelegate {
        private var customFormats: [Int: String] = [:]
        private var cellFormats: [Int] = []
        private var inCellXfs = false

        /// The style indexes whose number format is a date.
        var dateStyles: Set<Int> {
            Set(cellFormats.indices.filter { Self.isDateFormat(cellFormats[$0], customFormats[cellFormats[$0]]) })
        }

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch element {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                    customFormats[id] = code
                }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs: cellFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "cellXfs" { inCellXfs = false }
        }

        /// Built-in date formats (14–17, 22, and the East Asian 27–36, 50–58; not the time-only ones), or a
        /// custom code that shows a day or a year once quoted text, `[…]` sections and escaped characters are
        /// removed.
        static func isDateFormat(_ id: Int, _ code: String?) -> Bool {
            if let code {
                var plain = ""
                var inQuotes = false
                var inBrackets = false
                var escaped = false
                for character in code {
                    if escaped { escaped = false; continue }
                    switch character {
                    case "\\": escaped = true
                    case "\"": inQuotes.toggle()
                    case "[" where !inQuotes: inBrackets = true
                    case "]" where !inQuotes: inBrackets = false
                    default: if !inQuotes && !inBrackets { plain.append(character) }
                    }
                }
                let lower = plain.lowercased()
                return lower.contains("d") || lower.contains("y")
            }
            return (14...17).contains(id) || id == 22 || (27...36).contains(id) || (50...58).contains(id)
        }
    }
}
