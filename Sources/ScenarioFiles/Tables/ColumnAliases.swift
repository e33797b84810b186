import Foundation

/// The accepted spellings of every table's columns: the canonical English name and Vietnamese headers as office
/// staff write them. Matching ignores case, surrounding and repeated spaces, `_`/`-` versus spaces and the
/// Unicode normalisation form (Excel on Windows may write NFC or NFD).
enum ColumnAliases {
    /// Canonical column → Vietnamese spellings, per table role.
    static let vietnamese: [String: [(String, [String])]] = [
        "units": [
            ("code", ["Mã", "Mã đơn vị", "Mã số"]),
            ("name", ["Tên", "Tên đơn vị"]),
            ("kind", ["Loại", "Loại hình", "Loại đơn vị"]),
            ("commune", ["Thuộc xã", "Xã", "Đơn vị cấp xã", "Xã/thị trấn"]),
            ("region", ["Cụm", "Vùng", "Khu vực"]),
            ("priority", ["Ưu tiên", "Mức ưu tiên", "Độ ưu tiên"]),
            ("last_inspected", ["Năm kiểm tra gần nhất", "Kiểm tra gần nhất", "Năm kiểm tra lần trước"]),
            ("must_inspect", ["Bắt buộc kiểm tra", "Phải kiểm tra"]),
            ("exclude", ["Loại trừ", "Không kiểm tra"]),
            ("class", ["Phân loại", "Loại xã", "Phân loại xã"]),
            ("population", ["Dân số", "Số dân"]),
            ("area_km2", ["Diện tích", "Diện tích (km2)", "Diện tích (km²)", "Diện tích km2"]),
            ("merged_on", ["Ngày sáp nhập"]),
            ("merged_from", ["Sáp nhập từ", "Đơn vị cũ", "Các đơn vị cũ"]),
            ("school_level", ["Cấp học", "Bậc học"]),
            ("classes", ["Số lớp"]),
            ("regular_police", ["Công an chính quy", "Có công an chính quy", "Trưởng Công an xã chính quy"]),
            ("quota_cbcc", ["Số CBCC được giao", "Biên chế CBCC được giao", "Số lượng CBCC được giao"]),
            ("quota_part_time", ["Số NHĐKCT được giao", "Số người hoạt động không chuyên trách được giao"]),
        ],
        "teams": [
            ("code", ["Mã", "Mã đoàn"]),
            ("name", ["Tên", "Tên đoàn"]),
            ("days_per_week", ["Số ngày mỗi tuần", "Số ngày/tuần", "Ngày/tuần", "Số ngày kiểm tra mỗi tuần"]),
            ("members", ["Thành viên", "Thành phần"]),
            ("region", ["Cụm", "Vùng", "Khu vực"]),
            ("excluded_units", ["Đơn vị không kiểm tra", "Đơn vị loại trừ", "Không kiểm tra"]),
            ("max_days", ["Số ngày tối đa", "Số ngày tối đa trong năm", "Ngày/năm"]),
        ],
        "unavailability": [
            ("team", ["Đoàn", "Mã đoàn"]),
            ("from", ["Từ ngày", "Từ"]),
            ("to", ["Đến ngày", "Đến"]),
            ("reason", ["Lý do", "Lí do"]),
        ],
        "pins": [
            ("unit", ["Đơn vị", "Mã đơn vị"]),
            ("team", ["Đoàn", "Mã đoàn"]),
            ("date", ["Ngày", "Ngày kiểm tra"]),
        ],
        "staff": [
            ("id", ["Mã", "Mã cán bộ", "Mã nhân sự", "Số hiệu"]),
            ("name", ["Họ và tên", "Họ tên", "Tên"]),
            ("unit", ["Đơn vị", "Mã đơn vị"]),
            ("position", ["Chức vụ", "Chức danh", "Vị trí việc làm"]),
            ("category", ["Loại", "Phân loại", "Loại cán bộ", "Đối tượng"]),
            ("gender", ["Giới tính"]),
            ("birth_date", ["Ngày sinh", "Ngày tháng năm sinh"]),
            ("insurance_years", ["Số năm đóng BHXH", "Số năm BHXH", "Số năm đóng bảo hiểm xã hội"]),
            ("salary_coefficient", ["Hệ số lương"]),
            ("allowance_coefficient", ["Hệ số phụ cấp", "Phụ cấp"]),
            ("qualification", ["Trình độ", "Trình độ chuyên môn"]),
            ("leaving", ["Ngày nghỉ việc", "Ngày thôi việc", "Ngày nghỉ"]),
            ("volunteer", ["Tự nguyện", "Tự nguyện tinh giản", "Có đơn tự nguyện"]),
            ("rating", ["Xếp loại", "Xếp loại chất lượng", "Đánh giá, xếp loại"]),
            ("meets_standard", ["Đạt tiêu chuẩn", "Đáp ứng tiêu chuẩn", "Đạt chuẩn chức danh"]),
            ("average_salary_coefficient", ["Hệ số lương bình quân", "Hệ số bình quân"]),
        ],
        "positions": [
            ("unit", ["Đơn vị", "Mã đơn vị"]),
            ("kind", ["Loại đơn vị", "Loại hình"]),
            ("position", ["Vị trí việc làm", "Chức vụ", "Chức danh", "Vị trí"]),
            ("category", ["Loại", "Phân loại", "Loại cán bộ"]),
            ("approved", ["Số được duyệt", "Số lượng được giao", "Số lượng", "Biên chế"]),
            ("qualification", ["Trình độ", "Trình độ tối thiểu"]),
        ],
    ]

    /// Normalised spelling → canonical column for a table role (`positions` for `staffing.positions`).
    static func lookup(role: String) -> [String: String] {
        var map: [String: String] = [:]
        for (canonical, spellings) in vietnamese[role] ?? trackingColumns[role] ?? [] {
            map[normalised(canonical)] = canonical
            for spelling in spellings { map[normalised(spelling)] = canonical }
        }
        return map
    }

    /// The Vietnamese header for a canonical column, for messages (`Ngày sinh` for `birth_date`).
    static func vietnameseName(_ canonical: String, role: String) -> String? {
        (vietnamese[role] ?? trackingColumns[role])?.first { $0.0 == canonical }?.1.first
    }

    /// The comparison key of a header or value: NFC, lower case, `_` and `-` as spaces, spaces collapsed.
    static func normalised(_ text: String) -> String {
        let folded = text.precomposedStringWithCanonicalMapping.lowercased()
        var result = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "_" || scalar == "-" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
