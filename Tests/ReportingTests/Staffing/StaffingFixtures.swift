import CivilCalendar
import MILP
import ScenarioModel
import Staffing

/// A solver that answers with fixed values by variable name (others 0), for rendering known plans.
struct NamedValuesSolver: MILPSolver {
    let values: [String: Double]
    func solve(_ model: MILPModel, options: SolveOptions) throws(SolverError) -> SolveResult {
        let v = model.variables.map { values[$0.name] ?? 0 }
        return SolveResult(
            termination: .optimal, hasFeasiblePoint: true, objective: model.objectiveValue(at: v), values: v)
    }
}

enum StaffingFixtures {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    /// Xã Thạch Sơn (loại III, 19 CBCC for 18) and Thị trấn Hà (loại III, 17 for 18), 2024, deadline 31/12/2024.
    static var scenario: Scenario {
        func p(
            _ id: String, _ unit: String, born: CivilDate = day(1980, 1, 1), si: Double = 10,
            position: String = "Văn hóa - xã hội"
        ) -> StaffMember {
            StaffMember(
                id: id, name: "Nguyễn Văn \(id)", unit: unit, position: position, category: .civilServant,
                gender: .male,
                birthDate: born, insuranceYears: si, salaryCoefficient: 3.0, qualification: .college)
        }
        let x = Unit(
            code: "X", name: "Xã Thạch Sơn", kind: .commune, region: "Tây", communeClass: .iii, population: 7000,
            areaKm2: 20)
        let y = Unit(code: "Y", name: "Thị trấn Hà", kind: .town, region: "Tây", communeClass: .iii)
        let staff =
            [p("S0", "X", born: day(1966, 3, 15), si: 25.5)] + (1..<19).map { p("S\($0)", "X") }
            + (0..<17).map { p("T\($0)", "Y") }
        return Scenario(
            name: "Thử nghiệm", year: 2024, units: [x, y], staff: staff,
            positions: [
                PositionQuota(
                    scope: .kind(.commune), position: "Văn hóa - xã hội", category: .civilServant, approved: 2,
                    qualification: .university)
            ],
            staffing: StaffingSettings(
                deadline: day(2024, 12, 31), hiring: .freeze, transferPenaltyVND: 10_000_000,
                allowedTransfers: .sameRegion,
                reductionTargets: [
                    ReductionTarget(categories: [.cadre, .civilServant], fromYear: 2024, toYear: 2024, minCut: 0.05)
                ]))
    }

    /// The report with S0 retiring early on 31/12/2024.
    static func report() throws -> StaffingReport {
        try StaffingAnalysis.run(
            scenario: scenario, rules: .vnDefault, solver: NamedValuesSolver(values: ["e_S0_2024": 1]))
    }
}
