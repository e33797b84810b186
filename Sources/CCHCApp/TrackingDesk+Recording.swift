import CivilCalendar
import Foundation
import InspectionScheduling
import Localization
import ScenarioFiles
import ScenarioModel
import Tracking
import Workspace

extension TrackingDesk {
    /// Checks a unit code given on the command line.
    static func checkedUnit(_ code: String, _ loaded: LoadedScenario) throws(ApplicationError) -> ScenarioModel.Unit {
        if let unit = loaded.scenario.unit(code) { return unit }
        let close = loaded.scenario.units.map(\.code).min {
            levenshtein($0, code) < levenshtein($1, code)
        }
        throw invalid(
            "UNIT",
            LocalizedText(
                vi: "Không có đơn vị `\(code)` trong kịch bản.", en: "There is no unit `\(code)` in the scenario."),
            LocalizedText(
                vi: close.map { "Có phải là `\($0)`?" } ?? "Dùng mã đơn vị trong units.csv.",
                en: close.map { "Did you mean `\($0)`?" } ?? "Use a unit code from units.csv."))
    }

    /// Checks a date given on the command line: inside the plan year.
    static func checkedDate(_ date: CivilDate, _ loaded: LoadedScenario, field: String) throws(ApplicationError) {
        let year = loaded.scenario.year
        if date.year != year {
            throw invalid(
                field,
                LocalizedText(
                    vi: "Ngày \(date) không thuộc năm kế hoạch \(year).",
                    en: "The date \(date) is not in the plan year \(year)."),
                LocalizedText(vi: "Dùng một ngày trong năm \(year).", en: "Use a date in \(year)."))
        }
    }

    /// Records one inspection's outcome.
    public static func recordInspection(
        _ event: InspectionEvent, _ loaded: LoadedScenario, store: TrackingStore
    ) throws(ApplicationError) -> InspectionEvent {
        _ = try checkedUnit(event.unit, loaded)
        if let date = event.date { try checkedDate(date, loaded, field: "--date") }
        if let team = event.team, loaded.scenario.team(team) == nil {
            throw invalid(
                "--team",
                LocalizedText(vi: "Không có đoàn `\(team)`.", en: "There is no team `\(team)`."),
                LocalizedText(
                    vi: "Các đoàn: \(loaded.scenario.teams.map(\.code).joined(separator: ", ")).",
                    en: "The teams: \(loaded.scenario.teams.map(\.code).joined(separator: ", "))."))
        }
        if let score = event.score, !(0...100).contains(score) {
            throw invalid(
                "--score",
                LocalizedText(vi: "Điểm \(score) ngoài khoảng 0–100.", en: "The score \(score) is outside 0–100."),
                LocalizedText(vi: "Ghi điểm từ 0 đến 100.", en: "Give a score from 0 to 100."))
        }
        return try run { () throws(WorkspaceError) in try store.record(event, scenario: key(loaded)) }
    }

    /// Records a unit's own plan.
    public static func recordSelfPlan(
        _ event: SelfPlanEvent, _ loaded: LoadedScenario, store: TrackingStore
    ) throws(ApplicationError) -> SelfPlanEvent {
        _ = try checkedUnit(event.unit, loaded)
        try checkedDate(event.date, loaded, field: "--date")
        return try run { () throws(WorkspaceError) in try store.record(event, scenario: key(loaded)) }
    }

    /// What an import added.
    public struct ImportSummary: Sendable {
        /// Inspection outcomes added.
        public var inspections: Int
        /// Own plans added.
        public var selfPlans: Int
        /// Indicator values added.
        public var values: Int
        /// Whether the file's plan became the plan tracked.
        public var storedPlan: Bool
    }

    /// Imports a filled-in calendar copy (outcomes) or a file of the units' own plans, all or nothing.
    public static func importTrackingFile(
        _ file: URL, _ loaded: LoadedScenario, store: TrackingStore, provenance: Provenance
    ) throws(ApplicationError) -> ImportSummary {
        try importTrackingData(
            contents(of: file), place: file.path, fileName: file.lastPathComponent, loaded, store: store,
            provenance: provenance)
    }

    /// Imports indicator values, all or nothing.
    public static func importIndicatorValues(
        _ file: URL, _ loaded: LoadedScenario, store: TrackingStore, provenance: Provenance
    ) throws(ApplicationError) -> ImportSummary {
        try importIndicatorData(
            contents(of: file), place: file.path, fileName: file.lastPathComponent, loaded, store: store,
            provenance: provenance)
    }

    /// The scenario's indicators; an error when it names none.
    static func indicators(_ loaded: LoadedScenario) throws(ApplicationError) -> [Indicator] {
        guard let indicators = loaded.tracking?.indicators, !indicators.isEmpty else {
            throw invalid(
                "tracking.indicators",
                LocalizedText(
                    vi: "Kịch bản chưa khai báo tệp chỉ tiêu.", en: "The scenario names no indicators file."),
                LocalizedText(
                    vi: "Thêm `tracking: {indicators: indicators.yaml}` vào scenario.yaml.",
                    en: "Add `tracking: {indicators: indicators.yaml}` to scenario.yaml."))
        }
        return indicators
    }

    /// Writes a consistent copy of the store.
    public static func backup(_ store: TrackingStore, to file: URL) throws(ApplicationError) {
        try TrackingDesk.run { () throws(WorkspaceError) in try store.backup(to: file) }
    }

    static func levenshtein(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = old
            }
        }
        return row[b.count]
    }
}
