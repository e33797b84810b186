import CivilCalendar
import ScenarioModel

/// Builds one region of a generated scenario: its units, teams, unavailability, unit blackouts and pins.
struct RegionBuilder {
    let year: Int
    let size: Int
    let teamCount: Int
    let regionName: String?
    let prefix: String
    let firstTeamNumber: Int
    let teamCodeWidth: Int
    let calendar: GeneratorCalendar

    private(set) var units: [Unit] = []
    private(set) var teams: [Team] = []
    private(set) var unavailability: [Unavailability] = []
    private(set) var blackouts: [Blackout] = []

    init(
        year: Int, size: Int, teamCount: Int, regionName: String?, prefix: String, firstTeamNumber: Int,
        teamCodeWidth: Int, calendar: GeneratorCalendar
    ) {
        self.year = year
        self.size = size
        self.teamCount = teamCount
        self.regionName = regionName
        self.prefix = prefix
        self.firstTeamNumber = firstTeamNumber
        self.teamCodeWidth = teamCodeWidth
        self.calendar = calendar
    }

    /// Whether the unit must be inspected whatever the targets (must_inspect or due by rotation).
    func isForced(_ u: Unit) -> Bool {
        u.mustInspect || (u.lastInspected.map { year - $0 >= ScenarioGenerator.rotationYears } ?? false)
    }

    mutating func build(_ rng: inout SplitMix64) {
        makeUnits(&rng)
        makeTeams(&rng)
        makeBlackouts(&rng)
    }

    // MARK: Units

    private mutating func makeUnits(_ rng: inout SplitMix64) {
        let centres = max(1, (size + 20) / 40)
        var remaining = size - centres
        var used = Set<String>()
        let communeWidth = ScenarioGenerator.digits(size / 5 + 1)
        var number = 0
        let regionLabel = regionName ?? "huyện"
        while remaining > 0 {
            if remaining == 1 { break }  // the last unit becomes one more centre
            number += 1
            let schools = min(rng.int(in: 3...5), remaining - 2)
            let code = "\(prefix)x\(ScenarioGenerator.pad(number, communeWidth))"
            let place = VietnameseNames.place(&rng, used: &used)
            let kind: UnitKind = number == 1 ? .town : (rng.chance(0.08) ? .ward : .commune)
            let title = kind == .town ? "Thị trấn" : (kind == .ward ? "Phường" : "Xã")
            let communeClass = rng.weighted([(CommuneClass.i, 0.2), (.ii, 0.5), (.iii, 0.3)])
            let population = rng.int(in: 40...200) * 100
            let area = Double(rng.int(in: 50...600)) / 10
            let last = rng.weighted([(year - 1, 0.25), (year - 2, 0.3), (year - 3, 0.25), (year - 4, 0.1), (0, 0.1)])
            let merged = rng.chance(0.15)
            var mergedFrom: [String] = []
            if merged {
                mergedFrom = [
                    "Xã \(place) cũ",
                    "Xã \(rng.pick(VietnameseNames.placeFirst)) \(rng.pick(VietnameseNames.placeSecond))",
                ]
            }
            units.append(
                Unit(
                    code: code, name: "\(title) \(place)", kind: kind, region: regionName,
                    priority: rng.weighted([(1.0, 0.55), (1.5, 0.15), (2.0, 0.2), (3.0, 0.1)]),
                    lastInspected: last == 0 ? nil : last, mustInspect: rng.chance(0.03), communeClass: communeClass,
                    population: population, areaKm2: area,
                    mergedOn: merged ? CivilDate(year: min(year, 2020), month: 1, day: 1) : nil, mergedFrom: mergedFrom)
            )
            let levels: [(SchoolLevel, String, String, ClosedRange<Int>)] = [
                (.preschool, "mn", "Trường Mầm non", 5...15), (.primary, "th", "Trường Tiểu học", 10...30),
                (.lowerSecondary, "thcs", "Trường THCS", 8...24), (.primary, "th2", "Trường Tiểu học", 8...20),
                (.preschool, "mn2", "Trường Mầm non", 4...10),
            ]
            for s in 0..<schools {
                let (level, suffix, label, classes) = levels[s]
                units.append(
                    Unit(
                        code: "\(code)-\(suffix)", name: "\(label) \(place)\(s >= 3 ? " số 2" : "")", kind: .school,
                        commune: code, region: regionName, priority: otherPriority(&rng),
                        lastInspected: otherLast(&rng),
                        mustInspect: rng.chance(0.01), schoolLevel: level, classes: rng.int(in: classes)))
            }
            units.append(
                Unit(
                    code: "\(code)-tyt", name: "Trạm Y tế \(title.lowercased()) \(place)", kind: .healthStation,
                    commune: code,
                    region: regionName, priority: otherPriority(&rng), lastInspected: otherLast(&rng),
                    mustInspect: rng.chance(0.01)))
            remaining -= 2 + schools
        }
        let centreNames = [
            "Trung tâm Văn hóa - Truyền thông", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
            "Ban Quản lý dự án đầu tư xây dựng", "Trung tâm Ứng dụng khoa học kỹ thuật",
            "Ban Quản lý các công trình công cộng",
            "Trung tâm Dịch vụ nông nghiệp",
        ]
        let centreCount = centres + remaining
        let centreWidth = ScenarioGenerator.digits(centreCount)
        for c in 0..<centreCount {
            let base = centreNames[c % centreNames.count]
            let round = c / centreNames.count
            units.append(
                Unit(
                    code: "\(prefix)tt\(ScenarioGenerator.pad(c + 1, centreWidth))",
                    name: "\(base) \(regionLabel)\(round > 0 ? " (\(round + 1))" : "")", kind: .centre,
                    region: regionName,
                    priority: otherPriority(&rng), lastInspected: otherLast(&rng), exclude: rng.chance(0.05)))
        }
        // A few service units are being reorganised this year and are not inspected.
        for i in units.indices where units[i].kind == .school && !units[i].mustInspect && rng.chance(0.01) {
            units[i].exclude = true
        }
        for i in units.indices where units[i].exclude {
            units[i].mustInspect = false
            // Never due under the rotation rule either: "must inspect" and "excluded" would contradict each other.
            if let last = units[i].lastInspected, year - last >= ScenarioGenerator.rotationYears {
                units[i].lastInspected = year - 1
            }
        }
    }

