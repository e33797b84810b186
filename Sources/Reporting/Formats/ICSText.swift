import CivilCalendar

/// Writing iCalendar (RFC 5545) text: escaping, folding and line endings.
public enum ICSText {
    /// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default: out.append(ch)
            }
        }
        return out
    }

    /// Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1), never splitting a UTF-8
    /// character, and ends every physical line with CRLF.
    public static func fold(_ line: String) -> String {
        var out = ""
        var width = 0
        var first = true
        for scalarGroup in line {
            let octets = String(scalarGroup).utf8.count
            let limit = first ? 75 : 74  // continuation lines start with one space
            if width + octets > limit {
                out += "\r\n "
                width = 0
                first = false
            }
            out.append(scalarGroup)
            width += octets
        }
        return out + "\r\n"
    }

    /// `YYYYMMDD` for a DATE value.
    public static func date(_ d: CivilDate) -> String {
        "\(pad(d.year, 4))\(pad(d.month, 2))\(pad(d.day, 2))"
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
