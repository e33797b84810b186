import CivilCalendar
import ScenarioModel

func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

func person(
    _ id: String, unit: String, position: String = "Chuyên viên", category: StaffCategory = .civilServant,
    gender: Gender = .male, born: CivilDate = date(1980, 1, 1), insurance: Double = 10, coefficient: Double = 3.0,
    qualification: Qualification? = nil, leaving: CivilDate? = nil
) -> StaffMember {
    StaffMember(
        id: id, name: "Người \(id)", unit: unit, position: position, category: category, gender: gender,
        birthDate: born,
        insuranceYears: insurance, salaryCoefficient: coefficient, qualification: qualification, leaving: leaving)
}

func commune(
    _ code: String, _ cls: CommuneClass, population: Int? = nil, area: Double? = nil, kind: UnitKind = .commune
) -> Unit {
    Unit(code: code, name: "Xã \(code)", kind: kind, communeClass: cls, population: population, areaKm2: area)
}

/// Two centres whose quota comes from the framework (2 public employees each).
func centreScenario(
    staffA: [StaffMember], staffB: [StaffMember] = [], measures: Set<ReductionMeasure> = Set(ReductionMeasure.allCases),
    protected: Set<String> = [], year: Int = 2024
) -> Scenario {
    let a = Unit(code: "A", name: "Trung tâm A", kind: .centre)
    let b = Unit(code: "B", name: "Trung tâm B", kind: .centre)
    return Scenario(
        name: "test", year: year, units: [a, b], staff: staffA + staffB,
        positions: [
            PositionQuota(scope: .unit("A"), position: "Chuyên viên", category: .publicEmployee, approved: 2),
            PositionQuota(scope: .unit("B"), position: "Chuyên viên", category: .publicEmployee, approved: 2),
        ],
        staffing: StaffingSettings(
            deadline: date(year, 12, 31), hiring: .freeze, measures: measures, transferPenaltyVND: 10_000_000,
            protected: protected, allowedTransfers: .any))
}
