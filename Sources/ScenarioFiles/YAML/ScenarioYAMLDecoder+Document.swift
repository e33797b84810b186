import CivilCalendar
import Foundation
import ScenarioModel

extension ScenarioYAMLDecoder {
    /// The keys of the `document:` section.
    static let documentKeys = [
        "issuer", "number", "place", "date", "signer", "legal_bases", "recipients", "purpose",
        "method", "funding", "organisation",
    ]
    /// The longest text accepted in one `document:` value (a paragraph).
    static let documentTextLimit = 4000

    /// Decodes the `document:` section: the issuer, number, place and date, signer, legal bases, recipients and the
    /// plan's free paragraphs. Every value is optional.
    func decodeDocument(_ value: YAMLValue, into d: inout ScenarioDeclaration) {
        guard let pairs = fields.map(value, "document", allowed: Self.documentKeys) else { return }
        let get = { (key: String) in pairs.last { $0.key == key }?.value }
        var s = DocumentSettings()
        if let issuer = fields.map(get("issuer"), "document.issuer", allowed: ["parent", "body", "code"]) {
            let iget = { (key: String) in issuer.last { $0.key == key }?.value }
            s.parentBody = documentText(iget("parent"), "document.issuer.parent")
            s.body = documentText(iget("body"), "document.issuer.body")
            s.bodyCode = documentCode(iget("code"), "document.issuer.code")
        }
        s.number = documentNumber(get("number"))
        s.place = documentText(get("place"), "document.place")
        s.date = fields.date(get("date"), "document.date")
        if let signer = fields.map(get("signer"), "document.signer", allowed: ["authority", "title", "name"]) {
            let sget = { (key: String) in signer.last { $0.key == key }?.value }
            s.signer.authority = documentLines(sget("authority"), "document.signer.authority")
            s.signer.title = documentText(sget("title"), "document.signer.title")
            s.signer.name = documentText(sget("name"), "document.signer.name")
        }
        s.legalBases = documentLines(get("legal_bases"), "document.legal_bases")
        s.recipients = documentLines(get("recipients"), "document.recipients")
        s.purpose = documentLines(get("purpose"), "document.purpose")
        s.method = documentLines(get("method"), "document.method")
        s.funding = documentLines(get("funding"), "document.funding")
        s.organisation = documentLines(get("organisation"), "document.organisation")
        d.document = s
    }

    /// One line of text: not empty, not too long, without control characters.
    private func documentText(_ value: YAMLValue?, _ path: String) -> String? {
        guard let value, let raw = fields.string(value, path) else { return nil }
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty {
            fields.report(
                value.origin, path, t("`\(path)` để trống.", "`\(path)` is empty."),
                t(
                    "Viết nội dung hoặc bỏ khóa này để dùng giá trị mặc định.",
                    "Write a value, or remove the key to use the default."))
            return nil
        }
        if text.count > Self.documentTextLimit {
            fields.report(
                value.origin, path,
                t(
                    "`\(path)` dài \(text.count) ký tự, quá \(Self.documentTextLimit).",
                    "`\(path)` is \(text.count) characters long, over \(Self.documentTextLimit)."),
                t("Chia thành nhiều đoạn (mỗi đoạn một dòng `- `).", "Split it into paragraphs (one `- ` each)."))
            return nil
        }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" }) {
            fields.report(
                value.origin, path, t("`\(path)` chứa ký tự điều khiển.", "`\(path)` holds a control character."),
                t(
                    "Xóa ký tự lạ (thường do sao chép từ tệp khác).",
                    "Remove the stray character (often pasted from another file)."))
            return nil
        }
        return text
    }

    /// A list of lines (a single value counts as one line); `nil` when absent or when a line is bad.
    private func documentLines(_ value: YAMLValue?, _ path: String) -> [String]? {
        guard let value, !value.isNull else { return nil }
        var lines: [String] = []
        var bad = false
        for (index, item) in fields.list(value, path).enumerated() {
            if let line = documentText(item, "\(path)[\(index)]") { lines.append(line) } else { bad = true }
        }
        return bad || lines.isEmpty ? nil : lines
    }

    /// The number of the plan: digits only (the type and body codes are added by the document).
    private func documentNumber(_ value: YAMLValue?) -> String? {
        guard let value, let text = documentText(value, "document.number") else { return nil }
        guard text.count <= 10, text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            fields.report(
                value.origin, "document.number",
                t(
                    "Số văn bản phải là chữ số (đang là \"\(text)\").",
                    "The document number must be digits (it is \"\(text)\")."),
                t(
                    "Chỉ viết số, ví dụ `number: \"25\"`; phần `/KH-UBND` do chương trình thêm.",
                    "Write the number only, e.g. `number: \"25\"`; the `/KH-UBND` part is added."))
            return nil
        }
        return text
    }

    /// The body's abbreviation in document numbers: capital letters, digits and hyphens.
    private func documentCode(_ value: YAMLValue?, _ path: String) -> String? {
        guard let value, let text = documentText(value, path) else { return nil }
        let allowed =
            text.count <= 20 && text.allSatisfy { ($0.isLetter && $0.isUppercase) || $0.isNumber || $0 == "-" }
        guard allowed else {
            fields.report(
                value.origin, path,
                t(
                    "Ký hiệu cơ quan phải viết hoa, không dấu cách (đang là \"\(text)\").",
                    "The body's abbreviation must be capitals without spaces (it is \"\(text)\")."),
                t("Ví dụ `code: UBND`.", "E.g. `code: UBND`."))
            return nil
        }
        return text
    }
}
