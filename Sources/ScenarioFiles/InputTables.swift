import CivilCalendar

/// The input tables a scenario may name, as an office fills them in: one per table role, with the Vietnamese
/// header the loader reads for each column, the values offered in a drop-down list, an example value and a short
/// explanation. `cchc template` writes them as a blank workbook.
public enum InputTables {
    /// An example cell, typed as Excel stores it.
    public enum Value: Hashable, Sendable {
        case text(String)
        case number(Double)
        case date(CivilDate)
    }

    /// One column.
    public struct Column: Hashable, Sendable {
        /// The canonical (English) column name.
        public var canonical: String
        /// The Vietnamese header, one the loader accepts.
        public var header: String
        /// Whether the loader requires the column.
        public var required: Bool
        /// The values offered in a drop-down list (empty: free input).
        public var choices: [String]
        /// Whether values outside `choices` are allowed too (a unit kind of the office's own).
        public var othersAllowed: Bool
        /// What to write, in Vietnamese.
        public var note: String
        /// The example row's value (`nil`: left empty).
        public var example: Value?
    }

    /// One table: a sheet of the template.
    public struct Table: Hashable, Sendable {
        /// The table role and `scenario.yaml` key (`units`, `teams`, … `positions`).
        public var role: String
        /// The sheet name.
        public var sheet: String
        /// What the table holds, in Vietnamese.
        public var note: String
        public var columns: [Column]
    }

    static let yesNo = ["Có", "Không"]
    /// The built-in kinds as an office writes them.
    public static let kinds = [
        "Xã", "Phường", "Thị trấn", "Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trường TH&THCS", "Trung tâm",
        "Trạm y tế",
    ]
    static let categories = ["Cán bộ", "Công chức", "Người hoạt động không chuyên trách", "Viên chức", "Hợp đồng"]
    static let qualifications = ["Chưa qua đào tạo", "Trung cấp", "Cao đẳng", "Đại học", "Thạc sĩ", "Tiến sĩ"]

    static func column(
        _ canonical: String, _ header: String, required: Bool = false, choices: [String] = [],
        othersAllowed: Bool = false, _ note: String, _ example: Value? = nil
    ) -> Column {
        Column(
            canonical: canonical, header: header, required: required, choices: choices, othersAllowed: othersAllowed,
            note: note, example: example)
    }

    /// Every input table, units first, with example rows that refer to one another and dates in `year`.
    public static func tables(year: Int) -> [Table] {
        let date = { (month: Int, day: Int) in Value.date(CivilDate(year: year, month: month, day: day)!) }
        return [units, teams, unavailability(date), pins(date), staff, positions]
    }

    static let units = Table(
        role: "units", sheet: "Đơn vị", note: "Các đơn vị có thể được kiểm tra, mỗi đơn vị một dòng.",
        columns: [
            column(
                "code", "Mã", required: true, "Mã đơn vị, không trùng nhau (ví dụ xa-dong-son).", .text("xa-dong-son")),
            column("name", "Tên đơn vị", required: true, "Tên đầy đủ.", .text("Xã Đông Sơn")),
            column(
                "kind", "Loại hình", required: true, choices: kinds, othersAllowed: true,
                "Chọn trong danh sách; có thể ghi loại hình riêng.", .text("Xã")),
            column("commune", "Thuộc xã", "Mã hoặc đúng tên xã/phường/thị trấn nơi đơn vị đóng (để trống với xã)."),
            column("region", "Cụm", "Cụm hoặc vùng (không bắt buộc).", .text("Cụm 1")),
            column("priority", "Ưu tiên", "Mức ưu tiên, số dương (mặc định 1; càng lớn càng ưu tiên).", .number(1)),
            column(
                "last_inspected", "Năm kiểm tra gần nhất", "Năm (4 chữ số), để trống nếu chưa kiểm tra.",
                .number(Double(2024))),
            column("must_inspect", "Bắt buộc kiểm tra", choices: yesNo, "Có: phải kiểm tra trong năm.", .text("Không")),
            column("exclude", "Loại trừ", choices: yesNo, "Có: không kiểm tra trong năm.", .text("Không")),
            column(
                "class", "Phân loại", choices: ["Loại I", "Loại II", "Loại III"], "Phân loại đơn vị hành chính cấp xã.",
                .text("Loại II")),
            column("population", "Dân số", "Số người.", .number(8_500)),
            column("area_km2", "Diện tích (km2)", "Diện tích tự nhiên, km².", .number(12.5)),
            column("merged_on", "Ngày sáp nhập", "Ngày sáp nhập (nếu có), ngày/tháng/năm."),
            column("merged_from", "Sáp nhập từ", "Tên các đơn vị cũ, cách nhau bằng dấu ;."),
            column(
                "school_level", "Cấp học", choices: ["Mầm non", "Tiểu học", "THCS", "Liên cấp"],
                "Với trường học, nếu Loại hình chưa ghi cấp."),
            column("classes", "Số lớp", "Với trường học."),
        ])

