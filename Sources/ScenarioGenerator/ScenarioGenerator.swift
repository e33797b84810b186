import CivilCalendar
import ScenarioModel

/// Makes synthetic but realistic scenarios for tests and benchmarks, from a seed.
///
/// Proportions follow a Vietnamese district: about one commune-level unit per 6 units, each with its schools
/// (preschool, primary, lower-secondary, sometimes a second one) and its health station, plus a few public service
/// centres per region. Units and teams are split into regions when ``GeneratorOptions/regions`` > 1; each team then
/// inspects only its own region and the targets use `scope: region`, so the regions are independent.
///
/// Everything is drawn from one ``SplitMix64`` in a fixed order, with no hashing or clock, so the same options give
/// the same `Scenario` on every run and platform. All names are illustrative.
public enum ScenarioGenerator {
    /// The rotation period written to generated scenarios (a unit last inspected 4 or more years ago must be inspected).
    public static let rotationYears = 4

    /// Generates a scenario.
    ///
    /// - Parameters:
    ///   - options: Size, seed and year.
    ///   - progress: Called after each region with (regions done, regions in all).
    /// - Returns: The scenario, valid for `ScenarioLoader` and feasible with slack (see ``LoadEstimate``).
    /// - Throws: ``GeneratorError`` for impossible options.
    public static func generate(_ options: GeneratorOptions, progress: ((Int, Int) -> Void)? = nil) throws -> Scenario {
        try check(options)
        var rng = SplitMix64(seed: options.seed)
        let year = options.year
        let calendar = GeneratorCalendar(year: year)
        let regionCount = options.regions
        let width = digits(regionCount)
        var usedRegionNames = Set<String>()
        var units: [Unit] = []
        units.reserveCapacity(options.units)
        var teams: [Team] = []
        var unavailability: [Unavailability] = []
        var pins: [Pin] = []
        var staff: [StaffMember] = []
        var blackouts: [Blackout] = [
            Blackout(selector: .kinds([.school]), dates: calendar.span(6, 1, 8, 31), reason: "Nghỉ hè của học sinh"),
            Blackout(
                selector: .kinds([.school]), dates: calendar.span(9, 1, 9, 9),
                reason: "Chuẩn bị và tổ chức khai giảng năm học"),
            Blackout(
                selector: .kinds([.healthStation]), dates: calendar.span(10, 1, 10, 14),
                reason: "Chiến dịch tiêm chủng mở rộng"),
        ]
        for r in 0..<regionCount {
            let size = share(options.units, parts: regionCount, index: r)
            let teamCount = share(options.teams, parts: regionCount, index: r)
            let regionName: String? =
                regionCount > 1
                ? "Huyện \(VietnameseNames.place(&rng, used: &usedRegionNames))" : nil
            let prefix = regionCount > 1 ? "r\(pad(r + 1, width))-" : ""
            var region = RegionBuilder(
                year: year, size: size, teamCount: teamCount, regionName: regionName, prefix: prefix,
                firstTeamNumber: teams.count + 1, teamCodeWidth: digits(options.teams), calendar: calendar)
            region.build(&rng)
            units += region.units
            teams += region.teams
            unavailability += region.unavailability
            blackouts += region.blackouts
            pins += region.pins(&rng)
            progress?(r + 1, regionCount)
        }
        let perCommune = options.effectiveStaffPerCommune
        if perCommune > 0 {
            staff = StaffRoster.make(units: units, perCommune: perCommune, year: year, &rng)
        }
        let scope: TargetScope = regionCount > 1 ? .region : .all
        let inspection = InspectionSettings(
            targets: [
                InspectionTarget(
                    name: "Xã, phường, thị trấn", kinds: [.commune, .town, .ward], minShare: 0.5, scope: scope),
                InspectionTarget(
                    name: "Trường học, trung tâm, trạm y tế", kinds: [.school, .centre, .healthStation],
                    minShare: 0.35, scope: scope),
            ],
            rotationYears: rotationYears, season: calendar.season, blackouts: blackouts)
        let name =
            options.name
            ?? (regionCount > 1
                ? "Tỉnh mô phỏng: \(options.units) đơn vị, \(regionCount) huyện, \(options.teams) đoàn (seed \(options.seed))"
                : "Huyện mô phỏng: \(options.units) đơn vị, \(options.teams) đoàn (seed \(options.seed))")
        return Scenario(
            name: name, year: year, units: units, teams: teams, unavailability: unavailability, pins: pins,
            staff: staff, inspection: inspection)
    }

    /// Checks options without generating anything.
    ///
    /// - Throws: ``GeneratorError`` for impossible options.
    public static func check(_ o: GeneratorOptions) throws {
        guard o.regions >= 1 else { throw GeneratorError.badRegionCount(o.regions) }
        guard (1900...2100).contains(o.year) else { throw GeneratorError.badYear(o.year) }
        guard o.units >= 10 * o.regions else { throw GeneratorError.tooFewUnits(units: o.units, regions: o.regions) }
        guard o.teams >= o.regions, o.teams <= o.units else {
            throw GeneratorError.badTeamCount(teams: o.teams, units: o.units, regions: o.regions)
        }
        if let s = o.staffPerCommune, s < 0 { throw GeneratorError.badStaffCount(s) }
    }

    /// Part `index` of `total` split into `parts` nearly equal parts (the first ones get the remainder).
    static func share(_ total: Int, parts: Int, index: Int) -> Int { total / parts + (index < total % parts ? 1 : 0) }

    static func digits(_ n: Int) -> Int { max(2, String(n).count) }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
