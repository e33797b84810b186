import CivilCalendar
import Foundation
import InspectionScheduling
import MILP
import ScenarioModel
import Testing

@Test func dumpThachHa() throws {
    for (tag, w) in [("full", ObjectiveWeights()), ("nobundle", ObjectiveWeights(priority: 1, balance: 0.1, bundling: 0)), ("nobal", ObjectiveWeights(priority: 1, balance: 0, bundling: 0.05)), ("prio", ObjectiveWeights(priority: 1, balance: 0, bundling: 0))] {
        var s = thachHaLike()
        s.inspection.objective = w
        let cal = WorkingCalendar(scenario: s, holidays: holidays2026)
        let sm = ScheduleModelBuilder(scenario: s, calendar: cal).build()
        try GlpsolSolver.lpText(sm.model).write(toFile: "/tmp/th-\(tag).lp", atomically: true, encoding: .utf8)
    }
}
