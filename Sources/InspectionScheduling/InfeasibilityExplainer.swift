import CivilCalendar
import MILP
import ScenarioModel

/// Words for what an infeasible plan misses, and the least extra capacity that would fix it.
public enum InfeasibilityExplainer {
    /// Target shortfalls, pins that cannot be kept and must-inspect units left out, in Vietnamese and English.
    public static func shortfalls(
        plan: InspectionPlan, model sm: ScheduleModel, scenario: Scenario, calendar: WorkingCalendar
    ) -> [UnmetItem] {
        var out: [UnmetItem] = []
        for c in plan.targets where !c.isMet {
            let short = c.required - c.planned
            let rvi = c.region.map { " (vùng \($0))" } ?? "", ren = c.region.map { " (region \($0))" } ?? ""
            out.append(UnmetItem(
                kind: .targetShortfall, subject: c.name, region: c.region, shortBy: Double(short),
                vi: "Chỉ tiêu «\(c.name)»\(rvi): cần \(c.required)/\(c.total) đơn vị, lịch chỉ xếp được \(c.planned), thiếu \(short).",
                en: "Target “\(c.name)”\(ren): \(c.required) of \(c.total) units required, the calendar reaches \(c.planned), \(short) short."
            ))
        }
        let kept = Set(plan.inspections.map { "\($0.unit)|\($0.team)|\($0.date)" })
        for (fi, f) in sm.fixed.enumerated() where !kept.contains("\(f.unit)|\(f.team)|\(f.date)") {
            let why = sm.invalidFixed.contains(fi) ? fixedReason(f, scenario: scenario, calendar: calendar, earlier: sm.fixed[..<fi])
                : ("xung đột với năng lực của đoàn hoặc các lịch cố định khác", "it conflicts with the team's capacity or other fixed inspections")
            let what = f.origin == .pin ? ("Lịch cố định", "Pin") : ("Cuộc kiểm tra đã thực hiện", "Past inspection")
            out.append(UnmetItem(
                kind: .pinConflict, subject: f.unit, team: f.team, months: [f.date.month],
                vi: "\(what.0) \(f.unit) – \(f.team) ngày \(f.date.vietnameseDescription) không giữ được: \(why.0).",
                en: "\(what.1) \(f.unit) – \(f.team) on \(f.date) cannot be kept: \(why.1)."
            ))
        }
        let inspected = Set(plan.inspections.map(\.unit))
        for unit in scenario.units where ScheduleRules.mustInspect(unit, in: scenario) && !inspected.contains(unit.code) {
            let hasColumn = sm.candidates.contains { scenario.units[$0.unit].code == unit.code }
            let why: (String, String) =
                unit.exclude ? ("đơn vị vừa bắt buộc kiểm tra vừa bị loại trừ", "the unit is both must-inspect and excluded")
                : !hasColumn ? ("không đoàn nào có ngày hợp lệ để kiểm tra đơn vị này (vùng, xung đột lợi ích, lịch bận, thời gian cấm)",
                                "no team has a valid date for it (region, conflicts, unavailability, blackouts)")
                : ("không đủ ngày làm việc của các đoàn", "the teams do not have enough working days")
            let due = unit.mustInspect ? ("bắt buộc kiểm tra", "must be inspected") : ("đến hạn kiểm tra theo chu kỳ", "is due under the rotation rule")
            out.append(UnmetItem(
                kind: .mustInspectConflict, subject: unit.code, region: unit.region,
                vi: "\(unit.name) (\(unit.code)) \(due.0) nhưng không xếp được: \(why.0).",
                en: "\(unit.name) (\(unit.code)) \(due.1) but cannot be scheduled: \(why.1)."
            ))
        }
        return out
    }

    static func fixedReason(
        _ f: FixedInspection, scenario: Scenario, calendar: WorkingCalendar, earlier: ArraySlice<FixedInspection>
    ) -> (String, String) {
        guard let unit = scenario.unit(f.unit) else { return ("không có đơn vị này", "unknown unit") }
        guard let team = scenario.team(f.team) else { return ("không có đoàn này", "unknown team") }
        if earlier.contains(where: { $0.unit == f.unit }) { return ("đơn vị đã có lịch cố định khác", "the unit already has another fixed date") }
        if unit.exclude { return ("đơn vị bị loại khỏi kế hoạch năm nay", "the unit is excluded this year") }
        if team.excludedUnits.contains(unit.code) { return ("đoàn không được kiểm tra đơn vị này (xung đột lợi ích)", "the team may not inspect this unit (conflict of interest)") }
        if let r = team.region, unit.region != r { return ("đơn vị ngoài địa bàn của đoàn", "the unit is outside the team's region") }
        let days = ScheduleRules.duration(of: unit, in: scenario)
        guard let dates = calendar.occupiedDates(start: f.date, days: days) else {
            return ("không phải ngày làm việc trong thời gian kiểm tra", "not a working day of the season")
        }
        if let d = dates.first(where: { !calendar.isAvailable(team: team.code, on: $0) }) {
            return ("đoàn bận ngày \(d.vietnameseDescription)", "the team is unavailable on \(d)")
        }
        if let d = dates.first(where: { calendar.isBlackedOut(unit: unit.code, on: $0) }) {
            return ("đơn vị trong thời gian không kiểm tra ngày \(d.vietnameseDescription)", "the unit is blacked out on \(d)")
        }
        return ("xung đột với quy tắc lịch", "it breaks a date rule")
    }

