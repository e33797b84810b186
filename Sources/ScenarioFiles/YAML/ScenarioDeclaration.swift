import CivilCalendar
import Foundation
import ScenarioModel

/// What a (merged) scenario.yaml declares, with the origins needed to point later checks at the right line.
struct ScenarioDeclaration {
    /// A table file (CSV or .xlsx) named in the YAML.
    struct FileReference {
        var key: String
        var url: URL
        var origin: YAMLOrigin
        /// The workbook sheet, from `{file: du-lieu.xlsx, sheet: "Đơn vị"}`.
        var sheet: String?
    }

    var name = ""
    var year = 0
    var files: [String: FileReference] = [:]
    var inspection = InspectionSettings()
    var staffing = StaffingSettings()
    var document = DocumentSettings()
    var tracking: TrackingDeclaration?
    var origins: [String: YAMLOrigin] = [:]
    var targetOrigins: [YAMLOrigin] = []
    var blackoutOrigins: [YAMLOrigin] = []
    var holidayOrigins: [CivilDate: YAMLOrigin] = [:]
    var durationOrigins: [UnitKind: YAMLOrigin] = [:]
    var targetKindOrigins: [YAMLOrigin] = []
}
