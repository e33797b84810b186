import CivilCalendar
import Foundation
import ScenarioModel
import Staffing
import Testing

@testable import ScenarioFiles

@Suite struct ScenarioLoaderTests {
    @Test func loadsTheBasicFixture() throws {
        let loaded = try ScenarioLoader.loadDetailed(folder: try fixturesURL.appendingPathComponent("basic"))
        let s = loaded.scenario
        #expect(s.name == "Huyện Mẫu 2022")
        #expect(s.year == 2022)
        #expect(s.units.map(\.code) == ["TT", "X01", "X02", "S01", "S02", "H01", "C01"])
        #expect(s.teams.map(\.code) == ["T1", "T2"])
        #expect(s.unavailability.count == 1)
        #expect(s.pins == [Pin(unit: "X02", team: "T2", date: CivilDate(year: 2022, month: 3, day: 15)!)])
        let tt = try #require(s.unit("TT"))
        #expect(tt.kind == .town && tt.communeClass == .ii && tt.population == 15000 && tt.areaKm2 == 8.5)
        #expect(
            tt.mergedOn == CivilDate(iso: "2020-01-01") && tt.mergedFrom == ["Thạch Thanh", "Thị trấn Thạch Hà cũ"])
        #expect(tt.lastInspected == 2020)
        let x01 = try #require(s.unit("X01"))
        #expect(x01.priority == 2 && x01.mustInspect && x01.commune == nil && x01.region == "Bắc")
        #expect(
            s.unit("S01")?.commune == "X01" && s.unit("S01")?.schoolLevel == .primary && s.unit("S01")?.classes == 15)
        #expect(s.unit("C01")?.exclude == true && s.unit("C01")?.priority == 0.5)
        let t1 = try #require(s.team("T1"))
        #expect(t1.daysPerWeek == 3 && t1.excludedUnits == ["X01"] && t1.region == nil)
        #expect(t1.members == ["Nguyễn Văn An (Phòng Nội vụ)", "Trần Thị Bình (Văn phòng HĐND và UBND)"])
        #expect(s.team("T2")?.region == "Nam")
        // Inspection settings.
        #expect(s.inspection.targets.count == 2)
        #expect(s.inspection.targets[1].scope == .region && s.inspection.targets[1].minShare == 0.3)
        #expect(s.inspection.durationDays[.town] == 1.5 && s.inspection.durationDays[.commune] == 1)
        #expect(s.inspection.rotationYears == 3)
        #expect(s.inspection.season == DateSpan(from: CivilDate(iso: "2022-03-01")!, to: CivilDate(iso: "2022-11-30")!))
        #expect(
            s.inspection.blackouts.first?.selector == .kinds([.school])
                && s.inspection.blackouts.first?.reason == "Nghỉ hè")
        #expect(s.inspection.objective == ObjectiveWeights(priority: 1, balance: 0.2, bundling: 0))
        // Holidays in force: extra added, removed gone.
        #expect(loaded.holidays.contains { $0.date == CivilDate(iso: "2022-01-28") && $0.kind == .extra })
        #expect(!loaded.holidays.contains { $0.date == CivilDate(iso: "2022-01-03") })
        #expect(loaded.today == CivilDate(iso: "2022-01-01"))
        #expect(
            loaded.files.map(\.role) == [
                "scenario.yaml", "units", "teams", "unavailability", "pins", "staff", "positions",
            ])
    }

    @Test func parsesTheStaffingContract() throws {
        let s = try ScenarioLoader.load(folder: try fixturesURL.appendingPathComponent("basic"))
        #expect(s.staff.count == 4)
        let s3 = try #require(s.staff.first { $0.id == "S003" })
        #expect(s3.category == .cadre && s3.gender == .male && s3.birthDate == CivilDate(iso: "1963-01-20"))
        #expect(s3.insuranceYears == 35 && s3.salaryCoefficient == 3.99 && s3.allowanceCoefficient == 0.2)
        #expect(s3.qualification == .university && s3.leaving == CivilDate(iso: "2022-06-30"))
        #expect(s.staff.first { $0.id == "S002" }?.allowanceCoefficient == 0)
        #expect(
            s.positions == [
                PositionQuota(
                    scope: .unit("X01"), position: "Chủ tịch UBND", category: .cadre, approved: 1,
                    qualification: .university),
                PositionQuota(
                    scope: .kind(.commune), position: "Công chức Văn phòng - Thống kê", category: .civilServant,
                    approved: 2,
                    qualification: .university),
            ])
        let st = s.staffing
        #expect(st.rules == .builtIn("vn-default"))
        #expect(st.asOf == CivilDate(iso: "2022-01-01") && st.deadline == CivilDate(iso: "2025-12-31"))
        #expect(st.hiring == .freeze && st.measures == [.transfer, .earlyRetirement])
        #expect(st.transferPenaltyVND == 5_000_000 && st.protected == ["S001"])
        #expect(st.allowedTransfers == .pairs([UnitPair(from: "X01", to: "X02"), UnitPair(from: "TT", to: "X02")]))
        #expect(
            st.reductionTargets == [
                ReductionTarget(categories: [.cadre, .civilServant], fromYear: 2022, toYear: 2026, minCut: 0.05)
            ])
    }

    @Test func ruleFileIsKeptAsResolvedPath() throws {
        let scratch = try ScratchScenario()
        try scratch.replace("scenario.yaml", "rules: vn-default", with: "rules: rules/my-rules.yaml")
        try FileManager.default.createDirectory(
            at: scratch.folder.appendingPathComponent("rules"), withIntermediateDirectories: true)
        var rules = StaffingRuleSet.vnDefault
        rules.name = "test"
        try scratch.write("rules/my-rules.yaml", try RuleSetYAML.render(rules))
        let loaded = try ScenarioLoader.loadDetailed(folder: scratch.folder)
        guard case .file(let path) = loaded.scenario.staffing.rules else {
            Issue.record("expected a file rule source")
            return
        }
        #expect(path.hasSuffix("/rules/my-rules.yaml") && path.hasPrefix("/"))
        #expect(loaded.rules.name == "test", "the loader resolved the rule file")
        #expect(loaded.files.contains { $0.role == "staffing.rules" })
    }

    /// Vietnamese text comes back exactly as written: same Unicode scalars, no normalisation, quotes and commas kept.
    @Test func vietnameseTextRoundTrips() throws {
        let s = try ScenarioLoader.load(folder: try fixturesURL.appendingPathComponent("basic"))
        let expected = "Trung tâm \"Văn hóa, Thể thao\" huyện"
        let name = try #require(s.unit("C01")?.name)
        #expect(Array(name.unicodeScalars) == Array(expected.unicodeScalars))
        #expect(Array((s.unit("X01")?.name ?? "").utf8) == Array("Xã Đỉnh Bàn".utf8))
        // Decomposed (NFD) text stays decomposed.
        let scratch = try ScratchScenario()
        let nfd = "Xa\u{0303} Đi\u{0309}nh Ba\u{0300}n"
        try scratch.replace("units.csv", "Xã Đỉnh Bàn,", with: nfd + ",")
        let t = try ScenarioLoader.load(folder: scratch.folder)
        #expect(Array(try #require(t.unit("X01")?.name).unicodeScalars) == Array(nfd.unicodeScalars))
    }

    /// units.csv in the fixture starts with the UTF-8 BOM and uses CRLF: the first column is still `code`.
    @Test func byteOrderMarkAndCRLF() throws {
        let raw = try Data(contentsOf: try fixturesURL.appendingPathComponent("basic/units.csv"))
        #expect(Array(raw.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(raw.contains(0x0D))
        let s = try ScenarioLoader.load(folder: try fixturesURL.appendingPathComponent("basic"))
        #expect(s.units.first?.code == "TT")
    }

    @Test func extendsInheritsAndReplaces() throws {
        let loaded = try ScenarioLoader.loadDetailed(folder: try fixturesURL.appendingPathComponent("child"))
        let s = loaded.scenario
        // Replaced: name, teams.csv (relative to child), the targets list, holidays.extra; dropped with ~: pins.
        #expect(s.name == "Huyện Mẫu 2022 — phương án 2 đoàn")
        #expect(s.teams.map(\.code) == ["T9"])
        #expect(s.inspection.targets == [InspectionTarget(name: "Tất cả xã", kinds: [.commune], minShare: 1)])
        #expect(s.inspection.holidays.extra == [CivilDate(iso: "2022-09-05")!])
        #expect(s.pins.isEmpty && s.unavailability.isEmpty)
        // Inherited: year, units.csv (relative to basic), staff, season, other inspection keys, staffing.
        #expect(s.year == 2022)
        #expect(s.units.count == 7 && s.staff.count == 4)
        #expect(s.inspection.holidays.remove == [CivilDate(iso: "2022-01-03")!])
        #expect(s.inspection.durationDays[.town] == 1.5)
        #expect(s.inspection.season?.from == CivilDate(iso: "2022-03-01"))
        #expect(s.staffing.hiring == .freeze)
        let paths = loaded.files.map(\.path)
        #expect(paths.contains { $0.hasSuffix("/child/teams.csv") })
        #expect(paths.contains { $0.hasSuffix("/basic/units.csv") })
        #expect(loaded.files.filter { $0.role == "scenario.yaml" }.count == 2)
    }

    /// A file of a sibling scenario in the same tree may be named (`../basic/positions.csv`).
    @Test func siblingFileInTheTreeIsAllowed() throws {
        let scratch = try ScratchScenario(copying: "child")
        try FileManager.default.copyItem(
            at: try fixturesURL.appendingPathComponent("basic"), to: scratch.root.appendingPathComponent("basic"))
        try scratch.append("scenario.yaml", "staffing:\n  positions: ../basic/positions.csv")
        let s = try ScenarioLoader.load(folder: scratch.folder)
        #expect(s.positions.count == 2)
    }

    @Test func summaryCountsAndCapacity() throws {
        let loaded = try ScenarioLoader.loadDetailed(folder: try fixturesURL.appendingPathComponent("basic"))
        let summary = ScenarioSummary(loaded)
        #expect(summary.unitsByKind.map(\.kind) == [.commune, .town, .school, .centre, .healthStation])
        #expect(summary.unitsByKind.map(\.count) == [2, 1, 2, 1, 1])
        #expect(summary.staffByCategory.map(\.count) == [2, 1, 1])
        // 1/3–30/11/2022 has 197 weekdays; minus 11/4, 2/5, 3/5, 1/9, 2/9 = 192 working days.
        #expect(summary.workingDays == 192)
        // T2: 2 days a week in each of the 40 ISO weeks touching the season, every one with ≥ 2 working days.
        #expect(summary.teams.first { $0.code == "T2" }?.capacityDays == 80)
        #expect(summary.formatted(language: .vi).contains("Trạm y tế (health-station): 1"))
        #expect(summary.formatted(language: .en).contains("Scenario is valid"))
    }
}
