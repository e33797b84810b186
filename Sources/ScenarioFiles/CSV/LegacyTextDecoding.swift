import Foundation

/// Text encodings older Vietnamese office software writes: UTF-16 ("Unicode Text" in Excel) and Windows-1258.
enum LegacyTextDecoding {
    /// UTF-16 text, from a byte order mark or, without one, from the position of the zero bytes of ASCII text.
    static func utf16(_ bytes: [UInt8]) -> (String, DetectedConventions.Encoding)? {
        var body = bytes[...]
        var bigEndian: Bool
        if bytes.starts(with: [0xFF, 0xFE]) {
            bigEndian = false
            body = bytes.dropFirst(2)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            bigEndian = true
            body = bytes.dropFirst(2)
        } else {
            let sample = bytes.prefix(4096)
            let evenZeros = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            let oddZeros = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            guard evenZeros + oddZeros > 0, min(evenZeros, oddZeros) == 0,
                max(evenZeros, oddZeros) * 4 >= sample.count / 2
            else { return nil }
            bigEndian = evenZeros > 0
        }
        guard body.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let a = UInt16(body[index])
            let b = UInt16(body[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        if text.unicodeScalars.contains("\0") { return nil }
        return (text, bigEndian ? .utf16BigEndian : .utf16LittleEndian)
    }

    /// Windows-1258 text, when the bytes are plausibly that and not TCVN3 (ABC): every byte defined, no symbols
    /// from 0xA1–0xBF (where TCVN3 puts Vietnamese letters) other than `°`, `«` and `»`, and every combining tone
    /// mark after a letter. The text is returned in NFC (Windows-1258 writes tones as combining marks).
    static func windows1258(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        var previousIsLetter = false
        for byte in bytes {
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
                previousIsLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                continue
            }
            let code = table[Int(byte) - 0x80]
            guard code != 0, let scalar = Unicode.Scalar(code) else { return nil }
            if (0xA1...0xBF).contains(byte) && ![0xB0, 0xAB, 0xBB].contains(byte) { return nil }
            let combining = [0xCC, 0xD2, 0xDE, 0xEC, 0xF2].contains(byte)
            if combining && !previousIsLetter { return nil }
            scalars.append(scalar)
            previousIsLetter = !combining && byte >= 0xC0 && byte != 0xD7 && byte != 0xF7
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// Bytes 0x80–0xFF of Windows-1258 (0 where undefined).
    private static let table: [UInt32] = [
        0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0000, 0x2039, 0x0152, 0x0000, 0x0000, 0x0000,
        0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0000, 0x203A, 0x0153, 0x0000, 0x0000, 0x0178,
        0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
        0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
        0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
        0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
        0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF,
        0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7,
        0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,
        0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
        0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF,
        0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7,
        0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,
    ]
}
