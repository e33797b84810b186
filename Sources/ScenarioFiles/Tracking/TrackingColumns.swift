extension ColumnAliases {
    /// The columns of the files imported while following the year, with their Vietnamese spellings.
    static let trackingColumns: [String: [(String, [String])]] = [
        "tracking-calendar": [
            ("unit", ["Đơn vị", "Mã đơn vị"]),
            ("date", ["Ngày", "Ngày kiểm tra", "Ngày dự kiến"]),
            ("team", ["Đoàn", "Mã đoàn"]),
            ("days", ["Số ngày"]),
            ("status", ["Trạng thái", "Tình trạng", "Kết quả thực hiện"]),
            ("actual_date", ["Ngày thực hiện", "Ngày thực tế"]),
            ("score", ["Điểm", "Điểm số"]),
            ("findings", ["Kết quả kiểm tra", "Nhận xét", "Phát hiện", "Kết luận"]),
        ],
        "tracking-self-plans": [
            ("unit", ["Đơn vị", "Mã đơn vị"]),
            ("kind", ["Loại kế hoạch", "Loại"]),
            ("number", ["Số", "Số hiệu", "Số văn bản", "Số kế hoạch", "Số ký hiệu"]),
            ("date", ["Ngày", "Ngày ban hành"]),
        ],
        "tracking-values": [
            ("unit", ["Đơn vị", "Mã đơn vị"]),
            ("indicator", ["Chỉ tiêu", "Mã chỉ tiêu"]),
            ("period", ["Kỳ", "Kỳ báo cáo", "Quý"]),
            ("numerator", ["Tử số"]),
            ("denominator", ["Mẫu số"]),
            ("value", ["Giá trị"]),
        ],
    ]
}
