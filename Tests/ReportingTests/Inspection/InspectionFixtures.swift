import CivilCalendar
import InspectionScheduling
import ScenarioModel

/// A tiny scenario and a hand-written plan for it, used by the renderer tests.
enum InspectionFixtures {
    static func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    static let scenario = Scenario(
        name: "Huyện Mẫu, năm 2022",
        year: 2022,
        units: [
            Unit(code: "X1", name: "Xã Thạch Khê", kind: .commune),
            Unit(code: "X2", name: "Xã Đỉnh Bàn", kind: .commune),
            Unit(code: "S1", name: "Trường Mầm non Thạch Khê", kind: .school, commune: "X1"),
            Unit(code: "H1", name: "Trạm Y tế xã Thạch Khê", kind: .healthStation, commune: "X1"),
            Unit(code: "C1", name: "Trung tâm Văn hóa, Truyền thông; \"Thể thao\"", kind: .centre),
        ],
        teams: [
            Team(
                code: "T1", name: "Đoàn kiểm tra số 1", daysPerWeek: 2,
                members: ["Phan Văn Hùng (Trưởng đoàn)", "Nguyễn Thị Thu Hà"]),
            Team(code: "T2", name: "Đoàn kiểm tra số 2", daysPerWeek: 1),
        ]
    )

    static let plan = InspectionPlan(
        scenario: scenario.name, year: 2022, status: .feasible, objective: 7, bound: 7.03, gap: 0.0042857,
        targets: [
            TargetCoverage(name: "Xã, thị trấn", required: 1, planned: 2, total: 2),
            TargetCoverage(name: "Trường học, trung tâm, trạm y tế", required: 2, planned: 3, total: 3),
        ],
        inspections: [
            PlannedInspection(unit: "S1", team: "T1", date: date("2022-05-10"), days: 0.5),
            PlannedInspection(unit: "X1", team: "T1", date: date("2022-05-09"), days: 1, fixed: true),
            PlannedInspection(unit: "H1", team: "T1", date: date("2022-05-10"), days: 0.5),
            PlannedInspection(
                unit: "X2", team: "T2", date: date("2022-06-03"), days: 2,
                dates: [date("2022-06-03"), date("2022-06-06")]),
            PlannedInspection(unit: "C1", team: "T2", date: date("2022-09-14"), days: 0.5),
        ],
        teamLoads: [
            TeamLoad(team: "T1", days: 2, inspections: 3, months: [MonthLoad(month: 5, days: 2)]),
            TeamLoad(
                team: "T2", days: 2.5, inspections: 2,
                months: [MonthLoad(month: 6, days: 2), MonthLoad(month: 9, days: 0.5)]),
        ],
        monthLoads: [MonthLoad(month: 5, days: 2), MonthLoad(month: 6, days: 2), MonthLoad(month: 9, days: 0.5)],
        moved: [
            MovedInspection(
                unit: "C1", previousTeam: "T1", previousDate: date("2022-09-07"), team: "T2", date: date("2022-09-14"))
        ],
        notes: [.configurableDefaults(threshold: 5)]
    )
}