    static let teams = Table(
        role: "teams", sheet: "Đoàn", note: "Các đoàn kiểm tra, mỗi đoàn một dòng.",
        columns: [
            column("code", "Mã đoàn", required: true, "Mã đoàn, không trùng nhau.", .text("D1")),
            column("name", "Tên đoàn", required: true, "Tên đoàn.", .text("Đoàn kiểm tra số 1")),
            column(
                "days_per_week", "Số ngày mỗi tuần", required: true,
                "Số ngày đoàn đi kiểm tra trong một tuần (1 đến 5).", .number(2)),
            column(
                "members", "Thành viên", "Họ tên, chức vụ, cơ quan; cách nhau bằng dấu ;.",
                .text("Nguyễn Văn An (Trưởng phòng Nội vụ) - Trưởng đoàn; Trần Thị Bình (Phòng Tư pháp)")),
            column("region", "Cụm", "Để trống: đoàn kiểm tra mọi cụm; ghi cụm: chỉ kiểm tra cụm đó."),
            column(
                "excluded_units", "Đơn vị không kiểm tra", "Mã các đơn vị đoàn không kiểm tra, cách nhau bằng dấu ;."),
        ])

    static func unavailability(_ date: (Int, Int) -> Value) -> Table {
        Table(
            role: "unavailability", sheet: "Lịch bận", note: "Những ngày một đoàn bận, không đi kiểm tra.",
            columns: [
                column("team", "Đoàn", required: true, "Mã đoàn (như ở trang Đoàn).", .text("D1")),
                column("from", "Từ ngày", required: true, "Ngày/tháng/năm.", date(4, 6)),
                column("to", "Đến ngày", required: true, "Ngày/tháng/năm.", date(4, 10)),
                column("reason", "Lý do", "Lý do (không bắt buộc).", .text("Tập huấn nghiệp vụ")),
            ])
    }

    static func pins(_ date: (Int, Int) -> Value) -> Table {
        Table(
            role: "pins", sheet: "Lịch cố định", note: "Các cuộc kiểm tra đã định ngày (đã thông báo hoặc đã làm).",
            columns: [
                column("unit", "Mã đơn vị", required: true, "Mã đơn vị (như ở trang Đơn vị).", .text("xa-dong-son")),
                column("team", "Mã đoàn", required: true, "Mã đoàn (như ở trang Đoàn).", .text("D1")),
                column("date", "Ngày kiểm tra", required: true, "Ngày/tháng/năm, một ngày làm việc.", date(5, 14)),
            ])
    }

    static let staff = Table(
        role: "staff", sheet: "Cán bộ", note: "Danh sách cán bộ, công chức, viên chức (chỉ cần cho phần biên chế).",
        columns: [
            column("id", "Mã cán bộ", required: true, "Mã, không trùng nhau.", .text("CB001")),
            column("name", "Họ và tên", required: true, "Họ và tên.", .text("Lê Văn Cường")),
            column("unit", "Mã đơn vị", required: true, "Mã đơn vị công tác.", .text("xa-dong-son")),
            column("position", "Chức vụ", required: true, "Chức vụ hoặc chức danh.", .text("Chủ tịch UBND")),
            column(
                "category", "Loại cán bộ", required: true, choices: categories, "Chọn trong danh sách.", .text("Cán bộ")
            ),
            column("gender", "Giới tính", required: true, choices: ["Nam", "Nữ"], "Nam hoặc Nữ.", .text("Nam")),
            column(
                "birth_date", "Ngày sinh", required: true, "Ngày/tháng/năm.",
                .date(CivilDate(year: 1975, month: 5, day: 12)!)),
            column(
                "insurance_years", "Số năm đóng BHXH", required: true, "Số năm đóng bảo hiểm xã hội.", .number(22.5)),
            column("salary_coefficient", "Hệ số lương", required: true, "Hệ số lương hiện hưởng.", .number(4.4)),
            column("allowance_coefficient", "Hệ số phụ cấp", "Hệ số phụ cấp chức vụ.", .number(0.25)),
            column(
                "qualification", "Trình độ", choices: qualifications, "Trình độ chuyên môn cao nhất.", .text("Đại học")),
            column("leaving", "Ngày nghỉ việc", "Ngày đã biết sẽ nghỉ (nếu có)."),
        ])

    static let positions = Table(
        role: "positions", sheet: "Vị trí việc làm",
        note: "Số lượng được giao theo vị trí (chỉ cần cho phần biên chế).",
        columns: [
            column("unit", "Mã đơn vị", "Mã một đơn vị; hoặc để trống và ghi Loại hình."),
            column(
                "kind", "Loại hình", choices: kinds, othersAllowed: true, "Áp dụng cho mọi đơn vị loại hình này.",
                .text("Xã")),
            column("position", "Vị trí việc làm", required: true, "Tên vị trí hoặc chức vụ.", .text("Chủ tịch UBND")),
            column(
                "category", "Loại cán bộ", required: true, choices: categories, "Chọn trong danh sách.", .text("Cán bộ")
            ),
            column("approved", "Số được duyệt", required: true, "Số người được giao.", .number(1)),
            column("qualification", "Trình độ", choices: qualifications, "Trình độ tối thiểu.", .text("Đại học")),
        ])
}
