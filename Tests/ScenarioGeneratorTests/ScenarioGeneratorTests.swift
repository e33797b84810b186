import CivilCalendar
import Foundation
import ScenarioFiles
import ScenarioModel
import Testing

@testable import ScenarioGenerator

@Suite struct ScenarioGeneratorTests {
    private func make(_ units: Int, teams: Int? = nil, seed: UInt64 = 1, regions: Int = 1, staff: Int? = nil) throws
        -> Scenario
    {
        try ScenarioGenerator.generate(
            GeneratorOptions(
                units: units, teams: teams ?? GeneratorOptions.defaultTeams(units: units, regions: regions), seed: seed,
                regions: regions, staffPerCommune: staff))
    }

    @Test func sameSeedSameScenarioAndBytes() throws {
        let a = try make(400, seed: 11, regions: 2), b = try make(400, seed: 11, regions: 2)
        #expect(a == b)
        #expect(ScenarioWriter.files(for: a) == ScenarioWriter.files(for: b))
        let c = try make(400, seed: 12, regions: 2)
        #expect(c.units != a.units)
    }

    @Test(arguments: [(10, 1), (11, 1), (150, 1), (1_501, 1), (2_000, 3), (997, 7)])
    func exactUnitCountsAndUniqueCodes(units: Int, regions: Int) throws {
        let s = try make(units, regions: regions)
        #expect(s.units.count == units)
        #expect(Set(s.units.map(\.code)).count == units)
        #expect(Set(s.teams.map(\.code)).count == s.teams.count)
        #expect(s.teams.count == GeneratorOptions.defaultTeams(units: units, regions: regions))
    }

    @Test func realisticProportions() throws {
        let s = try make(1_500, seed: 3)
        let communeLevel = s.units.filter(\.kind.isCommuneLevel)
        let share = Double(communeLevel.count) / Double(s.units.count)
        #expect((0.14...0.19).contains(share), "one commune per about 6 units, got \(share)")
        for commune in communeLevel {
            let inside = s.units.filter { $0.commune == commune.code }
            #expect(inside.filter { $0.kind == .healthStation }.count == 1)
            #expect(inside.filter { $0.kind == .school }.count >= 1)
        }
        let centres = s.units.filter { $0.kind == .centre }.count
        #expect(centres >= 1 && centres <= s.units.count / 20)
        #expect(communeLevel.filter { $0.kind == .town }.count == 1)
        #expect(Set(s.units.map(\.priority)).count >= 3)
        #expect(s.units.contains(where: \.mustInspect) && s.units.contains(where: \.exclude))
        #expect(!s.units.contains { $0.mustInspect && $0.exclude })
        #expect(s.inspection.blackouts.contains { $0.selector == .kinds([.school]) && $0.dates.from.month == 6 })
        #expect(s.inspection.blackouts.contains { if case .units = $0.selector { true } else { false } })
        #expect(!s.pins.isEmpty)
        #expect(Set(s.unavailability.map(\.team)) == Set(s.teams.map(\.code)))
        #expect(s.inspection.targets.map(\.minShare) == [0.5, 0.35])
        #expect(s.inspection.targets.allSatisfy { $0.scope == .all })
        #expect(s.staff.count == communeLevel.count * 10)
        #expect(try make(5_000, regions: 3).staff.isEmpty)
        // Teams: one per 50 units, 1-2 days a week.
        #expect(s.teams.count == 30)
        #expect(s.teams.allSatisfy { (1...2).contains($0.daysPerWeek) && $0.region == nil && !$0.members.isEmpty })
    }

