import CivilCalendar
import Foundation
import InspectionScheduling
import Localization
import ScenarioFiles
import ScenarioModel
import Tracking
import Workspace

extension TrackingDesk {
    /// The plan tracked: `planFile` when given (stored as a new version unless it is the stored one), else the
    /// newest stored in the workspace, else `fallback` (the calendar CSV `cchc schedule` writes), which is then
    /// stored.
    public static func planInForce(
        _ loaded: LoadedScenario, store: TrackingStore, planFile: URL?, fallback: URL?, provenance: Provenance
    ) throws(ApplicationError) -> StoredPlan {
        let scenario = key(loaded)
        let current = try TrackingDesk.run { () throws(WorkspaceError) in try store.currentPlan(scenario: scenario) }
        if planFile == nil, let current { return current }
        guard let planFile = planFile ?? fallback, FileManager.default.fileExists(atPath: planFile.path) else {
            throw .scenario(
                ScenarioError(issues: [
                    ScenarioIssue(
                        file: (planFile ?? fallback)?.path ?? "inspection-calendar.csv",
                        message: LocalizedText(
                            vi: "Chưa có lịch kiểm tra để theo dõi.", en: "There is no calendar to track yet."),
                        hint: LocalizedText(
                            vi: "Chạy `cchc schedule` trước, hoặc nhập bản lịch đã điền (`cchc track … import`).",
                            en: "Run `cchc schedule` first, or import a filled-in calendar (`cchc track … import`)."),
                        category: .missingFile)
                ]))
        }
        let data = try contents(of: planFile)
        if let current, current.digest == digest(data) { return current }
        let inspections = try Workbench.previousPlan(at: planFile)
        let visits = inspections.map { PlannedVisit(unit: $0.unit, team: $0.team, date: $0.date, days: $0.days) }
        let id = try TrackingDesk.run { () throws(WorkspaceError) in
            try store.storePlan(
                visits, source: planFile.lastPathComponent, digest: digest(data), provenance: provenance,
                scenario: scenario)
        }
        return StoredPlan(
            id: id, source: planFile.lastPathComponent, digest: digest(data), visits: visits, provenance: provenance)
    }

    /// The team-days left after `asOf` in the season: per team and ISO week, the days it is free, at most its
    /// days per week.
    public static func remainingCapacity(_ loaded: LoadedScenario, after asOf: CivilDate) -> Double {
        remainingCapacity(loaded, calendar: calendar(loaded), after: asOf) { _, _ in true }
    }

    /// The working calendar of the scenario year (holidays, worked weekend days, season, unavailability, blackouts).
    static func calendar(_ loaded: LoadedScenario) -> WorkingCalendar {
        WorkingCalendar(
            scenario: loaded.scenario, holidays: loaded.holidays.map(\.date),
            workedWeekendDays: loaded.workedWeekendDays)
    }

    /// The team-days left after `asOf` on the dates `usable(team, date)` allows: per team and ISO week, the free
    /// usable days, at most its days per week.
    static func remainingCapacity(
        _ loaded: LoadedScenario, calendar: WorkingCalendar, after asOf: CivilDate,
        usable: (Team, CivilDate) -> Bool
    ) -> Double {
        var total = 0
        for team in loaded.scenario.teams {
            for week in calendar.weeks {
                let free = week.days.filter {
                    $0 > asOf && calendar.isAvailable(team: team.code, on: $0) && usable(team, $0)
                }.count
                total += min(team.daysPerWeek, free)
            }
        }
        return Double(total)
    }

    /// The units some team that may inspect them can still start on after `asOf`, for the whole inspection, on
    /// dates the unit is not blacked out.
    static func schedulableUnits(_ loaded: LoadedScenario, calendar: WorkingCalendar, after asOf: CivilDate)
        -> Set<String>
    {
        let scenario = loaded.scenario
        let days = calendar.workingDays.filter { $0 > asOf }
        var result = Set<String>()
        for unit in scenario.units {
            let length = ScheduleRules.duration(of: unit, in: scenario)
            let teams = scenario.teams.filter { ScheduleRules.teamMayInspect($0, unit) }
            let open = days.contains { day in
                teams.contains { calendar.canStart(unit: unit.code, team: $0.code, days: length, on: day) }
            }
            if open { result.insert(unit.code) }
        }
        return result
    }

