import ScenarioModel

/// The accepted spellings of every enumerated value: the canonical English value first, then Vietnamese ones.
/// `ValueParsing.choice` matches them ignoring case, spaces and the Unicode normalisation form.
enum ValueAliases {
    /// Unit kinds; a school kind may carry its level (`Trường Tiểu học` is a school of level `primary`).
    static let kinds: [(String, UnitKind, SchoolLevel?)] = [
        ("commune", .commune, nil), ("Xã", .commune, nil),
        ("town", .town, nil), ("Thị trấn", .town, nil),
        ("ward", .ward, nil), ("Phường", .ward, nil),
        ("school", .school, nil), ("Trường học", .school, nil), ("Trường", .school, nil),
        ("Trường Mầm non", .school, .preschool), ("Mầm non", .school, .preschool),
        ("Trường Tiểu học", .school, .primary), ("Tiểu học", .school, .primary),
        ("Trường THCS", .school, .lowerSecondary), ("THCS", .school, .lowerSecondary),
        ("Trường Trung học cơ sở", .school, .lowerSecondary), ("Trung học cơ sở", .school, .lowerSecondary),
        ("Trường TH&THCS", .school, .combined), ("Trường Tiểu học và THCS", .school, .combined),
        ("Trường liên cấp", .school, .combined),
        ("centre", .centre, nil), ("center", .centre, nil), ("Trung tâm", .centre, nil),
        ("health-station", .healthStation, nil), ("Trạm y tế", .healthStation, nil), ("Trạm Y tế", .healthStation, nil),
    ]

    /// The kind (and school level) a spelling names, or `nil` for a kind of the user's own.
    static func kind(_ text: String) -> (UnitKind, SchoolLevel?)? {
        let key = ColumnAliases.normalised(text)
        return kinds.first { ColumnAliases.normalised($0.0) == key }.map { ($0.1, $0.2) }
    }

    /// A kind's canonical value: a Vietnamese or English spelling of a built-in kind, else the text itself.
    static func canonicalKind(_ text: String) -> UnitKind { kind(text)?.0 ?? UnitKind(rawValue: text) }

    /// The Vietnamese name of a built-in kind, for hints.
    static func vietnameseKind(_ kind: UnitKind) -> String? {
        kinds.first { $0.1 == kind && $0.2 == nil && $0.0 != kind.rawValue && $0.0 != "center" }?.0
    }

    static let categories: [(String, StaffCategory)] = [
        ("cadre", .cadre), ("Cán bộ", .cadre),
        ("civil-servant", .civilServant), ("Công chức", .civilServant),
        ("part-time", .partTime), ("Người hoạt động không chuyên trách", .partTime),
        ("Không chuyên trách", .partTime), ("Người HĐKCT", .partTime),
        ("public-employee", .publicEmployee), ("Viên chức", .publicEmployee),
        ("contract", .contract), ("Hợp đồng", .contract), ("Hợp đồng lao động", .contract), ("HĐLĐ", .contract),
    ]

    static let genders: [(String, Gender)] = [
        ("M", .male), ("Nam", .male), ("male", .male),
        ("F", .female), ("Nữ", .female), ("female", .female),
    ]

    static let qualifications: [(String, Qualification)] = [
        ("none", Qualification.none), ("Không", Qualification.none), ("Chưa qua đào tạo", Qualification.none),
        ("intermediate", .intermediate), ("Trung cấp", .intermediate),
        ("college", .college), ("Cao đẳng", .college),
        ("university", .university), ("Đại học", .university),
        ("master", .master), ("Thạc sĩ", .master), ("Thạc sỹ", .master),
        ("doctorate", .doctorate), ("Tiến sĩ", .doctorate), ("Tiến sỹ", .doctorate),
    ]

    static let communeClasses: [(String, CommuneClass)] = [
        ("I", .i), ("Loại I", .i), ("1", .i), ("Loại 1", .i),
        ("II", .ii), ("Loại II", .ii), ("2", .ii), ("Loại 2", .ii),
        ("III", .iii), ("Loại III", .iii), ("3", .iii), ("Loại 3", .iii),
    ]

    static let schoolLevels: [(String, SchoolLevel)] = [
        ("preschool", .preschool), ("Mầm non", .preschool),
        ("primary", .primary), ("Tiểu học", .primary),
        ("lower-secondary", .lowerSecondary), ("THCS", .lowerSecondary), ("Trung học cơ sở", .lowerSecondary),
        ("combined", .combined), ("Liên cấp", .combined), ("TH&THCS", .combined), ("Tiểu học và THCS", .combined),
    ]

    static let ratings: [(String, QualityRating)] = [
        ("excellent", .excellent), ("Hoàn thành xuất sắc nhiệm vụ", .excellent), ("Hoàn thành xuất sắc", .excellent),
        ("HTXSNV", .excellent),
        ("good", .good), ("Hoàn thành tốt nhiệm vụ", .good), ("Hoàn thành tốt", .good), ("HTTNV", .good),
        ("completed", .completed), ("Hoàn thành nhiệm vụ", .completed), ("Hoàn thành", .completed),
        ("HTNV", .completed),
        ("not-completed", .notCompleted), ("Không hoàn thành nhiệm vụ", .notCompleted),
        ("Không hoàn thành", .notCompleted), ("KHTNV", .notCompleted),
    ]
}
