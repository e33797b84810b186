import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A streaming (SAX) reader of one worksheet part: every cell with a value, by row, as raw XML content.
final class XLSXSheetParser: NSObject, XMLParserDelegate {
    /// One cell as stored: its reference, type (`t`), style (`s`), value (`<v>` or inline text) and whether it
    /// holds a formula.
    struct RawCell {
        var column: Int
        var row: Int
        var type: String
        var style: Int
        var value: String?
        var hasFormula: Bool
    }

    /// A problem that stops the sheet.
    enum Stop: Error {
        case tooManyRows(Int)
        case tooManyColumns(String)
        case cellTooLong(String)
    }

    let limits: XLSXLimits
    private(set) var rows: [(number: Int, cells: [RawCell])] = []
    private(set) var stop: Stop?
    private var cell: RawCell?
    private var text: String?
    private var collecting = false
    private var rowNumber = 0
    private var cells: [RawCell] = []

    init(limits: XLSXLimits) { self.limits = limits }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch element {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            cells = []
        case "c":
            let reference = attributes["r"].flatMap(XLSXCellReference.parse)
            let column = reference?.column ?? (cells.last.map { $0.column + 1 } ?? 1)
            cell = RawCell(
                column: column, row: rowNumber, type: attributes["t"] ?? "n",
                style: attributes["s"].flatMap(Int.init) ?? 0, value: nil, hasFormula: false)
        case "v", "t":
            if cell != nil {
                collecting = true
                if text == nil { text = "" }
            }
        case "f": cell?.hasFormula = true
        case "rPh": collecting = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard collecting else { return }
        text? += string
        if (text?.utf8.count ?? 0) > limits.maxCellLength, let cell {
            fail(.cellTooLong(XLSXCellReference.name(column: cell.column, row: cell.row)), parser)
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "v", "t": collecting = false
        case "c":
            guard var finished = cell else { return }
            finished.value = text
            cell = nil
            text = nil
            guard finished.value != nil || finished.hasFormula else { return }
            if finished.column > limits.maxColumns {
                fail(.tooManyColumns(XLSXCellReference.name(column: finished.column, row: finished.row)), parser)
            }
            cells.append(finished)
        case "row":
            if !cells.isEmpty { rows.append((rowNumber, cells)) }
            if rows.count > limits.maxRows { fail(.tooManyRows(limits.maxRows), parser) }
        default: break
        }
    }

    private func fail(_ reason: Stop, _ parser: XMLParser) {
        if stop == nil { stop = reason }
        parser.abortParsing()
    }
}