    @Test func regionsAreIndependent() throws {
        let s = try make(3_000, teams: 60, seed: 5, regions: 4)
        let regions = Set(s.units.compactMap(\.region))
        #expect(regions.count == 4)
        #expect(s.units.allSatisfy { $0.region != nil })
        #expect(s.inspection.targets.allSatisfy { $0.scope == .region })
        let unitRegion = Dictionary(uniqueKeysWithValues: s.units.map { ($0.code, $0.region) })
        for region in regions {
            #expect(s.teams.filter { $0.region == region }.count == 15)
        }
        for team in s.teams {
            let region = try #require(team.region)
            #expect(team.excludedUnits.allSatisfy { unitRegion[$0] == region })
        }
        for unit in s.units where unit.commune != nil {
            #expect(unitRegion[unit.commune!] == unit.region)
        }
        for pin in s.pins {
            #expect(unitRegion[pin.unit] == s.team(pin.team)?.region)
            #expect(s.team(pin.team)?.excludedUnits.contains(pin.unit) == false)
        }
        for blackout in s.inspection.blackouts {
            if case .units(let codes) = blackout.selector {
                #expect(Set(codes.map { unitRegion[$0] }).count == 1)
            }
        }
        let parts = try #require(s.regionParts(), "a generated multi-region scenario splits into independent parts")
        #expect(parts.count == 4)
        #expect(parts.allSatisfy { $0.teams.count == 15 && $0.units.count == 750 && !$0.unavailability.isEmpty })
        #expect(parts.reduce(0) { $0 + $1.pins.count } == s.pins.count)
        #expect(try make(1_000).regionParts() == nil)
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func feasibleWithSlack(seed: UInt64) throws {
        for (units, regions) in [(150, 1), (1_500, 1), (4_000, 2)] {
            let estimate = LoadEstimate(try make(units, seed: seed, regions: regions))
            #expect(estimate.regions.count == regions)
            for region in estimate.regions {
                #expect(region.capacityDays > 0)
                #expect(region.requiredShare < 0.5, "\(units) units seed \(seed): \(region)")
                #expect(region.requiredDays < region.allDays)
            }
        }
    }

    @Test func pinsAreOnFreeWorkingDays() throws {
        let s = try make(3_000, seed: 8, regions: 2)
        let holidays = Set(VietnameseHolidays.holidays(in: s.year).map(\.date))
        #expect(s.pins.count == 10)
        for pin in s.pins {
            let unit = try #require(s.unit(pin.unit))
            #expect(!pin.date.isWeekend && !holidays.contains(pin.date))
            #expect(s.inspection.season?.contains(pin.date) == true)
            #expect(!s.unavailability.contains { $0.team == pin.team && $0.dates.contains(pin.date) })
            #expect(!s.inspection.blackouts.contains { $0.covers(unit) && $0.dates.contains(pin.date) })
            #expect(!unit.exclude)
        }
    }

    @Test func refusesImpossibleOptions() {
        #expect(throws: GeneratorError.tooFewUnits(units: 15, regions: 2)) {
            try ScenarioGenerator.generate(GeneratorOptions(units: 15, teams: 2, seed: 1, regions: 2))
        }
        #expect(throws: GeneratorError.badTeamCount(teams: 1, units: 100, regions: 2)) {
            try ScenarioGenerator.generate(GeneratorOptions(units: 100, teams: 1, seed: 1, regions: 2))
        }
        #expect(throws: GeneratorError.badRegionCount(0)) {
            try ScenarioGenerator.generate(GeneratorOptions(units: 100, teams: 1, seed: 1, regions: 0))
        }
        #expect(throws: GeneratorError.badYear(1800)) {
            try ScenarioGenerator.generate(GeneratorOptions(units: 100, teams: 1, seed: 1, year: 1800))
        }
    }

    @Test(arguments: [(150, 1, UInt64(7)), (2_400, 3, UInt64(9))])
    func loaderRoundTrip(units: Int, regions: Int, seed: UInt64) throws {
        let s = try make(units, seed: seed, regions: regions)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("generated")
        try ScenarioWriter.write(s, to: folder)
        let loaded = try ScenarioLoader.load(folder: folder)
        #expect(loaded.units == s.units)
        #expect(loaded.teams == s.teams)
        #expect(loaded.unavailability == s.unavailability)
        #expect(loaded.pins == s.pins)
        #expect(loaded.staff == s.staff)
        #expect(loaded.inspection == s.inspection)
        #expect(loaded == s)
    }
}