    /// A target's team-days left on the dates one of its units still to inspect can use: a team that may inspect the
    /// unit is free and the unit is not blacked out.
    static func targetCapacity(
        _ loaded: LoadedScenario, calendar: WorkingCalendar, after asOf: CivilDate, units: [ScenarioModel.Unit]
    ) -> Double {
        remainingCapacity(loaded, calendar: calendar, after: asOf) { team, date in
            units.contains { ScheduleRules.teamMayInspect(team, $0) && !calendar.isBlackedOut(unit: $0.code, on: date) }
        }
    }

    /// The status of the year on `asOf`.
    public static func status(
        _ loaded: LoadedScenario, store: TrackingStore, asOf: CivilDate, plan: StoredPlan
    ) throws(ApplicationError) -> TrackingReport {
        let scenario = loaded.scenario
        let events = try TrackingDesk.run { () throws(WorkspaceError) in
            try store.inspectionEvents(scenario: key(loaded))
        }
        let selfPlans = try TrackingDesk.run { () throws(WorkspaceError) in
            try store.selfPlanEvents(scenario: key(loaded))
        }
        let calendar = calendar(loaded)
        let settled = InspectionTracking.settledUnits(events, asOf: asOf)
        let targets = ScheduleRules.targetGroups(of: scenario).map { group in
            TrackedTarget(
                name: group.name, region: group.region, units: group.units.map { scenario.units[$0].code },
                required: group.required,
                capacity: targetCapacity(
                    loaded, calendar: calendar, after: asOf,
                    units: group.units.map { scenario.units[$0] }.filter { !settled.contains($0.code) }))
        }
        let durations = Dictionary(
            scenario.units.map { ($0.code, ScheduleRules.duration(of: $0, in: scenario)) },
            uniquingKeysWith: { a, _ in a })
        let progress = InspectionTracking.progress(
            TrackingInput(
                targets: targets, plan: plan.visits, events: events, asOf: asOf,
                remainingCapacity: remainingCapacity(loaded, calendar: calendar, after: asOf) { _, _ in true },
                durations: durations, schedulable: schedulableUnits(loaded, calendar: calendar, after: asOf)))
        let own = SelfPlanTracking.status(
            units: scenario.units.map(\.code), events: selfPlans, due: loaded.tracking?.selfPlanDue, asOf: asOf)
        return TrackingReport(progress: progress, selfPlans: own, planSource: plan.source)
    }

    /// The scorecard for `period` (default: the latest period with data).
    public static func scorecard(
        _ loaded: LoadedScenario, store: TrackingStore, period: Period?
    ) throws(ApplicationError) -> Scorecard {
        let indicators = try indicators(loaded)
        let values = try TrackingDesk.run { () throws(WorkspaceError) in
            try store.indicatorValues(scenario: key(loaded))
        }
        let selfPlans = try TrackingDesk.run { () throws(WorkspaceError) in
            try store.selfPlanEvents(scenario: key(loaded))
        }
        let members = units(loaded).map { ScorecardUnit(code: $0.code, level: $0.level, issuesOwnPlans: $0.tracked) }
        return ScorecardComputation.scorecard(
            indicators: indicators, units: members, values: values, selfPlans: selfPlans, period: period)
    }

    /// The day after the newest recorded event (the default `--as-of` is the newest event's date; 1 January when
    /// nothing is recorded).
    public static func latestEventDate(_ loaded: LoadedScenario, store: TrackingStore) throws(ApplicationError)
        -> CivilDate?
    {
        let events = try TrackingDesk.run { () throws(WorkspaceError) in
            try store.inspectionEvents(scenario: key(loaded))
        }
        return events.compactMap(\.date).max()
    }
}