    /// Solves the extra-capacity model and words the least extra team-days per team and months; adds an
    /// "add a team" item when one more team (like the first team, always available) would make the plan feasible.
    /// - Returns: The items and the number of solves made.
    public static func extraCapacity(
        scenario: Scenario, calendar: WorkingCalendar, fixed: [FixedInspection], earliestStart: CivilDate?,
        solver: any MILPSolver, timeLimit: Double?
    ) throws(SolverError) -> ([UnmetItem], Int) {
        var out: [UnmetItem] = []
        let sm = ScheduleModelBuilder(scenario: scenario, calendar: calendar, fixed: fixed, earliestStart: earliestStart, mode: .extraCapacity).build()
        let r = try solver.solve(sm.model, options: SolveOptions(timeLimitSeconds: timeLimit))
        var solves = 1
        var capacityFixes = false
        if r.hasFeasiblePoint, sm.slackTotal(r.values) < 1e-6 {
            var byTeam: [Int: (days: Int, months: Set<Int>)] = [:]
            for e in sm.extraCapacity {
                let n = Int(r.values[e.variable.index].rounded())
                guard n > 0 else { continue }
                let months = Set(sm.buckets.filter { $0.week == e.week }.map(\.month))
                byTeam[e.team, default: (0, [])].days += n
                byTeam[e.team]!.months.formUnion(months)
            }
            for t in byTeam.keys.sorted() {
                let team = scenario.teams[t], v = byTeam[t]!
                let months = v.months.sorted()
                let mvi = monthRange(months, vi: true), men = monthRange(months, vi: false)
                out.append(UnmetItem(
                    kind: .extraCapacity, subject: team.code, region: team.region, team: team.code, months: months,
                    shortBy: Double(v.days),
                    vi: "Để đạt mọi chỉ tiêu, \(team.name) (\(team.code)) cần thêm \(v.days) ngày kiểm tra trong \(mvi).",
                    en: "To meet every target, \(team.name) (\(team.code)) needs \(v.days) more inspection days in \(men)."
                ))
            }
            capacityFixes = !byTeam.isEmpty
        }
        // One more team.
        if let model = scenario.teams.first {
            var s2 = scenario
            let region = sm.targetGroups.first { $0.region != nil }?.region ?? model.region
            var n = scenario.teams.count + 1
            while scenario.team("T\(n)") != nil { n += 1 }
            let code = "T\(n)"
            s2.teams.append(Team(code: code, name: "Đoàn bổ sung", daysPerWeek: model.daysPerWeek, region: region))
            // The calendar needs no change: the new team has no unavailability.
            let sm3 = ScheduleModelBuilder(scenario: s2, calendar: calendar, fixed: fixed, earliestStart: earliestStart).build()
            let r2 = try solver.solve(sm3.model, options: SolveOptions(timeLimitSeconds: timeLimit))
            solves += 1
            if r2.hasFeasiblePoint, sm3.slackTotal(r2.values) < 1e-6, sm3.invalidFixed.isEmpty {
                out.append(UnmetItem(
                    kind: .addTeam, subject: code, region: region, team: model.code,
                    vi: capacityFixes ? "Hoặc thành lập thêm một đoàn kiểm tra (\(model.daysPerWeek) ngày/tuần)." : "Cần thành lập thêm một đoàn kiểm tra (\(model.daysPerWeek) ngày/tuần).",
                    en: capacityFixes ? "Or add one more inspection team (\(model.daysPerWeek) days a week)." : "One more inspection team (\(model.daysPerWeek) days a week) is needed."
                ))
            }
        }
        return (out, solves)
    }

    static func monthRange(_ months: [Int], vi: Bool) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        guard let lo = months.first, let hi = months.last else { return "" }
        if vi { return lo == hi ? "tháng \(lo)" : "tháng \(lo)–\(hi)" }
        return lo == hi ? names[lo - 1] : "\(names[lo - 1])–\(names[hi - 1])"
    }
}
