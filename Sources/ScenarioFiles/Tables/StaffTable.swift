import ScenarioModel

/// Decodes `staff.csv`.
enum StaffTable {
    /// Categories: the English values and their Vietnamese names (`Công chức`, …).
    static let categories = ValueAliases.categories
    /// Qualifications: the English values and their Vietnamese names (`Đại học`, …).
    static let qualifications = ValueAliases.qualifications

    static func decode(_ reader: TableReader) -> [(StaffMember, CSVTable.Row)]? {
        let columns = [
            "id", "name", "unit", "position", "category", "gender", "birth_date", "insurance_years",
            "salary_coefficient",
        ]
        guard reader.requireColumns(columns) else { return nil }
        var result: [(StaffMember, CSVTable.Row)] = []
        for row in reader.table.rows {
            let id = reader.required(row, "id")
            let name = reader.required(row, "name")
            let unit = reader.required(row, "unit")
            let position = reader.required(row, "position")
            let category = reader.parse(row, "category", required: true) { ValueParsing.choice($0, categories) }
            let gender = reader.parse(row, "gender", required: true) { ValueParsing.choice($0, ValueAliases.genders) }
            let birth = reader.date(row, "birth_date", required: true)
            let insurance = UnitsTable.nonNegative(
                reader, row, "insurance_years",
                reader.number(row, "insurance_years", required: true))
            let salary = UnitsTable.nonNegative(
                reader, row, "salary_coefficient",
                reader.number(row, "salary_coefficient", required: true))
            let allowance =
                UnitsTable.nonNegative(
                    reader, row, "allowance_coefficient",
                    reader.number(row, "allowance_coefficient")) ?? 0
            let qualification = reader.parse(row, "qualification") { ValueParsing.choice($0, qualifications) }
            let leaving = reader.date(row, "leaving")
            guard let id, let name, let unit, let position, let category, let gender, let birth, let insurance,
                let salary
            else { continue }
            var member = StaffMember(
                id: id, name: name, unit: unit, position: position, category: category, gender: gender,
                birthDate: birth,
                insuranceYears: insurance, salaryCoefficient: salary, allowanceCoefficient: allowance,
                qualification: qualification, leaving: leaving)
            member.volunteer = reader.parse(row, "volunteer", ValueParsing.bool)
            member.rating = reader.parse(row, "rating") { ValueParsing.choice($0, ValueAliases.ratings) }
            member.meetsStandard = reader.parse(row, "meets_standard", ValueParsing.bool)
            member.averageSalaryCoefficient = UnitsTable.nonNegative(
                reader, row, "average_salary_coefficient", reader.number(row, "average_salary_coefficient"))
            result.append((member, row))
        }
        return result
    }
}
