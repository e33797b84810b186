/// Excel A1 cell references: column letters and a row number.
enum XLSXCellReference {
    /// `C12` for column 3, row 12.
    static func name(column: Int, row: Int) -> String { letters(column) + String(row) }

    /// `A` for 1, `Z` for 26, `AA` for 27.
    static func letters(_ column: Int) -> String {
        var n = max(1, column)
        var result = ""
        while n > 0 {
            let rest = (n - 1) % 26
            result = String(UnicodeScalar(UInt8(65 + rest))) + result
            n = (n - 1) / 26
        }
        return result
    }

    /// The column (1-based) and row of a reference like `C12`; `nil` when it is not one.
    static func parse(_ reference: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var sawDigit = false
        for byte in reference.utf8 {
            switch byte {
            case 65...90 where !sawDigit: column = column * 26 + Int(byte) - 64
            case 97...122 where !sawDigit: column = column * 26 + Int(byte) - 96
            case 48...57:
                sawDigit = true
                row = row * 10 + Int(byte) - 48
            default: return nil
            }
            if column > 1_000_000 || row > 10_000_000 { return nil }
        }
        return column > 0 && row > 0 ? (column, row) : nil
    }
}
