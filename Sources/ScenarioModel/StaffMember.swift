import CivilCalendar

/// The employment category of a person.
public enum StaffCategory: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// Cán bộ (elected or appointed officials).
    case cadre
    /// Công chức.
    case civilServant = "civil-servant"
    /// Người hoạt động không chuyên trách (part-time commune staff).
    case partTime = "part-time"
    /// Viên chức (public employees of service units).
    case publicEmployee = "public-employee"
    /// Hợp đồng lao động.
    case contract

    public static func < (lhs: StaffCategory, rhs: StaffCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A person's legal sex, which sets the retirement-age schedule.
public enum Gender: String, Hashable, Sendable, Codable, CaseIterable {
    case male = "M"
    case female = "F"
}

/// A qualification level, ordered from lowest to highest.
public enum Qualification: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    case none
    case intermediate
    case college
    case university
    case master
    case doctorate

    public static func < (lhs: Qualification, rhs: Qualification) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The yearly quality rating of a cadre, civil servant or public employee (xếp loại chất lượng), best first.
public enum QualityRating: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// Hoàn thành xuất sắc nhiệm vụ.
    case excellent
    /// Hoàn thành tốt nhiệm vụ.
    case good
    /// Hoàn thành nhiệm vụ.
    case completed
    /// Không hoàn thành nhiệm vụ.
    case notCompleted = "not-completed"

    public static func < (lhs: QualityRating, rhs: QualityRating) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One person on the staff roster.
public struct StaffMember: Hashable, Sendable, Codable, Identifiable {
    /// The unique id.
    public var id: String
    /// The full name as written.
    public var name: String
    /// The code of the unit the person works in.
    public var unit: String
    /// The position held (as named in the job-position framework).
    public var position: String
    /// The employment category.
    public var category: StaffCategory
    /// The person's sex.
    public var gender: Gender
    /// The date of birth.
    public var birthDate: CivilDate
    /// Years of compulsory social insurance on 1 January of the scenario year.
    public var insuranceYears: Double
    /// The salary coefficient (hệ số lương).
    public var salaryCoefficient: Double
    /// The allowance coefficient (hệ số phụ cấp), 0 when none.
    public var allowanceCoefficient: Double
    /// The person's qualification level, if given.
    public var qualification: Qualification?
    /// The date of an exit already decided, if any.
    public var leaving: CivilDate?
    /// Whether the person has asked to leave under the streamlining policy (tự nguyện).
    public var volunteer: Bool?
    /// The latest yearly quality rating, if given.
    public var rating: QualityRating?
    /// Whether the person meets the standards of their post; `nil` when not assessed.
    public var meetsStandard: Bool?
    /// The average salary coefficient (salary + allowances) over the period a benefit decree averages, if given.
    public var averageSalaryCoefficient: Double?

    /// Creates a staff member.
    public init(
        id: String, name: String, unit: String, position: String, category: StaffCategory, gender: Gender,
        birthDate: CivilDate, insuranceYears: Double, salaryCoefficient: Double, allowanceCoefficient: Double = 0,
        qualification: Qualification? = nil, leaving: CivilDate? = nil
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.position = position
        self.category = category
        self.gender = gender
        self.birthDate = birthDate
        self.insuranceYears = insuranceYears
        self.salaryCoefficient = salaryCoefficient
        self.allowanceCoefficient = allowanceCoefficient
        self.qualification = qualification
        self.leaving = leaving
    }
}

/// One line of the approved job-position framework (đề án vị trí việc làm).
public struct PositionQuota: Hashable, Sendable, Codable {
    /// What the line applies to: one unit, or every unit of a kind.
    public enum Scope: Hashable, Sendable, Codable {
        case unit(String)
        case kind(UnitKind)
    }

    /// The unit or kind.
    public var scope: Scope
    /// The position's name.
    public var position: String
    /// The category of people who hold it.
    public var category: StaffCategory
    /// The approved number of people.
    public var approved: Int
    /// The minimum qualification required.
    public var qualification: Qualification

    /// Creates a framework line.
    public init(
        scope: Scope, position: String, category: StaffCategory, approved: Int, qualification: Qualification = .none
    ) {
        self.scope = scope
        self.position = position
        self.category = category
        self.approved = approved
        self.qualification = qualification
    }
}
