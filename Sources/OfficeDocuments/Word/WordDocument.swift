/// A Word document as a list of blocks, rendered to WordprocessingML (`word/document.xml`).
///
/// Only what administrative documents need: paragraphs of runs, tables, page breaks, one page layout. Lengths are in
/// twips (1/1440 inch, 1/20 point); font sizes in points.
struct WordDocument {
    /// Page orientation.
    enum Orientation { case portrait, landscape }

    /// The blocks, in order.
    var blocks: [WordBlock] = []
    /// The page layout.
    var orientation: Orientation = .portrait
    /// The margins (ND 30/2020: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm).
    var margins = PageMargins.administrative

    /// The text width between the margins, in twips.
    var textWidth: Int {
        let width = orientation == .portrait ? PageMargins.a4Width : PageMargins.a4Height
        return width - margins.left - margins.right
    }

    mutating func append(_ paragraph: WordParagraph) { blocks.append(.paragraph(paragraph)) }
    mutating func append(_ table: WordTable) { blocks.append(.table(table)) }
    mutating func append(contentsOf paragraphs: [WordParagraph]) { blocks += paragraphs.map(WordBlock.paragraph) }
    mutating func pageBreak() { blocks.append(.pageBreak) }

    /// The `word/document.xml` part.
    func documentXML() -> String {
        var x = XMLText()
        x.element("w:document", [("xmlns:w", WordNamespace.main), ("xmlns:r", WordNamespace.relationships)]) { x in
            x.element("w:body") { x in
                for block in blocks {
                    switch block {
                    case .paragraph(let p): p.write(to: &x)
                    case .table(let t): t.write(to: &x)
                    case .pageBreak:
                        x.element("w:p") { x in x.element("w:r") { x in x.empty("w:br", [("w:type", "page")]) } }
                    }
                }
                writeSection(to: &x)
            }
        }
        return x.text
    }

    private func writeSection(to x: inout XMLText) {
        x.element("w:sectPr") { x in
            if orientation == .portrait {
                x.empty("w:pgSz", [("w:w", "\(PageMargins.a4Width)"), ("w:h", "\(PageMargins.a4Height)")])
            } else {
                x.empty(
                    "w:pgSz",
                    [
                        ("w:w", "\(PageMargins.a4Height)"), ("w:h", "\(PageMargins.a4Width)"),
                        ("w:orient", "landscape"),
                    ])
            }
            x.empty(
                "w:pgMar",
                [
                    ("w:top", "\(margins.top)"), ("w:right", "\(margins.right)"), ("w:bottom", "\(margins.bottom)"),
                    ("w:left", "\(margins.left)"), ("w:header", "720"), ("w:footer", "720"), ("w:gutter", "0"),
                ])
        }
    }
}

/// XML namespaces of WordprocessingML.
enum WordNamespace {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
}

/// Page size and margins in twips.
struct PageMargins: Equatable {
    var top: Int
    var right: Int
    var bottom: Int
    var left: Int

    /// A4 width (210 mm) in twips.
    static let a4Width = 11906
    /// A4 height (297 mm) in twips.
    static let a4Height = 16838

    /// Millimetres to twips, rounded.
    static func twips(millimetres: Double) -> Int { Int((millimetres * 1440 / 25.4).rounded()) }

    /// ND 30/2020's margins at their smallest: top and bottom 20 mm, left 30 mm, right 15 mm.
    static let administrative = PageMargins(
        top: twips(millimetres: 20), right: twips(millimetres: 15), bottom: twips(millimetres: 20),
        left: twips(millimetres: 30))
}

/// A block of the document body.
enum WordBlock {
    case paragraph(WordParagraph)
    case table(WordTable)
    case pageBreak
}

/// A run of text with one formatting.
struct WordRun {
    var text: String
    var bold = false
    var italic = false
    var underline = false
    /// Size in points; `nil` takes the document default.
    var size: Double?

    init(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, size: Double? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.size = size
    }

    func write(to x: inout XMLText) {
        x.element("w:r") { x in
            if bold || italic || underline || size != nil {
                x.element("w:rPr") { x in
                    if bold { x.empty("w:b"); x.empty("w:bCs") }
                    if italic { x.empty("w:i"); x.empty("w:iCs") }
                    if let size {
                        let half = "\(Int((size * 2).rounded()))"
                        x.empty("w:sz", [("w:val", half)])
                        x.empty("w:szCs", [("w:val", half)])
                    }
                    // The schema orders w:u after the size.
                    if underline { x.empty("w:u", [("w:val", "single")]) }
                }
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                if index > 0 { x.empty("w:br") }
                x.element("w:t", [("xml:space", "preserve")], text: String(line))
            }
        }
    }
}

