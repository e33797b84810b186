import Foundation

/// The fields of an `application/x-www-form-urlencoded` body (or query); the last value of a repeated name wins in
/// ``values``, every value is in ``pairs``.
public struct FormFields: Sendable {
    /// Every name and value, in order.
    public var pairs: [(name: String, value: String)]

    /// The fields of `data`.
    public init(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        pairs = text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (part: Substring) in
                part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part)
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// The value of each name (the last one when repeated).
    public var values: [String: String] {
        Dictionary(pairs.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
    }
}

/// A `multipart/form-data` body: its parts, with their field names, file names and bytes.
public struct MultipartForm: Sendable {
    /// One part.
    public struct Part: Sendable {
        /// The form field's name.
        public var name: String
        /// The uploaded file's name, for a file field (only its last path component).
        public var fileName: String?
        /// The part's content type, if given.
        public var contentType: String?
        /// The bytes.
        public var data: Data
    }

    /// The parts, in order.
    public var parts: [Part]

    /// Parses a body with the boundary from `contentType`; `nil` when it is not a well-formed multipart body.
    public init?(data: Data, contentType: String) {
        guard let boundaryRange = contentType.range(of: "boundary=") else { return nil }
        var boundary = String(contentType[boundaryRange.upperBound...])
        if let semicolon = boundary.firstIndex(of: ";") { boundary = String(boundary[..<semicolon]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        guard !boundary.isEmpty, boundary.count <= 200 else { return nil }
        let delimiter = Data("--\(boundary)".utf8)
        var parts: [Part] = []
        var cursor = data.startIndex
        guard let first = data.range(of: delimiter, in: cursor..<data.endIndex) else { return nil }
        cursor = first.upperBound
        while cursor < data.endIndex {
            if data[cursor...].starts(with: Data("--".utf8)) { break }
            guard let headerEnd = data.range(of: Data("\r\n\r\n".utf8), in: cursor..<data.endIndex) else { return nil }
            let header = String(decoding: data[cursor..<headerEnd.lowerBound], as: UTF8.self)
            guard let next = data.range(of: Data("\r\n".utf8) + delimiter, in: headerEnd.upperBound..<data.endIndex)
            else { return nil }
            let body = data[headerEnd.upperBound..<next.lowerBound]
            if let part = Self.part(header: header, body: Data(body)) { parts.append(part) }
            cursor = next.upperBound
        }
        self.parts = parts
    }

    /// The first part named `name`.
    public func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// The first part named `name`, as UTF-8 text.
    public func text(_ name: String) -> String? { part(name).map { String(decoding: $0.data, as: UTF8.self) } }

    static func part(header: String, body: Data) -> Part? {
        var name: String?
        var fileName: String?
        var contentType: String?
        for line in header.components(separatedBy: "\r\n") {
            let lower = line.lowercased()
            if lower.hasPrefix("content-disposition:") {
                name = parameter("name", in: line)
                fileName = parameter("filename", in: line).map { ($0 as NSString).lastPathComponent }
            } else if lower.hasPrefix("content-type:") {
                contentType = line.dropFirst("content-type:".count).trimmingCharacters(in: .whitespaces)
            }
        }
        guard let name else { return nil }
        return Part(name: name, fileName: fileName, contentType: contentType, data: body)
    }

    /// The value of `key="value"` in a header line.
    static func parameter(_ key: String, in line: String) -> String? {
        for item in line.split(separator: ";") {
            let pair = item.trimmingCharacters(in: .whitespaces)
            guard pair.hasPrefix("\(key)=") else { continue }
            return String(pair.dropFirst(key.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}