    private func otherPriority(_ rng: inout SplitMix64) -> Double {
        rng.weighted([(1.0, 0.7), (1.5, 0.15), (2.0, 0.15)])
    }

    private func otherLast(_ rng: inout SplitMix64) -> Int? {
        let last = rng.weighted([(year - 1, 0.2), (year - 2, 0.2), (year - 3, 0.2), (year - 4, 0.05), (0, 0.35)])
        return last == 0 ? nil : last
    }

    // MARK: Teams

    private mutating func makeTeams(_ rng: inout SplitMix64) {
        let communes = units.filter { $0.kind.isCommuneLevel && !$0.exclude && !isForced($0) }
        for t in 0..<teamCount {
            let number = firstTeamNumber + t
            let code = "T\(ScenarioGenerator.pad(number, teamCodeWidth))"
            var members: [String] = []
            let count = rng.int(in: 3...5)
            for m in 0..<count {
                let male = rng.chance(0.6)
                let office = m == 0 ? "Phòng Nội vụ" : rng.pick(VietnameseNames.offices)
                members.append(
                    "\(VietnameseNames.person(male: male, &rng)) (\(office)\(m == 0 ? " - Trưởng đoàn" : ""))")
            }
            var excluded: Set<String> = []
            if teamCount > 1, !communes.isEmpty, rng.chance(0.2) { excluded.insert(rng.pick(communes).code) }
            let name = "Đoàn kiểm tra số \(number)" + (regionName.map { " - \($0)" } ?? "")
            teams.append(
                Team(
                    code: code, name: name, daysPerWeek: rng.weighted([(1, 0.75), (2, 0.25)]),
                    members: members, region: regionName, excludedUnits: excluded))
            // Two to four periods away, one per quarter of the season at most, one to three weeks each.
            let weeks = calendar.mondays.count
            let slots = rng.shuffled([0, 1, 2, 3]).prefix(rng.int(in: 2...4)).sorted()
            for slot in slots {
                let start = slot * weeks / 4, end = (slot + 1) * weeks / 4
                let length = rng.int(in: 1...3)
                let first = start + rng.int(in: 0...max(0, end - start - length))
                unavailability.append(
                    Unavailability(
                        team: code, dates: calendar.weeks(from: first, count: length),
                        reason: rng.pick(VietnameseNames.unavailabilityReasons)))
            }
        }
    }

    // MARK: Blackouts and pins

    private mutating func makeBlackouts(_ rng: inout SplitMix64) {
        let communes = units.filter { $0.kind == .commune }
        guard communes.count >= 4 else { return }
        let a = rng.int(in: 0...(communes.count - 1))
        let b = (a + 1 + rng.int(in: 0...(communes.count - 2))) % communes.count
        // Two weeks in the second half of September or in October.
        let candidates = calendar.mondays.indices.filter {
            (9...10).contains(calendar.mondays[$0].month) && calendar.mondays[$0].day >= 1
        }
        guard let first = candidates.first, let last = candidates.last, last > first else { return }
        let week = rng.int(in: first...(last - 1))
        blackouts.append(
            Blackout(
                selector: .units([communes[a].code, communes[b].code]),
                dates: calendar.weeks(from: week, count: 2),
                reason: "Đón đoàn thẩm định xã đạt chuẩn nông thôn mới"))
    }

    /// About one pin per 300 units, each on a different team, on a day the team and the unit are free.
    func pins(_ rng: inout SplitMix64) -> [Pin] {
        let count = min(teamCount, max(1, size / 300))
        var result: [Pin] = []
        var pinned = Set<String>()
        for i in 0..<count {
            let team = teams[i * teamCount / count]
            let candidates = units.filter {
                $0.kind.isCommuneLevel && !$0.exclude && !team.excludedUnits.contains($0.code)
                    && !pinned.contains($0.code)
            }
            guard !candidates.isEmpty else { continue }
            let unit = rng.pick(candidates)
            let away = unavailability.filter { $0.team == team.code }.map(\.dates)
            let blocked = blackouts.filter { $0.covers(unit) }.map(\.dates)
            let weeks = calendar.mondays.count
            let start = rng.int(in: 2...(weeks - 3))
            search: for k in 0..<weeks {
                let monday = calendar.mondays[(start + k) % weeks]
                for offset in 1...3 {
                    let day = monday.adding(days: offset)
                    if calendar.isWorkingDay(day), !away.contains(where: { $0.contains(day) }),
                        !blocked.contains(where: { $0.contains(day) })
                    {
                        result.append(Pin(unit: unit.code, team: team.code, date: day))
                        pinned.insert(unit.code)
                        break search
                    }
                }
            }
        }
        return result
    }
}
