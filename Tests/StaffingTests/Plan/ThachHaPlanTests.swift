import CivilCalendar
import Foundation
import GLPKSolver
import MILP
import ScenarioModel
import Staffing
import Testing

@Suite struct ThachHaPlanTests {
    @Test func shippedScenarioEndToEndWithGLPK() throws {
        let s = try ThachHaFixture.load()
        let clock = ContinuousClock()
        var report: StaffingReport?
        let elapsed = try clock.measure {
            report = try StaffingAnalysis.run(scenario: s, rules: .vnDefault, solver: GLPKSolver())
        }
        let r = try #require(report)
        let built = ReductionModelBuilder(scenario: s, rules: .vnDefault, asOf: r.asOf).build()
        print(
            "thach-ha-2022: \(s.staff.count) staff; model \(built.model.variables.count) vars (\(built.model.binaryCount) binary), "
                + "\(built.model.constraints.count) rows; plan \(r.plan.transfers.count) transfers, \(r.plan.exits.count) exits, "
                + "cost \(formatVND(r.plan.totalCostVND)) VND, unresolved \(r.deadlines.reduce(0) { $0 + $1.unresolved }); "
                + "findings \(r.findings.count); \(elapsed)")
        #expect(r.asOf == CivilDate(year: 2022, month: 1, day: 1))
        #expect(r.until == 2025)
        #expect(r.plan.termination == .optimal)
        #expect(r.plan.totalCostVND == r.plan.exits.reduce(0) { $0 + $1.costVND })
        #expect(!r.findings.isEmpty)
        #expect(r.units.contains { $0.unit == "tt-thach-ha" && $0.category == .officials })
        // Nobody protected is chosen; every exit is dated on or before its unit's deadline.
        #expect(!r.plan.exits.contains { s.staffing.protected.contains($0.id) })
        #expect(!r.plan.transfers.contains { s.staffing.protected.contains($0.id) })
        // The plan keeps each resolved unit within quota on its deadline.
        try Self.checkDeadlines(r, s)
        let json = String(decoding: try JSONEncoder().encode(r), as: UTF8.self)
        for key in [
            "\"as_of\"", "\"units\"", "\"retirements\"", "\"projection\"", "\"total_cost_vnd\"", "\"deadlines\"",
            "\"required_cut\"", "\"projected_cut\"",
        ] {
            #expect(json.contains(key), "\(key)")
        }
    }

    @Test func earlyRetirementOnlyVariantReportsShortfalls() throws {
        // Mirrors Scenarios/thach-ha-2022-freeze-early-retirement: hiring freeze, early retirement only.
        var s = try ThachHaFixture.load()
        s.staffing.hiring = .freeze
        s.staffing.measures = [.earlyRetirement]
        let r = try StaffingAnalysis.run(scenario: s, rules: .vnDefault, solver: GLPKSolver())
        let short = r.deadlines.filter { $0.unresolved > 0 }
        print(
            "thach-ha-2022 early-retirement only: \(r.plan.exits.count) exits, cost \(formatVND(r.plan.totalCostVND)) VND, "
                + "short: \(short.map { "\($0.unit) \($0.category.rawValue) \($0.unresolved)" })")
        #expect(r.plan.termination == .optimal)
        #expect(r.plan.transfers.isEmpty)
        #expect(r.plan.exits.allSatisfy { $0.kind == .earlyRetirement })
        // Each unresolved count equals the surplus on the deadline with the plan applied.
        try Self.checkDeadlines(r, s)
    }

    /// Each deadline's unresolved count equals the people counted on the deadline day (plan moves applied, no hires)
    /// above the quota in force that day.
    static func checkDeadlines(_ r: StaffingReport, _ s: Scenario) throws {
        let projection = StaffProjection(scenario: s, rules: .vnDefault, asOf: r.asOf)
        let moves = Dictionary(r.plan.moves.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        for d in r.deadlines {
            let unit = try #require(s.unit(d.unit))
            let count = projection.roster.entries.filter {
                QuotaGroup($0.person.category) == d.category
                    && projection.location(of: $0, on: d.date, moves: moves) == d.unit
            }.count
            let quota = try #require(StaffingRuleSet.vnDefault.quota(for: unit, group: d.category, on: d.date, in: s))
            #expect(max(0, count - quota.value) == d.unresolved, "\(d.unit) \(d.category)")
        }
    }
}
