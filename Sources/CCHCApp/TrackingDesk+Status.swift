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
        let calendar = WorkingCalendar(scenario: loaded.scenario, holidays: loaded.holidays.map(\.date))
        var total = 0
        for team in loaded.scenario.teams {
            for week in calendar.weeks {
                let free = week.days.filter { $0 > asOf && calendar.isAvailable(team: team.code, on: $0) }.count
                total += min(team.daysPerWeek, free)
            }
        }
        return Double(total)
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
        let targets = ScheduleRules.targetGroups(of: scenario).map { group in
            TrackedTarget(
                name: group.name, region: group.region, units: group.units.map { scenario.units[$0].code },
                required: group.required)
        }
        let durations = Dictionary(
            scenario.units.map { ($0.code, ScheduleRules.duration(of: $0, in: scenario)) },
            uniquingKeysWith: { a, _ in a })
        let progress = InspectionTracking.progress(
            TrackingInput(
                targets: targets, plan: plan.visits, events: events, asOf: asOf,
                remainingCapacity: remainingCapacity(loaded, after: asOf), durations: durations))
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
