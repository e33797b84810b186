import CivilCalendar
import Foundation
import InspectionScheduling
import Localization
import Reporting
import ScenarioFiles
import Tracking
import Workspace

extension TrackingDesk {
    /// The `index.html` sections on following the year: empty unless the workspace holds tracking records for the
    /// scenario (so a report without them is unchanged). The status is taken on the newest recorded date, against
    /// the plan tracked (else `plan`); the scorecard for the latest period with data.
    public static func reportSections(
        _ loaded: LoadedScenario, workspace: URL, plan: InspectionPlan, language: Language
    ) throws(ApplicationError) -> [String] {
        guard TrackingStore.exists(in: workspace) else { return [] }
        let store = try open(workspace)
        guard try run({ () throws(WorkspaceError) in try store.hasRecords(scenario: key(loaded)) }) else { return [] }
        let stored =
            try run { () throws(WorkspaceError) in try store.currentPlan(scenario: key(loaded)) }
            ?? StoredPlan(
                id: 0, source: "inspection-calendar.csv", digest: "",
                visits: plan.inspections.map {
                    PlannedVisit(unit: $0.unit, team: $0.team, date: $0.date, days: $0.days)
                },
                provenance: Provenance(by: "", at: ""))
        let asOf =
            try latestEventDate(loaded, store: store) ?? CivilDate(year: loaded.scenario.year, month: 1, day: 1)!
        let report = try status(loaded, store: store, asOf: asOf, plan: stored)
        let card =
            (loaded.tracking?.indicators.isEmpty ?? true)
            ? nil : try scorecard(loaded, store: store, period: nil)
        return TrackingHTML.sections(report, card, language: language)
    }
}
