import CivilCalendar

/// The second, exact step: places the inspections one team does in one ISO week on concrete dates.
///
/// Each item may start only on its allowed dates (already filtered by availability, blackouts and the bucket).
/// A date holds at most one day's work (two half-day inspections or one whole day; a multi-day inspection takes its
/// whole dates) and the team works on at most `maxDates` distinct dates. Among the feasible placements it maximises
/// `bundleWeight × (commune, unit of that commune) pairs on the same or adjacent working days of one month
/// + keepWeight × items on their preferred date`,
/// by depth-first search with symmetry breaking and a node budget. Each item tries its start dates in the order of
/// `weekdayOrder` (ISO weekdays, e.g. Wednesday, Thursday, Tuesday, Friday, Monday), then by date, so among equally
/// good placements the first found (and kept) uses the preferred weekdays; an empty order tries dates in date order.
public enum DayPlacement {
    /// One inspection to place.
    public struct Item: Hashable, Sendable {
        /// An identifier the caller uses (e.g. the candidate index).
        public var id: Int
        /// The commune key for bundling, if any.
        public var commune: String?
        /// Whether this is the commune's own inspection (bundling pairs the commune with its other units).
        public var isCommune: Bool
        /// Duration in days.
        public var days: Double
        /// Allowed start dates, in order.
        public var starts: [CivilDate]
        /// The date to keep if possible (re-planning).
        public var preferred: CivilDate?

        /// Creates an item.
        public init(
            id: Int, commune: String?, isCommune: Bool = false, days: Double, starts: [CivilDate],
            preferred: CivilDate? = nil
        ) {
            self.id = id
            self.commune = commune
            self.isCommune = isCommune
            self.days = days
            self.starts = starts
            self.preferred = preferred
        }
    }

    /// The result: a start date per item id.
    public struct Placement: Sendable, Hashable {
        /// Start date per item id.
        public var starts: [Int: CivilDate]
        /// The score reached.
        public var score: Double
        /// Whether the search finished (the placement is proven best); false when the node budget ran out.
        public var complete: Bool
    }

    /// Places the items, or returns `nil` when no placement exists (or none was found within the budget).
    public static func place(
        _ items: [Item], calendar: WorkingCalendar, maxDates: Int, bundleWeight: Double = 0, keepWeight: Double = 0,
        weekdayOrder: [Int] = [], nodeBudget: Int = 200_000
    ) -> Placement? {
        let order = items.sorted { a, b in
            if a.starts.count != b.starts.count { return a.starts.count < b.starts.count }
            if a.days != b.days { return a.days > b.days }
            if a.starts != b.starts { return a.starts.lexicographicallyPrecedes(b.starts) }
            if a.commune != b.commune { return (a.commune ?? "") < (b.commune ?? "") }
            return a.id < b.id
        }
        let n = order.count
        // Occupied dates per item per start choice.
        let occupancy: [[[CivilDate]]] = order.map { item in
            item.starts.map { calendar.occupiedDates(start: $0, days: item.days) ?? [$0] }
        }
        // The order in which each item tries its start dates: by weekday rank, then by date.
        let rank = { (d: CivilDate) -> Int in weekdayOrder.firstIndex(of: d.weekday) ?? weekdayOrder.count }
        let choiceOrder: [[Int]] = order.map { item in
            item.starts.indices.sorted { (rank(item.starts[$0]), $0) < (rank(item.starts[$1]), $1) }
        }
        let sameAsPrevious: [Bool] = (0..<n).map { i in
            i > 0 && order[i].starts == order[i - 1].starts && order[i].days == order[i - 1].days
                && order[i].commune == order[i - 1].commune && order[i].isCommune == order[i - 1].isCommune
                && order[i].preferred == nil && order[i - 1].preferred == nil
        }
        var slots: [CivilDate: Int] = [:]
        var chosen = [Int](repeating: -1, count: n)
        var chosenPosition = [Int](repeating: -1, count: n)
        var best: [Int]?
        var bestScore = -Double.infinity
        var nodes = 0
        var exhausted = false
        let wantsScore = bundleWeight > 0 || keepWeight > 0
        // Optimistic remaining score from item i on.
        var optimistic = [Double](repeating: 0, count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            let sameCommune =
                order[i].commune.map { c in
                    order.indices.filter {
                        $0 != i && order[$0].commune == c && order[$0].isCommune != order[i].isCommune
                    }.count
                } ?? 0
            optimistic[i] =
                optimistic[i + 1] + (order[i].preferred != nil ? keepWeight : 0) + bundleWeight * Double(sameCommune)
        }

        func index(_ d: CivilDate) -> Int { calendar.workingDayIndex[d] ?? Int.min / 2 }

        func search(_ i: Int, _ score: Double) {
            if exhausted { return }
            nodes += 1
            if nodes > nodeBudget { exhausted = true; return }
            if i == n {
                if score > bestScore { bestScore = score; best = chosen }
                return
            }
            if best != nil && (!wantsScore || score + optimistic[i] <= bestScore) { return }
            let item = order[i]
            let need = item.days <= 0.5 ? 1 : 2
            let firstChoice = sameAsPrevious[i] ? max(chosenPosition[i - 1], 0) : 0
            for position in firstChoice..<item.starts.count {
                let s = choiceOrder[i][position]
                let dates = occupancy[i][s]
                guard dates.allSatisfy({ (slots[$0] ?? 0) + need <= 2 }) else { continue }
                let newDates = dates.filter { slots[$0] == nil }.count
                guard slots.count + newDates <= maxDates else { continue }
                var gain = 0.0
                if let p = item.preferred, p == item.starts[s] { gain += keepWeight }
                if bundleWeight > 0, let c = item.commune {
                    let mine = index(item.starts[s])
                    let month = item.starts[s].month
                    for j in 0..<i
                    where order[j].commune == c && order[j].isCommune != item.isCommune
                        && order[j].starts[chosen[j]].month == month
                        && abs(index(order[j].starts[chosen[j]]) - mine) <= 1
                    {
                        gain += bundleWeight
                    }
                }
                for d in dates { slots[d, default: 0] += need }
                chosen[i] = s
                chosenPosition[i] = position
                search(i + 1, score + gain)
                chosen[i] = -1
                chosenPosition[i] = -1
                for d in dates {
                    let v = slots[d]! - need
                    slots[d] = v == 0 ? nil : v
                }
                if exhausted { return }
                if best != nil && !wantsScore { return }
            }
        }
        search(0, 0)
        guard let best else { return nil }
        var starts: [Int: CivilDate] = [:]
        for i in 0..<n { starts[order[i].id] = order[i].starts[best[i]] }
        return Placement(starts: starts, score: bestScore, complete: !exhausted)
    }

    /// A smallest-effort infeasible core: drops items one by one while the rest still cannot be placed.
    /// Call only when `place` returned `nil` for `items`.
    public static func infeasibleCore(_ items: [Item], calendar: WorkingCalendar, maxDates: Int) -> [Item] {
        var core = items
        var i = 0
        while i < core.count {
            var trial = core
            trial.remove(at: i)
            if !trial.isEmpty, place(trial, calendar: calendar, maxDates: maxDates, nodeBudget: 50_000) == nil {
                core = trial
            } else {
                i += 1
            }
        }
        return core
    }
}
