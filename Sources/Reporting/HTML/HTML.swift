import Localization

/// Small helpers for writing HTML and SVG by hand: escaping, numbers for coordinates, the page shell and its CSS.
public enum HTML {
    /// Escapes text for HTML element content and attribute values (`&`, `<`, `>`, `"`, `'`).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// A coordinate with at most one decimal, with a dot (SVG needs dots whatever the language).
    static func n(_ value: Double) -> String { Vocabulary.number(value, decimals: 1, .en) }

    /// Shortens text to `max` characters with an ellipsis.
    static func truncate(_ text: String, _ max: Int) -> String {
        text.count <= max ? text : String(text.prefix(max - 1)) + "…"
    }

    /// The colour of series `index` (no red or green: those mean "not met" and "met").
    static func seriesColour(_ index: Int) -> String {
        let palette = ["#1f5fa8", "#117a8b", "#6c3483", "#b9770e", "#566573", "#2e4053"]
        return palette[((index % palette.count) + palette.count) % palette.count]
    }

    /// A whole page: doctype, `lang`, UTF-8, the title, the inline style sheet, then `body`.
    static func page(title: String, language: Language, body: [String]) -> String {
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"\(language.rawValue)\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<title>\(escape(title))</title>")
        out.append("<style>")
        out.append(css)
        out.append("</style>")
        out.append("</head>")
        out.append("<body>")
        out.append(contentsOf: body)
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    /// A table from a header row and body rows; cells are already escaped HTML. `numeric` marks right-aligned columns.
    static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = [], cls: String? = nil) -> [String] {
        var out: [String] = []
        out.append("<table\(cls.map { " class=\"\($0)\"" } ?? "")>")
        out.append(
            "<thead><tr>"
                + header.enumerated().map {
                    "<th\(numeric.contains($0.offset) ? " class=\"num\"" : "")>\($0.element)</th>"
                }.joined() + "</tr></thead>")
        out.append("<tbody>")
        for r in rows {
            out.append(
                "<tr>"
                    + r.enumerated().map {
                        "<td\(numeric.contains($0.offset) ? " class=\"num\"" : "")>\($0.element)</td>"
                    }.joined() + "</tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        return out
    }

    /// The style sheet shared by `index.html` and `comparison.html`: screen and A4 print.
    static let css = """
        :root { --ink: #1c2833; --muted: #5d6d7e; --line: #d5d8dc; --accent: #1f5fa8; --ok: #1e8449; --bad: #c0392b; --warn: #b9770e; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { font-family: "Noto Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0 auto; padding: 24px 28px 48px; max-width: 1100px; font-size: 14px; line-height: 1.45; background: #fff; }
        header.doc { border-bottom: 3px solid var(--accent); margin-bottom: 18px; padding-bottom: 10px; }
        header.doc .agency { text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-size: 12px; }
        h1 { font-size: 24px; margin: 4px 0 4px; }
        h2 { font-size: 18px; margin: 0 0 10px; color: var(--accent); border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        h3 { font-size: 15px; margin: 16px 0 6px; }
        p.sub { margin: 0; color: var(--muted); }
        section { margin: 0 0 28px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(135px, 1fr)); gap: 10px; margin: 10px 0 14px; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; background: #fbfcfc; }
        .card .k { color: var(--muted); font-size: 12px; }
        .card .v { font-size: 20px; font-weight: 600; }
        .card .v small { font-size: 12px; font-weight: 400; color: var(--muted); }
        .badge { display: inline-block; padding: 2px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; background: var(--muted); }
        .badge.ok { background: var(--ok); } .badge.bad { background: var(--bad); } .badge.warn { background: var(--warn); }
        .status { margin: 6px 0; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
        th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: #eaf0f7; font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.head td { background: #f4f6f7; font-weight: 700; color: var(--accent); }
        td.diff { background: #fdf2e9; font-weight: 600; }
        .yes { color: var(--ok); font-weight: 700; } .no { color: var(--bad); font-weight: 700; }
        ul.notes { margin: 4px 0 0 18px; padding: 0; color: var(--muted); font-size: 13px; }
        ul.unmet li { color: var(--bad); }
        figure { margin: 8px 0 16px; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-size: 12px; color: var(--muted); margin-top: 2px; }
        svg { width: 100%; height: auto; display: block; font-family: inherit; }
        svg text { fill: var(--ink); }
        svg .axis { stroke: #808b96; stroke-width: 1; }
        svg .grid { stroke: #e5e8e8; stroke-width: 1; }
        svg .month { stroke: #aab7b8; stroke-width: 1; }
        svg .lbl { font-size: 13px; } svg .tick { font-size: 11.5px; fill: var(--muted); }
        .legend { font-size: 12px; color: var(--muted); margin: 2px 0 6px; }
        .legend span.sw { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -2px; margin: 0 4px 0 12px; }
        .legend span.sw:first-child { margin-left: 0; }
        footer { margin-top: 30px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11px; }
          section { break-before: page; page-break-before: always; margin: 0; }
          section.first { break-before: auto; page-break-before: auto; }
          h2 { break-after: avoid; page-break-after: avoid; }
          table { font-size: 10px; }
          tr, .card { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          .badge, th, td.diff, .card { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
