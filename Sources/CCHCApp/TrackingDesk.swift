import CivilCalendar
import Foundation
import InspectionScheduling
import Localization
import ScenarioFiles
import ScenarioModel
import Tracking
import Workspace

/// Following the year: the operations every front end offers on the workspace store (record inspections and the
/// units' own plans, import filled-in files, the status, the scorecard, backups). No printing, no parsing.
public enum TrackingDesk {
    /// The code of the district itself, a unit the scorecard's district-level figures may be reported for.
    public static let districtCode = "huyen"

    /// The scenario's key in the store: its folder's name.
    public static func key(_ loaded: LoadedScenario) -> String { loaded.folder.lastPathComponent }

    /// Opens (or creates) the workspace store in `folder`.
    public static func open(_ folder: URL) throws(ApplicationError) -> TrackingStore {
        do {
            return try TrackingStore(folder: folder)
        } catch {
            throw .workspace(error)
        }
    }

    /// Runs a store operation, mapping its error.
    static func run<T>(_ body: () throws(WorkspaceError) -> T) throws(ApplicationError) -> T {
        do {
            return try body()
        } catch {
            throw .workspace(error)
        }
    }

    /// Who is recording: `name`, else the operating-system user; and now, as an ISO 8601 UTC timestamp.
    public static func provenance(by name: String?, at now: Date = Date()) -> Provenance {
        let user =
            name ?? ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"]
            ?? NSUserName()
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return Provenance(by: user, at: formatter.string(from: now))
    }

    /// The units tracking files may name: the scenario's units, and the district itself (for district figures).
    public static func units(_ loaded: LoadedScenario) -> [TrackingUnit] {
        let scenario = loaded.scenario
        return scenario.units.map { unit in
            TrackingUnit(code: unit.code, name: unit.name, level: level(of: unit))
        } + [TrackingUnit(code: districtCode, name: "UBND huyện", level: .district, tracked: false)]
    }

    /// A unit's level for the indicators: commune-level administrations and the units in a commune count as
    /// `commune`, the district's own agencies as `district`.
    static func level(of unit: ScenarioModel.Unit) -> IndicatorLevel {
        unit.kind.isCommuneLevel ? .commune : unit.commune == nil ? .district : .commune
    }

    /// The context the tracking files are read in.
    public static func context(_ loaded: LoadedScenario, provenance: Provenance) -> TrackingFileReader.Context {
        TrackingFileReader.Context(
            units: units(loaded), teams: loaded.scenario.teams.map { ($0.code, $0.name) }, year: loaded.scenario.year,
            provenance: provenance)
    }

    /// A digest of a file's bytes, for refusing the same file twice.
    static func digest(_ data: Data) -> String {
        var hash = FNV1a()
        hash.add(data)
        return "fnv1a64:\(hash.hex):\(data.count)"
    }

    /// An error about a value given on the command line (or in a form), exit status 65.
    static func invalid(_ field: String, _ message: LocalizedText, _ hint: LocalizedText) -> ApplicationError {
        .scenario(
            ScenarioError(issues: [ScenarioIssue(file: "cchc track", field: field, message: message, hint: hint)]))
    }

    /// Reads a file a user names; a missing one is exit status 66.
    static func contents(of file: URL) throws(ApplicationError) -> Data {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw .scenario(
                ScenarioError(issues: [
                    ScenarioIssue(
                        file: file.path,
                        message: LocalizedText(vi: "Không tìm thấy tệp.", en: "The file does not exist."),
                        category: .missingFile)
                ]))
        }
        return data
    }
}
