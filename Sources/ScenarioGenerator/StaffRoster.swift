import CivilCalendar
import ScenarioModel

/// A synthetic roster of commune officials (cán bộ, công chức) and part-time staff for generated scenarios.
enum StaffRoster {
    /// Positions filled in this order in each commune-level unit; beyond the list, part-time staff.
    static let positions: [(String, StaffCategory)] = [
        ("Chủ tịch UBND", .cadre), ("Phó Chủ tịch UBND", .cadre), ("Công chức Văn phòng - Thống kê", .civilServant),
        ("Công chức Địa chính - Xây dựng", .civilServant), ("Bí thư Đảng ủy", .cadre),
        ("Công chức Tài chính - Kế toán", .civilServant), ("Công chức Tư pháp - Hộ tịch", .civilServant),
        ("Chủ tịch HĐND", .cadre), ("Công chức Văn hóa - Xã hội", .civilServant),
        ("Chỉ huy trưởng Quân sự", .civilServant),
        ("Phó Bí thư Đảng ủy", .cadre), ("Phó Chủ tịch HĐND", .cadre), ("Chủ tịch Ủy ban MTTQ Việt Nam", .cadre),
        ("Chủ tịch Hội Liên hiệp Phụ nữ", .cadre), ("Chủ tịch Hội Nông dân", .cadre),
    ]

    static func make(units: [Unit], perCommune: Int, year: Int, _ rng: inout SplitMix64) -> [StaffMember] {
        var staff: [StaffMember] = []
        let communes = units.filter { $0.kind.isCommuneLevel }
        let width = max(6, String(communes.count * perCommune).count)
        for unit in communes {
            for k in 0..<perCommune {
                let (position, category) =
                    k < positions.count
                    ? positions[k] : ("Người hoạt động không chuyên trách", StaffCategory.partTime)
                let male = rng.chance(category == .partTime ? 0.45 : 0.65)
                let age = rng.int(in: 24...(male ? 61 : 59))
                let birth = CivilDate(year: year - age - 1, month: 1, day: 1)!.adding(days: rng.int(in: 0...364))
                let insured =
                    category == .partTime
                    ? Double(rng.int(in: 0...max(0, (age - 22) * 10))) / 10
                    : Double(max(0, age - rng.int(in: 22...27)) * 10 + rng.int(in: 0...9)) / 10
                let salary = category == .partTime ? 1.0 : Double(234 + 33 * rng.int(in: 0...8)) / 100
                let allowance = category == .cadre ? rng.pick([0.2, 0.25, 0.3]) : 0
                let qualification = rng.weighted([
                    (Qualification.university, 0.7), (.college, 0.12), (.intermediate, 0.13), (.master, 0.05),
                ])
                staff.append(
                    StaffMember(
                        id: "NS\(ScenarioGenerator.pad(staff.count + 1, width))",
                        name: VietnameseNames.person(male: male, &rng), unit: unit.code, position: position,
                        category: category, gender: male ? .male : .female, birthDate: birth, insuranceYears: insured,
                        salaryCoefficient: salary, allowanceCoefficient: allowance, qualification: qualification))
            }
        }
        return staff
    }
}
