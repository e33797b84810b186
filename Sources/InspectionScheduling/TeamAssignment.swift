import CivilCalendar
import ScenarioModel

/// The step after a pooled solve: shares each pool's inspections of one ISO week among the pool's teams.
///
/// Week by week, fixed inspections go to their own team; then each commune with the units chosen beside it in the same
/// week-in-month goes to one team as a block (so the trip is kept; when no team's week holds them all, the commune and
/// as many of its units as fit), then the rest, hardest first (fewest start dates).
/// Each goes to the team with room (half-day slots per week-in-month and per week) that has a start date for it, preferring
/// the team of a previous plan (re-planning), then the team with the least work so far (balance). Day placement then
/// checks the dates of each team-week; an item that cannot be placed there is moved to another team of the pool when
/// one can take it.
enum TeamAssignment {
    /// One inspection given to a team, with the start dates that team may use.
    struct Assigned {
        var candidate: Int
        var team: Int
        var starts: [CivilDate]
    }

    /// Assigns the chosen columns of a pooled model to teams.
    ///
    /// - Returns: The assignments, and the chosen columns that found no team.
    static func assign(
        _ sm: ScheduleModel, chosen: [Int], scenario: Scenario, calendar: WorkingCalendar,
        previous: [String: (team: String, date: CivilDate)]
    ) -> (assigned: [Assigned], unassigned: [Int]) {
        struct Key: Hashable { var group: Int; var week: Int }
        var byKey: [Key: [Int]] = [:]
        for c in chosen {
            byKey[Key(group: sm.candidates[c].team, week: sm.buckets[sm.candidates[c].bucket].week), default: []]
                .append(c)
        }
        var sharing = PoolWeekSharing(sm: sm, scenario: scenario, calendar: calendar, previous: previous)
        for key in byKey.keys.sorted(by: { ($0.week, $0.group) < ($1.week, $1.group) }) {
            sharing.share(byKey[key]!, among: sm.teamGroups[key.group], week: key.week)
        }
        return (sharing.assigned, sharing.unassigned)
    }
}

/// The state of ``TeamAssignment/assign(_:chosen:scenario:calendar:previous:)``: across weeks, each team's load and
/// the results; within the current pool-week, each member's room.
private struct PoolWeekSharing {
    let sm: ScheduleModel
    let scenario: Scenario
    let calendar: WorkingCalendar
    /// The team and date of each unit in a previous plan.
    let previous: [String: (team: String, date: CivilDate)]
    let teams: [Team]
    let teamIndex: [String: Int]
    /// Days of work given to each team so far.
    var load: [Double]
    var assigned: [TeamAssignment.Assigned] = []
    var unassigned: [Int] = []
    /// The teams of the current pool.
    var members: [Int] = []
    /// Room of each member this week: dates, and dates per bucket.
    var weekDates: [Int: Int] = [:]
    var bucketDates: [Int: [Int: Int]] = [:]
    var usedSlots: [Int: [Int: Int]] = [:]  // team -> bucket -> half-day slots
    /// Each team's own `max_days` and reserve, across weeks.
    var limits: TeamLimits

    init(
        sm: ScheduleModel, scenario: Scenario, calendar: WorkingCalendar,
        previous: [String: (team: String, date: CivilDate)]
    ) {
        self.sm = sm
        self.scenario = scenario
        self.calendar = calendar
        self.previous = previous
        let teams = scenario.teams
        self.teams = teams
        teamIndex = Dictionary(teams.indices.map { (teams[$0].code, $0) }, uniquingKeysWith: { a, _ in a })
        load = [Double](repeating: 0, count: teams.count)
        limits = TeamLimits(scenario: scenario, calendar: calendar)
    }

    /// Shares one pool's chosen inspections of one ISO week among the pool's teams.
    mutating func share(_ items: [Int], among members: [Int], week: Int) {
        measureRoom(items, among: members, week: week)
        // Fixed inspections keep their team.
        var rest: [Int] = []
        for c in items {
            if let t = sm.candidates[c].fixedTeam { give([c], t) } else { rest.append(c) }
        }
        for block in blocks(of: rest) { place(block) }
    }

