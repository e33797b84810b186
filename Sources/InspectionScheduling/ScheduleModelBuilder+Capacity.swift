import MILP
import ScenarioModel

/// The capacity rows of the scheduling model.
extension ScheduleModelBuilder.ModelDraft {
    /// One team group's capacity in one ISO week.
    private struct WeekCapacity {
        /// The team group.
        let group: Int
        /// The ISO-week key.
        let week: Int
        /// The group's teams (indices into `teams`).
        let members: [Int]
        /// All the week's buckets (two when a month boundary splits it).
        let buckets: [Int]
        /// Per member team and bucket of the week: the dates the team is free.
        let freeDates: [[Int]]
        /// Per member team: the dates it may use in the week, min(days per week, free dates).
        let dates: [Int]
        /// The dates the group may use in the week (a pool adds its teams' figures up).
        var total: Int { dates.reduce(0, +) }

        init(group: Int, week: Int, members: [Int], buckets: [Int], context: ScheduleModelBuilder.BuildContext) {
            self.group = group
            self.week = week
            self.members = members
            self.buckets = buckets
            let freeDates = members.map { t in buckets.map { context.freeDates(team: t, bucket: $0) } }
            self.freeDates = freeDates
            dates = members.indices.map { i in
                min(context.teams[members[i]].daysPerWeek, freeDates[i].reduce(0, +))
            }
        }
    }

    /// Adds the capacity rows in half-day slots, per team group and ISO week in which the group has a column:
    /// `Σ 2·days·x ≤ 2·dates` for a week inside one month; for a week split by a month boundary, an integer date
    /// counter per part, `Σ 2·days·x ≤ 2·n`, and `Σ n ≤ dates` for the week. In explanation mode, integer extra
    /// team-days per week are bought at the plain penalty.
    mutating func addCapacityRows(_ context: BuildContext) {
        var bucketsOfWeek: [Int: [Int]] = [:]
        for (b, bucket) in context.buckets.enumerated() { bucketsOfWeek[bucket.week, default: []].append(b) }
        for (g, members) in context.teamGroups.enumerated() {
            for w in bucketsOfWeek.keys.sorted() {
                let withColumns = bucketsOfWeek[w]!.filter { byTeamBucket[.init(team: g, bucket: $0)] != nil }
                guard !withColumns.isEmpty else { continue }
                let week = WeekCapacity(
                    group: g, week: w, members: members, buckets: bucketsOfWeek[w]!, context: context)
                var extraDays: VariableID?
                if context.builder.mode == .extraCapacity {
                    let v = model.addVariable(
                        "extra_\(context.groupCode(g))_w\(w)", kind: .integer, lowerBound: 0, upperBound: 5)
                    extra.append((g, w, v))
                    objective.append(LinearTerm(v, -context.penalty))
                    extraDays = v
                }
                if week.buckets.count == 1 {
                    addWholeWeekRow(week, bucket: withColumns[0], extraDays: extraDays, context)
                } else {
                    addSplitWeekRows(week, buckets: withColumns, extraDays: extraDays, context)
                }
            }
        }
    }

    /// The capacity row of a week inside one month, whose only bucket is `b`.
    private mutating func addWholeWeekRow(
        _ week: WeekCapacity, bucket b: Int, extraDays: VariableID?, _ context: BuildContext
    ) {
        let key = ScheduleModel.TeamBucket(team: week.group, bucket: b)
        slotLimit[key] = 2 * week.total
        bundleRoom[key] = 2 * (week.dates.max() ?? 0)
        for (i, t) in week.members.enumerated() { teamDates[.init(team: t, bucket: b)] = week.dates[i] }
        addAvoidRow(key, members: week.members, dates: week.dates, context)
        var terms = slotTerms(key)
        if let extraDays { terms.append(LinearTerm(extraDays, -2)) }
        if context.weights.effectiveMode == .targets, extraDays == nil {
            // Targets mode counts the team-dates: an integer counter of at least half the half-day slots.
            let n = model.addVariable(
                "dates_\(context.groupCode(week.group))_b\(b)", kind: .integer, lowerBound: 0,
                upperBound: Double(week.total))
            splitCounters[key] = n
            dateCounters.append(n)
            terms.append(LinearTerm(n, -2))
            model.addConstraint("cap_\(context.groupCode(week.group))_b\(b)", terms, .lessOrEqual(0))
            return
        }
        model.addConstraint("cap_\(context.groupCode(week.group))_b\(b)", terms, .lessOrEqual(Double(2 * week.total)))
    }