/// A paragraph.
struct WordParagraph {
    enum Alignment: String { case left, center, right, both }

    var runs: [WordRun]
    var alignment: Alignment = .left
    /// First-line indent in twips.
    var firstLineIndent = 0
    /// Left and right indents in twips.
    var indent = (left: 0, right: 0)
    /// Space before and after in points.
    var spacing = (before: 0.0, after: 0.0)
    /// Keep with the next paragraph.
    var keepNext = false
    /// A solid rule under the paragraph (with `indent` to set its length).
    var ruleBelow = false
    /// Line spacing in 240ths of a line (240 = single).
    var lineSpacing = 240

    init(_ runs: [WordRun], alignment: Alignment = .left) {
        self.runs = runs
        self.alignment = alignment
    }

    init(_ text: String, alignment: Alignment = .left, bold: Bool = false, italic: Bool = false, size: Double? = nil) {
        self.init([WordRun(text, bold: bold, italic: italic, size: size)], alignment: alignment)
    }

    func write(to x: inout XMLText) {
        x.element("w:p") { x in
            x.element("w:pPr") { x in
                if keepNext { x.empty("w:keepNext") }
                if ruleBelow {
                    x.element("w:pBdr") { x in
                        x.empty(
                            "w:bottom", [("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")])
                    }
                }
                x.empty(
                    "w:spacing",
                    [
                        ("w:before", "\(Int(spacing.before * 20))"), ("w:after", "\(Int(spacing.after * 20))"),
                        ("w:line", "\(lineSpacing)"), ("w:lineRule", "auto"),
                    ])
                if indent.left != 0 || indent.right != 0 || firstLineIndent != 0 {
                    x.empty(
                        "w:ind",
                        [
                            ("w:left", "\(indent.left)"), ("w:right", "\(indent.right)"),
                            ("w:firstLine", "\(firstLineIndent)"),
                        ])
                }
                x.empty("w:jc", [("w:val", alignment.rawValue)])
                if ruleBelow {
                    x.element("w:rPr") { x in
                        x.empty("w:sz", [("w:val", "4")])
                        x.empty("w:szCs", [("w:val", "4")])
                    }
                }
            }
            for run in runs { run.write(to: &x) }
        }
    }
}

/// A table: fixed column widths, optional borders, rows of cells.
struct WordTable {
    struct Cell {
        var paragraphs: [WordParagraph]
        /// Columns spanned.
        var span = 1
        init(_ paragraphs: [WordParagraph], span: Int = 1) {
            self.paragraphs = paragraphs
            self.span = span
        }
    }

    struct Row {
        var cells: [Cell]
        /// Repeated at the top of every page.
        var isHeader = false
    }

    var columnWidths: [Int]
    var rows: [Row] = []
    var borders = true

    func write(to x: inout XMLText) {
        x.element("w:tbl") { x in
            x.element("w:tblPr") { x in
                x.empty("w:tblW", [("w:w", "\(columnWidths.reduce(0, +))"), ("w:type", "dxa")])
                x.empty("w:jc", [("w:val", "center")])
                x.element("w:tblBorders") { x in
                    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                        x.empty(
                            "w:\(side)",
                            borders
                                ? [("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")]
                                : [("w:val", "nil")])
                    }
                }
                x.empty("w:tblLayout", [("w:type", "fixed")])
                x.element("w:tblCellMar") { x in
                    x.empty("w:left", [("w:w", borders ? "85" : "0"), ("w:type", "dxa")])
                    x.empty("w:right", [("w:w", borders ? "85" : "0"), ("w:type", "dxa")])
                }
            }
            x.element("w:tblGrid") { x in
                for w in columnWidths { x.empty("w:gridCol", [("w:w", "\(w)")]) }
            }
            for row in rows { write(row, to: &x) }
        }
    }

    private func write(_ row: Row, to x: inout XMLText) {
        x.element("w:tr") { x in
            x.element("w:trPr") { x in
                x.empty("w:cantSplit")
                if row.isHeader { x.empty("w:tblHeader") }
            }
            var column = 0
            for cell in row.cells {
                let width = columnWidths[column..<min(columnWidths.count, column + cell.span)].reduce(0, +)
                column += cell.span
                x.element("w:tc") { x in
                    x.element("w:tcPr") { x in
                        x.empty("w:tcW", [("w:w", "\(width)"), ("w:type", "dxa")])
                        if cell.span > 1 { x.empty("w:gridSpan", [("w:val", "\(cell.span)")]) }
                        if borders { x.empty("w:vAlign", [("w:val", "center")]) }
                    }
                    let paragraphs = cell.paragraphs.isEmpty ? [WordParagraph("")] : cell.paragraphs
                    for p in paragraphs { p.write(to: &x) }
                }
            }
        }
    }
}