    /// Starts the week: each member's available dates in the week and in each bucket of the items, nothing used.
    private mutating func measureRoom(_ items: [Int], among members: [Int], week: Int) {
        self.members = members
        weekDates = [:]
        bucketDates = [:]
        usedSlots = [:]
        let weekBuckets = Set(items.map { sm.candidates[$0].bucket })
        for t in members {
            var total = 0
            for b in weekBuckets {
                let n = sm.buckets[b].dates.filter { calendar.isAvailable(team: teams[t].code, on: $0) }.count
                bucketDates[t, default: [:]][b] = n
            }
            let allBuckets = sm.buckets.indices.filter { sm.buckets[$0].week == week }
            for b in allBuckets {
                total += sm.buckets[b].dates.filter { calendar.isAvailable(team: teams[t].code, on: $0) }.count
            }
            weekDates[t] = min(teams[t].daysPerWeek, total)
        }
    }

    /// The start dates of column `c` that team `t` may use.
    private func starts(_ c: Int, _ t: Int) -> [CivilDate] {
        let cand = sm.candidates[c]
        let unit = scenario.units[cand.unit]
        guard ScheduleRules.teamMayInspect(teams[t], unit) else { return [] }
        return cand.starts.filter {
            calendar.canStart(unit: unit.code, team: teams[t].code, days: cand.days, on: $0)
        }
    }

    /// The half-day slots of column `c`.
    private func slots(_ c: Int) -> Int { Int((2 * sm.candidates[c].days).rounded()) }

    /// Whether team `t` has room for all of `cs` this week and within its own limits, and a start date for each.
    private func fits(_ cs: [Int], _ t: Int) -> Bool {
        var perBucket: [Int: Int] = [:]
        var perMonth: [Int: Int] = [:]
        for c in cs {
            perBucket[sm.candidates[c].bucket, default: 0] += slots(c)
            perMonth[sm.buckets[sm.candidates[c].bucket].month, default: 0] += slots(c)
        }
        let days = cs.reduce(0.0) { $0 + sm.candidates[$1].days }
        guard limits.allows(team: t, extraDays: days, slotsByMonth: perMonth) else { return false }
        var weekSlots = (usedSlots[t] ?? [:]).values.reduce(0, +)
        for (b, s) in perBucket {
            let used = usedSlots[t]?[b] ?? 0
            let limit = 2 * min(bucketDates[t]?[b] ?? 0, weekDates[t] ?? 0)
            if used + s > limit { return false }
            weekSlots += s
        }
        return weekSlots <= 2 * (weekDates[t] ?? 0) && cs.allSatisfy { !starts($0, t).isEmpty }
    }

    /// Gives `cs` to team `t`.
    private mutating func give(_ cs: [Int], _ t: Int) {
        for c in cs {
            usedSlots[t, default: [:]][sm.candidates[c].bucket, default: 0] += slots(c)
            load[t] += sm.candidates[c].days
            limits.record(
                team: t, days: sm.candidates[c].days, month: sm.buckets[sm.candidates[c].bucket].month,
                slots: slots(c))
            assigned.append(TeamAssignment.Assigned(candidate: c, team: t, starts: starts(c, t)))
        }
    }

    /// The team for `cs`: the previous plan's when it fits, else the least loaded that fits.
    private func choose(_ cs: [Int]) -> Int? {
        let preferred = cs.compactMap {
            previous[scenario.units[sm.candidates[$0].unit].code].flatMap { teamIndex[$0.team] }
        }
        let options = members.filter { fits(cs, $0) }
        if let p = preferred.first(where: { options.contains($0) }) { return p }
        return options.min { (load[$0], $0) < (load[$1], $1) }
    }

    /// Blocks: a commune and its own units chosen in the same bucket, then each other column alone; largest first,
    /// then hardest (fewest start dates).
    private func blocks(of rest: [Int]) -> [[Int]] {
        var blocks: [[Int]] = []
        var taken = Set<Int>()
        for c in rest.sorted() where !taken.contains(c) {
            let unit = scenario.units[sm.candidates[c].unit]
            guard ScheduleRules.communeKey(of: unit) == unit.code else { continue }
            let block =
                [c]
                + rest.sorted().filter { o in
                    o != c && !taken.contains(o) && sm.candidates[o].bucket == sm.candidates[c].bucket
                        && ScheduleRules.communeKey(of: scenario.units[sm.candidates[o].unit]) == unit.code
                }
            for b in block { taken.insert(b) }
            blocks.append(block)
        }
        blocks += rest.sorted().filter { !taken.contains($0) }.map { [$0] }
        blocks.sort { a, b in
            let ka = (-a.map(slots).reduce(0, +), a.map { sm.candidates[$0].starts.count }.min() ?? 0, a[0])
            let kb = (-b.map(slots).reduce(0, +), b.map { sm.candidates[$0].starts.count }.min() ?? 0, b[0])
            return ka < kb
        }
        return blocks
    }

