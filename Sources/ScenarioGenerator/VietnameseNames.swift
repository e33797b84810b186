/// Word lists for synthetic Vietnamese names (places and people). Illustrative only: no real unit is meant.
enum VietnameseNames {
    /// Syllables of place names; a commune is named by two of them, e.g. `Xã Thạch Long`.
    static let placeFirst = [
        "Thạch", "Cẩm", "Đức", "Hương", "Kỳ", "Nghi", "Quỳnh", "Yên", "Tân", "Phú", "An", "Bình", "Hòa", "Lộc",
        "Sơn", "Thủy", "Trung", "Xuân", "Vĩnh", "Hưng", "Long", "Mỹ", "Đông", "Tây", "Nam", "Bắc", "Hải", "Lâm",
        "Thịnh", "Phong", "Gia", "Quang", "Thanh", "Minh", "Hồng", "Kim", "Tiên", "Việt", "Đại", "Thượng",
    ]
    /// Second syllables of place names.
    static let placeSecond = [
        "Hà", "Lạc", "Xuyên", "Tiến", "Thành", "Sơn", "Lâm", "Hòa", "Phúc", "Lợi", "Điền", "Khê", "Đài", "Hội",
        "Văn", "Ngọc", "Liên", "Trị", "Kênh", "Vinh", "Mỹ", "Bình", "Thủy", "Châu", "Giang", "Phong", "Quý",
        "Thắng", "Tân", "Hưng", "Long", "Trường", "Yên", "An", "Đồng", "Thái", "Nguyên", "Hiệp", "Định", "Tường",
    ]
    /// Family names, weighted roughly as in Hà Tĩnh.
    static let surnames: [(String, Double)] = [
        ("Nguyễn", 30), ("Trần", 13), ("Lê", 11), ("Phan", 8), ("Võ", 7), ("Hoàng", 4), ("Đặng", 4), ("Bùi", 3),
        ("Hồ", 4), ("Đinh", 2), ("Dương", 2), ("Ngô", 2), ("Thái", 2), ("Đào", 1), ("Cao", 2), ("Mai", 1),
        ("Đoàn", 1), ("Lưu", 1), ("Hà", 1), ("Phạm", 2), ("Đỗ", 1), ("Chu", 1),
    ]
    /// Middle names for men.
    static let middleMale = [
        "Văn", "Văn", "Văn", "Đình", "Hữu", "Xuân", "Quang", "Minh", "Đức", "Công", "Trọng", "Thanh",
    ]
    /// Middle names for women.
    static let middleFemale = ["Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Kim", "Hồng", "Thị Thu", "Thùy", "Phương"]
    /// Given names for men.
    static let givenMale = [
        "Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Sơn", "Long", "Thắng", "Hòa", "Bình", "Cường", "Phong", "Quân", "Lâm",
        "Tùng", "Hiếu", "Trung", "Đạt", "Khánh", "Lợi", "Tiến", "Vinh", "Hưng", "Phúc", "Thành", "Quý", "Nghĩa",
    ]
    /// Given names for women.
    static let givenFemale = [
        "Hương", "Lan", "Hoa", "Mai", "Linh", "Hà", "Nga", "Thủy", "Hằng", "Hạnh", "Oanh", "Trang", "Nhung", "Yến",
        "Phương", "Huyền", "Loan", "Hiền", "Thảo", "Vân", "Dung", "Quyên", "Tâm", "Liên",
    ]
    /// Offices that send inspection-team members.
    static let offices = [
        "Phòng Nội vụ", "Văn phòng HĐND-UBND", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch",
        "Phòng Văn hóa - Thông tin",
        "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Phòng Tài nguyên và Môi trường",
    ]
    /// Reasons a team is unavailable.
    static let unavailabilityReasons = [
        "Nghỉ phép", "Tập huấn nghiệp vụ", "Tham gia đoàn kiểm tra của tỉnh", "Chuẩn bị kỳ họp HĐND",
        "Sơ kết 6 tháng, tổng kết năm", "Tổ chức thi tuyển công chức",
    ]

    /// A person's full name.
    static func person(male: Bool, _ rng: inout SplitMix64) -> String {
        let surname = rng.weighted(surnames)
        let middle = rng.pick(male ? middleMale : middleFemale)
        let given = rng.pick(male ? givenMale : givenFemale)
        return "\(surname) \(middle) \(given)"
    }

    /// A two-syllable place name not yet in `used` (a number is appended after a few tries).
    static func place(_ rng: inout SplitMix64, used: inout Set<String>) -> String {
        for _ in 0..<6 {
            let name = "\(rng.pick(placeFirst)) \(rng.pick(placeSecond))"
            if used.insert(name).inserted { return name }
        }
        let base = "\(rng.pick(placeFirst)) \(rng.pick(placeSecond))"
        var n = 2
        while !used.insert("\(base) \(n)").inserted { n += 1 }
        return "\(base) \(n)"
    }
}
