/// The parts of an administrative document in the form of Nghị định 30/2020/NĐ-CP, Phụ lục I: the two-column
/// header, the title with its subject, body paragraphs and part headings, and the recipients beside the signature.
enum AdministrativeForm {
    /// First-line indent of body paragraphs: 1 cm.
    static let indent = 567
    /// Body text size in points.
    static let bodySize = 14.0

    /// The header: issuer, rule and number on the left; national heading, motto and place and date on the right.
    static func header(_ form: DocumentForm, documentType: String?, textWidth: Int) -> WordTable {
        let left = textWidth * 2 / 5
        let right = textWidth - left
        var issuer: [WordParagraph] = []
        if let parent = form.parentBody {
            issuer.append(WordParagraph(parent, alignment: .center, size: 13))
        }
        issuer.append(WordParagraph(form.body, alignment: .center, bold: true, size: 13))
        issuer.append(rule(width: left * 2 / 5, in: left))
        if let documentType {
            var number = WordParagraph(form.numberLine(type: documentType), alignment: .center, size: 13)
            number.spacing.before = 6
            issuer.append(number)
        }
        let v = form.vietnamese
        var nation: [WordParagraph] = [
            WordParagraph(
                v ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" : "SOCIALIST REPUBLIC OF VIET NAM",
                alignment: .center, bold: true, size: 12),
            WordParagraph(
                [
                    WordRun(
                        v ? "Độc lập - Tự do - Hạnh phúc" : "Independence - Freedom - Happiness",
                        bold: true, underline: true, size: 13)
                ], alignment: .center),
        ]
        if form.parentBody != nil { nation.insert(WordParagraph("", size: 13), at: 0) }
        var date = WordParagraph([WordRun(form.placeAndDate, italic: true, size: 13)], alignment: .center)
        date.spacing.before = form.parentBody == nil ? 14 : 20
        nation.append(date)
        return WordTable(
            columnWidths: [left, right], rows: [.init(cells: [.init(issuer), .init(nation)])], borders: false)
    }

    /// The document type and subject, centred and bold, with a short rule under them.
    static func title(_ type: String, subject: [String], textWidth: Int) -> [WordParagraph] {
        var head = WordParagraph(type, alignment: .center, bold: true, size: bodySize)
        head.spacing.before = 18
        head.keepNext = true
        var lines = [head]
        for line in subject {
            var p = WordParagraph(line, alignment: .center, bold: true, size: bodySize)
            p.keepNext = true
            lines.append(p)
        }
        var line = rule(width: textWidth / 5, in: textWidth)
        line.spacing.after = 12
        lines.append(line)
        return lines
    }

    /// A centred solid rule `width` twips long in a space `total` wide.
    static func rule(width: Int, in total: Int) -> WordParagraph {
        var p = WordParagraph([])
        p.ruleBelow = true
        p.indent = ((total - width) / 2, (total - width) / 2)
        p.alignment = .center
        return p
    }

    /// A body paragraph: justified, first line indented, 6 pt after.
    static func body(_ text: String, italic: Bool = false, bold: Bool = false) -> WordParagraph {
        body([WordRun(text, bold: bold, italic: italic, size: bodySize)])
    }

    /// A body paragraph of several runs.
    static func body(_ runs: [WordRun]) -> WordParagraph {
        var p = WordParagraph(runs, alignment: .both)
        p.firstLineIndent = indent
        p.spacing.after = 6
        p.lineSpacing = 264
        return p
    }

    /// A part heading (`I. MỤC ĐÍCH, YÊU CẦU`), bold, kept with what follows.
    static func heading(_ text: String) -> WordParagraph {
        var p = body(text, bold: true)
        p.keepNext = true
        p.spacing.before = 6
        return p
    }

    /// `Nơi nhận:` and its lines on the left, the authority, title, room for the seal and the name on the right.
    static func signature(_ form: DocumentForm, recipients: [String], textWidth: Int, space: Int = 4) -> WordTable {
        let left = textWidth * 9 / 20
        let right = textWidth - left
        var received: [WordParagraph] =
            recipients.isEmpty
            ? []
            : [
                WordParagraph([
                    WordRun(form.vietnamese ? "Nơi nhận:" : "Recipients:", bold: true, italic: true, size: 12)
                ])
            ]
        for (index, line) in recipients.enumerated() {
            let last = index == recipients.count - 1
            received.append(WordParagraph("- " + line + (last ? "." : ";"), size: 11))
        }
        var signer: [WordParagraph] = form.authority.map { WordParagraph($0, alignment: .center, bold: true, size: 14) }
        signer.append(WordParagraph(form.signerTitle, alignment: .center, bold: true, size: 14))
        for _ in 0..<space { signer.append(WordParagraph("", size: 14)) }
        signer.append(WordParagraph(form.signerName ?? "", alignment: .center, bold: true, size: 14))
        let row = WordTable.Row(cells: [.init(received), .init(signer)])
        return WordTable(columnWidths: [left, right], rows: [row], borders: false)
    }

    /// A spacer paragraph.
    static func space(_ points: Double = 6) -> WordParagraph {
        var p = WordParagraph("", size: 6)
        p.spacing.after = points
        return p
    }
}