    /// Places one block on one team, or as much of it as keeps the trip, the rest one by one.
    private mutating func place(_ whole: [Int]) {
        var block = whole
        if let t = choose(block) {
            give(block, t)
            return
        }
        // The whole commune does not fit one team's week: keep the trip for as many of its units as fit
        // (the commune's inspection and the units beside it, smallest first), and share out the rest.
        if block.count > 2 {
            let commune = block[0]
            let others = block.dropFirst().sorted { (slots($0), $0) < (slots($1), $1) }
            var n = others.count - 1
            while n >= 1, choose([commune] + others.prefix(n)) == nil { n -= 1 }
            if n >= 1, let t = choose([commune] + others.prefix(n)) {
                give([commune] + others.prefix(n), t)
                block = Array(others.dropFirst(n))
            }
        }
        for c in block {
            if let t = choose([c]) { give([c], t) } else { unassigned.append(c) }
        }
    }
}

extension TeamAssignment {
    /// Finds a place for inspections the sharing could not place: any column of the same unit (nearest week first)
    /// on any team of its pool that can still fit it beside that team's placed work of the week.
    ///
    /// - Returns: The columns still without a place.
    static func repair(
        _ dropped: [Int], placed: inout [PlannedInspection], sm: ScheduleModel, scenario: Scenario,
        calendar: WorkingCalendar
    ) -> [Int] {
        let teams = scenario.teams
        let teamIndex = Dictionary(teams.indices.map { (teams[$0].code, $0) }, uniquingKeysWith: { a, _ in a })
        var limits = TeamLimits(scenario: scenario, calendar: calendar)
        for p in placed {
            if let t = teamIndex[p.team] {
                limits.record(team: t, days: p.days, month: p.date.month, slots: Int((2 * p.days).rounded()))
            }
        }
        var left: [Int] = []
        for c in dropped {
            let original = sm.candidates[c]
            let unit = scenario.units[original.unit]
            let columns = sm.candidates.indices.filter { sm.candidates[$0].unit == original.unit }
                .sorted {
                    (abs(sm.candidates[$0].bucket - original.bucket), $0) < (
                        abs(sm.candidates[$1].bucket - original.bucket), $1
                    )
                }
            var done = false
            search: for col in columns {
                let cand = sm.candidates[col]
                let week = sm.buckets[cand.bucket].week
                let slots = [sm.buckets[cand.bucket].month: Int((2 * cand.days).rounded())]
                for t in sm.teamGroups[cand.team]
                where ScheduleRules.teamMayInspect(teams[t], unit)
                    && limits.allows(team: t, extraDays: cand.days, slotsByMonth: slots)
                {
                    let starts = cand.starts.filter {
                        calendar.canStart(unit: unit.code, team: teams[t].code, days: cand.days, on: $0)
                    }
                    guard !starts.isEmpty else { continue }
                    let existing = placed.filter {
                        $0.team == teams[t].code && WorkingCalendar.weekKey($0.date) == week
                    }
                    var items = existing.enumerated().map { i, p in
                        DayPlacement.Item(id: -1 - i, commune: nil, days: p.days, starts: [p.date])
                    }
                    items.append(DayPlacement.Item(id: col, commune: nil, days: cand.days, starts: starts))
                    guard
                        let p = DayPlacement.place(
                            items, calendar: calendar, maxDates: teams[t].daysPerWeek,
                            weekdayOrder: (scenario.inspection.weekdays ?? WeekdaySettings()).placementOrder(),
                            nodeBudget: 20_000),
                        let d = p.starts[col]
                    else { continue }
                    placed.append(
                        PlannedInspection(
                            unit: unit.code, team: teams[t].code, date: d, days: cand.days,
                            dates: calendar.occupiedDates(start: d, days: cand.days), fixed: false))
                    limits.record(team: t, days: cand.days, month: d.month, slots: Int((2 * cand.days).rounded()))
                    done = true
                    break search
                }
            }
            if !done { left.append(c) }
        }
        return left
    }
}
