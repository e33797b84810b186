/// A small XML writer: elements, attributes and text, with every value escaped.
///
/// Foundation's `XMLDocument` is not available on Linux; Word and Excel parts need only well-formed output with
/// escaped text, which this gives. Characters that XML 1.0 does not allow (control characters other than tab, line
/// feed and carriage return) are dropped.
struct XMLText {
    private(set) var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    /// Escapes text for element content.
    static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (0xFFFE...0xFFFF).contains(v) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The attributes as written inside a start tag, in the given order.
    private static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// Appends `<name attributes>`, then the body, then `</name>`.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], body: (inout XMLText) -> Void) {
        text += "<\(name)\(Self.attributes(attributes))>"
        body(&self)
        text += "</\(name)>"
    }

    /// Appends an empty element `<name attributes/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<\(name)\(Self.attributes(attributes))/>"
    }

    /// Appends `<name attributes>escaped text</name>`.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text value: String) {
        text += "<\(name)\(Self.attributes(attributes))>\(Self.escape(value))</\(name)>"
    }
}
