import CivilCalendar
import Foundation
import ScenarioFiles
import Tracking
import Workspace

extension TrackingDesk {
    /// The status a front end over the workspace `folder` shows on `asOf` (default: the newest recorded date, else
    /// 1 January): against the plan tracked, else the calendar `cchc schedule` wrote under `Reports/<id>/`, else an
    /// empty plan (nothing planned yet: the status still counts what was recorded).
    public static func currentStatus(
        _ loaded: LoadedScenario, store: TrackingStore, workspace folder: URL, asOf: CivilDate?, by name: String
    ) throws(ApplicationError) -> TrackingReport {
        let fallback = folder.appendingPathComponent("Reports/\(key(loaded))/inspection-calendar.csv")
        let current = try run { () throws(WorkspaceError) in try store.currentPlan(scenario: key(loaded)) }
        let plan: StoredPlan
        if current == nil, !FileManager.default.fileExists(atPath: fallback.path) {
            plan = StoredPlan(id: 0, source: "", digest: "", visits: [], provenance: provenance(by: name))
        } else {
            plan = try planInForce(
                loaded, store: store, planFile: nil, fallback: fallback, provenance: provenance(by: name))
        }
        let latest = try latestEventDate(loaded, store: store)
        let day = asOf ?? latest ?? CivilDate(year: loaded.scenario.year, month: 1, day: 1)!
        return try status(loaded, store: store, asOf: day, plan: plan)
    }

    /// Imports an uploaded filled-in calendar copy (outcomes) or file of the units' own plans, all or nothing;
    /// errors name `fileName`.
    public static func importTrackingUpload(
        _ data: Data, fileName: String, _ loaded: LoadedScenario, store: TrackingStore, provenance: Provenance
    ) throws(ApplicationError) -> ImportSummary {
        try importTrackingData(
            data, place: fileName, fileName: fileName, loaded, store: store, provenance: provenance)
    }

    /// Imports an uploaded file of indicator values, all or nothing; errors name `fileName`.
    public static func importIndicatorUpload(
        _ data: Data, fileName: String, _ loaded: LoadedScenario, store: TrackingStore, provenance: Provenance
    ) throws(ApplicationError) -> ImportSummary {
        try importIndicatorData(
            data, place: fileName, fileName: fileName, loaded, store: store, provenance: provenance)
    }

    /// Imports outcomes or own plans from `data`, all or nothing: errors name `place` (a path or the uploaded
    /// file's name), the batch records `fileName` and the bytes' digest (the same file twice is refused).
    static func importTrackingData(
        _ data: Data, place: String, fileName: String, _ loaded: LoadedScenario, store: TrackingStore,
        provenance: Provenance
    ) throws(ApplicationError) -> ImportSummary {
        let contents: TrackingFileContents
        do {
            contents = try TrackingFileReader.readTrackingFile(
                data, file: place, context: context(loaded, provenance: provenance))
        } catch {
            throw .scenario(error)
        }
        var batch = ImportBatch(kind: "", fileName: fileName, digest: digest(data), provenance: provenance)
        switch contents {
        case .calendar(let plan, let events):
            batch.kind = "inspections"
            batch.inspections = events
            let current = try run { () throws(WorkspaceError) in try store.currentPlan(scenario: key(loaded)) }
            if current == nil, !plan.isEmpty { batch.plan = plan }
        case .selfPlans(let events):
            batch.kind = "self-plans"
            batch.selfPlans = events
        }
        try run { () throws(WorkspaceError) in _ = try store.importBatch(batch, scenario: key(loaded)) }
        return ImportSummary(
            inspections: batch.inspections.count, selfPlans: batch.selfPlans.count, values: 0,
            storedPlan: batch.plan != nil)
    }

    /// Imports indicator values from `data`, all or nothing (as ``importTrackingData(_:place:fileName:_:store:provenance:)``).
    static func importIndicatorData(
        _ data: Data, place: String, fileName: String, _ loaded: LoadedScenario, store: TrackingStore,
        provenance: Provenance
    ) throws(ApplicationError) -> ImportSummary {
        let indicators = try indicators(loaded)
        let values: [IndicatorValue]
        do {
            values = try TrackingFileReader.readIndicatorValues(
                data, file: place, context: context(loaded, provenance: provenance), indicators: indicators)
        } catch {
            throw .scenario(error)
        }
        let batch = ImportBatch(
            kind: "indicator-values", fileName: fileName, digest: digest(data), provenance: provenance,
            values: values)
        try run { () throws(WorkspaceError) in _ = try store.importBatch(batch, scenario: key(loaded)) }
        return ImportSummary(inspections: 0, selfPlans: 0, values: values.count, storedPlan: false)
    }
}