    /// The rows of a week split by a month boundary: per part in `parts` (the buckets with a column), a date counter
    /// and its slot row; then the week's row over the counters.
    private mutating func addSplitWeekRows(
        _ week: WeekCapacity, buckets parts: [Int], extraDays: VariableID?, _ context: BuildContext
    ) {
        let code = context.groupCode(week.group)
        let members = week.members.indices
        var weekTerms: [LinearTerm] = []
        for b in parts {
            let k = week.buckets.firstIndex(of: b)!
            let key = ScheduleModel.TeamBucket(team: week.group, bucket: b)
            // The part of a split week holds at most what the whole week allows (n ≤ dates follows from the week
            // row); saying so here keeps the bundling capacity cut tight.
            let partByTeam = members.map { i in min(week.freeDates[i][k], week.dates[i]) }
            let freeSum = members.reduce(0) { $0 + week.freeDates[$1][k] }
            let n = model.addVariable("days_\(code)_b\(b)", kind: .integer, lowerBound: 0, upperBound: Double(freeSum))
            splitCounters[key] = n
            if context.weights.effectiveMode == .targets { dateCounters.append(n) }
            slotLimit[key] = 2 * partByTeam.reduce(0, +)
            bundleRoom[key] = 2 * (partByTeam.max() ?? 0)
            for (i, t) in week.members.enumerated() { teamDates[.init(team: t, bucket: b)] = partByTeam[i] }
            addAvoidRow(key, members: week.members, dates: partByTeam, context)
            var terms = slotTerms(key)
            terms.append(LinearTerm(n, -2))
            model.addConstraint("cap_\(code)_b\(b)", terms, .lessOrEqual(0))
            weekTerms.append(LinearTerm(n, 1))
        }
        if let extraDays { weekTerms.append(LinearTerm(extraDays, -1)) }
        splitWeekLimit[.init(team: week.group, week: week.week)] = week.total
        model.addConstraint("week_\(code)_w\(week.week)", weekTerms, .lessOrEqual(Double(week.total)))
    }

    /// Avoided weekdays: when the `members`' dates on other weekdays of the bucket hold fewer than `dates` (per
    /// member, the dates it may use there), an integer counter `a` of team-dates on avoided weekdays, costed in the
    /// objective, with `Σ 2·days·x − 2·a ≤ 2·Σ min(dates, other free dates)`. A placed calendar uses at least `a`
    /// such dates, so the model stays a relaxation of the measured objective.
    private mutating func addAvoidRow(
        _ key: ScheduleModel.TeamBucket, members: [Int], dates: [Int], _ context: BuildContext
    ) {
        guard context.avoidCost > 0 else { return }
        let other = members.indices.reduce(0) {
            $0 + min(dates[$1], context.freeOtherDates(team: members[$1], bucket: key.bucket))
        }
        let all = dates.reduce(0, +)
        guard other < all else { return }
        let code = context.groupCode(key.team)
        let a = model.addVariable(
            "avoid_\(code)_b\(key.bucket)", kind: .integer, lowerBound: 0, upperBound: Double(all - other))
        objective.append(LinearTerm(a, -context.avoidCost))
        var terms = slotTerms(key)
        terms.append(LinearTerm(a, -2))
        model.addConstraint("avoid_\(code)_b\(key.bucket)", terms, .lessOrEqual(Double(2 * other)))
        avoidCounters.append((key, a, 2 * other))
    }

    /// The half-day slots the columns of a team group and bucket take: `2·days·x` each.
    private func slotTerms(_ key: ScheduleModel.TeamBucket) -> [LinearTerm] {
        byTeamBucket[key]!.map { LinearTerm(candidates[$0].variable, 2 * candidates[$0].days) }
    }
}
